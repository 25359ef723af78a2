import {defineField} from 'sanity'
import {dialablePhone} from './validation'

/** A phone number the site shows on every page: required, and with enough digits to dial. */
export function phoneField(
  name: string,
  title: string,
  requiredMessage: string,
  more: {group?: string; description?: string; initialValue?: string} = {},
) {
  return defineField({
    name,
    title,
    type: 'string',
    ...more,
    validation: (rule) => [rule.required().error(requiredMessage), rule.custom(dialablePhone)],
  })
}
