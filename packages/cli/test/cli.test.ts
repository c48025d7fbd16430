import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run } from '../src/index.js'

const fixture = fileURLToPath(new URL('../../../test/fixtures/articles/bilingual-small.md', import.meta.url))
const bin = fileURLToPath(new URL('../bin/matn.js', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'matn-cli-')), name)
  writeFileSync(path, content)
  return path
}

describe('matn parse', () => {
  it('should print the Article JSON with the documented fields', async () => {
    const { code, stdout, stderr } = await cli('parse', fixture, '--format', 'json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const article = JSON.parse(stdout)
    expect(Object.keys(article)).toEqual(['id', 'meta', 'segments', 'citations', 'footnotes', 'alignments'])
    expect(article.meta.title.fa).toBeTruthy()
    expect(article.meta.title.en).toBeTruthy()
    expect(article.meta.keywords.fa).toHaveLength(3)
    expect(article.meta.received).toEqual({ solar: '1401-06-12', gregorian: '2022-09-03' })
    expect(article.segments[0]).toMatchObject({ id: 'en-title', lang: 'en', kind: 'title' })
    expect(article.citations[0]).toMatchObject({ raw: '(Walt, 1987: 3-4)', segment: 'en-p1-s1', year: 1987, calendar: 'gregorian' })
    expect(article.footnotes[0]).toMatchObject({ n: 1, text: 'Stephen Walt', segment: 'fa-p2-s1' })
    const ids = new Set(article.segments.map((segment: { id: string }) => segment.id))
    expect(article.alignments.length).toBeGreaterThan(0)
    for (const link of article.alignments) {
      expect(link.source).toBe('auto')
      for (const id of [...link.en, ...link.fa]) expect(ids.has(id)).toBe(true)
    }
  })

  it('should print file:line:column and exit 1 on bad front matter, without a stack trace', async () => {
    const path = tempFile('bad.md', '---\nid: Bad Id\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\n---\n')
    const { code, stdout, stderr } = await cli('parse', path)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:5: error: \`id\` must match pattern`))
    expect(stderr).not.toMatch(/\bat .*\.(?:ts|js):\d+/)
  })

  it('should write one JSON file per article with --out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'matn-out-'))
    const { code } = await cli('parse', fixture, fixture.replace('bilingual-small', 'bilingual-small'), '--out', out)
    expect(code).toBe(0)
    expect(JSON.parse(readFileSync(join(out, 'sample-alliance-1401.json'), 'utf8')).id).toBe('sample-alliance-1401')
  })

  it('should fail on warnings with --strict, reporting them as errors', async () => {
    const text = readFileSync(fixture, 'utf8').replace('<div lang="en">', '<div lang="de">')
    const path = tempFile('de.md', text)
    expect((await cli('parse', path)).stderr).toMatch(/:24:1: warning: Unknown language `de`/)
    const { code, stdout, stderr } = await cli('parse', path, '--strict')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/:24:1: error: Unknown language `de`/)
  })
})

describe('matn citations', () => {
  it('should tag a plain-text file', async () => {
    const path = tempFile('notes.txt', 'Walt (1987) argued.\n\nIt was said (Walt, 1987: 3-4). نوری (1398) معتقد است.\n')
    const { code, stdout } = await cli('citations', path, '--format', 'json')
    expect(code).toBe(0)
    const citations = JSON.parse(stdout)
    expect(citations.map((citation: { raw: string }) => citation.raw)).toEqual(['Walt (1987)', '(Walt, 1987: 3-4)', 'نوری (1398)'])
    expect(citations[1]).toMatchObject({ authors: ['Walt'], year: 1987, calendar: 'gregorian', pages: '3-4', kind: 'parenthetical', start: 33, end: 50, line: 3, column: 13 })
    expect(citations[2]).toMatchObject({ calendar: 'solar-hijri', kind: 'narrative', pages: null })
  })

  it('should tag a Markdown article with file offsets and segment ids', async () => {
    const { code, stdout } = await cli('citations', fixture, '--format', 'jsonl')
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line))
    const text = readFileSync(fixture, 'utf8')
    expect(lines).toHaveLength(8)
    for (const citation of lines) expect(text.slice(citation.start, citation.end)).toBe(citation.raw)
  })

  it('should print undated works and ibid.s with their fields, and warn of an ibid. that refers to no work', async () => {
    const path = tempFile('notes.txt', 'Norms spread (Smith, n.d.).\n\nSlowly (ibid., p. 3). [Walt, 1987]\n')
    const { code, stdout } = await cli('citations', path, '--format', 'json')
    expect(code).toBe(0)
    const citations = JSON.parse(stdout)
    expect(citations.map((citation: { key: string }) => citation.key)).toEqual(['smith-nd', 'smith-nd', 'walt1987'])
    expect(citations[0]).toMatchObject({ year: null, calendar: null, undated: 'no-date' })
    expect(citations[1]).toMatchObject({ pages: '3', undated: 'no-date', ibid: true })
    expect('undated' in citations[2] || 'ibid' in citations[2]).toBe(false)
    const unresolved = await cli('citations', tempFile('ibid.txt', 'Balancing is common (Walt, 1987; Waltz, 1979).\n\nIt is cheap (ibid., p. 3).\n'))
    expect(unresolved.code).toBe(0)
    expect(unresolved.stderr).toMatch(/ibid\.txt:3:13: warning: Ibid\. `\(ibid\., p\. 3\)` has no single work cited before it.*\[matn:citation\]/)
    expect(JSON.parse(unresolved.stdout)[2]).toMatchObject({ key: '', authors: [], ibid: true })
    const article = await cli('citations', join(repoRoot, 'test/fixtures/articles/undated-ibid.md'), '--format', 'jsonl')
    expect(article.stderr).toMatch(/undated-ibid\.md:21:\d+: warning: Ibid\. `\(ibid\.\)` has no single work cited before it .*\[matn:citation\]/)
  })

  it('should print the original date of a reprint, and no original for other works', async () => {
    const path = tempFile('reprints.txt', 'Dreams are wishes (Freud, 1900/1999, p. 3). Hobbes ([1651] 1996) disagrees (Walt, 1987).\n\nابن خلدون این را گفت (ابن خلدون، ۸۰۸ق/۱۳۹۵: ۱۲).\n')
    for (const format of ['json', 'jsonl']) {
      const { code, stdout } = await cli('citations', path, '--format', format)
      expect(code).toBe(0)
      const citations = format === 'json' ? JSON.parse(stdout) : stdout.trim().split('\n').map((line) => JSON.parse(line))
      expect(citations.map((citation: { key: string; original?: unknown }) => [citation.key, citation.original])).toEqual([
        ['freud1999', { year: 1900, calendar: 'gregorian' }],
        ['hobbes1996', { year: 1651, calendar: 'gregorian' }],
        ['walt1987', undefined],
        ['ابنخلدون1395', { year: 808, calendar: 'lunar-hijri' }]
      ])
      expect('original' in citations[2]).toBe(false)
    }
    const article = JSON.parse((await cli('citations', join(repoRoot, 'test/fixtures/articles/reprints.md'))).stdout)
    expect(article.filter((citation: { original?: unknown }) => citation.original).map((citation: { key: string; original: unknown }) => [citation.key, citation.original])).toEqual([
      ['freud1999', { year: 1900, calendar: 'gregorian' }],
      ['hobbes1996', { year: 1651, calendar: 'gregorian' }],
      ['waltz2010', { year: 1979, calendar: 'gregorian' }],
      // The ibid. `(پیشین: ۱۴)` carries the original of the reprint it refers to.
      ['ابنخلدون1395', { year: 808, calendar: 'lunar-hijri' }],
      ['ابنخلدون1395', { year: 808, calendar: 'lunar-hijri' }]
    ])
  })

  it('should report a missing file and bad usage with exit codes', async () => {
    expect((await cli('citations', '/no/such/file.txt')).stderr).toMatch(/^\/no\/such\/file.txt:1:1: error: Cannot read the file \(ENOENT\) \[matn:read\]/)
    expect((await cli('citations', '/no/such/file.txt')).code).toBe(1)
    expect((await cli('frobnicate')).code).toBe(2)
    expect((await cli('citations', fixture, '--format', 'xml')).code).toBe(2)
    expect((await cli('citations', fixture, '--bogus')).code).toBe(2)
  })

  it('should refuse invalid UTF-8', async () => {
    const { code, stderr } = await cli('citations', tempFile('bad.txt', new Uint8Array([0x61, 0xff, 0x62])))
    expect(code).toBe(1)
    expect(stderr).toMatch(/:1:1: error: The file is not valid UTF-8 \[matn:encoding\]/)
  })
})

describe('matn align', () => {
  const en = tempFile('en.txt', 'Russia and Iran formed a coalition in Syria in 2015.\nThe West became the enemy.\nThis line has no counterpart at all, none whatsoever.\n')
  const fa = tempFile('fa.txt', 'روسیه و ایران در سال ۲۰۱۵ در سوریه ائتلاف کردند.\nغرب دشمن شد.\n')

  it('should print links with 0-based line indices covering every line in parallel mode', async () => {
    const { code, stdout, stderr } = await cli('align', '--en', en, '--fa', fa, '--format', 'json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const links = JSON.parse(stdout) as Array<{ en: number[]; fa: number[]; score: number }>
    expect(links[0]).toMatchObject({ en: [0], fa: [0] })
    expect(links.flatMap((link) => link.en)).toEqual([0, 1, 2])
    expect(links.flatMap((link) => link.fa)).toEqual([0, 1])
    for (const link of links) expect(link.score).toBeGreaterThanOrEqual(0)
  })

  it('should align in comparable mode and print JSON lines', async () => {
    const { code, stdout } = await cli('align', '--en', en, '--fa', fa, '--mode', 'comparable', '--format', 'jsonl')
    expect(code).toBe(0)
    const links = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(links[0]).toMatchObject({ en: [0], fa: [0] })
    expect(links.map((link: { en: number[] }) => link.en[0])).toEqual([0, 1, 2])
  })

  it('should refuse bad usage with exit code 2 and a missing file with exit code 1', async () => {
    expect((await cli('align', '--en', en)).code).toBe(2)
    expect((await cli('align', '--en', en, '--fa', fa, '--mode', 'fuzzy')).code).toBe(2)
    expect((await cli('align', '--en', en, '--fa', fa, '--format', 'xml')).code).toBe(2)
    const missing = await cli('align', '--en', en, '--fa', '/no/such/fa.txt')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/\/no\/such\/fa.txt:1:1: error: Cannot read the file/)
  })
})

describe('matn help and version', () => {
  it("should print one command's usage for `matn <command> --help` and exit 0", async () => {
    const { code, stdout, stderr } = await cli('repair', '--help')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Usage: matn repair RAW\.txt --lines\s+print the repaired text/)
    expect(stdout).not.toMatch(/^\s+parse /m)
    expect((await cli('segment', 'in.txt', '-h')).stdout).toMatch(/^Usage: matn segment /)
  })

  it('should read --help after `--` as a file name', async () => {
    const { code, stderr } = await cli('citations', '--', '--help')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^--help:1:1: error: Cannot read the file/)
  })

  it('should print the package version from the binary', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`)
  })
})

describe('the built matn binary', () => {
  it('should run from the workspace bin and exit non-zero without a stack trace', () => {
    const output = execFileSync(process.execPath, [bin, 'citations', fixture], { encoding: 'utf8' })
    expect(JSON.parse(output)).toHaveLength(8)
    const failed = spawnSync(process.execPath, [bin, 'parse', '/no/such.md'], { encoding: 'utf8' })
    expect(failed.status).toBe(1)
    expect(failed.stderr).not.toMatch(/\n\s+at /)
  })

  it('should read standard input when FILE is `-`', () => {
    const text = readFileSync(fixture, 'utf8')
    const fromFile = execFileSync(process.execPath, [bin, 'citations', fixture], { encoding: 'utf8' })
    const fromStdin = spawnSync(process.execPath, [bin, 'citations', '-'], { input: text, encoding: 'utf8' })
    expect(fromStdin.status).toBe(0)
    expect(fromStdin.stdout).toBe(fromFile)
    const badBytes = spawnSync(process.execPath, [bin, 'segment', '-'], { input: new Uint8Array([0x61, 0xff]) })
    expect(badBytes.status).toBe(1)
    expect(badBytes.stderr.toString()).toMatch(/^-:1:1: error: The file is not valid UTF-8/)
  })
})
