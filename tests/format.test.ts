// How dates, opening hours and page FAQs read to a visitor, in each language of the site.
import {describe, expect, it} from 'vitest'
import type {Faq, RichText} from '../site/lib/content/shapes'
import {displayHost, formatDate, formatDays, formatOpeningHours, formatTime} from '../site/lib/pages/format'
import {faqsOnPage} from '../site/lib/pages/pageFaqs'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

describe('formatDate', () => {
  it('writes a review date the way people read it, whatever the time zone', () => {
    expect(formatDate('2026-05-31', 'en')).toBe('May 31, 2026')
    expect(formatDate('2026-01-01', 'en')).toBe('January 1, 2026')
  })

  it('writes it the Spanish way on Spanish pages', () => {
    expect(formatDate('2026-05-31', 'es')).toBe('31 de mayo de 2026')
    expect(formatDate('2026-01-01T23:30:00Z', 'es')).toBe('1 de enero de 2026')
  })

  it('shows a date it cannot read as it was written', () => {
    expect(formatDate('soon', 'es')).toBe('soon')
  })
})

describe('formatTime', () => {
  it('writes 24-hour times as am/pm, with noon and midnight right', () => {
    expect(formatTime('08:00', 'en')).toBe('8:00 am')
    expect(formatTime('19:30', 'en')).toBe('7:30 pm')
    expect(formatTime('12:00', 'en')).toBe('12:00 pm')
    expect(formatTime('00:15', 'en')).toBe('12:15 am')
  })

  it('writes them as a.m./p.m. in Spanish', () => {
    expect(formatTime('08:00', 'es')).toBe('8:00 a.m.')
    expect(formatTime('19:30', 'es')).toBe('7:30 p.m.')
    expect(formatTime('12:00', 'es')).toBe('12:00 p.m.')
  })

  it('keeps a time that is not HH:MM as written', () => {
    expect(formatTime('noon', 'en')).toBe('noon')
    expect(formatTime('25:00', 'es')).toBe('25:00')
  })
})

describe('formatDays', () => {
  it('joins days that follow each other into a range and lists the others', () => {
    expect(formatDays(WEEKDAYS, 'en')).toBe('Monday–Friday')
    expect(formatDays(['Saturday'], 'en')).toBe('Saturday')
    expect(formatDays(['Friday', 'Monday', 'Tuesday', 'Wednesday'], 'en')).toBe('Monday–Wednesday, Friday')
    expect(formatDays(['Saturday', 'Sunday'], 'en')).toBe('Saturday, Sunday')
  })

  it('names the days in Spanish, starting the line with a capital', () => {
    expect(formatDays(WEEKDAYS, 'es')).toBe('Lunes a viernes')
    expect(formatDays(['Saturday'], 'es')).toBe('Sábado')
    expect(formatDays(['Friday', 'Monday', 'Tuesday', 'Wednesday'], 'es')).toBe('Lunes a miércoles y viernes')
    expect(formatDays(['Saturday', 'Sunday'], 'es')).toBe('Sábado y domingo')
  })

  it('keeps day names it does not know as they were written', () => {
    expect(formatDays(['Weekdays'], 'en')).toBe('Weekdays')
    expect(formatDays(['Weekdays'], 'es')).toBe('Weekdays')
  })
})

describe('formatOpeningHours', () => {
  it('reads as one line of opening hours', () => {
    const hours = {days: WEEKDAYS, opens: '08:00', closes: '19:00'}
    expect(formatOpeningHours(hours, 'en')).toBe('Monday–Friday, 8:00 am – 7:00 pm')
    expect(formatOpeningHours(hours, 'es')).toBe('Lunes a viernes, 8:00 a.m. – 7:00 p.m.')
  })
})

describe('displayHost', () => {
  it('shows the address people would type for a link', () => {
    expect(displayHost('https://988lifeline.org/chat/')).toBe('988lifeline.org')
    expect(displayHost('https://www.example.org/a')).toBe('example.org')
    expect(displayHost('https://988lineadevida.org/')).toBe('988lineadevida.org')
  })
})

describe('faqsOnPage', () => {
  const faq = (id: string): Faq => ({
    _id: id,
    language: 'en',
    question: `Question ${id}?`,
    answer: [{_type: 'block', _key: `${id}-a`, children: [{_type: 'span', text: 'An answer.'}]}],
  })

  it('collects questions from FAQ blocks in the text and from the FAQ list, each once', () => {
    const body: RichText = [
      {_type: 'block', _key: 'p', children: [{_type: 'span', text: 'Intro'}]},
      {_type: 'faqBlock', _key: 'f', title: 'Time', faqs: [faq('a'), faq('b')]},
    ]
    expect(faqsOnPage(body, [faq('b'), faq('c')]).map((item) => item._id)).toEqual(['a', 'b', 'c'])
  })

  it('finds no questions on a page without any', () => {
    expect(faqsOnPage([], [])).toEqual([])
  })
})
