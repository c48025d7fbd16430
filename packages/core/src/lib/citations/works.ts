import { toAsciiDigits } from '../script.js'
import type { Calendar, OriginalDate, UndatedStatus } from '../model.js'
import { calendarMarker, digit, gregorianYearsOf, readUndated, readYear, undatedPattern, yearPattern } from './years.js'

/**
 * The date of one cited work: a year in its calendar (with the year of first publication
 * when a reprint prints it too), or none (`n.d.`, `in press`).
 */
export type WorkDate = DatedWork | { year: null; yearSuffix: string | null; calendar: null; undated: UndatedStatus }

/** The date of a work cited with a year. */
type DatedWork = { year: number; yearSuffix: string | null; calendar: Calendar; original?: OriginalDate }

/** One cited work read from the text inside brackets, before authors are known. */
export interface YearsAndPages {
  /** Offset (in the part) where the first year (or `n.d.`) starts. */
  yearsStart: number
  works: WorkDate[]
  pages: string | null
  /**
   * The first work is undated and its status follows the authors after a space only
   * (`Smith forthcoming`, Chicago's form), not after a comma: the authors must look more
   * like names to be read.
   */
  bareStatus?: true
}

/**
 * One page: digits (with a letter, `12a`, but not the `n` of a note, `12n3`), or a Roman
 * numeral of front matter (`xii`).
 */
const page = `(?:${digit}+(?:[a-z](?!${digit}))?|(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![\\p{L}]))`
/** Between the first and last page of a range: a dash, a kashida or `تا`. */
const pageRange = '(?:\\s*[-–—−ـ]\\s*|\\s+تا\\s+)'
/** Pages: one, a range (`3–4`, `۱۲ تا ۱۵`), a list (`3, 7`, `۱۲ و ۱۵`), then `f.` or `ff.`. */
const pages =
  `${page}(?:${pageRange}${page})?(?:(?:\\s*[,،]\\s*|\\s+(?:and|&|و)\\s+)${page}(?:${pageRange}${page})?)*(?:\\s*ff?\\.?)?`
/**
 * A division before the pages, or alone: volume, chapter, part, section, paragraph,
 * figure, table, article, line or slide (`vol. 2, `, `chapter 3`, `Section 2.1`, `para. 4`,
 * `¶ 4`, `ج. ۲، `, `فصل ۳`, `بخش ۲`, `اصل ۱۱۰`).
 */
const division =
  '(?:vols?|volume|ch|chaps?|chapter|pt|part|sec|section|para|paras|fig|figure|table|art|article|line|lines|slide|loc|¶|§|' +
  `ج|جلد|فصل|بخش|بند|شکل|جدول|اصل|ماده|تبصره)\\.?\\s*${digit}+(?:\\.${digit}+)*`
/**
 * The month and day (or season) after the year of a newspaper article, a blog post or a
 * report (APA 7 9.16): `2019, May 5`, `2019, Spring`.
 */
const monthDay =
  '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.)(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?|spring|summer|fall|autumn|winter)'
/**
 * A remark a citation may end with (APA 7 8.31, 8.33): `emphasis added`, `italics in
 * original`, `my translation`, `تأکید از ماست`, `ترجمه از نگارنده`.
 */
const remark =
  '(?:(?:emphasis|italics)\\s+(?:added|mine|in\\s+(?:the\\s+)?original)|(?:my|our)\\s+(?:translation|emphasis)|translation\\s+mine|' +
  'ت[أا]کید\\s+(?:از\\s+(?:ما|نگارنده|نگارندگان|نویسنده)|افزوده|در\\s+(?:متن\\s+)?اصلی?)(?:\\s+(?:است|شده(?:\\s+است)?))?|' +
  'ترجمه\\s+از\\s+(?:ما|نگارنده|نگارندگان|نویسنده)(?:\\s+است)?|ت[أا]کید\\s+از\\s+ماست)'
const locatorPattern = new RegExp(
  `^\\s*(?:[,]\\s*${monthDay}(?![\\p{L}])\\s*)?(?:[:،,]\\s*)?(?:${division}\\s*(?:[:،,]\\s*)?)?` +
    `(?:(?:(?:pp?|ص{1,2}|صفحه|صفحات|page|pages)\\.?\\s*)?(${pages}))?` +
    // A note on that page: `p. 3, n. 5`, `p. 12 n. 4`, `12n3`, `ص. ۳، پانوشت ۲`.
    `(?:\\s*[,،]?\\s*(?:nn?|notes?|پانوشت|پاورقی)\\.?\\s*${digit}+)?` +
    `(?:\\s*[,،;]?\\s*${remark})?\\s*[.]?\\s*$`,
  'iu'
)
/** A month and day after the year, with `/`, `-` or `.`: `۱۳۹۸/۰۷/۱۲` (news in Persian), `2019-05-12`. */
const monthDayNumbersPattern = new RegExp(`^([/.-])${digit}{1,2}\\1${digit}{1,2}(?![0-9\\u06F0-\\u06F9\\u0660-\\u0669])`, 'u')
/** The year of first publication in square brackets after the year of the edition: `2010 [1979]`. */
const originalAfterPattern = new RegExp(`^ ?\\[(${digit}{4})\\]`, 'u')
/** The year of the edition after the year of first publication in square brackets: `[1651] 1996`. */
const editionAfterPattern = new RegExp(`^\\]\\s?${yearPattern}`, 'u')
/**
 * A second year after a dash (`2020-21`, `1980–1988`) or a slash (`1900/1999`, `۱۳۹۸/۲۰۱۹`,
 * `۸۰۸ق/۱۳۹۵`, with an optional calendar marker). Groups: 1 a dash, 2 a slash, 3 the digits,
 * 4 the marker.
 */
const yearRangeTailPattern = new RegExp(
  `^(?:([-–])|\\s?(/)\\s?)(${digit}{4}|${digit}{2})(?![0-9\\u06F0-\\u06F9\\u0660-\\u0669])(?:\\s?(${calendarMarker})(?![\\p{L}\\p{N}]))?`,
  'u'
)
const threeDigitsPattern = new RegExp(`${digit}{3}`)
const emptyTailPattern = /^\s*[.،,]?\s*$/u
const firstYearPattern = new RegExp(`(?<![\\p{L}\\p{N}])${yearPattern}`, 'gu')
/** More years after a comma or `and` (`1987, 1990`, `1987 and 1990`, `۱۳۹۸ و ۱۳۹۹`), or a suffix alone (`1987a, b`). */
const moreYearsPattern = new RegExp(
  `^(?:\\s*[,،]\\s*|\\s+(?:and|&|و)\\s+)(?:${yearPattern}|([a-z]|الف|ب|ج|د)(?![\\p{L}\\p{N}.])(?!\\s*${digit}))`,
  'u'
)
/**
 * An undated work where a year would stand: at the start of the part (`Walt (n.d.)`), after
 * a comma (`Walt, in press`, `نوری، بی‌تا`), or after a space for `n.d.` (`Walt n.d.`) and
 * the Latin `in press` and `forthcoming` (`Smith forthcoming`); without a comma these are
 * often prose, so the authors before them must look more like names (`bareStatus`).
 */
const firstUndatedPattern = new RegExp(`(?:^|[,،]\\s*|(?<=\\s)(?=n\\.)|(?<=\\s)(?=in\\s+press|forthcoming))${undatedPattern}`, 'diu')
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
    let rest = part.slice(match.index + match[0].length)
    // Chicago's reprint, `[1651] 1996`: the edition cited follows the original in brackets.
    if (part.charAt(match.index - 1) === '[') {
      const edition = editionAfterPattern.exec(rest)
      const cited = edition ? readYear(edition[1] ?? '', edition[3]) : undefined
      if (!edition || !cited) return undefined
      const works: WorkDate[] = [{ ...cited, yearSuffix: edition[2] ?? null, original: first }]
      return readMoreWorks(match.index - 1, works, normalizeSpaces(rest.slice(edition[0].length)))
    }
    let work: DatedWork = { ...first, yearSuffix: match[2] ?? null }
    // An academic-year range (`2020-21`, `1399-1400`) is cited by its first year; a reprint
    // (`1900/1999`) by the edition, with the original kept; one year in two calendars
    // (`۱۳۹۸/۲۰۱۹`) by the first; a longer range is a period (`1980–1988`).
    const date = monthDayNumbersPattern.exec(rest)
    if (date) rest = rest.slice(date[0].length)
    const range = date ? null : yearRangeTailPattern.exec(rest)
    if (range) {
      // Persian script before the year or in its digits: Hijri double dates are read.
      const persian = /[\u0600-\u06FF]/.test(part.slice(0, match.index)) || !/^[0-9]+$/.test(match[1] ?? '')
      const second = readSecondYear(work, range, match[3] === undefined, persian)
      if (!second) return undefined
      work = second
      rest = rest.slice(range[0].length)
    }
    rest = normalizeSpaces(rest)
    // The original year of a reprint in square brackets after the edition (`2010 [1979]`).
    const original = originalAfterPattern.exec(rest)
    const originalDate = original ? readYear(original[1] ?? '') : undefined
    if (original && originalDate) {
      work = { ...work, original: originalDate }
      rest = rest.slice(original[0].length)
    }
    return readMoreWorks(match.index, [work], rest)
  }
  return undefined
}

/**
 * The work dated by a year and the year printed after it (`yearRangeTailPattern`): an
 * academic or fiscal year (`2020-21`, `1399-1400`: the next year) stays the first year; one
 * year printed in two calendars (`۱۳۹۸/۲۰۱۹`, `۱۴۲۰ق/۱۳۷۸ش`: they overlap) is dated by the
 * first; a reprint (`1900/1999`, `۸۰۸ق/۱۳۹۵`) by the edition cited, the later year, with the
 * earlier as its original. Undefined for anything else: a period (`1980–1988`).
 *
 * A first year of 1200–1499 printed without a marker before a later Gregorian year it does
 * not overlap as a Solar Hijri year is not Solar Hijri: in Persian (script before it or in
 * its digits), a lunar Hijri year that overlaps the second is one year in two calendars
 * (`۱۳۴۴/۱۹۲۵`, as Arabic books print their dates); in Latin script, APA's original date of
 * a republished work (`Ibn Khaldun, 1377/1958`), Gregorian.
 *
 * @param unmarked Whether the first year was printed without a calendar marker.
 * @param persian Whether the citation is in Persian script.
 */
function readSecondYear(first: DatedWork, range: RegExpExecArray, unmarked: boolean, persian: boolean): DatedWork | undefined {
  const printed = range[3] ?? ''
  if (range[1] || printed.length === 2) {
    const second = Number(toAsciiDigits(printed))
    const isNext = printed.length === 2 ? second === (first.year + 1) % 100 : second === first.year + 1
    return isNext ? first : undefined
  }
  const second = readYear(printed, range[4])
  if (!second) return undefined
  const firstYears = gregorianYearsOf(first.year, first.calendar)
  const secondYears = gregorianYearsOf(second.year, second.calendar)
  if (first.calendar !== second.calendar && secondYears.some((year) => firstYears.includes(year))) return first
  if (unmarked && first.calendar === 'solar-hijri' && second.calendar === 'gregorian') {
    if (persian && gregorianYearsOf(first.year, 'lunar-hijri').includes(second.year)) return { ...first, calendar: 'lunar-hijri' }
    if (!persian && first.year < second.year) {
      return { year: second.year, calendar: second.calendar, yearSuffix: first.yearSuffix, original: { year: first.year, calendar: 'gregorian' } }
    }
  }
  const firstGregorian = firstYears[0] ?? first.year
  const secondGregorian = secondYears[0] ?? second.year
  if (secondGregorian === firstGregorian) return first
  // The earlier year is the original, whichever is printed first.
  const [original, edition] = firstGregorian < secondGregorian ? [first, second] : [second, first]
  return { year: edition.year, calendar: edition.calendar, yearSuffix: first.yearSuffix, original: { year: original.year, calendar: original.calendar } }
}

/** `readYearsAndPages` where the first work is undated: `Walt, n.d.`, `نوری، زیر چاپ: ۱۲`. */
function readUndatedYearsAndPages(part: string): YearsAndPages | undefined {
  // The first undated mark only, as the first year only: reading on from every later one would be quadratic.
  const match = firstUndatedPattern.exec(part)
  if (!match) return undefined
  const yearsStart = match.indices?.[1]?.[0] ?? match.index
  const reading = readMoreWorks(yearsStart, [undatedWork(match)], normalizeSpaces(part.slice(match.index + match[0].length)))
  const bare = yearsStart > 0 && !/^n/i.test(match[1] ?? '') && !/[,،]\s*$/.test(part.slice(0, yearsStart))
  return reading && bare ? { ...reading, bareStatus: true } : reading
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
  // Roman page numbers of front matter are lower case (`xii`); `II` is a volume or a part.
  if (!locator || /[IVXLCDM]{2}|(?<![\p{L}])[IVXLCDM](?![\p{L}])/u.test(locator[1] ?? '')) return undefined
  return { pages: locator[1] ? normalizePages(locator[1]) : null }
}

/**
 * Pages with ASCII digits, `-` for ranges and `, ` between items: `۷۲ – ۷۳` → `72-73`.
 *
 * @param printed Pages as printed.
 */
export function normalizePages(printed: string): string {
  return toAsciiDigits(printed)
    .replace(/\s*[-–—−ـ]\s*|\s+تا\s+/g, '-')
    .replace(/\s*[,،]\s*|\s+(?:and|&|و)\s+/gi, ', ')
    .replace(/\s+/g, ' ')
    .trim()
}
