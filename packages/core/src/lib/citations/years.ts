import { toAsciiDigits } from '../script.js'
import type { Calendar, UndatedStatus } from '../model.js'

/** A digit of any system matn reads: ASCII, Persian (U+06F0–) or Arabic-Indic (U+0660–). */
export const digit = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]'

/**
 * A calendar marker printed after a year: `ق`, `ه.ق`, `هـ.ق`, `قمری`, `هجری قمری` (lunar
 * Hijri), `ش`, `ه.ش`, `شمسی`, `هجری شمسی` (solar Hijri), `م`, `میلادی` (Gregorian), with or
 * without a space or a final dot; in Latin script `AH`, `A.H.` (lunar Hijri), `SH`, `S.H.`
 * (solar Hijri), `AD`, `CE` (Gregorian), in capitals.
 */
export const calendarMarker =
  '(?:(?:هجری\\s)?(?:شمسی|قمری)|میلادی|(?:ه[\\u0640\\u200D]?\\s?\\.?\\s?)?[قشم]\\.?|(?:A\\.?H|S\\.?H|A\\.?D|C\\.?E)\\.?)'

/**
 * A year as printed in citations: four digits (three with a calendar marker), then a letter
 * suffix (`1987a`, `۱۳۹۳الف`, `۱۳۹۳ ب`) or a calendar marker (`۱۴۲۰ق`, `۱۳۷۹ ه.ش`).
 * Groups: 1 the digits, 2 the suffix, 3 the marker.
 */
export const yearPattern =
  `(${digit}{3,4})(?![0-9\\u06F0-\\u06F9\\u0660-\\u0669])` +
  `(?:(?: (?=الف|ب|ج|د))?([a-z]|الف|ب|ج|د)|\\s?(${calendarMarker}))?(?![\\p{L}\\p{N}])`

/**
 * What a citation prints instead of a year for an undated work: `n.d.`, `in press`,
 * `forthcoming`, `بی‌تا` (`بی‌تاریخ`, `بدون تاریخ`), `زیر چاپ` (`در دست چاپ`, `در حال چاپ`,
 * `در نوبت چاپ`), `در دست انتشار`; then an optional letter suffix (`n.d.-a`, `n.d.a`, `بی‌تا الف`).
 * Groups: 1 the status words, 2 a Latin suffix, 3 a Persian suffix.
 */
export const undatedPattern =
  '(n\\.\\s?d\\.?|in\\s+press|forthcoming|' +
  'بی[\\u200C ]?تا(?:ریخ)?|بدون\\s+تاریخ|زیر\\s+چاپ|در\\s+(?:دست|حال|نوبت)\\s+چاپ|در\\s+دست\\s+انتشار)' +
  '(?:(?:[-–]|(?<=\\.))([a-z])|\\s?[-–]?\\s?(الف|ب|ج|د))?(?![\\p{L}\\p{N}])'

/**
 * The status of an undated work from the words printed for it (group 1 of `undatedPattern`).
 *
 * @param printed `n.d.`, `in press`, `forthcoming`, `بی‌تا`, `زیر چاپ`, `در دست انتشار`…
 */
export function readUndated(printed: string): UndatedStatus {
  const words = printed.toLowerCase().replace(/\s+/g, ' ')
  if (words.startsWith('n.') || words.startsWith('بی') || words.startsWith('بدون')) return 'no-date'
  if (words === 'forthcoming' || words.endsWith('انتشار')) return 'forthcoming'
  return 'in-press'
}

/** Years before this are read as Solar Hijri (1200–1499 SH is 1821–2121 CE). */
const solarHijriUpperBound = 1500
const solarHijriLowerBound = 1200
const gregorianUpperBound = 2199
/** The earliest year read, with a calendar marker (a three-digit year needs one). */
const markedLowerBound = 100

/**
 * Read a printed year and decide its calendar. A marker decides it (`ق` lunar Hijri, `ش`
 * solar Hijri, `م` Gregorian), and then three-digit Hijri years are read too (`۷۸۴ق`);
 * otherwise four digits are Solar Hijri for 1200–1499 and Gregorian for 1500–2199, and
 * anything else is not a citation year.
 *
 * @param printed Three or four digits of any system.
 * @param marker The calendar marker printed after it, if any.
 */
export function readYear(printed: string, marker?: string): { year: number; calendar: Calendar } | undefined {
  const year = Number(toAsciiDigits(printed))
  if (!Number.isInteger(year)) return undefined
  const letter = marker ? markerLetter(marker) : undefined
  if (letter) {
    if (year < markedLowerBound) return undefined
    if (letter === 'ق' && year < solarHijriUpperBound) return { year, calendar: 'lunar-hijri' }
    if (letter === 'ش' && year < solarHijriUpperBound) return { year, calendar: 'solar-hijri' }
    // `م` also abbreviates metre (`۱۲۰ م`): a Gregorian year needs its four digits.
    if (letter === 'م' && printed.length === 4 && year <= gregorianUpperBound) return { year, calendar: 'gregorian' }
    return undefined
  }
  if (printed.length !== 4) return undefined
  if (year >= solarHijriLowerBound && year < solarHijriUpperBound) {
    return { year, calendar: 'solar-hijri' }
  }
  if (year >= solarHijriUpperBound && year <= gregorianUpperBound) {
    return { year, calendar: 'gregorian' }
  }
  return undefined
}

/** The Persian letter of each Latin calendar marker (`AH` is `ق`, `SH` is `ش`, `AD` and `CE` are `م`). */
const latinMarkerLetters: Readonly<Record<string, string>> = { AH: 'ق', SH: 'ش', AD: 'م', CE: 'م' }

/** The letter a calendar marker abbreviates to: `هجری شمسی` → `ش`, `میلادی` → `م`, `ه.ق` → `ق`. */
function markerLetter(marker: string): string {
  const latin = marker.replace(/[^A-Z]/g, '')
  if (latin !== '') return latinMarkerLetters[latin] ?? ''
  if (marker.includes('قمری')) return 'ق'
  if (marker.includes('شمسی')) return 'ش'
  if (marker.includes('میلادی')) return 'م'
  return marker.replace(/[^قشم]/g, '')
}

/**
 * The Gregorian years a Solar Hijri year overlaps (it starts in March): 1398 → 2019, 2020.
 *
 * @param year A Solar Hijri year.
 */
export function solarToGregorianYears(year: number): [number, number] {
  return [year + 621, year + 622]
}

/** Length of a lunar Hijri year in Gregorian years (354.367 / 365.2425 days). */
const lunarYearLength = 0.970224
/** 1 Muharram of year 1 AH (16 July 622) as a fractional Gregorian year. */
const lunarEpoch = 622.5355

/**
 * The Gregorian years a lunar Hijri year overlaps (it is eleven days shorter, so it spans
 * one or two): 1420 → 1999, 2000; 784 → 1382, 1383.
 *
 * @param year A lunar Hijri year.
 */
export function lunarToGregorianYears(year: number): [number, number] {
  const start = lunarEpoch + (year - 1) * lunarYearLength
  return [Math.floor(start), Math.floor(start + lunarYearLength)]
}

/**
 * The Gregorian years a year of any calendar overlaps: itself for Gregorian, two for
 * Solar Hijri, one or two for lunar Hijri.
 *
 * @param year The year as printed.
 * @param calendar Its calendar.
 */
export function gregorianYearsOf(year: number, calendar: Calendar): number[] {
  if (calendar === 'solar-hijri') return solarToGregorianYears(year)
  if (calendar === 'lunar-hijri') {
    const [first, second] = lunarToGregorianYears(year)
    return first === second ? [first] : [first, second]
  }
  return [year]
}
