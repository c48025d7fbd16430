import { normalizePersian } from '../normalize.js'
import { isAuthorLike, startsLikeLatinName } from './authors.js'
import {
  latinNonAuthors,
  latinParticles,
  latinSentenceWords,
  persianClauseOpeners,
  persianExampleLeads,
  persianGivenNames,
  persianLeadCues,
  persianNonAuthors,
  persianPassiveAuxiliaries,
  persianReportingCues,
  persianReportingWords
} from './lexicon.js'

/** The author named in running text before a `(year)`. */
export interface NarrativeAuthors {
  /** Offset where the name starts. */
  start: number
  authors: string[]
  etAl: boolean
}

/** How far back matn looks for the name of a narrative citation. */
const lookBehind = 160
const lookAhead = 80
/** How many words after the bracket may hold a reporting cue (`نیز بر این باور است`). */
const cueWindowWords = 4
/** Words of a first Persian author before `و` (`رسولی ثانی‌آبادی و ابراهیمی`). */
const maxFirstAuthorWords = 2
/** Given names read before a Persian surname (`سید محمد خاتمی`). */
const maxGivenNames = 2
/** More words than this in one Latin name is prose (`The Soviet Union Walt`), not a name. */
const maxLatinNameWords = 4

/**
 * Whether markup left out of the text (inline HTML, a page marker) stood between two
 * offsets, both included.
 */
export type MarkupTest = (from: number, to: number) => boolean

const noMarkup: MarkupTest = () => false

/**
 * Find the author a narrative citation names right before its bracket: `Walt (1987)`,
 * `Krause and Singer (2001)`, `Walt et al. (1987)`, `عباس ملکی (۱۳۷۹)`, `نوری (1398)`.
 *
 * A name is a contiguous run of name words right before the bracket. The run ends at
 * anything that is not a name word: punctuation, a lower-case or function word, a
 * sentence-opening word (`However`), the start of the text, and markup that was left out
 * of the text (`Russia <b> Iran <!-- page: 193 --> Walt (1987)` names `Walt`).
 *
 * Latin names are capitalized words (with particles and initials: `van der Berg`,
 * `Stephen M. Walt`); several are joined by `and`/`&`, and by commas only in a list that
 * ends with `and` (`Walt, Snyder, and Jervis`; in `In Russia, Walt (1987)` the comma ends
 * the name). Persian has no capitals, so a Persian word counts as a name only with
 * support: a given name before it, the same author cited elsewhere in the text (in either
 * script), a reporting word after the bracket (`معتقد است`), or a lead phrase before the
 * name (`به باور`). An ordinary noun before a year, `قرارداد (2014)`, is not a citation.
 *
 * @param text The whole text.
 * @param open Index of the opening bracket.
 * @param close Index of the closing bracket.
 * @param isKnownAuthor Whether a name matches an author of the text's parenthetical citations.
 * @param hasMarkupBetween Whether markup left out of the text stood between two offsets.
 */
export function findNarrativeAuthors(
  text: string,
  open: number,
  close: number,
  isKnownAuthor: (name: string) => boolean,
  hasMarkupBetween: MarkupTest = noMarkup
): NarrativeAuthors | undefined {
  const windowStart = Math.max(0, open - lookBehind)
  // A possessive is read past: `Walt's (1987)`, `Smith and colleagues’ (1987)`.
  const before = text.slice(windowStart, open).replace(/(?:['’]s|(?<=s)['’])?\s*$/, '')
  const tokens: Token[] = []
  for (const match of before.matchAll(/[^\s]+/g)) {
    const start = windowStart + match.index
    const previous = tokens[tokens.length - 1]
    const apart = previous ? hasMarkupBetween(previous.start + previous.value.length, start) : false
    tokens.push({ value: match[0], start, apart })
  }
  const last = tokens[tokens.length - 1]
  if (!last) return undefined
  return /[\u0600-\u06FF]/.test(last.value)
    ? persianNarrative(text, tokens, close, isKnownAuthor)
    : latinNarrative(tokens)
}

interface Token {
  value: string
  start: number
  /** Markup left out of the text stood between this token and the one before it. */
  apart: boolean
}

/** A word of a Latin name: capitalized, a particle (`van`, `de`) or an initial (`M.`). */
function isLatinNameWord(word: string): boolean {
  if (latinParticles.has(word)) return true
  if (/^\p{Lu}\.(?:-?\p{Lu}\.)?$/u.test(word)) return true
  if (!startsLikeLatinName(word) || !/^[\p{L}\p{M}'’-]+$/u.test(word)) return false
  const lower = word.toLowerCase()
  return !latinNonAuthors.has(lower) && !latinSentenceWords.has(lower)
}

function latinNarrative(tokens: Token[]): NarrativeAuthors | undefined {
  let index = tokens.length - 1
  let etAl = false
  const lastWord = tokens[index]?.value ?? ''
  const beforeLast = tokens[index - 1]?.value ?? ''
  const etAlHere =
    (lastWord.replace(/[.,]/g, '') === 'al' && beforeLast === 'et') ||
    (/^(?:others|colleagues|co-?workers)$/.test(lastWord) && (beforeLast === 'and' || beforeLast === '&'))
  if (etAlHere && !tokens[index]?.apart) {
    etAl = true
    index -= 2
  }
  // The run of name words and separators before the bracket, right to left.
  const run: Token[] = []
  for (; index >= 0; index--) {
    const token = tokens[index] as Token
    const bare = token.value.endsWith(',') ? token.value.slice(0, -1) : token.value
    const isSeparator = (bare === 'and' || bare === '&') && run.length > 0
    if (!isSeparator && !isLatinNameWord(bare)) break
    // A comma right before the bracket (`Walt, (1987)`) ends the run.
    if (token.value.endsWith(',') && run.length === 0) break
    run.unshift(token)
    if (token.apart) break
  }
  const names = splitLatinNames(run)
  if (!names) return undefined
  const authors = names.map((name) => name.map((token) => token.value.replace(/,$/, '')).join(' '))
  const first = names[0]?.[0]
  if (!first || !authors.every(isAuthorLike)) return undefined
  return { start: first.start, authors, etAl }
}

/**
 * Split a run of name words into names: at `and`/`&`, and at commas of a list that ends
 * with `and` (`Walt, Snyder, and Jervis`). Words before a comma that is not part of such a
 * list are prose (`In Russia, Walt`) and are left out, as is a run that starts with `and`.
 * Undefined when a name has more words than a name has.
 */
function splitLatinNames(run: Token[]): Token[][] | undefined {
  const names: Token[][] = [[]]
  const separators: Array<'and' | 'comma'> = []
  for (const token of run) {
    const current = names[names.length - 1] as Token[]
    if (token.value === 'and' || token.value === '&') {
      if (current.length === 0 && separators[separators.length - 1] === 'comma') separators[separators.length - 1] = 'and'
      else if (current.length > 0) {
        separators.push('and')
        names.push([])
      }
      continue
    }
    current.push(token)
    if (token.value.endsWith(',')) {
      separators.push('comma')
      names.push([])
    }
  }
  // Read from the right: `A and B`, or `A, B, and C`; a comma with no `and` after it is prose.
  let keep = names.length - 1
  while (keep > 0 && (names[keep - 1] as Token[]).length > 0) {
    const separator = separators[keep - 1]
    const isLast = keep === names.length - 1
    if (isLast ? separator !== 'and' : separator !== 'comma') break
    keep--
  }
  const kept = names.slice(keep)
  if (kept.length === 0 || kept.some((name) => name.length === 0)) return undefined
  if (kept.some((name) => name.length > maxLatinNameWords)) return undefined
  // A name ends with a full word, not a particle or an initial.
  if (kept.some((name) => !/^[\p{L}\p{M}'’-]{2,},?$/u.test(name[name.length - 1]?.value ?? '') || !startsLikeLatinName(name[name.length - 1]?.value ?? ''))) return undefined
  return kept
}

function persianNarrative(
  text: string,
  tokens: Token[],
  close: number,
  isKnownAuthor: (name: string) => boolean
): NarrativeAuthors | undefined {
  const word = (offset: number): string => normalizePersian(tokens[tokens.length - 1 - offset]?.value ?? '', { affixes: false })
  // Whether the word at `offset` and the one before it are joined (no markup between them).
  const joined = (offset: number): boolean => tokens[tokens.length - 1 - offset]?.apart === false
  // Whether the word at `offset` ends a clause before a name: nothing, punctuation, markup,
  // a clause opener (`که`) or a lead phrase (`به باور`).
  const opensClause = (offset: number): boolean => {
    const token = tokens[tokens.length - 1 - offset]
    if (!token || !joined(offset - 1) || /[.،,؛;:!؟?»]$/.test(token.value)) return true
    const value = word(offset)
    return (
      persianClauseOpeners.has(value) ||
      persianLeadCues.some((cue) => value.startsWith(cue)) ||
      exampleLeadEndsAt(tokens, tokens.length - 1 - offset)
    )
  }
  const isNameWord = (value: string): boolean =>
    /^[\u0600-\u06FF\u200C]+$/.test(value) &&
    !persianNonAuthors.has(value) &&
    !/^ن?می\u200C|\u200Cها(?:ی)?$|ها$|های$/.test(value)
  let offset = 0
  let etAl = false
  if ((word(0) === 'همکاران' || word(0) === 'همکارانش' || word(0) === 'دیگران') && word(1) === 'و' && joined(0) && joined(1)) {
    etAl = true
    offset = 2
  }
  const surname = word(offset)
  if (!isNameWord(surname)) return undefined
  let startToken = tokens.length - 1 - offset
  const authors = [surname]
  // A surname of two words (`رسولی ثانی‌آبادی (1399)`) when the two are cited together
  // elsewhere in the text (in either script); otherwise the last word is the surname.
  const twoWords = `${word(offset + 1)} ${surname}`
  if (joined(offset) && isNameWord(word(offset + 1)) && !persianGivenNames.has(word(offset + 1)) && isKnownAuthor(twoWords)) {
    authors[0] = twoWords
    startToken--
    offset++
  }
  // Given names before the surname join it, a few at most (`سید محمد خاتمی`).
  let givenNames = 0
  while (givenNames < maxGivenNames && joined(offset + givenNames) && persianGivenNames.has(word(offset + givenNames + 1))) {
    givenNames++
    authors[0] = `${word(offset + givenNames)} ${authors[0] ?? ''}`
    startToken--
  }
  const hasGivenName = givenNames > 0
  // A first author before `و` (one or two words, after given names of its own) joins when
  // known, when given names lead it (`مهدی سنایی و جهانگیر کرمی (1387)`), or when it opens
  // the clause (`والت و میرشایمر (۱۳۸۶) معتقدند`, `… کنیم. رسولی ثانی‌آبادی و ابراهیمی
  // (1399)`). After a last author given with a first name, a first author with none must be
  // known: full names come in pairs, so `سیاست و جهانگیر کرمی (1387)` names one author.
  const beforeAnd = offset + givenNames + 1
  let firstHasGivenName = false
  if (!etAl && word(beforeAnd) === 'و' && joined(beforeAnd - 1) && joined(beforeAnd)) {
    for (let length = 1; length <= maxFirstAuthorWords; length++) {
      const last = beforeAnd + length
      if (!isNameWord(word(last)) || (length > 1 && !joined(last - 1))) break
      let name = Array.from({ length }, (_, index) => word(last - index)).join(' ')
      let given = 0
      while (given < maxGivenNames && joined(last + given) && persianGivenNames.has(word(last + given + 1))) {
        given++
        name = `${word(last + given)} ${name}`
      }
      const opens = !hasGivenName && opensClause(last + given + 1)
      if (given > 0 || isKnownAuthor(name) || opens) {
        firstHasGivenName = given > 0
        authors.unshift(name)
        startToken -= 1 + length + given
        break
      }
    }
  }
  const supported =
    hasGivenName ||
    firstHasGivenName ||
    authors.some(isKnownAuthor) ||
    followsReportingCue(text, close) ||
    precededByLeadCue(tokens, startToken) ||
    exampleLeadEndsAt(tokens, startToken - 1)
  if (!supported || !authors.every(isAuthorLike)) return undefined
  const first = tokens[startToken]
  return first ? { start: first.start, authors, etAl } : undefined
}

function followsReportingCue(text: string, close: number): boolean {
  const after = normalizePersian(text.slice(close + 1, close + 1 + lookAhead), { affixes: false })
  const words = after.split(/[\s،,.:;؛!?؟]+/).filter(Boolean).slice(0, cueWindowWords + 1)
  return words.some(
    (word, index) =>
      index < cueWindowWords &&
      (persianReportingWords.has(word) || persianReportingCues.some((cue) => word.startsWith(cue))) &&
      !persianPassiveAuxiliaries.has(words[index + 1] ?? '')
  )
}

/**
 * Whether the tokens ending at `index` are a phrase that gives an example (`برای نمونه`,
 * `از جمله`, a comma after it allowed), with no markup between its words or after it.
 */
function exampleLeadEndsAt(tokens: Token[], index: number): boolean {
  return persianExampleLeads.some((phrase) =>
    phrase.every((expected, position) => {
      const token = tokens[index - phrase.length + 1 + position]
      if (!token || (position > 0 && token.apart) || tokens[index + 1]?.apart) return false
      const value = position === phrase.length - 1 ? token.value.replace(/[،,]$/, '') : token.value
      return normalizePersian(value, { affixes: false }) === expected
    })
  )
}

function precededByLeadCue(tokens: Token[], startToken: number): boolean {
  for (let index = Math.max(0, startToken - 3); index < startToken; index++) {
    const value = normalizePersian(tokens[index]?.value ?? '', { affixes: false })
    if (persianLeadCues.some((cue) => value.startsWith(cue))) return true
  }
  return false
}
