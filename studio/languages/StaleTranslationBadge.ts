// A document badge on a translation whose source changed after it: "Source changed".
import type {DocumentBadgeComponent} from 'sanity'
import {useTranslationStatus} from './useTranslationStatus'
import {formatSourceDate} from './formatSourceDate'

export const StaleTranslationBadge: DocumentBadgeComponent = (props) => {
  const status = useTranslationStatus(props.id)
  if (!status.stale) return null
  return {
    label: 'Source changed',
    title: `The English version changed on ${formatSourceDate(status.sourceUpdatedAt)}. Review this translation and publish it again.`,
    color: 'warning',
  }
}
