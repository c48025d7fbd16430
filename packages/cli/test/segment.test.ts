import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segmentText } from '@matn/core'
import { run } from '../src/index.js'

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; writes: number }> {
  let stdout = ''
  let stderr = ''
  let writes = 0
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text
      writes++
    },
    stderr: (text) => (stderr += text)
  })
  return { code, stdout, stderr, writes }
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'matn-segment-')), name)
  writeFileSync(path, content)
  return path
}

const text = 'Walt (1987) argued so.\nIt holds.\n\nاین دیدگاه رایج است (Walt, 1987: 3-4). آیا درست است؟\n'

describe('matn segment', () => {
  it('should print one segment per line with id, place, text, norm and citations', async () => {
    const { code, stdout, stderr } = await cli('segment', tempFile('doc.txt', text))
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(rows.map((row) => [row.id, row.lang, row.line, row.column, row.text])).toEqual([
      ['en-p1-s1', 'en', 1, 1, 'Walt (1987) argued so.'],
      ['en-p1-s2', 'en', 2, 1, 'It holds.'],
      ['fa-p1-s1', 'fa', 4, 1, 'این دیدگاه رایج است (Walt, 1987: 3-4).'],
      ['fa-p1-s2', 'fa', 4, 40, 'آیا درست است؟']
    ])
    expect(rows[2].citations).toEqual([
      expect.objectContaining({ raw: '(Walt, 1987: 3-4)', key: 'walt1987', kind: 'parenthetical', pages: '3-4', start: 54, end: 71 })
    ])
    for (const row of rows) expect(text.slice(row.start, row.end).replace(/\s*\n\s*/g, ' ')).toBe(row.text)
  })

  it('should give the sentences of segmentText for a forced language', async () => {
    const source = readFileSync(new URL('../../../corpus/ghani-askarian-1400/source.txt', import.meta.url), 'utf8')
    const { code, stdout } = await cli('segment', tempFile('source.txt', source), '--lang', 'fa')
    expect(code).toBe(0)
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(rows.map((row) => [row.start, row.end, row.text])).toEqual(segmentText(source, 'fa').map((sentence) => [sentence.start, sentence.end, sentence.text]))
  })

  it('should write in chunks instead of one string for a large file', async () => {
    const source = readFileSync(new URL('../../../corpus/rasooli-sani-1401/source.txt', import.meta.url), 'utf8')
    const { code, stdout, writes } = await cli('segment', tempFile('source.txt', source))
    expect(code).toBe(0)
    expect(stdout.length).toBeGreaterThan(1 << 17)
    expect(writes).toBeGreaterThan(1)
  })

  it('should reject an unknown language or format', async () => {
    const path = tempFile('doc.txt', text)
    expect((await cli('segment', path, '--lang', 'de')).code).toBe(2)
    expect((await cli('segment', path, '--format', 'json')).code).toBe(2)
    expect((await cli('segment')).code).toBe(2)
  })

  it('should report a file that is not UTF-8 at 1:1', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'matn-segment-')), 'bad.txt')
    writeFileSync(path, Uint8Array.from([0xff, 0xfe, 0x41]))
    const { code, stderr } = await cli('segment', path)
    expect(code).toBe(1)
    expect(stderr).toContain(`${path}:1:1`)
  })
})
