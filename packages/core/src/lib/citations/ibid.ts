import type { TaggedCitation } from '../model.js'
import { nameMatchKey } from '../transliterate.js'
import { foldName, readAuthors, surnameOf, withoutPrefixes } from './authors.js'
import { readLocator, readYearsAndPages } from './works.js'

/**
 * What an ibid. refers back to: the one work cited by the citation before it, `several`
 * when that citation cited more than one work (`(Walt, 1987; Waltz, 1979)`: which one is
 * meant cannot be known), or null when no citation precedes it.
 */
export type IbidAntecedent = TaggedCitation | 'several' | null

/**
 * `ibid.`, `ibidem`, `idem`, `op. cit.`, `loc. cit.`, `همان`, `همان‌جا`, `همان منبع`,
 * `پیشین`, `منبع پیشین` at the start of bracket content (after its prefixes).
 */
const ibidPattern =
  /^(?:ibid(?:em)?\.?|idem\.?|(?:op|loc)\.\s?cit\.?|همان(?:[\u200C ]?جا|\s+منبع)?|(?:منبع\s+)?پیشین)(?![\p{L}\p{N}])/iu
/**
 * The words that refer back to an author's work already cited, after the author's name:
 * `Walt, op. cit.`, `مشیرزاده، پیشین`, `نوری، همان منبع`.
 */
const namedIbidPattern = /[,،]\s*((?:op|loc)\.\s?cit\.?|همان\s+منبع|(?:منبع\s+)?پیشین)(?![\p{L}\p{N}])/iu

/** An ibid. read from bracket content: its pages, and the author it names, if any. */
export interface IbidReading {
  pages: string | null
  /** The author printed before `op. cit.` or `پیشین` (`Walt, op. cit.`). */
  authors?: string[]
}
/** A citation whose raw text starts with its bracket holds the whole bracket. */
const wholeBracket = /^[(\[)]/

/**
 * Read bracket content as an ibid.: `ibid.`, `Ibid., p. 12`, `ibid: 3-4`, `op. cit.`,
 * `idem`, `همان: ۱۲`, `همان، ص ۱۲`, `همان‌جا`, `پیشین`, `همان منبع`, with nothing after but a
 * page locator, after prefixes such as `see` or `نک.` (`(see ibid., p. 4)`); or an author
 * and `op. cit.` or `پیشین` (`Walt, op. cit., p. 12`, `مشیرزاده، پیشین: ۷۴`). `همان چیزی که …`
 * is prose.
 *
 * @param content The text between the brackets (or one part of it).
 * @returns The pages (null without a locator) and the author named, or undefined when the
 *   content is not an ibid.
 */
export function readIbid(content: string): IbidReading | undefined {
  const value = withoutPrefixes(content.trimStart())
  const match = ibidPattern.exec(value)
  if (match) {
    const rest = value.slice(match[0].length)
    // A year after it (`(idem, 1990)`, `(همان، ۱۳۷۰: ۱۲)`) names the same author with another
    // work: not an ibid. (nor a page), and not read.
    const dated = readYearsAndPages(rest)
    if (dated && /^[\s,،:]*$/.test(rest.slice(0, dated.yearsStart))) return undefined
    return readLocator(rest)
  }
  const named = namedIbidPattern.exec(value)
  if (!named || named.index === 0) return undefined
  const authors = readAuthors(value.slice(0, named.index))
  const locator = authors ? readLocator(value.slice(named.index + named[0].length)) : undefined
  return authors && locator ? { pages: locator.pages, authors: authors.authors } : undefined
}

/**
 * Fill in each ibid. of a list of citations with the work it refers back to: the work of
 * the citation before it (in the list, or `before` for the first). An ibid. after a
 * citation of several works, or with none before it, or naming another author than that
 * work's (`Waltz, op. cit.` after `(Walt, 1987)`), stays unresolved (no authors, year
 * or key): matn never guesses which work is meant.
 *
 * @param citations Citations in text order (as `tagCitations` returns them).
 * @param before What an ibid. at the start of the list refers to.
 * @returns The citations, ibid.s filled in where they can be.
 */
export function resolveIbids(citations: readonly TaggedCitation[], before: IbidAntecedent): TaggedCitation[] {
  const result: TaggedCitation[] = []
  walkCites(citations, before, (citation, antecedent) => {
    if (!citation.ibid) result.push(citation)
    else if (typeof antecedent === 'object' && antecedent !== null && namesWork(citation, antecedent)) result.push(referBack(citation, antecedent))
    else result.push(citation.authors.length === 0 ? citation : { ...citation, authors: [] })
  })
  return result
}

/**
 * Whether an ibid. may refer to a work: always, unless it names an author (`Walt, op.
 * cit.`) who is not the work's first author (compared folded, and across scripts).
 */
function namesWork(ibid: TaggedCitation, work: TaggedCitation): boolean {
  const named = ibid.authors[0]
  const first = work.authors[0]
  if (named === undefined) return true
  if (first === undefined) return false
  if (foldName(surnameOf(named)) === foldName(surnameOf(first))) return true
  const key = nameMatchKey(surnameOf(named))
  return key !== undefined && key === nameMatchKey(surnameOf(first))
}

/**
 * What an ibid. right after a list of citations would refer to.
 *
 * @param citations Citations in text order.
 * @param before What it referred to before the list.
 */
export function ibidAntecedentAfter(citations: readonly TaggedCitation[], before: IbidAntecedent): IbidAntecedent {
  return walkCites(citations, before, () => undefined)
}

/**
 * Walk the citations cite by cite (the works of one bracket or one name share a span),
 * calling `visit` with what an ibid. at that place refers to.
 */
function walkCites(
  citations: readonly TaggedCitation[],
  before: IbidAntecedent,
  visit: (citation: TaggedCitation, antecedent: IbidAntecedent) => void
): IbidAntecedent {
  let antecedent = before
  for (let index = 0; index < citations.length; ) {
    const first = citations[index] as TaggedCitation
    let end = index + 1
    while (end < citations.length && (citations[end] as TaggedCitation).start === first.start && (citations[end] as TaggedCitation).end === first.end) end++
    for (let member = index; member < end; member++) visit(citations[member] as TaggedCitation, antecedent)
    if (!first.ibid) {
      // One work of a bracket of several (`Walt, 1987` in `(Walt, 1987; Waltz, 1979)`) does not
      // start with the bracket; several works of one author share a span (`(Walt, 1987a, 1987b)`).
      const alone = end - index === 1 && (first.kind === 'narrative' || wholeBracket.test(first.raw))
      antecedent = alone ? first : 'several'
    }
    index = end
  }
  return antecedent
}

/** An ibid. carrying the authors, year (and original) and key of the work it refers to; its own place and pages. */
function referBack(ibid: TaggedCitation, work: TaggedCitation): TaggedCitation {
  return {
    raw: ibid.raw,
    start: ibid.start,
    end: ibid.end,
    authors: [...work.authors],
    etAl: work.etAl,
    year: work.year,
    yearSuffix: work.yearSuffix,
    calendar: work.calendar,
    pages: ibid.pages,
    kind: ibid.kind,
    key: work.key,
    mirrored: ibid.mirrored,
    ...(work.original ? { original: work.original } : {}),
    ...(work.undated ? { undated: work.undated } : {}),
    ibid: true
  }
}
