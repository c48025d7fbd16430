import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { persianUnit } from './child/big-inputs.js'

/**
 * The big inputs of issue 8, each parsed in a child process (child/parse-big.ts) that
 * reports what came out, the parse time and its peak resident memory. Deadlines and
 * memory bounds are generous for a loaded two-core CI machine (measured figures in
 * docs/reliability.md); linearity is checked by comparing sizes, not by absolute speed.
 */
const root = fileURLToPath(new URL('../../', import.meta.url))
const child = fileURLToPath(new URL('child/parse-big.ts', import.meta.url))

interface BigResult {
  ms: number
  maxRssMB: number
  sourceLength: number
  segments: number
  kinds: string[]
  longestSegment: number
  bodyCharacters: number
  citations: number
  maxAuthors: number
  keys: string[]
  footnotes: number
  attachedFootnotes: number
  rules: Record<string, number>
}

function parseBig(name: string, size: number, deadline: number): BigResult {
  const run = spawnSync(process.execPath, ['--conditions=matn-source', '--import', 'tsx', child, name, String(size)], {
    cwd: root,
    encoding: 'utf8',
    timeout: deadline,
    maxBuffer: 1 << 20
  })
  expect(run.signal, `${name} ${size} was stopped (deadline ${deadline} ms)`).toBeNull()
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as BigResult
}

const second = 1000

describe('big inputs', () => {
  it('should parse a 10 MB single line with every sentence and citation, in bounded time and memory', () => {
    const units = Math.ceil(10_000_000 / persianUnit.length)
    const result = parseBig('line', 10_000_000, 400 * second)
    expect(result.segments).toBe(3 * units)
    expect(result.citations).toBe(units)
    expect(result.longestSegment).toBeLessThan(100)
    expect(result.rules).toEqual({})
    expect(result.maxRssMB).toBeLessThan(4096)
  }, 420 * second)

  it('should take time linear in the length of a line (2 MB within 8 times 0.5 MB)', () => {
    const fastest = (size: number): number => Math.min(parseBig('line', size, 120 * second).ms, parseBig('line', size, 120 * second).ms)
    const small = fastest(500_000)
    const large = fastest(2_000_000)
    expect(large / small).toBeLessThan(8)
  }, 500 * second)

  it('should attach 10,000 footnotes to their markers', () => {
    const result = parseBig('footnotes', 10_000, 240 * second)
    expect(result).toMatchObject({ footnotes: 10_000, attachedFootnotes: 10_000, segments: 20_000, kinds: ['footnote', 'sentence'], rules: {} })
    expect(result.maxRssMB).toBeLessThan(2048)
  }, 250 * second)

  for (const name of ['blockquote', 'list', 'mixed']) {
    it(`should read text nested 1,000 deep (${name}) with its citation`, () => {
      const result = parseBig(name, 1000, 60 * second)
      expect(result).toMatchObject({ segments: 2, kinds: ['sentence'], citations: 1, keys: ['walt1987'], rules: {} })
      expect(result.maxRssMB).toBeLessThan(1024)
    }, 70 * second)
  }

  it('should read a list indented 100 levels deep, one item a line', () => {
    const result = parseBig('indented-list', 100, 60 * second)
    expect(result).toMatchObject({ segments: 100, citations: 100, keys: ['walt1987'], rules: {} })
  }, 70 * second)

  it('should read a citation with 500 authors', () => {
    const result = parseBig('authors', 500, 30 * second)
    expect(result).toMatchObject({ citations: 1, maxAuthors: 500, keys: ['walta-etal2001'], segments: 2 })
  }, 40 * second)

  it('should keep 1 MB of Persian without spaces whole, as one sentence (the scanner is linear, nothing is cut)', () => {
    const result = parseBig('nospace', 1_000_000, 120 * second)
    expect(result).toMatchObject({ segments: 1, longestSegment: 1_000_000, bodyCharacters: 1_000_000, citations: 0, rules: {} })
    expect(result.maxRssMB).toBeLessThan(1024)
  }, 130 * second)
})
