import { normalizePersian, toAsciiDigits } from '@matn/core'
import { englishStem, persianStem } from './stem.js'
import { englishStopwords, persianStopwords } from './stopwords.js'

/** What a token is: a word of the sentence's language, a Latin-script string, or a number. */
export type TokenKind = 'word' | 'latin' | 'number'

/** A content token of a sentence (function words are dropped). */
export interface Token {
  kind: TokenKind
  /** Matching key: the stem of a word, the lower-cased Latin string, the normalized number. */
  key: string
  /** The token as printed (for transliteration of names). */
  surface: string
  /** Other keys the token also matches (the Gregorian years of a Solar Hijri year). */
  alternatives?: string[]
}

/** A sentence reduced to what alignment compares. */
export interface TokenizedSentence {
  tokens: Token[]
  /** Characters other than white space (the Gale–Church length). */
  length: number
}

const wordPattern = /[\p{L}\p{M}\u200C]+(?:['’][\p{L}]+)?|\d+(?:[.,/\u066B\u060C]\d+)*/gu
const arabicScript = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/

/**
 * Tokens of an English sentence: stemmed content words (possessive `'s` dropped, hyphenated
 * words split) and numbers (thousands separators removed).
 *
 * @param text The sentence.
 */
export function tokenizeEnglish(text: string): TokenizedSentence {
  const tokens: Token[] = []
  const ascii = toAsciiDigits(text)
  for (const match of ascii.matchAll(wordPattern)) {
    const surface = match[0]
    if (/^\d/.test(surface)) {
      pushNumber(tokens, surface.replace(/,(?=\d{3}\b)/g, ''), 'en')
      continue
    }
    const word = surface.replace(/['’]s$/i, '').replace(/['’]/g, '')
    if (arabicScript.test(word)) continue
    const lower = word.toLowerCase()
    if (lower.length < 2 && !/^\p{Lu}$/u.test(word)) continue
    if (englishStopwords.has(lower)) continue
    tokens.push({ kind: 'word', key: englishStem(lower), surface: word })
  }
  return { tokens, length: visibleLength(text) }
}

/**
 * Tokens of a Persian sentence: stemmed content words (`persianStem` of the
 * `normalizePersian` form), Latin-script strings (citations, acronyms) and numbers in any
 * digit system (Persian decimal `/` and `٫` read as a point). A year of the Solar Hijri
 * range (1300–1499) also matches the two Gregorian years it overlaps, so `1398` meets `2019`.
 *
 * @param text The sentence.
 */
export function tokenizePersian(text: string): TokenizedSentence {
  const tokens: Token[] = []
  const normalized = normalizePersian(text)
  for (const match of normalized.matchAll(wordPattern)) {
    const surface = match[0]
    if (/^\d/.test(surface)) {
      pushNumber(tokens, surface.replace(/[/\u066B\u060C]/g, '.'), 'fa')
      continue
    }
    if (arabicScript.test(surface)) {
      const word = surface.replace(/^\u200C+|\u200C+$/g, '')
      if (!word || persianStopwords.has(word)) continue
      const key = persianStem(word)
      if (key.length < 2 || persianStopwords.has(key)) continue
      tokens.push({ kind: 'word', key, surface: word })
      continue
    }
    const latin = surface.replace(/['’]s$/i, '').replace(/['’]/g, '').toLowerCase()
    if (latin.length < 2 || englishStopwords.has(latin)) continue
    tokens.push({ kind: 'latin', key: latin, surface })
  }
  return { tokens, length: visibleLength(text) }
}

function pushNumber(tokens: Token[], value: string, lang: 'en' | 'fa'): void {
  const key = value.replace(/^0+(?=\d)/, '')
  const token: Token = { kind: 'number', key, surface: value }
  if (lang === 'fa' && /^1[34]\d\d$/.test(key)) {
    const year = Number(key)
    token.alternatives = [String(year + 621), String(year + 622)]
  }
  tokens.push(token)
}

/**
 * Gale–Church length of a text: its characters other than white space.
 *
 * @param text Any text.
 */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length
}
