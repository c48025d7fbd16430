import { copyFileSync, linkSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@matn/core'
import { removeKashida, repairLetterForms } from '@matn/ingest'
import { describe, expect, it } from 'vitest'
import { run } from '../src/index.js'

const raw = fileURLToPath(new URL('../../ingest/test/fixtures/small-extraction.txt', import.meta.url))
const corpusSource = fileURLToPath(new URL('../../../corpus/ghani-askarian-1400/source.txt', import.meta.url))

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

describe('matn repair', () => {
  it('should print exactly one line per input line', async () => {
    for (const path of [raw, corpusSource]) {
      const input = readFileSync(path, 'utf8')
      const { code, stdout } = await cli('repair', path, '--lines')
      expect(code).toBe(0)
      const expected = input.endsWith('\n') ? input.split('\n').length - 1 : input.split('\n').length
      expect(stdout.endsWith('\n')).toBe(true)
      expect(stdout.split('\n').length - 1).toBe(expected)
    }
  })

  it('should refuse to run without --lines', async () => {
    const { code, stderr } = await cli('repair', raw)
    expect(code).toBe(2)
    expect(stderr).toContain('--lines')
  })
})

describe('matn ingest', () => {
  it('should write an article that parses and print a summary', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'matn-ingest-')), 'article.md')
    const { code, stderr } = await cli('ingest', raw, '-o', out, '--id', 'small')
    expect(code).toBe(0)
    expect(stderr).toContain(`wrote ${out}`)
    expect(stderr).toMatch(/\b1 footnote,/)
    expect(parseArticle(readFileSync(out, 'utf8')).id).toBe('small')
  })

  it('should print unresolved tokens as file:line:column warnings', async () => {
    const { code, stderr } = await cli('ingest', corpusSource, '--id', 'ghani')
    expect(code).toBe(0)
    const warnings = stderr.split('\n').filter((line) => line.includes(': warning: '))
    for (const warning of warnings) expect(warning).toMatch(/^.+:\d+:\d+: warning: /)
    // Uncertain word orders are listed too, each at the line its words are printed on.
    const orders = warnings.filter((warning) => warning.includes('uncertain word order'))
    expect(orders.length).toBeGreaterThan(0)
    const sourceLines = readFileSync(corpusSource, 'utf8').split('\n')
    for (const warning of orders) {
      const [, line, token] = /:(\d+):\d+: warning: .*\(`(.*)`, run-order\)$/.exec(warning) ?? []
      const context = { line: Number(line) }
      const printed = removeKashida(repairLetterForms(sourceLines[Number(line) - 1] ?? '', context).text, context).text
      const word = (token ?? '').split(' ').find((part) => /[\u0600-\u06FF]{2}/.test(part))
      if (word !== undefined) expect(printed).toContain(word)
    }
  })

  it('should refuse to overwrite its own input, by path, symbolic link or hard link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matn-ingest-self-'))
    const input = join(dir, 'raw.txt')
    copyFileSync(raw, input)
    symlinkSync(input, join(dir, 'link.md'))
    linkSync(input, join(dir, 'hard.md'))
    const before = readFileSync(input)
    for (const out of [input, join(dir, '.', 'raw.txt'), join(dir, 'link.md'), join(dir, 'hard.md')]) {
      const { code, stderr } = await cli('ingest', input, '-o', out, '--id', 'x')
      expect(code, out).toBe(2)
      expect(stderr).toContain(`${out}: error: refusing to write: it is the input file ${input}`)
    }
    expect(readFileSync(input)).toEqual(before)
  })
})
