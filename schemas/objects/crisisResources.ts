import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {defineField, defineType} from 'sanity'
import {CRISIS_DEFAULTS} from '../lib/crisisLine'
import {SAFE_URL_MESSAGE} from '../lib/rules'
import {phoneField} from '../lib/phoneField'
import {safeUriOptions} from '../lib/validation'

/**
 * The crisis line shown on every page. All fields are required and prefilled, so an editor cannot
 * remove it by mistake; the site also falls back to these defaults.
 */

export const crisisResourcesType = defineType({
  name: 'crisisResources',
  title: 'Crisis line',
  type: 'object',
  icon: WarningOutlineIcon,
  description: 'Shown at the top of every page. Change only if the national numbers change.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      initialValue: CRISIS_DEFAULTS.heading,
      validation: (rule) => rule.required().max(80),
    }),
    phoneField('callNumber', 'Crisis line to call', 'The crisis line number is required on every page.', {
      initialValue: CRISIS_DEFAULTS.callNumber,
      description: 'The 988 Suicide & Crisis Lifeline.',
    }),
    phoneField('textNumber', 'Crisis line to text', 'The crisis text number is required on every page.', {
      initialValue: CRISIS_DEFAULTS.textNumber,
    }),
    defineField({
      name: 'chatUrl',
      title: 'Crisis chat address',
      type: 'url',
      initialValue: CRISIS_DEFAULTS.chatUrl,
      validation: (rule) => [
        rule.required().error('The crisis chat address is required.'),
        rule.uri(safeUriOptions).error(SAFE_URL_MESSAGE),
      ],
    }),
    phoneField('emergencyNumber', 'Emergency number', 'The emergency number is required on every page.', {
      initialValue: CRISIS_DEFAULTS.emergencyNumber,
    }),
  ],
})
