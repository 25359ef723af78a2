import {TranslateIcon} from '@sanity/icons/Translate'
import {defineField, defineType} from 'sanity'
import {NOTICE_LANGUAGES, noticeLanguageTitle} from '../lib/languages'

/** One language-assistance notice: in its own language, that language help is free. */
export const languageNoticeType = defineType({
  name: 'languageNotice',
  title: 'Language-assistance notice',
  type: 'object',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language the notice is written in. Each language gets one notice.',
      options: {
        list: NOTICE_LANGUAGES.map(({id, title, name}) => ({title: title === name ? title : `${title} (${name})`, value: id})),
      },
      validation: (rule) => rule.required().error('Choose the language this notice is written in.'),
    }),
    defineField({
      name: 'text',
      title: 'Notice',
      type: 'text',
      rows: 2,
      description:
        'One or two sentences in that language, for example "Free language help is available. Call (217) 555-0142." Have a fluent speaker write or check it.',
      validation: (rule) => [
        rule.required().error('Write the notice, in the language chosen above.'),
        rule.max(240).error('Keep the notice under 240 characters; it is shown in the footer of every page.'),
      ],
    }),
  ],
  preview: {
    select: {language: 'language', text: 'text'},
    prepare: ({language, text}) => ({title: noticeLanguageTitle(language) ?? 'Choose a language', subtitle: text}),
  },
})
