import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyGlyphDamage, createGlyphMapDecoder, defaultGlyphChannel, loadPersianLexicon, prepareGlyphMapDecoder, repairLines, seededRandom, splitRawLines } from '../src/index.js'
import { createDocumentGlyphMapDecoder } from '../src/lib/repair/glyph-map.js'
import { isArabicWordChar, isLineSpace } from '../src/lib/repair/atoms.js'
import { memoizeLexicon } from '../src/lib/repair/lexicon-memo.js'
import { persianLetterKey, persianWordKey } from '../src/lib/repair/lexicon-text.js'
import { memoizeByPair } from '../src/lib/repair/memo.js'
import { PairMap } from '../src/lib/repair/pair-map.js'

const seed = 20261122
const corpusRoot = join(import.meta.dirname, '..', '..', '..', 'corpus')
const lexicon = loadPersianLexicon()

/** The first lines of a corpus source (raw PDF text), enough for every repair step to act. */
function sourceLines(id: string, count: number): string[] {
  return splitRawLines(readFileSync(join(corpusRoot, id, 'source.txt'), 'utf8')).slice(0, count)
}

/** The letter key as its definition reads, character by character (what the fast path must equal). */
function definitionLetterKey(text: string): string {
  const variants: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9', '\u0629': '\u0647' }
  let key = ''
  for (const character of text.replace(/\u0647\u0654/g, '\u06C0')) {
    const code = character.charCodeAt(0)
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0654 || code === 0x0670 || code === 0x0640) continue
    key += variants[character] ?? character
  }
  return key
}

/** Letters, variants, diacritics, kashida, joiners, a space and a Latin letter: what word keys meet. */
const keyAlphabet = ['\u0627', '\u0628', '\u0647', '\u06CC', '\u06A9', '\u064A', '\u0649', '\u0643', '\u0629', '\u064B', '\u0650', '\u0652', '\u0654', '\u0670', '\u0640', '\u200C', '\u200D', ' ', 'a', '\uD83D\uDE00']

/** Words the repair steps ask about: corpus words, their variants and pieces glued together. */
const words = [...new Set(sourceLines('ghani-askarian-1400', 300).join(' ').match(/[\u0621-\u06CC\u200C]+/g) ?? [])].slice(0, 400)

describe('word keys', () => {
  it('should key any text as the character-by-character definition does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keyAlphabet), { maxLength: 12 }), (characters) => {
        const text = characters.join('')
        expect(persianLetterKey(text)).toBe(definitionLetterKey(text))
        expect(persianWordKey(text)).toBe(definitionLetterKey(text).replace(/\u200C{2,}/g, '\u200C').replace(/^\u200C+|\u200C+$/g, ''))
      }),
      { seed, numRuns: 2000 }
    )
  })
})

describe('line atoms', () => {
  it('should class every UTF-16 code unit as the Unicode ranges of Arabic script, its punctuation and digits, and line spaces say', () => {
    const arabicScript = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC\u200C\u200D]/
    const arabicPunctuation = /[\u060C\u061B\u061F\u066A-\u066D\u06D4]/
    const digits = /[\u0660-\u0669\u06F0-\u06F9]/
    const space = /[ \t\u00A0\u2000-\u200A\u202F\u3000]/
    const wrong: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      const word = arabicScript.test(character) && !arabicPunctuation.test(character) && !digits.test(character)
      if (isArabicWordChar(character) !== word || isLineSpace(character) !== space.test(character)) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })
})

describe('pair maps and memos', () => {
  it('should hold pairs as a map keyed by the pair does, spaces and empty strings included', () => {
    const pieces = ['', ' ', 'a', 'a b', 'b', '\u0627', '\u0627 \u0628']
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...pieces), fc.integer()), { maxLength: 30 }), (entries) => {
        const pairs = new PairMap<number>()
        const reference = new Map<string, number>()
        for (const [first, second, value] of entries) {
          pairs.set(first, second, value)
          reference.set(JSON.stringify([first, second]), value)
        }
        expect(pairs.size).toBe(reference.size)
        for (const first of pieces) for (const second of pieces) expect(pairs.get(first, second)).toBe(reference.get(JSON.stringify([first, second])))
      }),
      { seed, numRuns: 300 }
    )
  })

  it('should compute each pair once per context', () => {
    const calls: string[] = []
    const joined = memoizeByPair((first: string, second: string, context: { joiner: string }) => {
      calls.push(`${first}|${second}`)
      return `${first}${context.joiner}${second}`
    })
    const dash = { joiner: '-' }
    const plus = { joiner: '+' }
    expect([joined('a', 'b', dash), joined('a', 'b', dash), joined('a', 'b', plus), joined('b', 'a', dash)]).toEqual(['a-b', 'a-b', 'a+b', 'b-a'])
    expect(calls).toEqual(['a|b', 'a|b', 'b|a'])
  })

  it('should give the lexicon’s own answers through its memo, whatever is asked and in which order', () => {
    const pool = [...words, ...words.slice(0, 50).map((word) => `${word}\u064E`), ...words.slice(0, 50).map((word, index) => `${word}\u200C${words[index + 1] ?? ''}`), '', 'abc']
    const question = fc.tuple(fc.constantFrom('has', 'isHeadword', 'frequency', 'bigram'), fc.constantFrom(...pool), fc.constantFrom(...pool))
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 60 }), (questions) => {
        const memo = memoizeLexicon(lexicon)
        for (const [kind, first, second] of [...questions, ...questions]) {
          if (kind === 'has') expect(memo.has(first)).toBe(lexicon.has(first))
          else if (kind === 'isHeadword') expect(memo.isHeadword?.(first)).toBe(lexicon.isHeadword?.(first))
          else if (kind === 'frequency') expect(memo.frequency(first)).toBe(lexicon.frequency(first))
          else expect(memo.bigram(first, second)).toBe(lexicon.bigram(first, second))
        }
        expect(memo.size).toBe(lexicon.size)
        expect(memoizeLexicon(memo)).toBe(memo)
      }),
      { seed, numRuns: 100 }
    )
    const withoutHeadwords = memoizeLexicon({ size: 1, has: (word) => word === 'و', frequency: () => 0, bigram: () => 0 })
    expect('isHeadword' in withoutHeadwords).toBe(false)
    expect(withoutHeadwords.has('و')).toBe(true)
  })
})

describe('repair with warm and cold memos', () => {
  it('should decode glyph-map damage the same with a cold memo of readings as with a warm one', () => {
    const clean = words.slice(0, 300).join(' ')
    const lines = applyGlyphDamage(clean, { random: seededRandom(seed) }).match(/.{1,80}(?:\s|$)/g) ?? []
    const context = { lexicon }
    const warm = prepareGlyphMapDecoder(lines, context)
    const warmLines = lines.map((line, index) => warm(line, { line: index + 1, lexicon }))
    // A copy of the channel is another key for the memo of readings: its memo starts cold.
    const cold = prepareGlyphMapDecoder(lines, context, { channel: { ...defaultGlyphChannel } })
    expect(warm.detection.damaged).toBe(true)
    expect(lines.map((line, index) => cold(line, { line: index + 1, lexicon }))).toEqual(warmLines)
  })

  it('should decode two passes with the line analysis shared as with a decoder per pass', () => {
    const clean = words.slice(100, 400).join(' ')
    const lines = applyGlyphDamage(clean, { random: seededRandom(seed + 1) }).match(/.{1,80}(?:\s|$)/g) ?? []
    // The second pass's lexicon knows the same words with other counts (as the document counts give them).
    const counted = memoizeLexicon({
      size: lexicon.size,
      has: (word) => lexicon.has(word),
      isHeadword: (word) => lexicon.isHeadword?.(word) ?? true,
      frequency: (word) => lexicon.frequency(word) + (word.length % 3) * 7,
      bigram: (first, second) => lexicon.bigram(first, second) + ((first.length + second.length) % 2) * 5
    })
    const options = { kashidaShare: 0.05, lostGlyphEvidence: new Map([[lines[0]?.split(' ')[0] ?? '', Math.log(4)]]) }
    const shared = createDocumentGlyphMapDecoder(options, lexicon)
    for (const passLexicon of [lexicon, counted]) {
      const own = createGlyphMapDecoder(options)
      const expected = lines.map((line, index) => own(line, { line: index + 1, lexicon: passLexicon }))
      expect(expected.some((result) => result.changes.length > 0)).toBe(true)
      expect(lines.map((line, index) => shared(line, { line: index + 1, lexicon: passLexicon }))).toEqual(expected)
    }
  })

  it('should repair a document the same before and after repairing another one', () => {
    const first = sourceLines('ghani-askarian-1400', 160)
    const second = sourceLines('rasooli-sani-1401', 160)
    const before = repairLines(first, { lexicon })
    repairLines(second, { lexicon })
    expect(repairLines(first, { lexicon })).toEqual(before)
  })
})
