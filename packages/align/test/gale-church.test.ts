import { describe, expect, it } from 'vitest'
import { galeChurch, galeChurchCost, galeChurchLengths, logErfc } from '../src/index.js'

const pairs = (links: Array<{ en: number[]; fa: number[] }>): string[] => links.map((link) => `${link.en.join(',')}-${link.fa.join(',')}`)

describe('Gale–Church', () => {
  it('should compute ln erfc like the closed form at known points', () => {
    expect(logErfc(0)).toBeCloseTo(0, 6)
    expect(logErfc(1)).toBeCloseTo(Math.log(0.157299207), 5)
    expect(logErfc(3)).toBeCloseTo(Math.log(2.209049699858544e-5), 4)
    expect(Number.isFinite(logErfc(40))).toBe(true)
  })

  it('should cost a perfect 1-1 bead −ln 0.89 and a 2-1 bead −ln 0.0445 (Gale and Church’s priors)', () => {
    expect(galeChurchCost(100, 100, { en: 1, fa: 1 }, 1, 6.8)).toBeCloseTo(-Math.log(0.89), 6)
    expect(galeChurchCost(100, 100, { en: 2, fa: 1 }, 1, 6.8)).toBeCloseTo(-Math.log(0.0445), 6)
    expect(galeChurchCost(100, 130, { en: 1, fa: 1 }, 1, 6.8)).toBeGreaterThan(galeChurchCost(100, 105, { en: 1, fa: 1 }, 1, 6.8))
    expect(galeChurchCost(10, 10, { en: 3, fa: 1 }, 1, 6.8)).toBe(Number.POSITIVE_INFINITY)
  })

  it('should align equal lengths one to one', () => {
    expect(pairs(galeChurchLengths([120, 40, 300, 75], [120, 40, 300, 75], { ratio: 1 }))).toEqual(['0-0', '1-1', '2-2', '3-3'])
  })

  it('should find a merge when two sentences add up to one', () => {
    expect(pairs(galeChurchLengths([100, 50, 50, 200], [100, 100, 200], { ratio: 1 }))).toEqual(['0-0', '1,2-1', '3-2'])
    expect(pairs(galeChurchLengths([100, 100, 200], [100, 60, 40, 200], { ratio: 1 }))).toEqual(['0-0', '1-1,2', '2-3'])
  })

  it('should scale by the length ratio estimated from the documents', () => {
    expect(pairs(galeChurchLengths([100, 200, 50], [80, 160, 40]))).toEqual(['0-0', '1-1', '2-2'])
  })

  it('should measure sentences in characters other than white space', () => {
    expect(pairs(galeChurch(['a b c', 'dddddddddd'], ['abc', 'dddddddddd']))).toEqual(['0-0', '1-1'])
  })

  it('should return nothing for two empty documents and null links for one empty side', () => {
    expect(galeChurchLengths([], [])).toEqual([])
    expect(pairs(galeChurchLengths([10, 20], []))).toEqual(['0-', '1-'])
  })
})
