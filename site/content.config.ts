// The site's content collections: every one is loaded from the configured content source (the
// starter dataset or Sanity) by one GROQ query, and validated against its zod schema.
import {defineCollection} from 'astro:content'
import {accreditations} from './lib/content/collections/accreditations'
import {conditions} from './lib/content/collections/conditions'
import {faqs} from './lib/content/collections/faqs'
import {home} from './lib/content/collections/home'
import {pages} from './lib/content/collections/pages'
import {people} from './lib/content/collections/people'
import {programs} from './lib/content/collections/programs'
import {siteSettings} from './lib/content/collections/siteSettings'
import {therapies} from './lib/content/collections/therapies'
import type {ContentCollection} from './lib/content/collections/define'
import {contentLoader} from './lib/content/loader'

function collectionFrom<C extends ContentCollection>(collection: C) {
  return defineCollection({loader: contentLoader(collection), schema: collection.schema as C['schema']})
}

export const collections = {
  siteSettings: collectionFrom(siteSettings),
  home: collectionFrom(home),
  pages: collectionFrom(pages),
  programs: collectionFrom(programs),
  conditions: collectionFrom(conditions),
  therapies: collectionFrom(therapies),
  accreditations: collectionFrom(accreditations),
  people: collectionFrom(people),
  faqs: collectionFrom(faqs),
}
