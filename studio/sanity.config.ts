import {documentInternationalization} from '@sanity/document-internationalization'
import {esESLocale} from '@sanity/locale-es-es'
import {visionTool} from '@sanity/vision'
import {createElement} from 'react'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {SINGLETON_TYPES, schemaTypes} from '../schemas'
import {dataset, localLakeToken, localLakeUrl, previewUrl, projectId, usesLocalLake} from './env'
import {signInToLocalLake} from './localLakeAuth'
import {documentPath} from './presentation/locations'
import {locations} from './presentation/resolve'
import {structure} from './structure'
import {LANGUAGE_FIELD, LANGUAGES, TRANSLATABLE_TYPES, isTranslatableType, type Language} from '../schemas/lib/languages'
import {linkOnPublish} from './languages/linkOnPublish'
import {notesBundles} from './languages/messages'
import {StaleTranslationBadge} from './languages/StaleTranslationBadge'
import {languageTemplates, templateId} from './languages/templates'
import {TranslationNotes} from './languages/TranslationNotes'

const singletons = new Set<string>(SINGLETON_TYPES)
const DEFAULT_STUDIO_LOCALE = 'en-US'
/** Every template that creates a singleton, in any language: never offered in "Create" menus. */
const singletonTemplates = new Set<string>(
  SINGLETON_TYPES.flatMap((type) => [type, ...LANGUAGES.map(({id}) => templateId(type, id as Language))]),
)
/** Singletons can be edited and published, never created again, duplicated or deleted. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

if (usesLocalLake) signInToLocalLake(projectId, localLakeToken)

/**
 * Without a Sanity project the Studio works on the local Content Lake: its address, a token login
 * (handed over above), and the legacy GROQ search, because groq-js has no `text::query`. Features
 * the lake does not emulate are off; each would also hold one of the six connections a browser
 * opens to a plain-HTTP host with a listener (sanity.io speaks HTTP/2, which has no such limit).
 */
const localLake = usesLocalLake
  ? {
      apiHost: localLakeUrl,
      auth: {loginMethod: 'token' as const},
      search: {strategy: 'groqLegacy' as const},
      releases: {enabled: false},
      scheduledDrafts: {enabled: false},
      scheduledPublishing: {enabled: false},
      tasks: {enabled: false},
      apps: {canvas: {enabled: false}},
      mediaLibrary: {enabled: false},
      announcements: {enabled: false},
    }
  : {}

export default defineConfig({
  name: 'default',
  title: usesLocalLake ? 'Clinic content (local, not connected to sanity.io)' : 'Clinic content',
  projectId,
  dataset,
  ...localLake,
  plugins: [
    structureTool({structure}),
    // Translations are documents of their own, linked by translation.metadata documents. Singletons
    // keep fixed ids (homePage-es), so they are translated through the desk, not the plugin's menu
    // (which would give the translation a random id); linkOnPublish links them on publishing.
    documentInternationalization({
      supportedLanguages: LANGUAGES.map(({id, title}) => ({id, title})),
      schemaTypes: [...TRANSLATABLE_TYPES],
      languageField: LANGUAGE_FIELD,
      hideLanguageFilter: [...SINGLETON_TYPES],
      addTemplates: false,
      apiVersion: '2025-02-19',
    }),
    // The Studio's own interface in Spanish, for editors who choose it in their profile menu.
    esESLocale(),
    // Opens the draft preview beside the document, through the preview server's secret flow.
    presentationTool({previewUrl: {initial: previewUrl, previewMode: {enable: '/api/preview/enable'}}, resolve: {locations}}),
    visionTool({defaultApiVersion: '2025-02-19'}),
  ],
  schema: {
    types: schemaTypes,
    // One template per language for translatable types; singletons' are hidden from menus below.
    templates: (templates, {schema}) => languageTemplates(templates, (type) => schema.get(type)?.title ?? type),
  },
  i18n: {
    bundles: notesBundles,
    // Without a choice stored in the browser the Studio takes the last locale registered: English
    // stays last, so Spanish is there for editors who pick it and the default for nobody.
    locales: (locales) => [
      ...locales.filter(({id}) => id !== DEFAULT_STUDIO_LOCALE),
      ...locales.filter(({id}) => id === DEFAULT_STUDIO_LOCALE),
    ],
  },
  form: {
    components: {
      // A translation shows, above its fields, that its English source changed since it was published.
      input: (props) =>
        props.id === 'root' && isTranslatableType(props.schemaType.name)
          ? createElement(TranslationNotes, props)
          : props.renderDefault(props),
    },
  },
  document: {
    // "Open preview" in the document menu, for types that have a page of their own.
    productionUrl: async (previous, {document}) => {
      const slug = (document.slug as {current?: string} | undefined)?.current
      const language = typeof document.language === 'string' ? document.language : undefined
      const path = documentPath({_type: document._type, slug, language})
      return path ? new URL(path, previewUrl).toString() : previous
    },
    actions: (actions, {schemaType}) =>
      singletons.has(schemaType)
        ? actions
            .filter(({action}) => action !== undefined && SINGLETON_ACTIONS.has(action))
            .map((action) => (action.action === 'publish' ? linkOnPublish(action) : action))
        : actions,
    badges: (badges, {schemaType}) => (isTranslatableType(schemaType) ? [...badges, StaleTranslationBadge] : badges),
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global' ? items.filter((item) => !singletonTemplates.has(item.templateId)) : items,
  },
})
