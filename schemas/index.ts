// The content model: every Sanity schema type, listed once. Studio and tests import from here.
import {accreditation} from './documents/accreditation'
import {condition} from './documents/condition'
import {faq} from './documents/faq'
import {page} from './documents/page'
import {person} from './documents/person'
import {program} from './documents/program'
import {therapy} from './documents/therapy'
import {accessibleImage} from './objects/accessibleImage'
import {address} from './objects/address'
import {callout} from './objects/callout'
import {careLevel} from './objects/careLevel'
import {crisisResources} from './objects/crisisResources'
import {cta} from './objects/cta'
import {faqBlock} from './objects/faqBlock'
import {figure} from './objects/figure'
import {highlight} from './objects/highlight'
import {inquirySettings} from './objects/inquirySettings'
import {link} from './objects/link'
import {medicalReview} from './objects/medicalReview'
import {navItem} from './objects/navItem'
import {openingHours} from './objects/openingHours'
import {richText, simpleText} from './objects/richText'
import {scheduleItem} from './objects/scheduleItem'
import {seo} from './objects/seo'
import {skill} from './objects/skill'
import {homePage} from './singletons/homePage'
import {siteSettings} from './singletons/siteSettings'

/** Singletons exist exactly once, under an id equal to their type name. */
export const SINGLETON_TYPES = ['siteSettings', 'homePage'] as const
export type SingletonType = (typeof SINGLETON_TYPES)[number]

export const singletonTypes = [siteSettings, homePage]
export const documentTypes = [program, condition, therapy, page, faq, person, accreditation]
export const objectTypes = [
  accessibleImage,
  address,
  callout,
  careLevel,
  crisisResources,
  cta,
  faqBlock,
  figure,
  highlight,
  inquirySettings,
  link,
  medicalReview,
  navItem,
  openingHours,
  richText,
  scheduleItem,
  seo,
  simpleText,
  skill,
]

export const schemaTypes = [...singletonTypes, ...documentTypes, ...objectTypes]
