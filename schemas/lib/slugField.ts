import {defineField} from 'sanity'
import {slugProblem} from './rules'
import {isUniqueSlugPerType} from './validation'

/** Checks a slug's shape, and that it does not take an address a built-in section uses. */
export function checkSlug(current: string | undefined, reserved: readonly string[] = []): true | string {
  if (!current) return 'Generate a slug from the title.'
  const problem = slugProblem(current)
  if (problem) return problem
  if (reserved.includes(current)) return `"${current}" is used by a built-in section of the site. Choose another slug.`
  return true
}

/** The slug every routed document has: generated from the title, lowercase, unique per type and language. */
export function slugField(options: {source?: string; group?: string; description?: string; reserved?: readonly string[]} = {}) {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    group: options.group,
    description:
      options.description ??
      'The last part of the page address. Generate it from the title; avoid changing it after publishing, because links to the old address will break.',
    options: {
      source: options.source ?? 'title',
      maxLength: 80,
      isUnique: isUniqueSlugPerType,
      // A new translation starts without a slug: the editor generates it from the translated title.
      documentInternationalization: {exclude: true},
    },
    // The slug type's own rules are warnings; `.error()` makes a bad slug block publishing.
    validation: (rule) =>
      rule
        .required()
        .custom((slug: {current?: string} | undefined) => checkSlug(slug?.current, options.reserved))
        .error(),
  })
}
