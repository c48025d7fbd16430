import { toAsciiDigits } from '../script.js'
import type { Calendar } from '../model.js'
import { digit, readYear, yearPattern } from './years.js'

/** One cited work read from the text inside brackets, before authors are known. */
export interface YearsAndPages {
  /** Offset (in the part) where the first year starts. */
  yearsStart: number
  works: Array<{ year: number; yearSuffix: string | null; calendar: Calendar }>
  pages: string | null
}

const pages = `${digit}+[a-z]?(?:\\s*[-–—−]\\s*${digit}+)?(?:\\s*[,،]\\s*${digit}+(?:\\s*[-–—−]\\s*${digit}+)?)*(?:\\s*ff?\\.?)?`
/**
 * A division before the pages, or alone: volume, chapter, part, section, paragraph,
 * figure or table (`vol. 2, `, `ch. 3`, `para. 4`, `¶ 4`, `ج. ۲، `, `فصل ۳`, `بخش ۲`).
 */
const division = `(?:vol|ch|chap|pt|part|sec|section|para|paras|fig|table|¶|ج|جلد|فصل|بخش|بند|شکل|جدول)\\.?\\s*${digit}+`
const locatorPattern = new RegExp(
  `^\\s*(?:[:،,]\\s*)?(?:${division}\\s*(?:[:،,]\\s*)?)?` +
    `(?:(?:(?:pp?|ص{1,2}|صفحه|صفحات|page|pages)\\.?\\s*)?(${pages}))?` +
    // A note on that page: `p. 3, n. 5`, `ص. ۳، پانوشت ۲`.
    `(?:\\s*[,،]\\s*(?:nn?|notes?|پانوشت|پاورقی)\\.?\\s*${digit}+)?\\s*[.]?\\s*$`,
  'iu'
)
const originalYearPattern = new RegExp(`^ ?\\[${digit}{4}\\]`, 'u')
const yearRangeTailPattern = new RegExp(`^[-–/](${digit}{4}|${digit}{2})(?![0-9\\u06F0-\\u06F9\\u0660-\\u0669])`, 'u')
const threeDigitsPattern = new RegExp(`${digit}{3}`)
const emptyTailPattern = /^\s*[.،,]?\s*$/u
const firstYearPattern = new RegExp(`(?<![\\p{L}\\p{N}])${yearPattern}`, 'gu')
const moreYearsPattern = new RegExp(
  `^\\s*[,،]\\s*(?:${yearPattern}|([a-z]|الف|ب|ج|د)(?![\\p{L}\\p{N}.]))`,
  'u'
)

/**
 * Find the year(s) and the page locator of a citation part: `Walt, 1987: 3-4`,
 * `Walt 1987a, 1990, p. 5`, `مشیرزاده، ۱۳۹۳: ۷۲`. The year is the first four-digit number
 * in a citation year range; what follows it must be further years and a page locator.
 *
 * @param part The citation part (one work or one author's works).
 */
export function readYearsAndPages(part: string): YearsAndPages | undefined {
  // A year has at least three digits in a row: most brackets of prose have none.
  if (!threeDigitsPattern.test(part)) return undefined
  firstYearPattern.lastIndex = 0
  for (let match = firstYearPattern.exec(part); match; match = firstYearPattern.exec(part)) {
    const first = readYear(match[1] ?? '', match[3])
    if (!first) continue
    const works: YearsAndPages['works'] = [{ ...first, yearSuffix: match[2] ?? null }]
    let rest = part.slice(match.index + match[0].length)
    // An academic-year range (`2020-21`, `1399-1400`) is cited by its first year, and a
    // reprint (`1867/1976`) by the original; a longer range is a period (`1980–1988`).
    const range = yearRangeTailPattern.exec(rest)
    if (range) {
      if (!isAcademicYearOrReprint(first.year, range[0].charAt(0), range[1] ?? '')) return undefined
      rest = rest.slice(range[0].length)
    }
    // Runs of white space become one space, so the patterns below never backtrack over long runs.
    // The original year of a reprint in square brackets (`2005 [1987]`) is read past.
    rest = rest.replace(/\s+/g, ' ').replace(originalYearPattern, '')
    for (;;) {
      const more = moreYearsPattern.exec(rest)
      if (!more) break
      if (more[1]) {
        const next = readYear(more[1], more[3])
        if (!next) break
        works.push({ ...next, yearSuffix: more[2] ?? null })
      } else {
        const previous = works[works.length - 1]
        if (!previous) break
        works.push({ year: previous.year, calendar: previous.calendar, yearSuffix: more[4] ?? null })
      }
      rest = rest.slice(more[0].length)
    }
    if (emptyTailPattern.test(rest)) return { yearsStart: match.index, works, pages: null }
    const locator = locatorPattern.exec(rest)
    if (locator) return { yearsStart: match.index, works, pages: locator[1] ? normalizePages(locator[1]) : null }
    return undefined
  }
  return undefined
}

/**
 * Whether a year range is cited as one work: an academic or fiscal year (`2020-21`,
 * `1399-1400`, the next year) or an original and reprint year (`1867/1976`).
 *
 * @param year The first year.
 * @param separator The character between the years.
 * @param printed The second year as printed (two or four digits).
 */
function isAcademicYearOrReprint(year: number, separator: string, printed: string): boolean {
  if (separator === '/' && printed.length === 4) return true
  const second = Number(toAsciiDigits(printed))
  return printed.length === 2 ? second === (year + 1) % 100 : second === year + 1
}

/**
 * Pages with ASCII digits, `-` for ranges and `, ` between items: `۷۲ – ۷۳` → `72-73`.
 *
 * @param printed Pages as printed.
 */
export function normalizePages(printed: string): string {
  return toAsciiDigits(printed)
    .replace(/\s*[-–—−]\s*/g, '-')
    .replace(/\s*[,،]\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim()
}
