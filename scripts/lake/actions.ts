// The Actions API (`data/actions`), which the Studio uses to create, edit, publish, unpublish,
// discard and delete documents: each action becomes the mutations it stands for, and all the
// actions of a request commit as one transaction.
import type {Dataset} from './dataset.ts'
import {LakeError} from './errors.ts'
import {draftIdOf} from './ids.ts'
import {applyMutations, type MutationInput} from './mutations.ts'
import {strengthenMutations} from './strengthen.ts'
import type {LakeDocument} from './types.ts'

type Action = Record<string, unknown> & {actionType?: string}

const conflict = (message: string, index: number) => new LakeError(409, 'documentConflict', message, index)

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** The mutations one action stands for, given the documents as the previous actions left them. */
function mutationsFor(action: Action, index: number, current: (id: string) => LakeDocument | undefined): MutationInput[] {
  const publishedId = str(action.publishedId)
  const draftId = str(action.draftId) ?? (publishedId ? draftIdOf(publishedId) : undefined)
  const need = (value: string | undefined, name: string) => {
    if (!value) throw new LakeError(400, 'actionError', `${action.actionType} needs ${name}`, index)
    return value
  }
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = {...(action.attributes as Record<string, unknown>), _id: need(draftId, 'publishedId')}
      if (current(attributes._id) && action.ifExists === 'ignore') return []
      return [{create: attributes}]
    }
    case 'sanity.action.document.version.create': {
      const document = action.document as LakeDocument | undefined
      need(document?._id, 'document._id')
      return [{create: document}]
    }
    case 'sanity.action.document.replaceDraft':
      return [{createOrReplace: {...(action.attributes as Record<string, unknown>), _id: need(draftId, 'publishedId')}}]
    case 'sanity.action.document.version.replace':
      return [{createOrReplace: action.document}]
    case 'sanity.action.document.edit': {
      const target = need(draftId, 'draftId')
      const published = current(need(publishedId, 'publishedId'))
      // Editing a published document starts its draft as a copy of it.
      const start = !current(target) && published ? [{create: {...published, _id: target}}] : []
      return [...start, {patch: {...(action.patch as Record<string, unknown>), id: target}}]
    }
    case 'sanity.action.document.publish': {
      const draft = current(need(draftId, 'draftId'))
      const target = need(publishedId, 'publishedId')
      if (!draft) throw conflict(`There is no draft "${draftId}" to publish`, index)
      if (str(action.ifDraftRevisionId) && draft._rev !== action.ifDraftRevisionId)
        throw conflict(`The draft "${draftId}" has changed since it was loaded; publish again`, index)
      const published = current(target)
      if (str(action.ifPublishedRevisionId) && published?._rev !== action.ifPublishedRevisionId)
        throw conflict(`The published document "${target}" has changed since it was loaded; publish again`, index)
      const {_rev: _draftRev, ...content} = draft
      return [{createOrReplace: {...content, _id: target}}, {delete: {id: draft._id}}]
    }
    case 'sanity.action.document.unpublish': {
      const target = need(publishedId, 'publishedId')
      const published = current(target)
      if (!published) throw conflict(`"${target}" is not published`, index)
      const draft = need(draftId, 'draftId')
      return [...(current(draft) ? [] : [{create: {...published, _id: draft}}]), {delete: {id: target}}]
    }
    case 'sanity.action.document.discard':
      return [{delete: {id: need(draftId, 'draftId')}}]
    case 'sanity.action.document.version.discard':
      return [{delete: {id: need(str(action.versionId), 'versionId')}}]
    case 'sanity.action.document.delete': {
      const target = need(publishedId, 'publishedId')
      const drafts = Array.isArray(action.includeDrafts)
        ? action.includeDrafts.filter((id): id is string => typeof id === 'string')
        : []
      return [target, draftIdOf(target), ...drafts].map((id) => ({delete: {id}}))
    }
    default:
      throw new LakeError(400, 'actionError', `The local Content Lake does not support the action "${action.actionType}"`, index)
  }
}

/** Every document as the staged actions leave it. */
function* documentsNow(dataset: Dataset, staged: Map<string, LakeDocument | null>): Generator<LakeDocument> {
  for (const doc of dataset.all()) if (!staged.has(doc._id)) yield doc
  for (const doc of staged.values()) if (doc) yield doc
}

export async function runActions(dataset: Dataset, body: {actions?: unknown; transactionId?: unknown}, author: string) {
  const actions = Array.isArray(body.actions) ? (body.actions as Action[]) : []
  if (actions.length === 0) throw new LakeError(400, 'actionError', 'The request has no actions.')
  // Later actions see what earlier ones did (a publish after an edit publishes the edited draft),
  // so each action's mutations are applied to a scratch copy before the next one is read.
  const staged = new Map<string, LakeDocument | null>()
  const current = (id: string) => (staged.has(id) ? (staged.get(id) ?? undefined) : dataset.get(id))
  const scratch = {get: current, idsMatching: async () => []}
  const stamp = {transactionId: 'staged', timestamp: new Date().toISOString()}
  const mutations: MutationInput[] = []
  const stage = async (produced: MutationInput[]) => {
    const outcome = await applyMutations(produced, scratch, stamp)
    for (const [id, change] of outcome.changes) staged.set(id, change.after)
    mutations.push(...produced)
  }
  for (const [index, action] of actions.entries()) await stage(mutationsFor(action, index, current))
  // References waiting for a document published here (translation links) become strong with it.
  const published = new Set(
    actions
      .filter((action) => action.actionType === 'sanity.action.document.publish')
      .map((action) => String(action.publishedId)),
  )
  await stage(strengthenMutations(documentsNow(dataset, staged), published))
  const transactionId = str(body.transactionId)
  const {transaction} = await dataset.commit(mutations, {author, transactionId})
  return {transactionId: transaction.id}
}
