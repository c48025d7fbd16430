import type { CitationKind, TaggedCitation } from '../model.js'
import { readAuthors, type AuthorList } from './authors.js'
import { citationKey } from './keys.js'
import { findBracketGroups, findMirroredGroups, type BracketGroup } from './brackets.js'
import { printedSpan, readingView } from './reading-view.js'
import { findNarrativeAuthors, type MarkupTest } from './narrative.js'
import { readYearsAndPages, type WorkDate, type YearsAndPages } from './works.js'
import {
  citeSameAuthor,
  readIbid,
  readSameAuthor,
  referBackInBracket,
  resolveIbids,
  type IbidAntecedent,
  type IbidReading,
  type SameAuthorReading
} from './ibid.js'
import { latinParticles } from './lexicon.js'
import { nameMatchKey } from '../transliterate.js'

/** Options of `tagCitations`. */
export interface TagCitationsOptions {
  /**
   * Authors already cited in brackets elsewhere in the document: a Persian word before a
   * `(year)` that names one of them (in either script) is read as a narrative citation.
   */
  readonly knownAuthors?: readonly string[]
  /**
   * Offsets in the text where markup left out of it stood (inline HTML, page markers), in
   * ascending order. A narrative author never spans one: in `Russia <b> Iran <!-- page: 193 -->
   * Walt (1987)` the author is `Walt`.
   */
  readonly markupOffsets?: readonly number[]
  /**
   * What an ibid. at the start of the text refers back to: the work of the last citation
   * before the text (`ibidAntecedentAfter` computes it), `several`, or null (the default).
   */
  readonly ibidAntecedent?: IbidAntecedent
}

/**
 * Find every citation in a text, in either script: parenthetical (`(Walt, 1987: 3-4)`,
 * `(Krause and Singer, 2001: 13)`, `(مشیرزاده، ۱۳۹۳: ۷۲)`, several works separated by
 * `;`), mirrored as PDF extraction leaves them (`.)Katzman, 2016: 1(`), in square brackets
 * (`[Walt, 1987: 12]`, not a Markdown link `[Walt, 1987](url)`), and narrative
 * (`Walt (1987)`, `نوری (1398)`); undated works (`(Walt, n.d.)`, `(نوری، زیر چاپ)`) and
 * ibid. (`(ibid., p. 3)`, `(همان: ۱۲)`, filled in with the work cited before it). A bracket
 * without an author and a year (or `n.d.`) is not a citation: `(1.5 درصد)`, `(EAEU)`,
 * `(see Table 4)`, `[1]`. Bidirectional controls
 * are read through and presentation forms as their letters; `raw`, `start` and `end` are
 * as printed, authors and keys without them.
 *
 * Linear in the length of the text.
 *
 * @param text The text (a paragraph, a sentence or a whole plain-text file).
 * @returns Citations sorted by offset.
 */
export function tagCitations(
  text: string,
  options?: Readonly<TagCitationsOptions> | null
): TaggedCitation[] {
  // Every citation form is read at a closing bracket (`)` of a parenthetical, narrative or
  // mirrored group, `]` of a square one), and the reading view adds none: most paragraphs
  // of prose are done after two quick searches.
  if (!text.includes(')') && !text.includes(']')) return []
  const view = readingView(text)
  const markup = options?.markupOffsets ?? []
  if (!view) return tagReadable(text, options, markupTest(markup))
  // In the view, markup stands before the first character printed at or after it.
  const viewMarkup = markup.map((offset) => lowerBound(view.starts, offset))
  return tagReadable(view.text, options, markupTest(viewMarkup)).map((citation) => {
    const { start, end } = printedSpan(view, citation.start, citation.end)
    return { ...citation, raw: text.slice(start, end), start, end }
  })
}

/** `tagCitations` on text without bidirectional controls or presentation forms. */
function tagReadable(
  text: string,
  options: Readonly<TagCitationsOptions> | null | undefined,
  hasMarkupBetween: MarkupTest
): TaggedCitation[] {
  const found: TaggedCitation[] = []
  const narrativeCandidates: Array<{ group: BracketGroup; reading: YearsAndPages }> = []
  const used: BracketGroup[] = []
  for (const group of findBracketGroups(text)) {
    const content = text.slice(group.open + 1, group.close)
    const works = readBracket(text, group, content)
    if (works.length > 0) {
      found.push(...works)
      used.push(group)
      // A narrative citation whose bracket cites more (`Walt (1987; see also Waltz, 1979)`).
      const lead = leadingYears(content)
      if (lead) narrativeCandidates.push({ group, reading: lead })
      continue
    }
    const reading = readYearsAndPages(content)
    if (reading && content.slice(0, reading.yearsStart).trim() === '') {
      narrativeCandidates.push({ group, reading })
    }
  }
  // Mirrored groups and used groups both come in order of `open`: one pass finds overlaps.
  let usedIndex = 0
  let usedReach = -1
  for (const group of findMirroredGroups(text)) {
    while (usedIndex < used.length && (used[usedIndex] as BracketGroup).open <= group.close) {
      usedReach = Math.max(usedReach, (used[usedIndex] as BracketGroup).close)
      usedIndex++
    }
    if (usedReach >= group.open) continue
    const content = text.slice(group.open + 1, group.close)
    found.push(...readBracket(text, group, content))
  }
  found.push(...readSquareBrackets(text, found))
  const ibidAntecedent = options?.ibidAntecedent ?? null
  if (narrativeCandidates.length === 0) return resolveIbids(found.sort(byPlace), ibidAntecedent)
  const isKnownAuthor = knownAuthorTest([options?.knownAuthors ?? [], found.flatMap((citation) => citation.authors)])
  for (const { group, reading } of narrativeCandidates) {
    const named = findNarrativeAuthors(text, group.open, group.close, isKnownAuthor, hasMarkupBetween)
    if (!named) continue
    const start = named.start
    const end = group.close + 1
    for (const work of reading.works) {
      found.push(
        makeCitation(text, start, end, named, work, reading.pages, 'narrative', false)
      )
    }
  }
  return resolveIbids(found.sort(byPlace), ibidAntecedent)
}

/**
 * The years of the first part of a bracket of several parts when it holds years alone
 * (`1987` in `(1987; see also Waltz, 1979)`, `(1987, as cited in Waltz, 1990)`): a
 * narrative citation when a name stands before the bracket.
 */
function leadingYears(content: string): YearsAndPages | undefined {
  const parts = splitParts(content)
  const first = parts[0]
  if (parts.length < 2 || !first || content.slice(0, first.start).trim() !== '') return undefined
  const reading = readYearsAndPages(first.value)
  return reading && reading.yearsStart === 0 ? reading : undefined
}

/**
 * The authors of a citation that support narrative citations later in the document: every
 * author cited in brackets, and Persian names of several words read in a narrative citation
 * (`رسولی ثانی‌آبادی` in `… رسولی ثانی‌آبادی و ابراهیمی (1399)`), so that the same name
 * before a year later on is read whole.
 *
 * @param citation A citation found earlier in the document.
 */
export function rememberedAuthors(citation: TaggedCitation): readonly string[] {
  if (citation.ibid) return []
  if (citation.kind === 'parenthetical') return citation.authors
  return citation.authors.filter((author) => /^[\u0600-\u06FF]/.test(author) && /\s/.test(author.trim()))
}

function byPlace(a: TaggedCitation, b: TaggedCitation): number {
  return a.start - b.start || a.end - b.end
}

/** The citations of one bracket: an ibid., or the works of its parts. */
function readBracket(text: string, group: BracketGroup, content: string): TaggedCitation[] {
  const ibid = readIbid(content)
  if (ibid) return [makeIbid(text, group.open, group.close + 1, ibid, group.mirrored)]
  const sameAuthor = readSameAuthor(content)
  if (sameAuthor) return sameAuthorCitations(text, group.open, group.close + 1, sameAuthor, group.mirrored)
  return readParenthetical(text, group, content)
}

/**
 * Citations in square brackets, `[Walt, 1987]`, `[Walt, 1987: 12]`, `[ibid., p. 3]`, read
 * as parenthetical ones where nothing else claims the brackets: not a Markdown link, image
 * or reference (`[Walt, 1987](url)`, `![…]`, `[…][ref]`, `[…]: url`), not a footnote
 * reference (`[^1]`), and not inside a citation already found (`(Waltz, 2010 [1979])`).
 */
function readSquareBrackets(text: string, found: readonly TaggedCitation[]): TaggedCitation[] {
  if (!text.includes('[')) return []
  const result: TaggedCitation[] = []
  const claimed = [...found].sort(byPlace)
  let claimedIndex = 0
  let claimedReach = -1
  for (const group of findBracketGroups(text, '[', ']')) {
    while (claimedIndex < claimed.length && (claimed[claimedIndex] as TaggedCitation).start <= group.close) {
      claimedReach = Math.max(claimedReach, (claimed[claimedIndex] as TaggedCitation).end)
      claimedIndex++
    }
    if (claimedReach > group.open) continue
    const before = text.charAt(group.open - 1)
    const after = text.charAt(group.close + 1)
    if (before === '!' || before === ']' || after === '(' || after === '[' || after === ':') continue
    const content = text.slice(group.open + 1, group.close)
    if (content.startsWith('^')) continue
    const works = readBracket(text, group, content)
    if (works.length === 0) continue
    result.push(...works)
    // Nested square groups come later in `open` order: do not read them again.
    claimedReach = Math.max(claimedReach, group.close + 1)
  }
  return result
}

/**
 * An ibid. as printed, not yet referring to a work (`resolveIbids` fills it in). An ibid.
 * that names its author (`Walt, op. cit.`) carries the name until then.
 */
function makeIbid(text: string, start: number, end: number, ibid: IbidReading, mirrored: boolean): TaggedCitation {
  const { pages } = ibid
  return {
    raw: text.slice(start, end),
    start,
    end,
    authors: ibid.authors ?? [],
    etAl: false,
    year: null,
    yearSuffix: null,
    calendar: null,
    pages,
    kind: 'parenthetical',
    key: '',
    mirrored,
    ibid: true
  }
}

/**
 * The works of a bracket, part by part (`splitParts`): authors and years (`Walt, 1987: 3`),
 * years alone after a part of the same authors (`(Walt, 1987; 1990)`), or an ibid.
 * (`(ibid., p. 12; Waltz, 1979)`).
 */
function readParenthetical(text: string, group: BracketGroup, content: string): TaggedCitation[] {
  const contentStart = group.open + 1
  const parts = splitParts(content)
  const result: TaggedCitation[] = []
  let previousAuthors: AuthorList | undefined
  // The works of the part before, which an ibid. in this part refers to (`(Walt, 1987: 3; ibid.: 5)`).
  let previousWorks: TaggedCitation[] = []
  for (const part of parts) {
    const single = parts.length === 1
    const start = single ? group.open : contentStart + part.start
    const end = single ? group.close + 1 : contentStart + part.start + part.value.length
    const reading = readYearsAndPages(part.value)
    const works: TaggedCitation[] = []
    if (!reading) {
      const ibid = single ? undefined : readIbid(part.value)
      if (ibid) {
        const printed = makeIbid(text, start, end, ibid, group.mirrored)
        works.push(previousWorks.length > 0 ? (referBackInBracket(printed, previousWorks) ?? printed) : printed)
      }
      previousAuthors = undefined
    } else {
      const authors = reading.yearsStart === 0 ? previousAuthors : readAuthors(part.value.slice(0, reading.yearsStart))
      if (!authors) {
        // `idem, 1990`: the authors of the part before, or of the citation before the bracket;
        // `ibid., 1987` after `Walt, 1987`: an ibid. of that work.
        const sameAuthor = readSameAuthor(part.value)
        if (sameAuthor && previousAuthors) {
          for (const work of sameAuthor.works) {
            const citation = makeCitation(text, start, end, previousAuthors, work, sameAuthor.pages, 'parenthetical', group.mirrored)
            works.push((sameAuthor.ibid ? referBackInBracket(citation, previousWorks) : undefined) ?? citation)
          }
        } else {
          if (sameAuthor) result.push(...sameAuthorCitations(text, start, end, sameAuthor, group.mirrored))
          previousAuthors = undefined
        }
      } else {
        previousAuthors = authors
        // `Smith forthcoming` without a comma: only a Latin name of capitalized words.
        if (!reading.bareStatus || authors.authors.every(isBareStatusName)) {
          for (const work of reading.works) {
            works.push(makeCitation(text, start, end, authors, work, reading.pages, 'parenthetical', group.mirrored))
          }
        }
      }
    }
    result.push(...works)
    previousWorks = works
  }
  return result
}

/**
 * The citations of `(idem, 1990)`, `(همو، ۱۳۷۰: ۱۲)`, `(ibid., 1987)`: works of the same
 * author as the citation before, whom `resolveIbids` fills in (an ibid. of its work when
 * printed `ibid.` or `همان` with that work's year).
 */
function sameAuthorCitations(text: string, start: number, end: number, reading: SameAuthorReading, mirrored: boolean): TaggedCitation[] {
  const nobody: AuthorList = { authors: [], etAl: false }
  return reading.works.map((work) => {
    const citation = makeCitation(text, start, end, nobody, work, reading.pages, 'parenthetical', mirrored)
    return citeSameAuthor({ ...citation, key: '' }, reading.ibid)
  })
}

/** Whether an author before a status printed without a comma (`Smith forthcoming`) is a plain Latin name. */
function isBareStatusName(author: string): boolean {
  return author.split(' ').every((word) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) || latinParticles.has(word))
}

/**
 * Where bracket content divides into works: `;`, `؛`, and a comma before a secondary
 * source (`Walt, 1987, cited in Waltz, 1990`, `Waltz, 1990, citing Walt, 1987`,
 * `… ، به نقل از …`), or a space before one right after a year or page (`مورگنتا، ۱۹۴۸ به
 * نقل از قوام، ۱۳۸۴`, `Weber 1919 cited in Tilly 1985`). Each is one character.
 */
const partSeparator = /[;؛]|[,،](?=\s*(?:(?:as\s+)?(?:cited|quoted)\s+in|citing|به\s+نقل\s+از)\s)|(?<=[0-9\u06F0-\u06F9\u0660-\u0669][a-z]?)\s(?=(?:as\s+)?(?:cited|quoted)\s+in\s|به\s+نقل\s+از\s)/i

/** Split bracket content into works (`partSeparator`), keeping offsets, trimming each part. */
function splitParts(content: string): Array<{ value: string; start: number }> {
  const parts: Array<{ value: string; start: number }> = []
  let start = 0
  for (const piece of content.split(partSeparator)) {
    const leading = piece.length - piece.trimStart().length
    const value = piece.trim()
    if (value) parts.push({ value, start: start + leading })
    start += piece.length + 1
  }
  return parts
}

function makeCitation(
  text: string,
  start: number,
  end: number,
  authors: AuthorList,
  work: WorkDate,
  pages: string | null,
  kind: CitationKind,
  mirrored: boolean
): TaggedCitation {
  return {
    raw: text.slice(start, end),
    start,
    end,
    authors: authors.authors,
    etAl: authors.etAl,
    year: work.year,
    yearSuffix: work.yearSuffix,
    calendar: work.calendar,
    pages,
    kind,
    key: citationKey(authors, work.year ?? work.undated, work.yearSuffix, kind),
    mirrored,
    ...(work.year !== null && work.original ? { original: work.original } : {}),
    ...(work.year === null ? { undated: work.undated } : {}),
    ...(authors.title ? { titleAsAuthor: true } : {})
  }
}

/**
 * A test for names matching one of the known authors. The keys are computed on first use
 * only, and looked up in a set, so the cost does not grow with known authors × candidates.
 */
function knownAuthorTest(lists: ReadonlyArray<readonly string[]>): (name: string) => boolean {
  let keys: Set<string> | undefined
  return (name) => {
    if (!keys) {
      keys = new Set()
      for (const list of lists) {
        for (const author of list) {
          const key = nameMatchKey(author)
          if (key !== undefined) keys.add(key)
        }
      }
    }
    const key = nameMatchKey(name)
    return key !== undefined && keys.has(key)
  }
}

/**
 * A test for markup between two offsets (both included), by binary search over the
 * ascending offsets where markup stood.
 */
function markupTest(offsets: readonly number[]): MarkupTest {
  if (offsets.length === 0) return () => false
  return (from, to) => {
    const index = lowerBound(offsets, from)
    return index < offsets.length && (offsets[index] as number) <= to
  }
}

/** Index of the first value not less than `value` in an ascending array. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) < value) low = middle + 1
    else high = middle
  }
  return low
}
