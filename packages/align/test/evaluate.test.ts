import { describe, expect, it } from 'vitest'
import { countAlignment, scoreAlignment, sumCounts } from '../src/index.js'

describe('scoreAlignment', () => {
  const gold = [
    { en: [0], fa: [0] },
    { en: [1], fa: [1, 2] },
    { en: [2], fa: [] }
  ]

  it('should count strict and lax hits the Bleualign/vecalign way', () => {
    const test = [
      { en: [0], fa: [0] },
      { en: [1], fa: [1] },
      { en: [2], fa: [2] }
    ]
    const { strict, lax, counts } = scoreAlignment(gold, test)
    expect(counts).toEqual({ strictPrecisionHits: 1, laxPrecisionHits: 2, testLinks: 3, strictRecallHits: 1, laxRecallHits: 2, goldLinks: 2 })
    expect(strict.precision).toBeCloseTo(1 / 3)
    expect(strict.recall).toBeCloseTo(1 / 2)
    expect(lax.precision).toBeCloseTo(2 / 3)
    expect(lax.recall).toBe(1)
    expect(strict.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2))
  })

  it('should count a correct null link for precision only', () => {
    const { counts } = scoreAlignment(gold, [{ en: [2], fa: [] }])
    expect(counts.strictPrecisionHits).toBe(1)
    expect(counts.testLinks).toBe(1)
    expect(counts.strictRecallHits).toBe(0)
  })

  it('should ignore order inside a link and duplicate links, and work on ids', () => {
    const { strict } = scoreAlignment([{ en: ['a', 'b'], fa: ['x'] }], [{ en: ['b', 'a'], fa: ['x'] }, { en: ['a', 'b'], fa: ['x'] }])
    expect(strict.f1).toBe(1)
  })

  it('should score the sum of documents, not the mean of their scores', () => {
    const one = countAlignment([{ en: [0], fa: [0] }], [{ en: [0], fa: [0] }])
    const two = countAlignment([{ en: [0], fa: [0] }, { en: [1], fa: [1] }, { en: [2], fa: [2] }], [{ en: [0], fa: [1] }])
    expect(sumCounts([one, two])).toMatchObject({ strictPrecisionHits: 1, testLinks: 2, goldLinks: 4, strictRecallHits: 1 })
  })

  it('should give zeros, not NaN, for empty lists', () => {
    expect(scoreAlignment([], []).strict).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})
