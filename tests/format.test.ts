// How dates, opening hours and page FAQs read to a visitor.
import {describe, expect, it} from 'vitest'
import type {Faq, RichText} from '../site/lib/content/shapes'
import {displayHost, formatDate, formatDays, formatOpeningHours, formatTime} from '../site/lib/pages/format'
import {faqsOnPage} from '../site/lib/pages/pageFaqs'

describe('formatDate', () => {
  it('writes a review date the way people read it, whatever the time zone', () => {
    expect(formatDate('2026-05-31')).toBe('May 31, 2026')
    expect(formatDate('2026-01-01')).toBe('January 1, 2026')
  })
})

describe('formatTime', () => {
  it('writes 24-hour times as am/pm, with noon and midnight right', () => {
    expect(formatTime('08:00')).toBe('8:00 am')
    expect(formatTime('19:30')).toBe('7:30 pm')
    expect(formatTime('12:00')).toBe('12:00 pm')
    expect(formatTime('00:15')).toBe('12:15 am')
  })
})

describe('formatDays', () => {
  it('joins days that follow each other into a range and lists the others', () => {
    expect(formatDays(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])).toBe('Monday–Friday')
    expect(formatDays(['Saturday'])).toBe('Saturday')
    expect(formatDays(['Friday', 'Monday', 'Tuesday', 'Wednesday'])).toBe('Monday–Wednesday, Friday')
    expect(formatDays(['Saturday', 'Sunday'])).toBe('Saturday, Sunday')
  })

  it('keeps day names it does not know as they were written', () => {
    expect(formatDays(['Weekdays'])).toBe('Weekdays')
  })
})

describe('formatOpeningHours', () => {
  it('reads as one line of opening hours', () => {
    expect(
      formatOpeningHours({days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '19:00'}),
    ).toBe('Monday–Friday, 8:00 am – 7:00 pm')
  })
})

describe('displayHost', () => {
  it('shows the address people would type for a link', () => {
    expect(displayHost('https://988lifeline.org/chat/')).toBe('988lifeline.org')
    expect(displayHost('https://www.example.org/a')).toBe('example.org')
  })
})

describe('faqsOnPage', () => {
  const faq = (id: string): Faq => ({
    _id: id,
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
