import {defineField} from 'sanity'

type WithAlt = {alt?: string; decorative?: boolean; asset?: unknown}

/**
 * The alt text + "decorative" pair every meaningful image carries. An image must either describe
 * itself for screen-reader users or be marked decorative on purpose, never neither by accident.
 */
export const altTextFields = [
  defineField({
    name: 'decorative',
    title: 'Decorative only',
    type: 'boolean',
    description: 'Turn on only if the image adds nothing a screen-reader user would miss. Decorative images get no alt text.',
    initialValue: false,
  }),
  defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: 'Describe what the image shows for people who cannot see it, in one short sentence.',
    hidden: ({parent}) => Boolean((parent as WithAlt | undefined)?.decorative),
    validation: (rule) =>
      rule.custom((alt: string | undefined, context) => {
        const image = context.parent as WithAlt | undefined
        if (!image?.asset || image.decorative) return true
        if (!alt?.trim()) return 'Describe the image, or mark it as decorative.'
        if (alt.length > 180) return 'Keep alternative text under 180 characters; put longer explanations in a caption.'
        return true
      }),
  }),
]
