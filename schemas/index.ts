// The content model: every Sanity schema type, listed once. The Studio, TypeGen and tests import from here.
import {accreditationType} from './documents/accreditation'
import {conditionType} from './documents/condition'
import {faqType} from './documents/faq'
import {pageType} from './documents/page'
import {personType} from './documents/person'
import {programType} from './documents/program'
import {therapyType} from './documents/therapy'
import {accessibleImageType} from './objects/accessibleImage'
import {addressType} from './objects/address'
import {calloutType} from './objects/callout'
import {careLevelType} from './objects/careLevel'
import {crisisResourcesType} from './objects/crisisResources'
import {ctaType} from './objects/cta'
import {faqBlockType} from './objects/faqBlock'
import {figureType} from './objects/figure'
import {highlightType} from './objects/highlight'
import {inquirySettingsType} from './objects/inquirySettings'
import {languageNoticeType} from './objects/languageNotice'
import {linkType} from './objects/link'
import {medicalReviewType} from './objects/medicalReview'
import {navItemType} from './objects/navItem'
import {openingHoursType} from './objects/openingHours'
import {richTextType, simpleTextType} from './objects/richText'
import {scheduleItemType} from './objects/scheduleItem'
import {seoType} from './objects/seo'
import {skillType} from './objects/skill'
import {homePageType} from './singletons/homePage'
import {siteSettingsType} from './singletons/siteSettings'

/** Singletons exist exactly once, under an id equal to their type name. */
export const SINGLETON_TYPES = ['siteSettings', 'homePage'] as const

const singletonTypes = [siteSettingsType, homePageType]
const documentTypes = [programType, conditionType, therapyType, pageType, faqType, personType, accreditationType]
const objectTypes = [
  accessibleImageType,
  addressType,
  calloutType,
  careLevelType,
  crisisResourcesType,
  ctaType,
  faqBlockType,
  figureType,
  highlightType,
  inquirySettingsType,
  languageNoticeType,
  linkType,
  medicalReviewType,
  navItemType,
  openingHoursType,
  richTextType,
  scheduleItemType,
  seoType,
  simpleTextType,
  skillType,
]

export const schemaTypes = [...singletonTypes, ...documentTypes, ...objectTypes]
