import {UserIcon} from '@sanity/icons/User'
import {defineField, defineType} from 'sanity'
import {contentChecks} from '../lib/contentCheckRule'
import {REVIEW_CREDENTIALS, reviewLabel} from '../lib/reviewLabel'

/** A clinician or staff member; reviewers sign off education pages. */
export const personType = defineType({
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
      title: 'Reviews education pages',
      type: 'boolean',
      description: 'Turn on for clinicians who may review education pages.',
      initialValue: false,
    }),
    defineField({
      name: 'reviewCredential',
      title: 'Credential for reviews',
      type: 'string',
      description:
        'The licence this person reviews under. It decides what pages say: "Medically reviewed" for a physician or psychiatric nurse practitioner, "Clinically reviewed" for a psychologist, social worker or counselor.',
      options: {list: REVIEW_CREDENTIALS.map(({value, title}) => ({value, title}))},
      hidden: ({document}) => !document?.isMedicalReviewer,
      validation: (rule) =>
        rule.custom((value: string | undefined, context) =>
          (context.document as {isMedicalReviewer?: boolean} | undefined)?.isMedicalReviewer && !value
            ? 'Choose the credential this person reviews under, so pages can say whether the review is medical or clinical.'
            : true,
        ),
    }),
    defineField({name: 'portrait', title: 'Portrait', type: 'accessibleImage'}),
    defineField({name: 'bio', title: 'Short biography', type: 'text', rows: 4, validation: (rule) => rule.max(600)}),
  ],
  // Plain-language and safe-wording warnings, on the fields they concern.
  validation: contentChecks,
  preview: {
    select: {
      name: 'name',
      credentials: 'credentials',
      role: 'role',
      reviewer: 'isMedicalReviewer',
      credential: 'reviewCredential',
      media: 'portrait',
    },
    prepare: ({name, credentials, role, reviewer, credential, media}) => ({
      title: credentials ? `${name}, ${credentials}` : name,
      subtitle: [role, reviewer ? `${reviewLabel(credential)} pages` : undefined].filter(Boolean).join(' · '),
      media,
    }),
  },
})
