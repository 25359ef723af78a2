// Singletons are translated through the desk, not the plugin's menu (the menu would give the
// translation a random id, and a singleton's id is fixed: homePage-es). Publishing a translated
// singleton links it to its English document in the same translation.metadata document the plugin
// reads, so both kinds of translation look alike to the site and the Studio.
import type {Mutation} from '@sanity/client'
import {DEFAULT_LANGUAGE, TRANSLATION_METADATA_TYPE, singletonId, type Language} from '../../schemas/lib/languages'
import type {TranslationMetadata} from '../../schemas/lib/translationSource'

export const singletonMetadataId = (type: string) => `${TRANSLATION_METADATA_TYPE}.${singletonId(type, DEFAULT_LANGUAGE)}`

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A link to one translation, in the shape the plugin writes (weak until the document is published). */
function translationEntry(type: string, language: Language) {
  return {
    _key: randomKey(),
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: {_type: 'reference', _ref: singletonId(type, language), _weak: true, _strengthenOnPublish: {type}},
  }
}

/**
 * The mutations that link the `language` translation of singleton `type` to its English document,
 * given the metadata document as it is (null: none yet). None when the link already exists.
 */
export function singletonLinkMutations(type: string, language: Language, existing: TranslationMetadata | null): Mutation[] {
  const translations = existing?.translations ?? []
  if (translations.some((entry) => entry.language === language)) return []
  const _id = singletonMetadataId(type)
  const source = translationEntry(type, DEFAULT_LANGUAGE)
  return [
    {createIfNotExists: {_id, _type: TRANSLATION_METADATA_TYPE, schemaTypes: [type], translations: [source]}},
    {patch: {id: _id, setIfMissing: {translations: [source]}}},
    {patch: {id: _id, insert: {after: 'translations[-1]', items: [translationEntry(type, language)]}}},
  ]
}
