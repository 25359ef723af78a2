// The publish action of a translated singleton, which also links it to its English document.
import {useClient, type DocumentActionComponent} from 'sanity'
import {documentLanguage, isTranslation} from '../../schemas/lib/languageField'
import type {TranslationMetadata} from '../../schemas/lib/translationSource'
import {singletonLinkMutations, singletonMetadataId} from './singletonLinks'

export function linkOnPublish(publish: DocumentActionComponent): DocumentActionComponent {
  const LinkedPublish: DocumentActionComponent = (props) => {
    const description = publish(props)
    const client = useClient({apiVersion: '2025-02-19'})
    const document = props.draft ?? props.published
    const language = documentLanguage(document)
    if (!description || !language || !isTranslation(document)) return description
    return {
      ...description,
      onHandle: () => {
        description.onHandle?.()
        void client
          .fetch<TranslationMetadata | null>('*[_id == $id][0]{translations}', {id: singletonMetadataId(props.type)})
          .then((existing) => {
            const mutations = singletonLinkMutations(props.type, language, existing)
            return mutations.length > 0 ? client.mutate(mutations) : undefined
          })
          .catch((error: unknown) => console.error(`Linking ${props.id} to its English document failed:`, error))
      },
    }
  }
  LinkedPublish.action = publish.action
  LinkedPublish.displayName = 'LinkedPublish'
  return LinkedPublish
}
