// Human-readable dates, times and opening hours, as visitors read them ("May 31, 2026", "8:00 am").

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

const dateFormat = new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'})

/** "2026-05-31" -> "May 31, 2026". The date is read as a calendar day, so no time zone can shift it. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date)
}

/** "08:00" -> "8:00 am", "19:00" -> "7:00 pm", "12:00" -> "12:00 pm". */
export function formatTime(time: string): string {
  const [hoursText = '0', minutes = '00'] = time.split(':')
  const hours = Number(hoursText)
  const suffix = hours < 12 ? 'am' : 'pm'
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return `${hour12}:${minutes} ${suffix}`
}

/** ["Monday", …, "Friday"] -> "Monday–Friday"; days that do not follow each other are listed. */
export function formatDays(days: string[]): string {
  const indexes = days.map((day) => WEEKDAYS.findIndex((weekday) => weekday.toLowerCase() === day.trim().toLowerCase()))
  if (indexes.some((index) => index < 0)) return days.join(', ')
  const sorted = [...new Set(indexes)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const index of sorted) {
    const run = runs[runs.length - 1]
    if (run && run[run.length - 1] === index - 1) run.push(index)
    else runs.push([index])
  }
  return runs
    .map((run) => {
      const first = WEEKDAYS[run[0] ?? 0]
      const last = WEEKDAYS[run[run.length - 1] ?? 0]
      if (run.length === 1) return first
      return run.length === 2 ? `${first}, ${last}` : `${first}–${last}`
    })
    .join(', ')
}

export interface OpeningHours {
  days: string[]
  opens: string
  closes: string
}

/** One line of opening hours: "Monday–Friday, 8:00 am – 7:00 pm". */
export function formatOpeningHours(hours: OpeningHours): string {
  return `${formatDays(hours.days)}, ${formatTime(hours.opens)} – ${formatTime(hours.closes)}`
}

/** The host people would type, for link text: "https://988lifeline.org/chat/" -> "988lifeline.org". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
