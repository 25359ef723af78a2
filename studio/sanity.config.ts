import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {structureTool} from 'sanity/structure'
import {SINGLETON_TYPES, schemaTypes} from '../schemas'
import {dataset, previewUrl, projectId} from './env'
import {documentPath} from './presentation/locations'
import {locations} from './presentation/resolve'
import {structure} from './structure'

const singletons = new Set<string>(SINGLETON_TYPES)
/** Singletons can be edited and published, never created again, duplicated or deleted. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'Clinic content',
  projectId,
  dataset,
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
