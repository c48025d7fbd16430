import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combineProcesses, medianOf, resultTable, rowById, type RowResult } from '../src/index.js'

const seed = 20261123

/** A made-up result of one process: `speed` MB/s median over 10 MB, the rest derived from it. */
function processResult(speed: number, peakRssMB: number, extra: Partial<RowResult> = {}): RowResult {
  return {
    id: 'pipeline',
    megabytes: 10,
    bytes: 10_000_000,
    sha256: 'abcdef0123456789',
    status: 'ok',
    mbPerSecond: { median: speed, min: speed * 0.8, max: speed * 1.1 },
    seconds: { median: 10 / speed, min: 10 / (speed * 1.1), max: 10 / (speed * 0.8) },
    cpuMbPerSecond: speed * 1.2,
    samples: 7,
    inputRssMB: 150,
    peakRssMB,
    ...extra
  }
}

describe('medianOf', () => {
  it('should take the middle value, or the mean of the two middle ones', () => {
    expect(medianOf([3])).toBe(3)
    expect(medianOf([34.2, 17.7, 32.8])).toBe(32.8)
    expect(medianOf([32.8, 34.2, 17.7, 19.2])).toBeCloseTo(26, 10)
    expect(() => medianOf([])).toThrow(/No values/)
  })
})

describe('combineProcesses', () => {
  it('should give back a single process result unchanged', () => {
    const single = processResult(30, 400)
    expect(combineProcesses([single])).toBe(single)
  })

  it('should take the median of the process medians, their min–max, and the highest peak RSS', () => {
    // The four pipeline runs at 10 MB measured on the 2-core VM in session 7 (MB/s).
    const combined = combineProcesses([processResult(32.8, 410), processResult(17.7, 520), processResult(34.2, 405), processResult(19.2, 430, { inputRssMB: 160 })])
    expect(combined.status).toBe('ok')
    expect(combined.processes).toBe(4)
    expect(combined.processMedians).toEqual([32.8, 17.7, 34.2, 19.2])
    expect(combined.mbPerSecond?.median).toBeCloseTo((19.2 + 32.8) / 2, 10)
    expect(combined.mbPerSecond?.min).toBe(17.7)
    expect(combined.mbPerSecond?.max).toBe(34.2)
    expect(combined.seconds?.min).toBeCloseTo(10 / 34.2, 10)
    expect(combined.seconds?.max).toBeCloseTo(10 / 17.7, 10)
    expect(combined.cpuMbPerSecond).toBeCloseTo(((19.2 + 32.8) / 2) * 1.2, 10)
    expect(combined.peakRssMB).toBe(520)
    expect(combined.inputRssMB).toBe(160)
    expect(combined.samples).toBe(28)
  })

  it('should refuse results of different rows or inputs, and rows that did not run in every process', () => {
    expect(() => combineProcesses([])).toThrow(/No process results/)
    expect(() => combineProcesses([processResult(30, 400), processResult(30, 400, { sha256: 'ffff' })])).toThrow(/different rows or inputs/)
    expect(() => combineProcesses([processResult(30, 400), processResult(30, 400, { id: 'normalize' })])).toThrow(/different rows or inputs/)
    expect(() => combineProcesses([processResult(30, 400), { ...processResult(30, 400), status: 'unavailable', reason: 'no parser' }])).toThrow(/did not run in every process/)
    const unavailable: RowResult = { id: 'pipeline', megabytes: 10, bytes: 1, sha256: 'abcdef0123456789', status: 'unavailable', reason: 'no parser' }
    expect(combineProcesses([unavailable])).toBe(unavailable)
  })

  it('should keep the figure within the spread, the peak RSS the highest, whatever the process order', () => {
    const speed = fc.double({ min: 0.01, max: 1000, noNaN: true })
    const rss = fc.double({ min: 1, max: 20_000, noNaN: true })
    fc.assert(
      fc.property(fc.array(fc.tuple(speed, rss), { minLength: 2, maxLength: 9 }), fc.nat(), (runs, shift) => {
        const results = runs.map(([mbPerSecond, peak]) => processResult(mbPerSecond, peak))
        const combined = combineProcesses(results)
        const medians = runs.map(([mbPerSecond]) => mbPerSecond)
        const spread = combined.mbPerSecond
        if (!spread || !combined.seconds) throw new Error('no spread')
        expect(spread.min).toBe(Math.min(...medians))
        expect(spread.max).toBe(Math.max(...medians))
        expect(spread.median).toBeGreaterThanOrEqual(spread.min)
        expect(spread.median).toBeLessThanOrEqual(spread.max)
        // At least half of the processes lie on each side of the figure.
        expect(medians.filter((value) => value <= spread.median).length * 2).toBeGreaterThanOrEqual(medians.length)
        expect(medians.filter((value) => value >= spread.median).length * 2).toBeGreaterThanOrEqual(medians.length)
        expect(combined.seconds.median).toBeGreaterThanOrEqual(combined.seconds.min)
        expect(combined.seconds.median).toBeLessThanOrEqual(combined.seconds.max)
        expect(combined.peakRssMB).toBe(Math.max(...runs.map(([, peak]) => peak)))
        expect(combined.processes).toBe(runs.length)
        const rotated = [...results.slice(shift % results.length), ...results.slice(0, shift % results.length)]
        const again = combineProcesses(rotated)
        expect(again.mbPerSecond).toEqual(spread)
        expect(again.peakRssMB).toBe(combined.peakRssMB)
      }),
      { seed, numRuns: 200 }
    )
  })

  it('should say in the table headers that the figures combine several processes', () => {
    const row = rowById('pipeline')
    if (!row) throw new Error('row missing')
    const combined = combineProcesses([processResult(32.8, 410), processResult(17.7, 520), processResult(34.2, 405)])
    const table = resultTable([row], [combined], 10)
    expect(table).toContain('MB/s min–max of process medians')
    expect(table).toContain('| 32.8 | 17.7–34.2 |')
    expect(table).toContain('| 520 (150) |')
    const single = resultTable([row], [processResult(32.8, 410)], 10)
    expect(single).toContain('| MB/s median | MB/s min–max |')
    expect(single).toContain('| 32.8 | 26.2–36.1 |')
  })
})
