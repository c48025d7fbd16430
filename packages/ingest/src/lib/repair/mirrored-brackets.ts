import type { RepairChange, RepairStep } from './types.js'

const pairs: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»']
]

/**
 * Mirrored brackets: in a line whose brackets (or « » quotes) of one kind only balance when
 * swapped (`)Raisi, 2022(`), swap them; then take the spaces from inside brackets
 * (`( Raisi )` → `(Raisi)`) and move a full stop that extraction left inside a closing
 * bracket or right after an opening one out after it (`(.Katzman, 2016: 1)` and
 * `(Katzman, 2016: 1.)` → `(Katzman, 2016: 1).`). A bracket without its pair is left alone.
 */
export const repairMirroredBrackets: RepairStep = (text, context) => {
  const changes: RepairChange[] = []
  let result = rebracketCitations(unswapPageAndYear(text))
  for (const [open, close] of pairs) {
    if (!balanced(result, open, close) && balanced(swap(result, open, close), open, close)) result = swap(result, open, close)
  }
  result = result
    .replace(/([(\[«]) +/g, '$1')
    .replace(/ +([)\]»])/g, '$1')
    .replace(/\(\. ?([^().]*?)\)/g, '($1).')
    .replace(/\(([^()]*?[\p{L}\p{N}]) ?\.\)/gu, '($1).')
  result = tightenCitationBrackets(result)
  result = tightenYearBrackets(result)
  if (result !== text) changes.push({ step: 'mirrored-brackets', line: context.line, column: 1, before: text, after: result })
  return { text: result, changes, unresolved: [] }
}

/** `Behmanesh, 99-100 :2012`: a citation's page and year with the colon glued to the year. */
const pageBeforeYear = /([A-Za-z\u00C0-\u024F'’],?) ([\d]+(?:[–-][\d]+)?) ?:((?:1[89]|20)\d\d[a-z]?)(?!\d)/g

/**
 * A citation whose page and year a visual-order line printed in the wrong order, the colon
 * before the year (`(Niakoui and Behmanesh, 99-100 :2012.)`): the year goes first, the colon
 * after it (`(Niakoui and Behmanesh, 2012: 99-100.)`). A year is never followed by a colon and
 * a page before it in a citation, so the order is certain.
 *
 * @param text A line or a paragraph.
 * @returns The text with such citations in order.
 */
export function unswapPageAndYear(text: string): string {
  return text.replace(pageBeforeYear, (_match, author: string, page: string, year: string) => `${author} ${year}: ${page}`)
}

/**
 * Lines with more Latin citations than this are not rebracketed (see `rebracketCitations`):
 * a printed line holds at most about 120 characters and a citation at least 9 (`Walt 1987`),
 * so at most 13 citations; a line with more is not a page line (one paragraph per line, or
 * generated text), and each citation tried costs a pass over the line.
 */
const maximumCitationsPerLine = 16

/** An author of a Latin citation: one or more capitalized words (`Walt`, `Rasooli Saniabadi`, `Russia’s Top Trading Partners`). */
const author = "[A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+)*"
const year = '(?:1[89]|20)\\d\\d[a-z]?'
const citation = new RegExp(`${author}(?:(?: and | & |, )${author})*(?: et al\\.)?,? ${year}(?: ?: ?[\\d–-]+)?`, 'gu')
/**
 * A Latin citation inside brackets, where the brackets tell where it starts and ends: besides
 * author–year citations, a title cited as its author (`Economy of Russia - statistics & facts,
 * 2021`: words in any case after a capitalized one) and a page after the year without a colon
 * (`Waltz 1979 127`).
 */
const bracketedCitation = `[A-Z][A-Za-z\\u00C0-\\u024F'’-]*(?: (?:[A-Za-z\\u00C0-\\u024F'’-]+|[&–-]))*,? ${year}(?:(?: ?: ?| )[\\d–-]+)?`

/**
 * A Latin author–year citation in a Persian line that extraction left outside its brackets
 * (`باشد Walt 1997: 933 بنابر).`), the line holding one stray opening and one stray closing
 * bracket (in either orientation): the stray brackets are taken out, with a full stop glued
 * to one of them, and put around the citation (`(Walt 1997: 933).`).
 */
function rebracketCitations(text: string): string {
  if (!/[\u0600-\u06FF]/.test(text)) return text
  const matches = [...text.matchAll(citation)]
  // Not a page line: left as it is (nothing removed), in linear time.
  if (matches.length > maximumCitationsPerLine) return text
  let result = text
  for (const match of matches.reverse()) {
    const start = match.index ?? 0
    const end = start + match[0].length
    if (/[([]\s*$/.test(result.slice(0, start)) || /^\s*[)\]]/.test(result.slice(end))) continue
    // A bracket is stray when Persian words stand between it and the citation.
    const strays = [...result.matchAll(/\.?[()]\.?/g)].filter((stray) => {
      const at = stray.index ?? 0
      const between = at < start ? result.slice(at + stray[0].length, start) : result.slice(end, at)
      return (at + stray[0].length <= start || at >= end) && /[\u0621-\u06D3]/.test(between)
    })
    if (strays.length !== 2 || !strays.some((stray) => stray[0].includes('(')) || !strays.some((stray) => stray[0].includes(')'))) continue
    const stop = strays.some((stray) => stray[0].includes('.'))
    let rebuilt = ''
    let position = 0
    for (const stray of strays) {
      const at = stray.index ?? 0
      rebuilt += result.slice(position, at)
      position = at + stray[0].length
    }
    rebuilt += result.slice(position)
    const shift = strays.filter((stray) => (stray.index ?? 0) < start).reduce((sum, stray) => sum + stray[0].length, 0)
    const citationStart = start - shift
    const citationEnd = citationStart + match[0].length
    result = `${rebuilt.slice(0, citationStart)}(${match[0]})${stop ? '.' : ''}${rebuilt.slice(citationEnd)}`.replace(/ {2,}/g, ' ')
  }
  return result
}

const persianOnly = '[^()A-Za-z]*?[\\u0621-\\u06D3][^()A-Za-z]*?'
/** `(Walt 1997: 933 بنابر).`: Persian words after the citation inside its brackets. */
const wordsAfter = new RegExp(`\\((${bracketedCitation}) (${persianOnly})\\)(\\.?)`, 'gu')
/** `(چیزی را درک می‌کنند؟ Harknett, 2012)`: Persian words before the citation inside its brackets. */
const wordsBefore = new RegExp(`\\((${persianOnly}) (${bracketedCitation})\\)`, 'gu')

/**
 * Brackets that run order put around a Latin author–year citation and Persian words next
 * to it (its brackets were drawn as runs of their own): the brackets close on the citation,
 * the words go outside (`(Walt 1997: 933 بنابر).` → `(Walt 1997: 933). بنابر`).
 */
function tightenCitationBrackets(text: string): string {
  return text
    .replace(wordsAfter, (match: string, cited: string, words: string, stop: string, offset: number, whole: string) => {
      const next = whole[offset + match.length]
      return `(${cited})${stop} ${words.trim()}${next !== undefined && /[\p{L}«]/u.test(next) ? ' ' : ''}`
    })
    .replace(wordsBefore, (_match, words: string, cited: string) => `${words.trim()} (${cited})`)
}

/** A Persian word that cannot end a bracketed phrase: it leads on to what follows (an ezafe ۀ, a preposition). */
const leadsOn = /(?:\u06C0|^(?:در|از|به|با|بر|برای|تا|که|و))$/
/** `(1399 در مقالۀ)`, `(رومی 1399 در مقالۀ)`: words (no digits, no brackets), a year, words. */
const yearInWords = /\(([^()\d]*?[\u0621-\u06D3][^()\d]*?)?\s*((?:13|14|19|20)\d\d)\s+([^()\d]*?[\u0621-\u06D3])\)/gu
/**
 * `(… تبدیل کند. غنی و اصغریان 1400)`: brackets that open before a sentence end and close on a
 * year: a reference's brackets hold its year, not a sentence end, so they close on the year.
 */
const sentenceThenYear = /\(([^()]*?[.؟?!]\s+[^()\d]*?[\u0621-\u06D3])\s*((?:13|14|19|20)\d\d)\)/gu
/**
 * `(1400نوری در مقالۀ)`: a year glued before the name it follows (a visual-order line prints the
 * number to the left of the name, that is after it), then words that lead on.
 */
const yearGluedToName = /\(((?:13|14|19|20)\d\d)([\u0621-\u06D3][^\s()\d]*)\s+([^()\d]*?[\u0621-\u06D3])\)/gu

/**
 * `(نوری در مقالۀ 1400)`: a name, words that start with a preposition, then the year: the year
 * drawn to the end of the bracket.
 */
const nameWordsYear = /\(([\u0621-\u06D3][^()\d.،؛:]*?)\s+((?:در|از|به|با|بر|برای)\s+[^()\d]*?[\u0621-\u06D3])\s+((?:13|14|19|20)\d\d)\)/gu

/**
 * Brackets that run order put around the year of a Persian author–year reference and the
 * words after it (`نوری (1398 در مقالۀ) «…»`): the brackets close on the year (`نوری (1398)
 * در مقالۀ`), a name inside them goes before (`(رومی 1399 در مقالۀ)` → `رومی (1399) در
 * مقالۀ`, and so a name printed glued after the year: `(1400نوری در مقالۀ)` → `نوری (1400) در
 * مقالۀ`, and a name before words that drew the year to the end: `(نوری در مقالۀ 1400)` →
 * `نوری (1400) در مقالۀ`). Only where the last word inside cannot end a phrase (an ezafe ۀ,
 * a preposition or conjunction): there the bracket cannot close, so it was misplaced, not printed so. Brackets
 * that open before a sentence end and close right after a year close on the year alone.
 */
function tightenYearBrackets(text: string): string {
  return text
    .replace(sentenceThenYear, (_match, words: string, year: string) => `${words.trim()} (${year})`)
    .replace(yearGluedToName, (match: string, year: string, name: string, after: string) => {
      const last = after.trim().split(/\s+/).pop() ?? ''
      return leadsOn.test(last) ? `${name} (${year}) ${after.trim()}` : match
    })
    .replace(nameWordsYear, (match: string, name: string, words: string, year: string) => {
      const last = words.trim().split(/\s+/).pop() ?? ''
      return leadsOn.test(last) ? `${name.trim()} (${year}) ${words.trim()}` : match
    })
    .replace(yearInWords, (match: string, before: string | undefined, year: string, after: string) => {
    const last = after.trim().split(/\s+/).pop() ?? ''
    if (!leadsOn.test(last)) return match
    return `${before?.trim() ? `${before.trim()} ` : ''}(${year}) ${after.trim()}`
  })
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0
  let seen = false
  for (const char of text) {
    if (char === open) {
      depth += 1
      seen = true
    } else if (char === close) {
      depth -= 1
      seen = true
      if (depth < 0) return false
    }
  }
  return seen && depth === 0
}

function swap(text: string, open: string, close: string): string {
  let result = ''
  for (const char of text) result += char === open ? close : char === close ? open : char
  return result
}
