/**
 * Every failure `pnpm fuzz` recorded (`test/fixtures/fuzz/<target>-<hash>.json`), replayed:
 * through the check of the target that found it, and (for text inputs) through the whole
 * pipeline, as raw extracted text (ingest → parse → every export: json, jsonl, txt, moses,
 * tmx, csl, tei, html, and the JSON and TEI readers) and as article Markdown (parse → every
 * export). Each must end with a result or a `MatnError`, never another throw, an invalid
 * export or a broken invariant, within a deadline generous for a loaded 2-core machine.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { targetNames, targets, type TargetName } from '../../packages/cli/scripts/lib/fuzz-targets.js'

const folder = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url))
const deadline = 30_000

interface Fixture {
  target: TargetName
  kind: string
  message: string
  input: string
}

const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(`${folder}${name}`, 'utf8')) as Fixture }))

/** Run a check; returns its time in ms (a throw fails the test with the check's message). */
function timed(check: () => void): number {
  const started = performance.now()
  check()
  return performance.now() - started
}

describe('fuzz regressions (test/fixtures/fuzz)', () => {
  it('should hold recorded fixtures, each naming a known target, kind and its input', () => {
    expect(fixtures.length).toBeGreaterThan(0)
    for (const { name, fixture } of fixtures) {
      expect(targetNames, name).toContain(fixture.target)
      expect(['crash', 'hang', 'invalid-export', 'invariant', 'slow'], name).toContain(fixture.kind)
      expect(typeof fixture.input, name).toBe('string')
      expect(name.startsWith(`${fixture.target}-`), name).toBe(true)
    }
  })

  for (const { name, fixture } of fixtures) {
    it(`should pass ${name} (${fixture.kind} in ${fixture.target}) through its target within ${deadline / 1000} s`, () => {
      expect(timed(() => targets[fixture.target].check(fixture.input))).toBeLessThan(deadline)
    }, deadline * 2)

    if (fixture.target === 'align') continue // a JSON record of sentences, not text
    it(`should pass ${name} through ingest → parse → every export, and parse → every export, within ${deadline / 1000} s each`, () => {
      expect(timed(() => targets.ingest.check(fixture.input))).toBeLessThan(deadline)
      expect(timed(() => targets.parse.check(fixture.input))).toBeLessThan(deadline)
    }, deadline * 3)
  }
})
