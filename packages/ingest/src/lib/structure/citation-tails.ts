import { unswapPageAndYear } from '../repair/mirrored-brackets.js'
import type { SourceLine } from './lines.js'

/** A line of digits and citation punctuation only (`2021 .)`, `105  .)`). */
const tailLine = /^[\d\u06F0-\u06F9\s.:;,()\-–]*[\d\u06F0-\u06F9][\d\u06F0-\u06F9\s.:;,()\-–]*$/
/** A Latin line that ends a citation: words, a year (and page), a closing bracket (`International arms transfers, 2021 .)`). */
const latinTailLine = /^[A-Za-z\u00C0-\u024F'’&.\-– ]*,?\s*(?:1[89]|20)\d\d[a-z]?(?:\s*:\s*[\d–-]+)?\s*\.?\s*\)\s*$/
/**
 * A Latin citation opened by a stray `)` and closed by `)` (or `.)`) at the end of the text; Persian
 * words that run order put between the stray bracket and the citation are kept apart (group 1).
 */
const brokenCitation = /\)([^()A-Za-z]*?)\s*([A-Z][A-Za-z\u00C0-\u024F'’&.\-– ]*?,?\s(?:1[89]|20)\d\d[a-z]?(?:\s*:\s*[\d–-]+)?)\s*(\.?)\s*\)\s*$/u

/**
 * Whether a line is the end of a citation that the line wrap broke off: no letters, a digit
 * (the year or page of a left-to-right run printed on a line of its own), or Latin words
 * ending in a year and a closing bracket (the rest of a title cited as its author).
 */
export function isCitationTail(line: SourceLine): boolean {
  return (line.kind === 'other' && tailLine.test(line.text)) || (line.kind === 'en' && latinTailLine.test(line.text))
}

/**
 * Join a citation's broken-off end to the line before it and close the citation's brackets:
 * in a visual-order line the opening bracket comes out mirrored before the author and the
 * full stop inside the closing one (`دارد) Czulda,` + `2021 .)` → `دارد (Czulda, 2021).`).
 * Persian words between the stray bracket and the citation go before it (`) نام ایران دیده
 * نمی‌شود Trends in` + `International arms transfers, 2021 .)` → `نام ایران دیده نمی‌شود (Trends
 * in International arms transfers, 2021).`). Where the text does not end so, or a bracket
 * before it is still open, the two are only joined.
 *
 * @param text The line before, as repaired.
 * @param tail The broken-off end.
 * @returns The joined text.
 */
export function joinCitationTail(text: string, tail: string): string {
  const joined = `${text.trimEnd()} ${tail.trim()}`
  const match = brokenCitation.exec(joined)
  if (match === null) return joined
  const before = joined.slice(0, match.index)
  const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length
  if (open !== 0) return joined
  const words = (match[1] ?? '').trim()
  return `${before.trimEnd()}${words === '' ? '' : ` ${words}`} (${match[2]})${match[3]}`
}

/**
 * Repair a Latin citation that the line wrap split over two lines, once its paragraph is
 * joined (the line-level repair saw each half alone): page and year printed swapped
 * (`unswapPageAndYear`), and a full stop inside its closing bracket moved out
 * (`(Niakoui and Behmanesh, 99-100 :2012.)` → `(Niakoui and Behmanesh, 2012: 99-100).`).
 *
 * @param text A paragraph's text.
 * @returns The text with such citations repaired.
 */
export function repairWrappedCitations(text: string): string {
  return joinSplitCitations(closeStrayCitations(joinYearRange(unswapPageAndYear(pageBreaksAfterBrackets(text))))).replace(/\(([A-Z][^()]*?\d) ?\.\)/g, '($1).')
}

/**
 * A page break marker inside a short bracketed group (`(Niakoui and Behmanesh, <!-- page: 242 -->
 * 99-100 :2012)`): the page turned inside a citation, which is one unit to every reader and
 * to the repairs after this one. The marker goes right after the closing bracket (and a
 * sentence mark glued to it); a group that closes more than 200 characters after the marker,
 * or holds another bracket or markup after it, keeps it where it is.
 */
const pageBreakInGroup = /\s?(<!-- page: \d+ -->)\s?([^()<>]{0,200}?\))([.،,;؛:]?)/g

function pageBreaksAfterBrackets(text: string): string {
  if (!text.includes('<!-- page:')) return text
  return text.replace(pageBreakInGroup, (match, marker: string, rest: string, mark: string, offset: number) => {
    const before = text.slice(0, offset)
    const open = before.lastIndexOf('(') > before.lastIndexOf(')')
    return open ? ` ${rest}${mark} ${marker}` : match
  })
}

/**
 * A Latin citation the line wrap split whose halves run order read into place but whose
 * brackets did not follow: `است) Morgenthau, 1948: 309 برگزمن …`. The `)` before the author
 * closes nothing (no bracket is open before it): it is the opening bracket, mirrored; and the
 * citation ends with its year or page where Persian text follows, so it closes there. Only a
 * `)` that closes nothing is taken, and the citation must reach a year (`Name, 1948`, with or
 * without a page).
 */
const strayOpenedCitation = /\)\s?([A-Z][A-Za-z\u00C0-\u024F'’&.\-– ]*?,?\s(?:1[89]|20)\d\d[a-z]?(?:\s?:\s?\d+(?:[–-]\d+)?)?)(?=\s+[\u0600-\u06FF])/g

function closeStrayCitations(text: string): string {
  return text.replace(strayOpenedCitation, (match, citation: string, offset: number) => {
    const before = text.slice(0, offset)
    const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length
    return open > 0 ? match : ` (${citation.trim()})`
  })
}

/**
 * `(-Rasooli Saniabadi and Ebrahimi, 2020 465 :21)`: a year range and a page in a Latin citation
 * as a visual-order extraction prints them. In right-to-left text, digits joined by `-` and `:`
 * are laid out right to left (`2020-21: 465` shows as `465 :21-2020`), so the range's second
 * part and its hyphen come apart from its first: the hyphen before the author, the second
 * part after the page with the colon glued to it. Read back as `(Rasooli Saniabadi and
 * Ebrahimi, 2020-21: 465)`. The hyphen at the opening bracket is what marks such a range: a
 * citation never starts with one.
 */
const splitYearRange = /\(-\s?([A-Z][^()]*?,?\s)((?:1[89]|20)\d\d) (\d+(?:[–-]\d+)?) ?:\s?(\d{2}|(?:1[89]|20)\d\d)(?!\d)/g

function joinYearRange(text: string): string {
  return text.replace(splitYearRange, (_match, author: string, start: string, page: string, end: string) => `(${author}${start}-${end}: ${page}`)
}

/** A character of a Latin citation's author or title words. */
const latinCitationChar = /[A-Za-z\u00C0-\u024F'’.\-– ]/
const latinLetter = /[A-Za-z\u00C0-\u024F]/
/** The longest first half looked back for (a title of a few words). */
const firstHalfReach = 200
/**
 * Its second half, carried into the next line's words by run order: Latin text that starts as no
 * citation does (`&`, `and`, a lower-case word) and ends in a year, with no bracket, between
 * Persian words.
 */
const citationSecondHalf = / ((?:&|and\b|[a-z])[A-Za-z\u00C0-\u024F'’&.\-– ]*,? (?:1[89]|20)\d\d[a-z]?)(?= [\u0600-\u06FF])/

/** How far after the first half its second half may stand (about a line and a half of text). */
const splitCitationReach = 240

/**
 * The first half of a Latin citation that ends at `end` (where ` (.` stands): capitalized Latin
 * words with no year, read back from there (at most 200 characters); its start, or -1.
 */
function firstHalfStart(text: string, end: number): number {
  if (end === 0 || !latinLetter.test(text[end - 1] as string)) return -1
  let from = end
  while (from > 0 && end - from < firstHalfReach && latinCitationChar.test(text[from - 1] as string)) from -= 1
  for (let at = from; at < end; at += 1) {
    if (/[A-Z]/.test(text[at] as string) && (at === 0 || !latinLetter.test(text[at - 1] as string))) return at
  }
  return -1
}

/**
 * Join a Latin citation the line wrap split in two and run order took apart
 * (`… استرالیا Economy of Russia - statistics (. بنابراین … از سیاست & facts, 2021 همراهی …`
 * → `… استرالیا (Economy of Russia - statistics & facts, 2021). بنابراین … از سیاست همراهی …`):
 * the first half ends with the citation's closing marks as a visual-order line prints them at
 * the end of the first half (` (.`: a mirrored bracket and the full stop), capitalized Latin
 * words with no year; the second half is the next Latin run within a line and a half that
 * starts as no citation starts and ends in a year. No bracket may be still open before the
 * first half.
 */
function joinSplitCitations(text: string): string {
  let result = text
  let searchFrom = 0
  // Brackets opened and not closed in the text before `scanned` (counted once, left to right).
  let open = 0
  let scanned = 0
  for (let end = result.indexOf(' (.', searchFrom); end >= 0; end = result.indexOf(' (.', searchFrom)) {
    searchFrom = end + 3
    const start = firstHalfStart(result, end)
    if (start < 0 || start < scanned) continue
    for (; scanned < start; scanned += 1) {
      if (result[scanned] === '(') open += 1
      else if (result[scanned] === ')') open -= 1
    }
    if (open > 0) continue
    const before = result.slice(0, start)
    const afterStart = result[end + 3] === ' ' ? end + 4 : end + 3
    const second = citationSecondHalf.exec(result.slice(afterStart, afterStart + splitCitationReach))
    if (second === null) continue
    const secondStart = afterStart + second.index
    const rest = result.slice(afterStart, secondStart) + result.slice(secondStart + second[0].length)
    const joined = `${before}(${result.slice(start, end).trim()} ${(second[1] as string).trim()}). `
    result = `${joined}${rest.trimStart()}`
    // The joined citation's brackets are balanced: the count goes on after it.
    searchFrom = joined.length
    scanned = joined.length
  }
  return result
}
