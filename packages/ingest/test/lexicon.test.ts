import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MatnError } from '@matn/core'
import { describe, expect, it } from 'vitest'
import { loadPersianLexicon, persianLexiconArticles, persianWordChains, persianWordKey } from '../src/index.js'
import { boundDerivationalPrefixes } from '../src/lib/repair/compound-words.js'
import { longestKnownWord, maximumKnownKeys } from '../src/lib/repair/lexicon.js'
import { decodeAscii } from '../src/lib/repair/lexicon-text.js'
import { lilakAffixRules, lilakAlphabet, lilakWordList } from '../src/lib/repair/lexicon-words.js'

const corpusRoot = join(import.meta.dirname, '..', '..', '..', 'corpus')

function countWords(id: string): Map<string, number> {
  const counts = new Map<string, number>()
  const text = readFileSync(join(corpusRoot, id, 'article.md'), 'utf8')
  const add = (word: string): void => {
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  for (const chain of persianWordChains(text)) {
    for (const word of chain) {
      add(word)
      // The parts of a ZWNJ word count as words too.
      if (word.includes('\u200C')) for (const part of word.split('\u200C')) add(part)
    }
  }
  return counts
}

describe('loadPersianLexicon', () => {
  const lexicon = loadPersianLexicon()

  it('should give the same answers after more distinct words than it remembers (its memo is bounded)', () => {
    const fresh = loadPersianLexicon()
    const probes = ['کتاب', 'کتاب‌ها', 'می‌شود', 'ققققق', 'زبانشناسی', 'نبودسند']
    const before = probes.map((word) => fresh.has(word))
    // Distinct tokens of letters (never words) past the memo's bound, then the probes again.
    const letters = 'ثصضطظغ'
    for (let index = 0; index <= maximumKnownKeys; index += 1) {
      let token = ''
      for (let rest = index; token.length < 8; rest = Math.floor(rest / letters.length)) token += letters[rest % letters.length]
      fresh.has(token)
    }
    expect(probes.map((word) => fresh.has(word))).toEqual(before)
    expect(before.slice(0, 3)).toEqual([true, true, true])
  })

  it('should know a real Persian word list of about 100,000 words', () => {
    expect(lexicon.size).toBeGreaterThan(100_000)
    for (const word of ['کتاب', 'پژوهش', 'دیپلماسی', 'می‌شود', 'که', 'آژانس', 'انرژی']) {
      expect(lexicon.has(word), word).toBe(true)
    }
  })

  it('should know suffixed and prefixed forms through the affix rules', () => {
    for (const word of ['کتاب‌ها', 'کتاب‌هایشان', 'سیاست‌های', 'بزرگ‌ترین', 'بزرگ‌ترها', 'بی‌کار']) {
      expect(lexicon.has(word), word).toBe(true)
    }
  })

  it('should tell a headword of the word list from a form only its affix rules generate', () => {
    for (const word of ['کتاب', 'سخت', 'تحریم', 'کنند', 'نظریه', 'نظریۀ']) expect(lexicon.isHeadword?.(word), word).toBe(true)
    for (const word of ['کتابم', 'کتاب‌هایشان', 'بزرگ‌ترین', 'تاریم']) {
      expect(lexicon.has(word), word).toBe(true)
      expect(lexicon.isHeadword?.(word), word).toBe(false)
    }
    expect(lexicon.isHeadword?.('اتااد')).toBe(false)
  })

  it('should not know damaged forms', () => {
    for (const word of ['وشور', 'اتااد', 'دنداله', 'پژوه', 'سیاسیت', 'ایین', 'تددیل']) {
      expect(lexicon.has(word), word).toBe(false)
    }
  })

  it('should look words up through the key normalization', () => {
    expect(persianWordKey('كشوري')).toBe('کشوری')
    expect(persianWordKey('موازنهٔ')).toBe('موازنۀ')
    expect(persianWordKey('اصلاً')).toBe('اصلا')
    expect(lexicon.has('كتاب')).toBe(true)
    expect(lexicon.frequency('موازنهٔ')).toBe(lexicon.frequency('موازنۀ'))
    expect(lexicon.has('موازنۀ')).toBe(true)
  })

  it('should carry exactly the word counts of the curated articles (regenerate the data when they change)', () => {
    for (const id of persianLexiconArticles) {
      const only = loadPersianLexicon({ exclude: persianLexiconArticles.filter((other) => other !== id) })
      for (const [word, count] of countWords(id)) {
        expect(only.frequency(word), `${id}: ${word}`).toBe(count)
      }
    }
  })

  it('should count the ZWNJ-separated parts of a word as words and pairs', () => {
    expect(lexicon.frequency('می')).toBeGreaterThan(0)
    expect(lexicon.bigram('می', 'شود')).toBeGreaterThan(0)
    expect(lexicon.bigram('شود', 'می')).toBeLessThan(lexicon.bigram('می', 'شود'))
  })

  it('should leave out the counts of excluded articles', () => {
    const [first, second] = persianLexiconArticles
    expect(first).toBeDefined()
    expect(second).toBeDefined()
    const withoutFirst = loadPersianLexicon({ exclude: [first ?? ''] })
    const firstCounts = countWords(first ?? '')
    const secondCounts = countWords(second ?? '')
    const onlyInFirst = [...firstCounts.keys()].filter((word) => !secondCounts.has(word))
    expect(onlyInFirst.length).toBeGreaterThan(100)
    for (const word of onlyInFirst) expect(withoutFirst.frequency(word), word).toBe(0)
    expect(withoutFirst.frequency('که')).toBe(secondCounts.get('که'))
  })

  it('should throw a MatnError for an article it has no counts for', () => {
    expect(() => loadPersianLexicon({ exclude: ['no-such-article'] })).toThrow(MatnError)
  })
})

describe('longestKnownWord', () => {
  it('should bound every word the word list knows (longest word with a prefix or two suffixes, or a bound prefix and two suffixes) and every corpus word', () => {
    let previous = ''
    let longest = 0
    for (const entry of lilakWordList.split('\n')) {
      if (entry.length < 2) continue
      previous = previous.slice(0, entry.charCodeAt(0) - 0x30) + decodeAscii(entry.slice(1, -1), lilakAlphabet)
      longest = Math.max(longest, previous.length)
    }
    const longestAdd = (kind: 'p' | 's'): number => Math.max(...lilakAffixRules.filter((rule) => rule[1] === kind).map((rule) => rule[3].length))
    expect(longest + Math.max(longestAdd('p'), 2 * longestAdd('s'))).toBeLessThanOrEqual(longestKnownWord)
    // A bound derivational prefix written solid with a listed word and its suffixes.
    const longestBoundPrefix = Math.max(...boundDerivationalPrefixes.map((prefix) => prefix.length))
    expect(longestBoundPrefix + longest + 2 * longestAdd('s')).toBeLessThanOrEqual(longestKnownWord)
    for (const id of persianLexiconArticles) {
      for (const chain of persianWordChains(readFileSync(join(corpusRoot, id, 'article.md'), 'utf8'))) {
        for (const word of chain) expect(word.length, word).toBeLessThanOrEqual(longestKnownWord)
      }
    }
  })

  it('should not know a listed word written three times without a space (longer than the bound)', () => {
    const lexicon = loadPersianLexicon()
    const word = 'بازنمی‌نمایانده‌اند'
    expect(lexicon.has(word)).toBe(true)
    expect(lexicon.has(word.repeat(3))).toBe(false)
  })
})
