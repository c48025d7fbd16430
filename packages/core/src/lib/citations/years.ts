import { toAsciiDigits } from '../script.js'
import type { Calendar } from '../model.js'

/** A digit of any system matn reads: ASCII, Persian (U+06F0–) or Arabic-Indic (U+0660–). */
export const digit = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]'

/** A year as printed in citations: four digits, an optional letter suffix (`1987a`, `۱۳۹۳الف`). */
export const yearPattern = `(${digit}{4})(?![0-9\\u06F0-\\u06F9\\u0660-\\u0669])([a-z]|الف|ب|ج|د)?(?![\\p{L}\\p{N}])`

/** Years before this are read as Solar Hijri (1200–1499 SH is 1821–2121 CE). */
const solarHijriUpperBound = 1500
const solarHijriLowerBound = 1200
const gregorianUpperBound = 2199

/**
 * Read a printed year and decide its calendar: Solar Hijri for 1200–1499, Gregorian for
 * 1500–2199; anything else is not a citation year.
 *
 * @param printed Four digits of any system.
 */
export function readYear(printed: string): { year: number; calendar: Calendar } | undefined {
  const year = Number(toAsciiDigits(printed))
  if (!Number.isInteger(year)) return undefined
  if (year >= solarHijriLowerBound && year < solarHijriUpperBound) {
    return { year, calendar: 'solar-hijri' }
  }
  if (year >= solarHijriUpperBound && year <= gregorianUpperBound) {
    return { year, calendar: 'gregorian' }
  }
  return undefined
}

/**
 * The Gregorian years a Solar Hijri year overlaps (it starts in March): 1398 → 2019, 2020.
 *
 * @param year A Solar Hijri year.
 */
export function solarToGregorianYears(year: number): [number, number] {
  return [year + 621, year + 622]
}
