// A document badge on a translation whose source changed after it: "Source changed".
import {useCurrentLocale, useTranslation, type DocumentBadgeComponent} from 'sanity'
import {formatSourceDate, NOTES_NAMESPACE} from './messages'
import {useTranslationStatus} from './useTranslationStatus'

export const StaleTranslationBadge: DocumentBadgeComponent = (props) => {
  const status = useTranslationStatus(props.id)
  const {t} = useTranslation(NOTES_NAMESPACE)
  const locale = useCurrentLocale().id
  if (!status.stale) return null
  return {
    label: t('stale.badge'),
    title: t('stale.badge-title', {date: formatSourceDate(status.sourceUpdatedAt, locale)}),
    color: 'warning',
  }
}
