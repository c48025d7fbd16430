import type { TaggedCitation } from '../model.js'
import { nameMatchKey } from '../transliterate.js'
import { foldName, readAuthors, surnameOf, withoutPrefixes } from './authors.js'
import { citationKey } from './keys.js'
import { citationNameParts } from './name-parts.js'
import { readLocator, readYearsAndPages, type YearsAndPages } from './works.js'

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

/**
 * `idem`, `همو`, `ibid.`, `همان` before a year: the same author as the citation before (group
 * 1 is set for `ibid.` and `همان`, which name the same work when the year is its year).
 */
const sameAuthorPattern = /^(?:(ibid(?:em)?\.?|همان)|idem\.?|همو)(?![\p{L}\p{N}])/iu

/**
 * Citations of the same author as the citation before them, with another year (`(idem,
 * 1990)`), waiting for `resolveIbids` to give them that author. Those it cannot resolve are
 * left out.
 */
const pendingSameAuthor = new WeakSet<TaggedCitation>()
/**
 * Those of them printed `ibid.` or `همان` (`(ibid., 1987)`): an ibid. of the work before
 * when the year is that work's, and an unresolved ibid. when no single work is before it.
 */
const pendingIbidWithYear = new WeakSet<TaggedCitation>()

/**
 * Ibid.s of a later part of a bracket, resolved against the part before them
 * (`referBackInBracket`): `resolveIbids` keeps them as they are.
 */
const settledInBracket = new WeakSet<TaggedCitation>()

/** A citation of the same author as the one before it, read from bracket content (`readSameAuthor`). */
export interface SameAuthorReading extends YearsAndPages {
  /** Printed `ibid.` or `همان` (not `idem` or `همو`): the same work when the year is its year. */
  ibid: boolean
}

/** An ibid. read from bracket content: its pages, and the author it names, if any. */
export interface IbidReading {
  pages: string | null
  /** The author printed before `op. cit.` or `پیشین` (`Walt, op. cit.`). */
  authors?: string[]
}
/** A citation whose raw text starts with its bracket holds the whole bracket. */
const wholeBracket = /^[(\[)]/
/** Characters between two parts of one bracket at most: `; `, `، `. */
const maxPartGap = 3

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
    // work (`readSameAuthor`): not an ibid., nor a page.
    if (readSameAuthor(value)) return undefined
    return readLocator(rest)
  }
  const named = namedIbidPattern.exec(value)
  if (!named || named.index === 0) return undefined
  const authors = readAuthors(value.slice(0, named.index))
  const locator = authors ? readLocator(value.slice(named.index + named[0].length)) : undefined
  return authors && locator ? { pages: locator.pages, authors: authors.authors } : undefined
}

/**
 * Read bracket content (or one part of it) that cites the same author as the citation
 * before it with another year: `idem, 1990`, `همو، ۱۳۷۰`, `همان، ۱۳۷۰: ۱۲`, `ibid., 1990`.
 *
 * @param content The text between the brackets (or one part of it).
 * @returns Its years and pages, or undefined.
 */
export function readSameAuthor(content: string): SameAuthorReading | undefined {
  const value = withoutPrefixes(content.trimStart())
  const match = sameAuthorPattern.exec(value)
  if (!match) return undefined
  const rest = value.slice(match[0].length)
  const reading = readYearsAndPages(rest)
  if (!reading || !/^[\s,،:]*$/.test(rest.slice(0, reading.yearsStart)) || /^[\s,،:]*$/.test(rest) ) return undefined
  return { ...reading, yearsStart: reading.yearsStart + match[0].length + (value.length - content.length), ibid: match[1] !== undefined }
}

/**
 * Mark a citation (made with no authors and an empty key) as citing the same author as the
 * citation before it: `resolveIbids` gives it that author and its key, or leaves it out.
 * Printed `ibid.` or `همان` (`(ibid., 1987)`), it is an ibid. of the work before when its
 * year is that work's, and an unresolved ibid. when no single work is before it.
 *
 * @param citation The citation.
 * @param ibid Whether it is printed `ibid.` or `همان`.
 * @returns The citation.
 */
export function citeSameAuthor(citation: TaggedCitation, ibid = false): TaggedCitation {
  pendingSameAuthor.add(citation)
  if (ibid) pendingIbidWithYear.add(citation)
  return citation
}

/**
 * Resolve an ibid. in a later part of a bracket against the works of the part right before
 * it: `ibid.: 5` in `(Walt, 1987: 3; ibid.: 5)` is Walt 1987 at page 5, `ibid., 1987` in
 * `(Walt, 1987; ibid., 1987)` is an ibid. of Walt 1987 (its year is that work's). As across
 * brackets (`resolveIbids`), an ibid. after a part of several works (`(Walt, 1987a, 1987b;
 * ibid.: 5)`) or naming another author (`Waltz, op. cit.`) stays unresolved.
 *
 * @param ibid The ibid. as printed (`makeIbid`), or a citation of the same author printed
 *   `ibid.` or `همان` with a year.
 * @param works The citations of the part before it, in order.
 * @returns The ibid. resolved, or undefined when it is printed with a year that is not the
 *   year of a single work before it (another work of the same author: not an ibid.).
 */
export function referBackInBracket(ibid: TaggedCitation, works: readonly TaggedCitation[]): TaggedCitation | undefined {
  const work = works.length === 1 ? works[0] : undefined
  let resolved: TaggedCitation
  if (ibid.year !== null || ibid.undated) {
    if (!work || !isDatedAs(ibid, work)) return undefined
    resolved = referBack(ibid, work)
  } else resolved = work && namesWork(ibid, work) ? referBack(ibid, work) : unresolved(ibid)
  settledInBracket.add(resolved)
  return resolved
}

/**
 * Fill in each ibid. of a list of citations with the work it refers back to: the work of
 * the citation before it (in the list, or `before` for the first). An ibid. after a
 * citation of several works, or with none before it, or naming another author than that
 * work's (`Waltz, op. cit.` after `(Walt, 1987)`), stays unresolved (no authors, year
 * or key): matn never guesses which work is meant. A citation of the same author
 * (`(idem, 1990)`, `citeSameAuthor`) gets the authors of the work before it, or is left out
 * when there is no single work before it.
 *
 * @param citations Citations in text order (as `tagCitations` returns them).
 * @param before What an ibid. at the start of the list refers to.
 * @returns The citations, ibid.s filled in where they can be.
 */
export function resolveIbids(citations: readonly TaggedCitation[], before: IbidAntecedent): TaggedCitation[] {
  const result: TaggedCitation[] = []
  walkCites(citations, before, (citation, antecedent, severalWorks) => {
    const work = typeof antecedent === 'object' && antecedent !== null ? antecedent : undefined
    let resolved: TaggedCitation | undefined = citation
    if (settledInBracket.has(citation)) resolved = citation
    else if (!work && severalWorks.length > 1 && (pendingSameAuthor.has(citation) || citation.ibid)) resolved = resolveAfterSeveral(citation, severalWorks, result[result.length - 1])
    else if (pendingIbidWithYear.has(citation)) resolved = resolveIbidWithYear(citation, work, result[result.length - 1])
    else if (pendingSameAuthor.has(citation)) resolved = work ? sameAuthorAs(citation, work) : undefined
    else if (citation.ibid) resolved = work && namesWork(citation, work) ? referBack(citation, work) : unresolved(citation)
    if (resolved) result.push(resolved)
    return resolved
  })
  return result
}

/**
 * An ibid. or a citation of the same author right after a citation of several works
 * (`(Walt, 1987; Waltz, 1979)`, `(Walt, 1987a, 1987b)`), read only where what it prints
 * leaves one reading: an ibid. naming its author (`(Waltz, op. cit., p. 12)`) refers to the
 * one work of that author, an ibid. with a year (`(ibid., 1979: 5)`) to the one work of that
 * year; with no such work, `idem`, `همو` or `ibid.` with another year cite the same author
 * when all the works are by the same authors (`(idem, 1990)` after `(Walt, 1987a, 1987b)`).
 * Otherwise an ibid. stays unresolved and a citation of the same author is left out, as
 * before: a bare `(ibid.)` after several works could mean any of them.
 */
function resolveAfterSeveral(
  citation: TaggedCitation,
  works: readonly TaggedCitation[],
  previous: TaggedCitation | undefined
): TaggedCitation | undefined {
  const pendingYear = pendingIbidWithYear.has(citation)
  const matching = pendingYear
    ? works.filter((work) => isDatedAs(citation, work))
    : citation.ibid && citation.authors.length > 0
      ? works.filter((work) => namesWork(citation, work))
      : []
  const [only] = matching
  if (only && matching.length === 1) return referBack(citation, only)
  const [first] = works
  const sameAuthors = first !== undefined && works.every((work) => sameAuthorsAs(work, first))
  if (pendingSameAuthor.has(citation) && sameAuthors && !(pendingYear && matching.length > 1)) return sameAuthorAs(citation, first)
  if (pendingYear) return resolveIbidWithYear(citation, undefined, previous)
  return citation.ibid && !pendingSameAuthor.has(citation) ? unresolved(citation) : undefined
}

/** Whether two works have the same authors (compared folded, as keys are). */
function sameAuthorsAs(work: TaggedCitation, other: TaggedCitation): boolean {
  return (
    work.etAl === other.etAl &&
    work.authors.length === other.authors.length &&
    work.authors.every((author, index) => foldName(surnameOf(author)) === foldName(surnameOf(other.authors[index] ?? '')))
  )
}

/**
 * `(ibid., 1987)`, `(همان، ۱۳۹۸: ۱۲)`: an ibid. of the work before it when the year is that
 * work's year (or its original's) and the suffix, if printed, is its suffix; another work of
 * the same author when the year differs (`(ibid., 1990)` after `(Walt, 1987)` is `walt1990`);
 * with no single work before it, an unresolved ibid. (one for the bracket, whatever its years).
 */
function resolveIbidWithYear(
  citation: TaggedCitation,
  work: TaggedCitation | undefined,
  previous: TaggedCitation | undefined
): TaggedCitation | undefined {
  if (work) return isDatedAs(citation, work) ? referBack(citation, work) : sameAuthorAs(citation, work)
  if (previous && previous.start === citation.start && previous.end === citation.end && previous.ibid) return undefined
  return { ...citation, year: null, yearSuffix: null, calendar: null, ibid: true }
}

/** Whether a citation's year is the year (or the original's year) of a work, in its calendar. */
function isDatedAs(citation: TaggedCitation, work: TaggedCitation): boolean {
  if (citation.year === null || (citation.yearSuffix !== null && citation.yearSuffix !== work.yearSuffix)) return false
  const sameEdition = citation.year === work.year && citation.calendar === work.calendar
  const sameOriginal = citation.year === work.original?.year && citation.calendar === work.original.calendar
  return sameEdition || sameOriginal
}

/** An ibid. that refers to no work: no authors (not even the one it names), year or key. */
function unresolved(ibid: TaggedCitation): TaggedCitation {
  return ibid.authors.length === 0 ? ibid : { ...ibid, authors: [] }
}

/**
 * A citation of the same author as `work` (`(idem, 1990)`), with that author's key: the
 * surnames the work's key is made of (`citationNameParts`), so what the work's citation told
 * beyond the names is kept (`فرزانه رحیمی و سپهر قاسمی (۱۳۹۹) … (همو، ۱۴۰۰)` is
 * `رحیمی-قاسمی1400`).
 */
function sameAuthorAs(citation: TaggedCitation, work: TaggedCitation): TaggedCitation {
  const surnames = work.titleAsAuthor ? undefined : citationNameParts(work).map((parts) => (parts ? [parts.particle, parts.family].filter(Boolean).join(' ') : undefined))
  const authors = { authors: [...work.authors], etAl: work.etAl, ...(work.titleAsAuthor ? { title: true as const } : {}), ...(surnames ? { surnames } : {}) }
  const key = citationKey(authors, citation.year ?? citation.undated ?? 'no-date', citation.yearSuffix, work.kind)
  return { ...citation, authors: authors.authors, etAl: authors.etAl, key, ...(work.titleAsAuthor ? { titleAsAuthor: true } : {}) }
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
  return walkCites(citations, before, (citation) => citation)
}

/**
 * Walk the citations cite by cite (the works of one bracket or one name share a span),
 * calling `visit` with what an ibid. at that place refers to; `visit` returns the citation
 * as resolved (undefined when it is left out), which the next ones refer to.
 */
function walkCites(
  citations: readonly TaggedCitation[],
  before: IbidAntecedent,
  visit: (citation: TaggedCitation, antecedent: IbidAntecedent, severalWorks: readonly TaggedCitation[]) => TaggedCitation | undefined
): IbidAntecedent {
  let antecedent = before
  // The works of the last citation of several works in this list (`several` carries none).
  let severalWorks: TaggedCitation[] = []
  // The works of the bracket being walked, whose parts come one after another.
  let bracketWorks: TaggedCitation[] = []
  let bracketEnd = -1
  for (let index = 0; index < citations.length; ) {
    const first = citations[index] as TaggedCitation
    let end = index + 1
    while (end < citations.length && (citations[end] as TaggedCitation).start === first.start && (citations[end] as TaggedCitation).end === first.end) end++
    const cite: TaggedCitation[] = []
    for (let member = index; member < end; member++) {
      const resolved = visit(citations[member] as TaggedCitation, antecedent, severalWorks)
      if (resolved) cite.push(resolved)
    }
    const head = cite[0]
    if (head && !head.ibid) {
      // One work of a bracket of several (`Walt, 1987` in `(Walt, 1987; Waltz, 1979)`) does not
      // start with the bracket; several works of one author share a span (`(Walt, 1987a, 1987b)`).
      const alone = cite.length === 1 && (head.kind === 'narrative' || wholeBracket.test(head.raw))
      antecedent = alone ? head : 'several'
      // A part starts inside the narrative citation before it or right after the part before.
      const samePart = !wholeBracket.test(head.raw) && head.kind === 'parenthetical' && head.start <= bracketEnd + maxPartGap
      bracketWorks = samePart ? [...bracketWorks, ...cite] : [...cite]
      bracketEnd = Math.max(samePart ? bracketEnd : -1, head.end)
      severalWorks = alone ? [] : bracketWorks.filter((work) => !work.ibid)
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
    ibid: true,
    ...(work.titleAsAuthor ? { titleAsAuthor: true } : {})
  }
}
