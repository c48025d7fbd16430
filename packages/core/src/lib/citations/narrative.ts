import { normalizePersian } from '../normalize.js'
import { isAuthorLike } from './authors.js'
import {
  latinNonAuthors,
  latinParticles,
  persianGivenNames,
  persianLeadCues,
  persianNonAuthors,
  persianReportingCues
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

/**
 * Find the author a narrative citation names right before its bracket: `Walt (1987)`,
 * `Krause and Singer (2001)`, `Walt et al. (1987)`, `عباس ملکی (۱۳۷۹)`, `نوری (1398)`.
 *
 * Latin names are capitalized words. Persian has no capitals, so a Persian word counts
 * as a name only with support: a given name before it, the same author cited elsewhere
 * in the text (in either script), a reporting word after the bracket (`معتقد است`), or a
 * lead phrase before the name (`به باور`). An ordinary noun before a year, `قرارداد (2014)`,
 * is not a citation.
 *
 * @param text The whole text.
 * @param open Index of the opening bracket.
 * @param close Index of the closing bracket.
 * @param isKnownAuthor Whether a name matches an author of the text's parenthetical citations.
 */
export function findNarrativeAuthors(
  text: string,
  open: number,
  close: number,
  isKnownAuthor: (name: string) => boolean
): NarrativeAuthors | undefined {
  const windowStart = Math.max(0, open - lookBehind)
  const before = text.slice(windowStart, open).replace(/(?:['’]s)?\s*$/, '')
  const tokens = [...before.matchAll(/[^\s]+/g)].map((match) => ({
    value: match[0],
    start: windowStart + match.index
  }))
  const last = tokens[tokens.length - 1]
  if (!last) return undefined
  return /[\u0600-\u06FF]/.test(last.value)
    ? persianNarrative(text, tokens, close, isKnownAuthor)
    : latinNarrative(tokens)
}

interface Token {
  value: string
  start: number
}

function latinNarrative(tokens: Token[]): NarrativeAuthors | undefined {
  let index = tokens.length - 1
  let etAl = false
  if (tokens[index]?.value.replace(/[.,]/g, '') === 'al' && tokens[index - 1]?.value === 'et') {
    etAl = true
    index -= 2
  }
  const authors: string[] = []
  let name: Token[] = []
  let start = -1
  const flush = (): void => {
    if (name.length > 0) authors.unshift(name.map((token) => token.value.replace(/,$/, '')).join(' '))
    name = []
  }
  for (; index >= 0; index--) {
    const token = tokens[index] as Token
    const bare = token.value.replace(/,$/, '')
    const isCapitalized = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(bare)
    const isParticle = latinParticles.has(bare) && name.length > 0
    if ((isCapitalized && !latinNonAuthors.has(bare.toLowerCase())) || isParticle) {
      if (token.value.endsWith(',') && name.length > 0) flush()
      name.unshift(token)
      start = token.start
      if (name.length > 3) return undefined
      continue
    }
    if ((bare === 'and' || bare === '&') && name.length > 0) {
      flush()
      continue
    }
    break
  }
  flush()
  if (authors.length === 0 || !authors.every(isAuthorLike)) return undefined
  return { start, authors, etAl }
}

function persianNarrative(
  text: string,
  tokens: Token[],
  close: number,
  isKnownAuthor: (name: string) => boolean
): NarrativeAuthors | undefined {
  const word = (offset: number): string => normalizePersian(tokens[tokens.length - 1 - offset]?.value ?? '', { affixes: false })
  const isNameWord = (value: string): boolean =>
    /^[\u0600-\u06FF\u200C]+$/.test(value) &&
    !persianNonAuthors.has(value) &&
    !/^ن?می\u200C|\u200Cها(?:ی)?$|ها$|های$/.test(value)
  let offset = 0
  let etAl = false
  if ((word(0) === 'همکاران' || word(0) === 'دیگران') && word(1) === 'و') {
    etAl = true
    offset = 2
  }
  const surname = word(offset)
  if (!isNameWord(surname)) return undefined
  let startToken = tokens.length - 1 - offset
  const authors = [surname]
  let hasGivenName = false
  if (persianGivenNames.has(word(offset + 1))) {
    authors[0] = `${word(offset + 1)} ${surname}`
    startToken--
    hasGivenName = true
  } else if (
    word(offset + 1) === 'و' &&
    !etAl &&
    isNameWord(word(offset + 2)) &&
    isKnownAuthor(word(offset + 2))
  ) {
    authors.unshift(word(offset + 2))
    startToken -= 2
  }
  const supported =
    hasGivenName ||
    authors.some(isKnownAuthor) ||
    followsReportingCue(text, close) ||
    precededByLeadCue(tokens, startToken)
  if (!supported || !authors.every(isAuthorLike)) return undefined
  const first = tokens[startToken]
  return first ? { start: first.start, authors, etAl } : undefined
}

function followsReportingCue(text: string, close: number): boolean {
  const after = normalizePersian(text.slice(close + 1, close + 1 + lookAhead), { affixes: false })
  const words = after.split(/[\s،,]+/).filter(Boolean).slice(0, cueWindowWords)
  return words.some((word) => persianReportingCues.some((cue) => word.startsWith(cue)))
}

function precededByLeadCue(tokens: Token[], startToken: number): boolean {
  for (let index = Math.max(0, startToken - 3); index < startToken; index++) {
    const value = normalizePersian(tokens[index]?.value ?? '', { affixes: false })
    if (persianLeadCues.some((cue) => value.startsWith(cue))) return true
  }
  return false
}
