import { toAsciiDigits } from '../script.js'
import type { Calendar, UndatedStatus } from '../model.js'
import { digit, readUndated, readYear, undatedPattern, yearPattern } from './years.js'

/** The date of one cited work: a year in its calendar, or none (`n.d.`, `in press`). */
export type WorkDate =
  | { year: number; yearSuffix: string | null; calendar: Calendar }
  | { year: null; yearSuffix: string | null; calendar: null; undated: UndatedStatus }

/** One cited work read from the text inside brackets, before authors are known. */
export interface YearsAndPages {
  /** Offset (in the part) where the first year (or `n.d.`) starts. */
  yearsStart: number
  works: WorkDate[]
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
 * An undated work where a year would stand: at the start of the part (`Walt (n.d.)`), after
 * a comma (`Walt, in press`, `نوری، بی‌تا`), or, for `n.d.` only, after a space (`Walt n.d.`):
 * `in press` and `forthcoming` without a comma are too often prose.
 */
const firstUndatedPattern = new RegExp(`(?:^|[,،]\\s*|(?<=\\s)(?=n\\.))${undatedPattern}`, 'diu')
const moreUndatedPattern = new RegExp(`^\\s*[,،]\\s*${undatedPattern}`, 'iu')
/** Words of an undated work (a quick test before the patterns). */
const undatedHint = /n\.\s?d|press|forthcoming|تا|تاریخ|چاپ|انتشار/i

/**
 * Find the year(s) and the page locator of a citation part: `Walt, 1987: 3-4`,
 * `Walt 1987a, 1990, p. 5`, `مشیرزاده، ۱۳۹۳: ۷۲`, `Walt, n.d.-a`, `نوری، زیر چاپ`. The year
 * is the first four-digit number in a citation year range, or the first undated mark
 * (`undatedPattern`) when that comes first; what follows must be further years (or
 * undated marks) and a page locator.
 *
 * @param part The citation part (one work or one author's works).
 */
export function readYearsAndPages(part: string): YearsAndPages | undefined {
  const dated = readDatedYearsAndPages(part)
  // An undated work before the first year (`Walt, n.d., 1990`) is read from there.
  if (!undatedHint.test(part)) return dated
  const undated = readUndatedYearsAndPages(part)
  if (!undated) return dated
  return !dated || undated.yearsStart < dated.yearsStart ? undated : dated
}

/** `readYearsAndPages` where the first work is dated. */
function readDatedYearsAndPages(part: string): YearsAndPages | undefined {
  // A year has at least three digits in a row: most brackets of prose have none.
  if (!threeDigitsPattern.test(part)) return undefined
  firstYearPattern.lastIndex = 0
  for (let match = firstYearPattern.exec(part); match; match = firstYearPattern.exec(part)) {
    const first = readYear(match[1] ?? '', match[3])
    if (!first) continue
    const works: WorkDate[] = [{ ...first, yearSuffix: match[2] ?? null }]
    let rest = part.slice(match.index + match[0].length)
    // An academic-year range (`2020-21`, `1399-1400`) is cited by its first year, and a
    // reprint (`1867/1976`) by the original; a longer range is a period (`1980–1988`).
    const range = yearRangeTailPattern.exec(rest)
    if (range) {
      if (!isAcademicYearOrReprint(first.year, range[0].charAt(0), range[1] ?? '')) return undefined
      rest = rest.slice(range[0].length)
    }
    // The original year of a reprint in square brackets (`2005 [1987]`) is read past.
    return readMoreWorks(match.index, works, normalizeSpaces(rest).replace(originalYearPattern, ''))
  }
  return undefined
}

/** `readYearsAndPages` where the first work is undated: `Walt, n.d.`, `نوری، زیر چاپ: ۱۲`. */
function readUndatedYearsAndPages(part: string): YearsAndPages | undefined {
  // The first undated mark only, as the first year only: reading on from every later one would be quadratic.
  const match = firstUndatedPattern.exec(part)
  if (!match) return undefined
  const yearsStart = match.indices?.[1]?.[0] ?? match.index
  return readMoreWorks(yearsStart, [undatedWork(match)], normalizeSpaces(part.slice(match.index + match[0].length)))
}

function undatedWork(match: RegExpExecArray): WorkDate {
  return { year: null, yearSuffix: match[2] ?? match[3] ?? null, calendar: null, undated: readUndated(match[1] ?? '') }
}

/** Runs of white space as one space, so the patterns after a year never backtrack over long runs. */
function normalizeSpaces(value: string): string {
  return value.replace(/\s+/g, ' ')
}

/** After the first work: more years or undated works, then nothing or a page locator. */
function readMoreWorks(yearsStart: number, works: WorkDate[], after: string): YearsAndPages | undefined {
  let rest = after
  for (;;) {
    const more = moreYearsPattern.exec(rest)
    if (more) {
      if (more[1]) {
        const next = readYear(more[1], more[3])
        if (!next) break
        works.push({ ...next, yearSuffix: more[2] ?? null })
      } else {
        const previous = works[works.length - 1]
        if (!previous) break
        works.push({ ...previous, yearSuffix: more[4] ?? null })
      }
      rest = rest.slice(more[0].length)
      continue
    }
    const undated = moreUndatedPattern.exec(rest)
    if (!undated) break
    works.push(undatedWork(undated))
    rest = rest.slice(undated[0].length)
  }
  if (emptyTailPattern.test(rest)) return { yearsStart, works, pages: null }
  const locator = readLocator(rest)
  return locator ? { yearsStart, works, pages: locator.pages } : undefined
}

/**
 * Read a page locator (`: 3-4`, `, p. 5`, `، ص. ۷۲`, `, vol. 2, p. 45`), or nothing but
 * white space and a final dot.
 *
 * @param text What follows the year (or an ibid.).
 * @returns The pages (null when the locator has none), or undefined when `text` is not a locator.
 */
export function readLocator(text: string): { pages: string | null } | undefined {
  const rest = normalizeSpaces(text)
  if (emptyTailPattern.test(rest)) return { pages: null }
  const locator = locatorPattern.exec(rest)
  return locator ? { pages: locator[1] ? normalizePages(locator[1]) : null } : undefined
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
