import { describe, expect, it } from 'vitest'
import { createZwnjRestorer, documentCompounds, type PersianLexicon } from '../src/index.js'

const zwnj = '\u200C'

/** A lexicon of made-up entries and counts: every listed word known, pairs counted as given. */
function lexiconOf(words: Record<string, number>, pairs: Record<string, number> = {}): PersianLexicon {
  return {
    size: Object.keys(words).length,
    has: (word) => word in words,
    frequency: (word) => words[word] ?? 0,
    bigram: (first, second) => pairs[`${first} ${second}`] ?? 0
  }
}

// Made-up compound: `گردش‌نامه` (both parts words of their own), printed apart.
const compound = `گردش${zwnj}نامه`
const lexicon = lexiconOf({ گردش: 0, نامه: 0, [compound]: 0, این: 0, را: 0, خواندیم: 0, دیدیم: 0, کوتاه: 0, بود: 0 })

describe('documentCompounds', () => {
  it('should find a word-list compound the document prints together more often than not', () => {
    const lines = ['این گردش نامه را خواندیم', 'گردش نامه کوتاه بود', 'این گردش نامه را دیدیم', 'گردش کوتاه بود']
    expect([...documentCompounds(lines, lexicon)]).toEqual(['گردش نامه'])
  })

  it('should not take a pair printed fewer than three times', () => {
    expect(documentCompounds(['این گردش نامه را خواندیم', 'گردش نامه کوتاه بود'], lexicon).size).toBe(0)
  })

  it('should not take a pair whose first word mostly stands without the second', () => {
    const lines = ['گردش نامه', 'گردش نامه', 'گردش نامه', 'گردش کوتاه بود', 'گردش کوتاه بود', 'این گردش بود', 'گردش را دیدیم']
    expect(documentCompounds(lines, lexicon).size).toBe(0)
  })

  it('should not take a pair the word list does not know as one word, or one after a non-joining letter', () => {
    const apart = ['این را خواندیم', 'این را دیدیم', 'این را خواندیم']
    expect(documentCompounds(apart, lexiconOf({ این: 0, را: 0, خواندیم: 0, دیدیم: 0 })).size).toBe(0)
    const nonJoining = lexiconOf({ کار: 0, نامه: 0, [`کار${zwnj}نامه`]: 0 })
    expect(documentCompounds(['کار نامه', 'کار نامه', 'کار نامه'], nonJoining).size).toBe(0)
  })

  it('should not take a pair the counts see apart more often than together', () => {
    const counted = lexiconOf({ گردش: 5, نامه: 5, [compound]: 1 }, { 'گردش نامه': 6 })
    expect(documentCompounds(['گردش نامه', 'گردش نامه', 'گردش نامه'], counted).size).toBe(0)
  })
})

describe('createZwnjRestorer', () => {
  it('should join the document compounds with ZWNJ and leave other pairs', () => {
    const restore = createZwnjRestorer(new Set(['گردش نامه']))
    const result = restore('این گردش نامه را خواندیم و گردش کوتاه بود', { line: 3, lexicon })
    expect(result.text).toBe(`این ${compound} را خواندیم و گردش کوتاه بود`)
    expect(result.changes).toEqual([expect.objectContaining({ step: 'zwnj', line: 3, before: 'گردش نامه', after: compound })])
  })
})
