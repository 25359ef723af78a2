import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {SINGLETON_TYPES, schemaTypes} from '../schemas'
import {dataset, projectId} from './env'
import {structure} from './structure'

const singletons = new Set<string>(SINGLETON_TYPES)
/** Singletons can be edited and published, never created again, duplicated or deleted. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'Clinic content',
  projectId,
  dataset,
  plugins: [structureTool({structure}), visionTool({defaultApiVersion: '2025-02-19'})],
  schema: {
    types: schemaTypes,
    // Hide singletons from "Create new document" menus.
    templates: (templates) => templates.filter(({schemaType}) => !singletons.has(schemaType)),
  },
  document: {
    actions: (actions, {schemaType}) =>
      singletons.has(schemaType) ? actions.filter(({action}) => action !== undefined && SINGLETON_ACTIONS.has(action)) : actions,
    newDocumentOptions: (items, {creationContext}) =>
      creationContext.type === 'global' ? items.filter((item) => !singletons.has(item.templateId)) : items,
  },
})
