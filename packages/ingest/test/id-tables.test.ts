import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DocumentCounts, splitAtoms, splitRawLines } from '../src/index.js'
import { memoizeByIdPair } from '../src/lib/repair/memo.js'
import { IdPairTable } from '../src/lib/repair/pair-map.js'
import { WordIds } from '../src/lib/repair/word-ids.js'

const seed = 20261122
const corpusRoot = join(import.meta.dirname, '..', '..', '..', 'corpus')

describe('IdPairTable', () => {
  it('should hold what a map of pairs holds through sets, adds, growth and clears', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x7fffffff }))
    const operation = fc.oneof(
      fc.tuple(fc.constant('set' as const), id, id, fc.double({ noNaN: true })),
      fc.tuple(fc.constant('add' as const), id, id, fc.integer({ min: -3, max: 3 })),
      fc.tuple(fc.constant('clear' as const), fc.constant(0), fc.constant(0), fc.constant(0))
    )
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), fc.integer({ min: 0, max: 64 }), (operations, capacity) => {
        const table = new IdPairTable(capacity)
        const reference = new Map<string, number>()
        const asked: Array<[number, number]> = [[0, 0], [1, 0], [0, 1]]
        for (const [kind, first, second, value] of operations) {
          asked.push([first, second], [second, first])
          if (kind === 'clear') {
            table.clear()
            reference.clear()
          } else if (kind === 'set') {
            table.set(first, second, value)
            reference.set(`${first},${second}`, value)
          } else {
            table.add(first, second, value)
            reference.set(`${first},${second}`, (reference.get(`${first},${second}`) ?? 0) + value)
          }
          expect(table.size).toBe(reference.size)
        }
        for (const [first, second] of asked) expect(table.get(first, second)).toBe(reference.get(`${first},${second}`))
      }),
      { seed, numRuns: 300 }
    )
  })

  it('should refuse ids that are not integers from 0 to 2^31-1', () => {
    const table = new IdPairTable()
    for (const bad of [-1, 1.5, 2 ** 31, Number.NaN]) {
      expect(() => table.set(bad, 0, 1)).toThrow(RangeError)
      expect(() => table.set(0, bad, 1)).toThrow(RangeError)
    }
    expect(table.size).toBe(0)
  })
})

describe('memoizeByIdPair', () => {
  it('should answer as the function does, computing each pair of ids once per context', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'bb', 'ccc', 'd'), fc.constantFrom('a', 'bb', 'ccc', 'd'), fc.boolean()), { maxLength: 60 }), (asks) => {
        const calls: string[] = []
        const score = memoizeByIdPair((first: string, second: string, context: { weight: number }) => {
          calls.push(`${context.weight}:${first}|${second}`)
          return first.length * context.weight - second.length
        })
        const ids = new WordIds()
        const contexts = [{ weight: 2 }, { weight: -1 }]
        for (const [first, second, other] of asks) {
          const context = contexts[other ? 1 : 0] as { weight: number }
          expect(score(ids.intern(first), ids.intern(second), first, second, context)).toBe(first.length * context.weight - second.length)
        }
        expect(calls.length).toBe(new Set(calls).size)
        expect(new Set(calls).size).toBe(new Set(asks.map(([first, second, other]) => `${other ? -1 : 2}:${first}|${second}`)).size)
      }),
      { seed, numRuns: 200 }
    )
  })
})

describe('WordIds', () => {
  it('should give each distinct word one id, in order of first sight, and find it again', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }), (words) => {
        const ids = new WordIds()
        const firstSeen: string[] = []
        for (const word of words) {
          const id = ids.intern(word)
          if (!firstSeen.includes(word)) firstSeen.push(word)
          expect(id).toBe(firstSeen.indexOf(word))
        }
        expect(ids.size).toBe(firstSeen.length)
        firstSeen.forEach((word, id) => {
          expect(ids.find(word)).toBe(id)
          expect(ids.word(id)).toBe(word)
        })
        expect(ids.find('not a word of the list, it has spaces')).toBe(-1)
        expect(ids.word(firstSeen.length)).toBeUndefined()
      }),
      { seed, numRuns: 200 }
    )
  })
})

/** The counts as their definition reads, in maps of strings (what the id tables must equal). */
function referenceCounts(lines: readonly string[]) {
  const words = new Map<string, number>()
  const pairs = new Map<string, number>()
  const wide = new Map<string, number>()
  const ends = new Map<string, number>()
  let total = 0
  let pairTotal = 0
  for (const line of lines) {
    const atoms = splitAtoms(line)
    atoms.forEach((atom, index) => {
      if (atom.kind !== 'word') return
      total += 1
      words.set(atom.text, (words.get(atom.text) ?? 0) + 1)
      const next = atoms[index + 1]
      if (next !== undefined && next.gap >= 2) wide.set(atom.text, (wide.get(atom.text) ?? 0) + 1)
      if (next?.kind === 'punct' && next.glued && /^[.؟?!]$/.test(next.text)) ends.set(atom.text, (ends.get(atom.text) ?? 0) + 1)
      if (next?.kind === 'word' && next.gap === 1) {
        pairTotal += 1
        pairs.set(`${atom.text} ${next.text}`, (pairs.get(`${atom.text} ${next.text}`) ?? 0) + 1)
      }
    })
  }
  return { words, pairs, wide, ends, total: Math.max(total, 1), pairTotal: Math.max(pairTotal, 1) }
}

function expectCountsAsDefined(lines: readonly string[], asked: readonly string[]): void {
  const counts = new DocumentCounts(lines)
  const reference = referenceCounts(lines)
  expect(counts.total).toBe(reference.total)
  expect(counts.pairTotal).toBe(reference.pairTotal)
  const visited = new Map<string, number>()
  counts.forEachWord((word, count) => visited.set(word, count))
  expect(visited).toEqual(reference.words)
  const words = [...new Set([...reference.words.keys(), ...asked])]
  for (const word of words) {
    const count = reference.words.get(word) ?? 0
    expect(counts.count(word)).toBe(count)
    expect(counts.countOfId(counts.wordId(word))).toBe(count)
    expect(counts.wordId(word) >= 0).toBe(count > 0)
    expect(counts.wideGapShare(word)).toBe(count === 0 ? 0 : (reference.wide.get(word) ?? 0) / count)
    expect(counts.sentenceEndShare(word)).toBe(count === 0 ? 0 : (reference.ends.get(word) ?? 0) / count)
  }
  const sample = words.slice(0, 60)
  const firsts = [...new Set([...reference.pairs.keys()].map((key) => key.split(' ')[0] as string))]
  for (const first of [...sample, ...firsts.slice(0, 200)]) {
    for (const second of sample) {
      const expected = reference.pairs.get(`${first} ${second}`) ?? 0
      expect(counts.pairCount(first, second)).toBe(expected)
      expect(counts.pairCountOfIds(counts.wordId(first), counts.wordId(second))).toBe(expected)
    }
  }
  for (const [key, count] of reference.pairs) {
    const [first, second] = key.split(' ') as [string, string]
    expect(counts.pairCount(first, second)).toBe(count)
  }
}

describe('DocumentCounts', () => {
  it('should count every corpus source as the definition in maps of strings does', () => {
    for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
      const lines = splitRawLines(readFileSync(join(corpusRoot, id, 'source.txt'), 'utf8'))
      expectCountsAsDefined(lines, ['', 'کتاب', 'نبود‌در‌سند'])
    }
  })

  it('should count generated lines (words, gaps, glued marks, Latin runs) as the definition does', () => {
    const piece = fc.constantFrom('از', 'به', 'کتاب', 'ها', 'می', 'شود', 'است', '.', '؟', '!', '،', '(', ')', 'ABC', '12', '\u200C')
    const gap = fc.constantFrom('', ' ', ' ', '  ', '   ', '\t')
    const line = fc.array(fc.tuple(gap, piece), { maxLength: 20 }).map((parts) => parts.map(([space, text]) => space + text).join(''))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expectCountsAsDefined(lines, ['کتاب', 'نبود'])
      }),
      { seed, numRuns: 300 }
    )
  })
})
