// The site's content collections: every one is loaded from the configured content source (the
// starter dataset or Sanity) by one GROQ query, and validated against its zod schema.
import {defineCollection} from 'astro:content'
import type {z} from 'zod'
import type {ContentCollection} from './lib/content/collections/define'
import {contentCollections} from './lib/content/collections'
import {contentLoader} from './lib/content/loader'

function collectionFrom<S extends z.ZodType>(collection: ContentCollection<S>) {
  return defineCollection({loader: contentLoader(collection), schema: collection.schema})
}

const {
  siteSettings,
  settingsTranslations,
  home,
  pages,
  programs,
  conditions,
  therapies,
  accreditations,
  people,
  faqs,
  translations,
} = contentCollections

export const collections = {
  siteSettings: collectionFrom(siteSettings),
  settingsTranslations: collectionFrom(settingsTranslations),
  home: collectionFrom(home),
  pages: collectionFrom(pages),
  programs: collectionFrom(programs),
  conditions: collectionFrom(conditions),
  therapies: collectionFrom(therapies),
  accreditations: collectionFrom(accreditations),
  people: collectionFrom(people),
  faqs: collectionFrom(faqs),
  translations: collectionFrom(translations),
}
