/**
 * Every code example of the documentation runs: JavaScript/TypeScript and shell blocks are
 * executed against the built packages from the repository root, a `text output` block right
 * after one is the exact output it must print, `ts types` listings must match the real
 * types, and blocks shown without running (`sh norun`) may hold only setup commands.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkTypeExamples, codeExamples, nonSetupLines, runExample, sitePages, type CodeExample } from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const built = ['core', 'html', 'cli'].every((name) => existsSync(join(root, `packages/${name}/dist/index.js`)))
if (!built) console.warn('Skipping the docs examples: build the packages first (npx -y pnpm@10 -r run build)')

const sources = [...new Set([...sitePages(root).pages.map((page) => page.source), 'corpus/README.md'])]
const examples = sources.flatMap((source) => codeExamples(readFileSync(join(root, source), 'utf8'), source))
const runnable = examples.filter((example) => example.mode === 'run' || example.mode === 'shell')

/** The `text output` block right after an example, if any. */
function expectedOutput(example: CodeExample): string | undefined {
  const next = examples[examples.indexOf(example) + 1]
  return next && next.file === example.file && next.lang === 'text' && next.meta.includes('output') ? next.code : undefined
}

describe('docs examples', () => {
  it('should find examples on the pages', () => {
    expect(runnable.length).toBeGreaterThan(8)
    expect(examples.some((example) => example.mode === 'types')).toBe(true)
  })

  it('should show only setup commands in blocks that are not run', () => {
    for (const example of examples.filter((item) => item.mode === 'setup')) {
      expect(nonSetupLines(example), `${example.file}:${example.line}`).toEqual([])
    }
  })

  it('should follow every `text output` block with nothing but a runnable example before it', () => {
    examples.forEach((example, index) => {
      if (example.lang !== 'text' || !example.meta.includes('output')) return
      const before = examples[index - 1]
      expect(before && before.file === example.file && (before.mode === 'run' || before.mode === 'shell'), `${example.file}:${example.line}`).toBe(true)
    })
  })

  it.skipIf(!built).each(runnable.map((example) => [`${example.file}:${example.line}`, example] as const))(
    'should run %s',
    (_name, example) => {
      const run = runExample(example, { root })
      expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0)
      const expected = expectedOutput(example)
      if (expected !== undefined) expect(run.stdout.trimEnd()).toBe(expected.trimEnd())
    }
  )

  it.skipIf(!built)('should type-check the type listings against the real model', () => {
    const problems = checkTypeExamples(examples.filter((example) => example.mode === 'types'), root)
    expect(problems.map((problem) => `${problem.example.file}:${problem.example.line}: ${problem.message}`)).toEqual([])
  })
})
