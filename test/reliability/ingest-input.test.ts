/**
 * Ingest on input it was not written for: `ingest()` and `matn ingest` / `matn repair` on
 * empty input, binary garbage, a 2 MB line, only Latin text, Persian without spaces, CRLF,
 * lone CR, NUL. Each gives a draft (one repaired line per raw line, no text lost) or a
 * `MatnError`, never a crash, within a deadline generous for a loaded 2-core machine
 * (measured on it: docs/reliability.md).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '@matn/cli'
import { ingest, splitRawLines } from '@matn/ingest'

const persianRun = 'دولتهایمنطقهدربرابرتهدیدموازنهمیکنند'
const sentence = 'دولت‌ها در برابر تهدید موازنه می‌کنند (Walt, 1987: 3). '

/** Deterministic pseudo-random UTF-16 code units (lone surrogates included). */
function garbage(length: number, seed = 7): string {
  let state = seed
  let text = ''
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648
    text += String.fromCharCode(state % 0x10000)
  }
  return text
}

function timed<T>(action: () => T): { result: T; seconds: number } {
  const started = performance.now()
  const result = action()
  return { result, seconds: (performance.now() - started) / 1000 }
}

/** The letters and digits of a text, in order (what no repair may lose). */
const visible = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '')

const cases: Array<{ name: string; raw: () => string; seconds: number; lines: number; keeps?: string }> = [
  { name: 'empty input', raw: () => '', seconds: 30, lines: 1 },
  { name: 'white space only', raw: () => ' \n\t\n\u00A0\n', seconds: 30, lines: 4 },
  { name: 'binary garbage (200,000 random UTF-16 units)', raw: () => garbage(200_000), seconds: 90, lines: 0 },
  { name: 'only Latin text', raw: () => 'The states balance against threats (Walt, 1987: 3).\n'.repeat(2000), seconds: 60, lines: 2001, keeps: 'The states balance against threats (Walt, 1987: 3).' },
  { name: 'Persian without spaces (1 MB)', raw: () => persianRun.repeat(27_000), seconds: 120, lines: 1 },
  { name: 'CRLF line ends', raw: () => 'عنوان مقاله\r\nچکیده\r\nدولت‌ها در برابر تهدید موازنه می‌کنند.\r\n'.repeat(200), seconds: 60, lines: 601 },
  { name: 'lone CR line ends', raw: () => 'عنوان مقاله\rچکیده\rدولت‌ها در برابر تهدید موازنه می‌کنند.\r'.repeat(200), seconds: 60, lines: 601 },
  { name: 'NUL characters', raw: () => 'عنوان\u0000مقاله\n\u0000\u0000\nدولت‌ها\u0000 در برابر تهدید.\n'.repeat(200), seconds: 60, lines: 601 },
  { name: 'a 2 MB line of Persian sentences with citations', raw: () => sentence.repeat(Math.ceil(2e6 / sentence.length)).slice(0, 2e6), seconds: 240, lines: 1 }
]

describe('ingest() on hostile raw text', () => {
  for (const { name, raw, seconds, lines, keeps } of cases) {
    it(`should draft ${name} within ${seconds} s, one repaired line per raw line`, () => {
      const input = raw()
      const { result, seconds: taken } = timed(() => ingest(input, { id: 'x', sourceFile: 'raw.txt' }))
      expect(taken).toBeLessThan(seconds)
      const expectedLines = lines || splitRawLines(input).length
      expect(result.lines).toHaveLength(expectedLines)
      expect(result.report.counts.lines).toBe(expectedLines)
      expect(result.markdown.startsWith('---\nid: x\n')).toBe(true)
      if (keeps) expect(result.markdown).toContain(keeps)
      if (name.startsWith('Persian without spaces')) expect(result.markdown).toContain(input)
      if (name.startsWith('a 2 MB line')) expect(visible(result.markdown).length).toBeGreaterThanOrEqual(visible(input).length)
      // Every NUL inside a line of text is kept; a line of NULs only has no place in the
      // draft and is reported, line by line.
      if (name === 'NUL characters') {
        const rawLines = splitRawLines(input)
        expect(result.markdown.split('\u0000').length - 1).toBe(rawLines.filter((line) => /[^\u0000\s]/.test(line)).join('').split('\u0000').length - 1)
        const nulOnly = rawLines.flatMap((line, index) => (/^\u0000+$/.test(line) ? [index + 1] : []))
        expect(nulOnly).toHaveLength(200)
        expect(result.report.unresolved.filter((token) => token.step === 'structure').map((token) => token.line)).toEqual(nulOnly)
      }
    }, (seconds + 30) * 1000)
  }
})

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

describe('matn ingest and matn repair on hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matn-ingest-input-'))
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }

  it('should refuse bytes that are not UTF-8 with E_ENCODING, exit 1 and no stack trace', async () => {
    const bytes = new Uint8Array(4096)
    let state = 11
    for (let index = 0; index < bytes.length; index++) bytes[index] = (state = (state * 1103515245 + 12345) % 2147483648) % 256
    const path = file('binary.txt', bytes)
    for (const argv of [['ingest', path, '--id', 'x'], ['repair', path, '--lines']]) {
      const result = await cli(...argv)
      expect(result.code, argv[0]).toBe(1)
      expect(result.stderr).toBe(`${path}:1:1: error: The file is not valid UTF-8 [matn:encoding]\n`)
      expect(result.stdout).toBe('')
    }
  })

  const texts: Array<[string, string, number]> = [
    ['empty.txt', '', 1],
    ['nul.txt', 'عنوان\u0000مقاله\n\u0000\nمتن\u0000.\n', 3],
    ['crlf.txt', 'عنوان مقاله\r\nچکیده\r\nمتن.\r\n', 3],
    ['cr.txt', 'عنوان مقاله\rچکیده\rمتن.\r', 3],
    ['latin.txt', 'Only Latin text here.\nAnd more (Walt, 1987).\n', 2],
    ['nospace.txt', persianRun.repeat(3000), 1],
    ['garbage.txt', garbage(50_000, 3).toWellFormed(), 0]
  ]
  for (const [name, content, lines] of texts) {
    it(`should draft and repair ${name} line for line, exit 0`, async () => {
      const path = file(name, content)
      const out = join(dir, `${name}.md`)
      const started = performance.now()
      const drafted = await cli('ingest', path, '-o', out, '--id', 'x')
      expect(drafted.code, drafted.stderr).toBe(0)
      expect(readFileSync(out, 'utf8').startsWith('---\nid: x\n')).toBe(true)
      const repaired = await cli('repair', path, '--lines')
      expect(repaired.code, repaired.stderr).toBe(0)
      // One output line per input line (a final line end ends the last line).
      const expected = lines || splitRawLines(content).length - (/(\r\n|\r|\n)$/.test(content) ? 1 : 0)
      expect(repaired.stdout.split('\n').length - 1).toBe(expected)
      expect((performance.now() - started) / 1000).toBeLessThan(90)
    }, 120_000)
  }
})
