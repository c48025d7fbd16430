import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadPersianLexicon } from '../src/index.js'
import { DocumentCounts } from '../src/lib/repair/document-counts.js'
import { ScratchFloat64Array, ScratchInt32Array, ScratchPool } from '../src/lib/repair/scratch-arrays.js'

const seed = 20261123

describe('ScratchFloat64Array and ScratchInt32Array', () => {
  it('should hand out views of the asked length filled with the asked value, growing past the buffer', () => {
    const pool = new ScratchPool()
    const floats = new ScratchFloat64Array(pool)
    const ints = new ScratchInt32Array(pool)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: -5, max: 5 })), { maxLength: 30 }), (asks) => {
        for (const [length, value] of asks) {
          const lease = pool.lease()
          const float = floats.take(lease, length, value === 0 ? Number.NaN : value)
          const int = ints.take(lease, length, value)
          expect(float.length).toBe(length)
          expect(int.length).toBe(length)
          expect([...float].every((cell) => (value === 0 ? Number.isNaN(cell) : cell === value))).toBe(true)
          expect([...int].every((cell) => cell === value)).toBe(true)
          // Scribble over the view: the next one is filled again.
          float.fill(7)
          int.fill(7)
          lease.release()
        }
      }),
      { seed, numRuns: 100 }
    )
  })
})

describe('ScratchPool', () => {
  it('should lend its buffers to one lease at a time and fresh arrays to a second lease alive at once', () => {
    const pool = new ScratchPool()
    const floats = new ScratchFloat64Array(pool)
    const first = pool.lease()
    const firstView = floats.take(first, 8, 1)
    const second = pool.lease()
    const secondView = floats.take(second, 8, 2)
    // The second lease's view is its own: the first keeps its cells.
    expect([...firstView]).toEqual(new Array(8).fill(1))
    expect([...secondView]).toEqual(new Array(8).fill(2))
    expect(secondView.buffer).not.toBe(firstView.buffer)
    second.release()
    first.release()
    // Released, the buffers go to the next lease, not to an old one.
    const third = pool.lease()
    expect(floats.take(third, 8, 3).buffer).toBe(firstView.buffer)
    expect(() => floats.take(first, 8, 4)).toThrow(/released lease/)
    third.release()
  })

  it('should refuse a lease of another pool', () => {
    const floats = new ScratchFloat64Array(new ScratchPool())
    const lease = new ScratchPool().lease()
    expect(() => floats.take(lease, 4, 0)).toThrow(/another pool/)
  })
})

describe('DocumentCounts.inLexiconOfId', () => {
  it('should answer as inLexicon does, for counted words by id and for others by the word', () => {
    const lexicon = loadPersianLexicon()
    const lines = ['کتاب های او در کتابخانه است', 'کتاب خانه و ززز و qwe']
    const counts = new DocumentCounts(lines, lexicon)
    for (const word of ['کتاب', 'های', 'او', 'در', 'کتابخانه', 'است', 'خانه', 'و', 'ززز', 'qwe', 'نبود', 'ژژژژ']) {
      const id = counts.wordId(word)
      // Twice: the second answer comes from the id's memo.
      expect(counts.inLexiconOfId(id, word)).toBe(counts.inLexicon(word))
      expect(counts.inLexiconOfId(id, word)).toBe(counts.inLexicon(word))
    }
    expect(counts.wordId('نبود')).toBe(-1)
    expect(counts.inLexicon('کتاب')).toBe(true)
    expect(counts.inLexicon('ززز')).toBe(false)
    const withoutLexicon = new DocumentCounts(lines)
    expect(withoutLexicon.inLexiconOfId(withoutLexicon.wordId('کتاب'), 'کتاب')).toBe(false)
  })
})
