import { describe, expect, it } from 'vitest'
import { tagCitations } from '../src/index.js'

/** Year, calendar, original and key of the one citation of a text. */
function dateOf(text: string) {
  const found = tagCitations(text)
  expect(found).toHaveLength(1)
  const [citation] = found
  return { year: citation?.year, calendar: citation?.calendar, original: citation?.original, key: citation?.key }
}

describe('double dates with a year of 1200–1499 printed without a marker', () => {
  it('should read a Persian double date that overlaps as lunar Hijri as one year in two calendars', () => {
    expect(dateOf('خلافت نقد شد (عبدالرازق، ۱۳۴۴/۱۹۲۵).')).toEqual({ year: 1344, calendar: 'lunar-hijri', original: undefined, key: 'عبدالرازق1344' })
    // Latin digits in a Persian citation, and a narrative bracket of Persian digits.
    expect(dateOf('این کتاب (عبده، 1323/1905) است.')).toMatchObject({ year: 1323, calendar: 'lunar-hijri' })
    expect(dateOf('عبدالرازق (۱۳۴۴/۱۹۲۵) معتقد است که چنین است.')).toMatchObject({ year: 1344, calendar: 'lunar-hijri' })
  })

  it('should keep a Solar Hijri double date that overlaps as Solar Hijri', () => {
    expect(dateOf('این کتاب نقد شده است (زیباکلام، ۱۳۷۷/۱۹۹۸).')).toEqual({ year: 1377, calendar: 'solar-hijri', original: undefined, key: 'زیباکلام1377' })
  })

  it('should read a Latin date of 1200–1499 before a later year as the original of a republished work', () => {
    expect(dateOf('Group feeling founds dynasties (Ibn Khaldun, 1377/1958, p. 107).')).toEqual({
      year: 1958,
      calendar: 'gregorian',
      original: { year: 1377, calendar: 'gregorian' },
      key: 'ibnkhaldun1958'
    })
    expect(dateOf('Dante (1320/1995) describes the descent.')).toMatchObject({ year: 1995, original: { year: 1320, calendar: 'gregorian' } })
  })

  it('should leave marked years and other pairs as before', () => {
    expect(dateOf('(ابن خلدون، ۸۰۸ق/۱۳۹۵: ۱۲)')).toMatchObject({ year: 1395, calendar: 'solar-hijri', original: { year: 808, calendar: 'lunar-hijri' } })
    expect(dateOf('(نوری، ۱۳۹۸/۲۰۱۹)')).toMatchObject({ year: 1398, calendar: 'solar-hijri', original: undefined })
    expect(dateOf('(Freud, 1900/1999)')).toMatchObject({ year: 1999, original: { year: 1900, calendar: 'gregorian' } })
  })
})

describe('همو inside a bracket of several works', () => {
  it('should give همو after a semicolon the authors of the part before', () => {
    const found = tagCitations('او این نظر را تکرار کرد (سروش، ۱۳۷۵؛ همو، ۱۳۷۸: ۱۲).')
    expect(found.map((citation) => [citation.raw, citation.authors, citation.key, citation.pages])).toEqual([
      ['سروش، ۱۳۷۵', ['سروش'], 'سروش1375', null],
      ['همو، ۱۳۷۸: ۱۲', ['سروش'], 'سروش1378', '12']
    ])
  })
})
