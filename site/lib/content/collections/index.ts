import {accreditations} from './accreditations'
import {conditions} from './conditions'
import {faqs} from './faqs'
import {home} from './home'
import {pages} from './pages'
import {people} from './people'
import {programs} from './programs'
import {siteSettings} from './siteSettings'
import {therapies} from './therapies'

/** Every collection the site reads, by the name pages use for it. */
export const contentCollections = {siteSettings, home, pages, programs, conditions, therapies, accreditations, people, faqs}
export type CollectionName = keyof typeof contentCollections
