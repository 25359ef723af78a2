// Notes above the form of a translation: that its English source changed since it was published
// (live, from useTranslationStatus), and, on the Spanish site settings, where the facts are kept.
import {Card, Stack, Text} from '@sanity/ui'
import type {ReactNode} from 'react'
import {useCurrentLocale, useFormValue, useTranslation, type InputProps} from 'sanity'
import {isTranslation} from '../../schemas/lib/languageField'
import {formatSourceDate, NOTES_NAMESPACE} from './messages'
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
  const {t} = useTranslation(NOTES_NAMESPACE)
  const locale = useCurrentLocale().id
  if (!status.stale) return null
  return (
    <Note tone="caution" testId="stale-translation-banner">
      <strong>{t('stale.banner-title', {date: formatSourceDate(status.sourceUpdatedAt, locale)})}</strong>
      {t('stale.banner-text')}
    </Note>
  )
}

function SettingsNote() {
  const {t} = useTranslation(NOTES_NAMESPACE)
  return (
    <Note tone="primary" testId="translated-settings-note">
      {t('settings.facts-note')}
    </Note>
  )
}

/** The root input of a translatable document: the notes, then the form as usual. */
export function TranslationNotes(props: InputProps) {
  const id = useFormValue(['_id'])
  const document = useFormValue([])
  if (typeof id !== 'string' || !isTranslation(document)) return props.renderDefault(props)
  return (
    <Stack gap={4}>
      <StaleNote documentId={id} />
      {props.schemaType.name === 'siteSettings' ? <SettingsNote /> : null}
      {props.renderDefault(props)}
    </Stack>
  )
}
