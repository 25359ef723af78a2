import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {SINGLETON_TYPES, schemaTypes} from '../schemas'
import {dataset, localLakeToken, localLakeUrl, previewUrl, projectId, usesLocalLake} from './env'
import {signInToLocalLake} from './localLakeAuth'
import {documentPath} from './presentation/locations'
import {locations} from './presentation/resolve'
import {structure} from './structure'

const singletons = new Set<string>(SINGLETON_TYPES)
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
    // Opens the draft preview beside the document, through the preview server's secret flow.
    presentationTool({previewUrl: {initial: previewUrl, previewMode: {enable: '/api/preview/enable'}}, resolve: {locations}}),
    visionTool({defaultApiVersion: '2025-02-19'}),
  ],
  schema: {
    types: schemaTypes,
    // Hide singletons from "Create new document" menus.
    templates: (templates) => templates.filter(({schemaType}) => !singletons.has(schemaType)),
  },
  document: {
    // "Open preview" in the document menu, for types that have a page of their own.
    productionUrl: async (previous, {document}) => {
      const slug = (document.slug as {current?: string} | undefined)?.current
      const path = documentPath({_type: document._type, slug})
      return path ? new URL(path, previewUrl).toString() : previous
    },
    actions: (actions, {schemaType}) =>
      singletons.has(schemaType) ? actions.filter(({action}) => action !== undefined && SINGLETON_ACTIONS.has(action)) : actions,
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global' ? items.filter((item) => !singletons.has(item.templateId)) : items,
  },
})
