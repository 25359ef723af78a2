// Human-readable dates, times and opening hours in the page's language ("May 31, 2026", "8:00 am";
// "31 de mayo de 2026", "8:00 a.m."). Intl supplies the words and the order, so no language needs a
// table of month or day names here. Phone numbers are shown as the editors wrote them.
import {LANGUAGES, type Language} from '../../../schemas/lib/languages'

/** Weekdays as the content stores them (English names, Monday first), in week order. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** How a run of three or more days that follow each other is joined: "Monday–Friday", "lunes a viernes". */
const DAY_RANGE_JOINER: Record<Language, string> = {en: '–', es: ' a '}

const localeOf = (language: Language): string => LANGUAGES.find((entry) => entry.id === language)?.locale ?? 'en-US'

/** One formatter per language and kind, made when first needed. */
function perLanguage<T>(make: (locale: string) => T): (language: Language) => T {
  const made = new Map<Language, T>()
  return (language) => {
    const existing = made.get(language)
    if (existing) return existing
    const created = make(localeOf(language))
    made.set(language, created)
    return created
  }
}

const dateFormat = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'}),
)
const timeFormat = perLanguage((locale) => new Intl.DateTimeFormat(locale, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}))
const weekdayFormat = perLanguage((locale) => new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'}))
const listFormat = perLanguage((locale) => new Intl.ListFormat(locale, {type: 'unit', style: 'long'}))

/** "2026-05-31" -> "May 31, 2026" / "31 de mayo de 2026". Read as a calendar day, so no time zone can shift it. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat(language).format(date)
}

/** "19:00" -> "7:00 pm" / "7:00 p.m."; a time that is not HH:MM is shown as written. */
export function formatTime(time: string, language: Language): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim())
  const [hours, minutes] = [Number(match?.[1]), Number(match?.[2])]
  if (!match || hours > 23 || minutes > 59) return time
  const date = new Date(Date.UTC(2000, 0, 1, hours, minutes))
  return timeFormat(language)
    .formatToParts(date)
    .map((part) => {
      // English on this site writes "am"/"pm" in lower case; other languages keep their own form.
      if (part.type === 'dayPeriod' && language === 'en') return part.value.toLowerCase()
      // Intl puts a narrow no-break space before AM in some languages only: one plain space in all.
      if (part.type === 'literal') return part.value.replace(/\s+/gu, ' ')
      return part.value
    })
    .join('')
}

/** The weekday's name in a language; 2024-01-01 was a Monday, so index 0 is Monday. */
const weekdayName = (index: number, language: Language) => weekdayFormat(language).format(new Date(Date.UTC(2024, 0, 1 + index)))

/** A phrase as it starts a sentence or a line: "llame al 988" -> "Llame al 988". */
export function capitalize(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(localeOf(language)) + text.slice(1)
}

/**
 * ["Monday", …, "Friday"] -> "Monday–Friday" / "Lunes a viernes": three or more days that follow
 * each other are a range, the others are listed. Written to start a line, so it begins with a
 * capital. Day names the content does not use are kept as written.
 */
export function formatDays(days: string[], language: Language): string {
  const indexes = days.map((day) => WEEKDAYS.findIndex((weekday) => weekday.toLowerCase() === day.trim().toLowerCase()))
  if (indexes.some((index) => index < 0)) return days.join(', ')
  const sorted = [...new Set(indexes)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const index of sorted) {
    const run = runs[runs.length - 1]
    if (run && run[run.length - 1] === index - 1) run.push(index)
    else runs.push([index])
  }
  const parts = runs.flatMap((run) => {
    const names = run.map((index) => weekdayName(index, language))
    return names.length > 2 ? [`${names[0]}${DAY_RANGE_JOINER[language]}${names[names.length - 1]}`] : names
  })
  return capitalize(listFormat(language).format(parts), language)
}

export interface OpeningHours {
  days: string[]
  opens: string
  closes: string
}

/** One line of opening hours: "Monday–Friday, 8:00 am – 7:00 pm" / "Lunes a viernes, 8:00 a.m. – 7:00 p.m.". */
export function formatOpeningHours(hours: OpeningHours, language: Language): string {
  return `${formatDays(hours.days, language)}, ${formatTime(hours.opens, language)} – ${formatTime(hours.closes, language)}`
}

/** The host people would type, for link text: "https://988lifeline.org/chat/" -> "988lifeline.org". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
