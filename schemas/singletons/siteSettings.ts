import {CogIcon} from '@sanity/icons/Cog'
import {defineField, defineType} from 'sanity'
import {CRISIS_DEFAULTS} from '../lib/crisisLine'
import {phoneField} from '../lib/phoneField'
import {contentChecks} from '../lib/contentCheckRule'
import {keptInDefaultLanguage, languageField, languageTitle} from '../lib/languageField'
import {LANGUAGE_FIELD, noticeLanguageTitle, REQUIRED_NOTICE_LANGUAGES, TRANSLATED_SETTINGS_FIELDS} from '../lib/languages'

const translated = new Set<string>(TRANSLATED_SETTINGS_FIELDS)

/** What is wrong with the list of language-assistance notices, in an editor's words. */
export function languageAssistanceProblem(notices: readonly {language?: string}[] | undefined): string | undefined {
  const languages = (notices ?? []).map((notice) => notice.language)
  const missing = REQUIRED_NOTICE_LANGUAGES.filter((language) => !languages.includes(language))
  if (missing.length > 0)
    return `Add a notice in ${missing.map(noticeLanguageTitle).join(' and ')}: every page must say, in each language the site is published in, that language help is free.`
  const twice = languages.find((language, index) => language && languages.indexOf(language) !== index)
  if (twice) return `There are two notices in ${noticeLanguageTitle(twice)}. Keep one notice per language.`
  return undefined
}

/** Facts shown on every page: the clinic, how to reach it, the crisis line, navigation, defaults. */
export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    {name: 'clinic', title: 'Clinic', default: true},
    {name: 'contact', title: 'Contact & hours'},
    {name: 'crisis', title: 'Crisis line'},
    {name: 'insurance', title: 'Insurance'},
    {name: 'navigation', title: 'Navigation'},
    {name: 'language', title: 'Language help'},
    {name: 'seo', title: 'Default SEO'},
  ],
  // A translation (siteSettings-es) holds only the words; the facts are kept in the English settings.
  fields: [
    languageField(),
    defineField({
      name: 'clinicName',
      title: 'Clinic name',
      type: 'string',
      group: 'clinic',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tagline',
      title: 'Tagline',
      type: 'string',
      group: 'clinic',
      description: 'A few words under the clinic name, for example "Intensive Outpatient Program".',
      validation: (rule) => rule.max(80),
    }),
    defineField({name: 'logo', title: 'Logo', type: 'accessibleImage', group: 'clinic'}),
    defineField({
      name: 'sampleContent',
      title: 'This site shows sample content',
      type: 'boolean',
      group: 'clinic',
      description:
        'On while the site still holds example content: every page says the clinic is fictional, search engines are asked not to index it, and every build warns. Turn it off once the content describes your real clinic.',
      initialValue: false,
    }),
    phoneField('phone', 'Main phone number', 'The phone number is shown on every page; it is required.', {
      group: 'contact',
      description: 'Shown in the header of every page as a tap-to-call link. Write it as people read it: (217) 555-0142.',
    }),
    defineField({
      name: 'email',
      title: 'Email',
      type: 'string',
      group: 'contact',
      description: 'A general inbox. Visitors are asked not to send medical details by email.',
      validation: (rule) => rule.required().email().error('Enter a valid email address.'),
    }),
    defineField({name: 'address', title: 'Address', type: 'address', group: 'contact', validation: (rule) => rule.required()}),
    defineField({
      name: 'hours',
      title: 'Opening hours',
      type: 'array',
      group: 'contact',
      of: [{type: 'openingHours'}],
      validation: (rule) => rule.required().min(1).error('Add the hours when someone answers the phone.'),
    }),
    defineField({
      name: 'inquiry',
      title: 'Inquiry form',
      type: 'inquirySettings',
      group: 'contact',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'crisis',
      title: 'Crisis line',
      type: 'crisisResources',
      group: 'crisis',
      initialValue: CRISIS_DEFAULTS,
      validation: (rule) => rule.required().error('The crisis line must be on every page.'),
    }),
    defineField({
      name: 'insuranceStatement',
      title: 'Insurance statement',
      type: 'text',
      rows: 3,
      group: 'insurance',
      description: 'One or two sentences, shown in the footer and on the get-help page. Say only what you can stand behind.',
      validation: (rule) => rule.required().max(400),
    }),
    defineField({
      name: 'insuranceDetails',
      title: 'Limits and exceptions',
      type: 'text',
      rows: 4,
      group: 'insurance',
      description:
        'Shown on the get-help page below the plans: what a plan covers only in some settings (Medicare, for example), and what to do then.',
      validation: (rule) => rule.max(600),
    }),
    defineField({
      name: 'insurancePlans',
      title: 'Plans we work with',
      type: 'array',
      group: 'insurance',
      of: [{type: 'string'}],
      options: {layout: 'tags'},
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'navigation',
      title: 'Main navigation',
      type: 'array',
      group: 'navigation',
      of: [{type: 'navItem'}],
      description: 'Up to six links; the phone number and "Get help" are always added.',
      validation: (rule) => rule.max(6),
    }),
    defineField({
      name: 'defaultSeo',
      title: 'Default SEO',
      type: 'seo',
      group: 'seo',
      description: 'Used by pages that leave their own SEO fields empty.',
    }),
    defineField({
      name: 'languageAssistance',
      title: 'Language-assistance notices',
      type: 'array',
      group: 'language',
      of: [{type: 'languageNotice'}],
      description:
        'Shown in the footer of every page: in each language, that free language help is available and how to ask for it. English and Spanish are required; add the other languages your state asks you to serve.',
      validation: (rule) =>
        rule.custom((notices: {language?: string}[] | undefined) => languageAssistanceProblem(notices) ?? true),
    }),
  ].map((field) => (translated.has(field.name) || field.name === LANGUAGE_FIELD ? field : keptInDefaultLanguage(field))),
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {language: 'language'},
    prepare: ({language}) => ({title: 'Site settings', subtitle: language ? languageTitle(language) : undefined}),
  },
})
