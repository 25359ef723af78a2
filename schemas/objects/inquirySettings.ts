import {EnvelopeIcon} from '@sanity/icons/Envelope'
import {defineField, defineType} from 'sanity'
import {keptInDefaultLanguage} from '../lib/languageField'
import {HTTPS_MESSAGE} from '../lib/rules'
import {httpsUriOptions} from '../lib/validation'

/** Where the inquiry form sends its data, and what visitors are told about it. */
export const inquirySettingsType = defineType({
  name: 'inquirySettings',
  title: 'Inquiry form',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    // The address is a fact, kept in the English settings; translations hold only the words.
    keptInDefaultLanguage(
      defineField({
        name: 'endpoint',
        title: 'Form endpoint',
        type: 'url',
        description:
          'The https address that receives the form (your form service or intake system). Leave empty to hide the form and show only phone and email.',
        validation: (rule) => rule.uri(httpsUriOptions).error(HTTPS_MESSAGE),
      }),
    ),
    defineField({
      name: 'responseTime',
      title: 'When we reply',
      type: 'string',
      description: 'Shown next to the form, for example "We call back within one business day."',
      validation: (rule) => rule.required().max(140),
    }),
    defineField({
      name: 'consentText',
      title: 'Consent text',
      type: 'text',
      rows: 3,
      description: 'What the visitor agrees to by sending the form. Keep it plain.',
      validation: (rule) => rule.required().max(500),
    }),
    defineField({
      name: 'nextSteps',
      title: 'What happens after someone reaches out',
      type: 'array',
      of: [{type: 'highlight'}],
      description: 'Two to four steps, in order.',
      validation: (rule) => rule.required().min(1).max(6),
    }),
  ],
})
