// Notes above the form of a translation: that its English source changed since it was published
// (live, from useTranslationStatus), and, on the Spanish site settings, where the facts are kept.
import {Card, Stack, Text} from '@sanity/ui'
import type {ReactNode} from 'react'
import {useFormValue, type InputProps} from 'sanity'
import {isTranslation} from '../../schemas/lib/languageField'
import {formatSourceDate} from './formatSourceDate'
import {useTranslationStatus} from './useTranslationStatus'

function Note({tone, testId, children}: {tone: 'caution' | 'primary'; testId: string; children: ReactNode}) {
  return (
    <Card padding={3} radius={2} shadow={1} tone={tone} data-testid={testId} role="status">
      <Text size={1}>{children}</Text>
    </Card>
  )
}

function StaleNote({documentId}: {documentId: string}) {
  const status = useTranslationStatus(documentId)
  if (!status.stale) return null
  return (
    <Note tone="caution" testId="stale-translation-banner">
      <strong>The English version changed on {formatSourceDate(status.sourceUpdatedAt)}</strong>, after this translation was last
      published. Compare the two, bring this translation up to date, and publish it again.
    </Note>
  )
}

const SETTINGS_NOTE =
  'Phone numbers, address, opening hours, the crisis line, insurance plans, the form’s address and the language-assistance notices are kept once, in the English site settings (Site settings › English). Change them there: Spanish pages show them too.'

/** The root input of a translatable document: the notes, then the form as usual. */
export function TranslationNotes(props: InputProps) {
  const id = useFormValue(['_id'])
  const document = useFormValue([])
  if (typeof id !== 'string' || !isTranslation(document)) return props.renderDefault(props)
  return (
    <Stack gap={4}>
      <StaleNote documentId={id} />
      {props.schemaType.name === 'siteSettings' ? (
        <Note tone="primary" testId="translated-settings-note">
          {SETTINGS_NOTE}
        </Note>
      ) : null}
      {props.renderDefault(props)}
    </Stack>
  )
}
