// Follows, live, whether a translation has fallen behind its default-language source: the
// translation.metadata document names the source, and the two published documents' `_updatedAt`
// decide (translationIsStale). Both queries are plain filters, so a real Content Lake listens to them.
import {useEffect, useState} from 'react'
import {getPublishedId, useDocumentStore} from 'sanity'
import {TRANSLATION_METADATA_TYPE} from '../../schemas/lib/languages'
import {
  translationSourceId,
  translationStatus,
  type Stamped,
  type TranslationMetadata,
  type TranslationStatus,
} from '../../schemas/lib/translationSource'

const METADATA_QUERY = `*[_type == "${TRANSLATION_METADATA_TYPE}" && references($id)]{translations}`
const STAMPS_QUERY = `*[_id in [$sourceId, $id]]{_id, _updatedAt}`

/** The id of the source a translation was made from, following its metadata as it changes. */
function useSourceId(id: string): string | undefined {
  const store = useDocumentStore()
  const [sourceId, setSourceId] = useState<string | undefined>(undefined)
  useEffect(() => {
    const subscription = store
      .listenQuery(METADATA_QUERY, {id}, {})
      .subscribe((result: TranslationMetadata[] | null) =>
        setSourceId((result ?? []).map((metadata) => translationSourceId(metadata, id)).find(Boolean)),
      )
    return () => subscription.unsubscribe()
  }, [store, id])
  return sourceId
}

/** Whether the published translation `documentId` is older than its published source. */
export function useTranslationStatus(documentId: string): TranslationStatus {
  const id = getPublishedId(documentId)
  const sourceId = useSourceId(id)
  const store = useDocumentStore()
  const [status, setStatus] = useState<TranslationStatus>({stale: false})
  useEffect(() => {
    if (!sourceId) {
      setStatus({stale: false})
      return undefined
    }
    const subscription = store.listenQuery(STAMPS_QUERY, {sourceId, id}, {}).subscribe((result: Stamped[] | null) => {
      const stamps = result ?? []
      setStatus(
        translationStatus(
          stamps.find((doc) => doc._id === sourceId),
          stamps.find((doc) => doc._id === id),
        ),
      )
    })
    return () => subscription.unsubscribe()
  }, [store, sourceId, id])
  return status
}
