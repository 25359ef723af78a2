import {UserIcon} from '@sanity/icons/User'
import {defineField, defineType} from 'sanity'

/** A clinician or staff member; medical reviewers sign off education pages. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({name: 'name', title: 'Full name', type: 'string', validation: (rule) => rule.required()}),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'Degrees and licences as they should appear after the name, for example "MD" or "PsyD, LCP".',
      validation: (rule) => rule.required().error('Credentials are shown beside every review this person signs.'),
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'For example "Medical Director".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'isMedicalReviewer',
      title: 'Medical reviewer',
      type: 'boolean',
      description: 'Turn on for clinicians who may review education pages.',
      initialValue: false,
    }),
    defineField({name: 'portrait', title: 'Portrait', type: 'accessibleImage'}),
    defineField({name: 'bio', title: 'Short biography', type: 'text', rows: 4, validation: (rule) => rule.max(600)}),
  ],
  preview: {
    select: {name: 'name', credentials: 'credentials', role: 'role', media: 'portrait'},
    prepare: ({name, credentials, role, media}) => ({
      title: credentials ? `${name}, ${credentials}` : name,
      subtitle: role,
      media,
    }),
  },
})
