import {defineField} from 'sanity'
import {isUniqueSlugPerType} from './validation'

/** The slug every routed document has: generated from the title, lowercase, unique per type. */
export function slugField(options: {source?: string; group?: string; description?: string} = {}) {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    group: options.group,
    description:
      options.description ??
      'The last part of the page address. Generate it from the title; avoid changing it after publishing, because links to the old address will break.',
    options: {source: options.source ?? 'title', maxLength: 80, isUnique: isUniqueSlugPerType},
    validation: (rule) =>
      rule.required().custom((slug: {current?: string} | undefined) => {
        const current = slug?.current
        if (!current) return 'Generate a slug from the title.'
        return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(current)
          ? true
          : 'Use lowercase letters, numbers and single dashes only, for example "anxiety-disorders".'
      }),
  })
}
