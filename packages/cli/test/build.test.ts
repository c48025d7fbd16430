import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import type { Article } from '@matn/core'
import { describe, expect, it } from 'vitest'
import { cli, smallFixture as fixture, smallCorpus, snapshot, tempDir } from './helpers/build-corpus.js'
import { directoryFormat, formats, writeFormat } from '../src/lib/build/formats.js'
import { OutputDir } from '../src/lib/build/output-dir.js'
import { alignedFixture } from '../../../test/helpers/articles.js'

const temp = (prefix: string): string => tempDir(`build-${prefix}`)

describe('matn build', () => {
  it('should write every available format and print a summary table', async () => {
    const out = join(temp('out'), 'nested', 'out')
    const { code, stdout, stderr } = await cli(['build', smallCorpus(), '-o', out])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^format\s+files\s+articles\s+segments\s+citations\s+links$/)
    expect(lines.slice(1, -1).map((line) => line.split(/\s+/)[0])).toEqual(formats.map((format) => format.name))
    // The fixture has 25 segments and 8 citations (reviewed in test/fixtures/articles/bilingual-small.md).
    expect(lines[1]).toMatch(/^json\s+3\s+2\s+50\s+16\s+[1-9]\d*$/)
    const written = Object.keys(snapshot(out)).sort()
    expect(lines.at(-1)).toBe(`wrote ${written.length} files to ${out}`)
    expect(written.filter((path) => path.startsWith('html/'))).toEqual(
      expect.arrayContaining(['html/index.html', 'html/alpha-1401.html', 'html/beta-1401.html', 'html/assets/matn.css', 'html/assets/matn.js'])
    )
    expect(written.filter((path) => !path.startsWith('html/'))).toEqual([
      'csl/alpha-1401.json',
      'csl/beta-1401.json',
      'csl/works-cited.json',
      'json/alpha-1401.json',
      'json/beta-1401.json',
      'json/corpus.json',
      'jsonl/glossary.jsonl',
      'jsonl/pairs.jsonl',
      'jsonl/segments.jsonl',
      'moses/corpus.en',
      'moses/corpus.fa',
      'moses/corpus.ids',
      'tei/alpha-1401.xml',
      'tei/beta-1401.xml',
      'tei/corpus.xml',
      'tmx/corpus.tmx',
      'txt/alpha-1401.en.ids',
      'txt/alpha-1401.en.txt',
      'txt/alpha-1401.fa.ids',
      'txt/alpha-1401.fa.txt',
      'txt/beta-1401.en.ids',
      'txt/beta-1401.en.txt',
      'txt/beta-1401.fa.ids',
      'txt/beta-1401.fa.txt'
    ])
  })

  it('should write byte-identical output across runs and output folders', async () => {
    const corpus = smallCorpus()
    const first = temp('first')
    const second = temp('second')
    expect((await cli(['build', corpus, '-o', first])).code).toBe(0)
    expect((await cli(['build', corpus, '-o', second])).code).toBe(0)
    const before = snapshot(first)
    expect(snapshot(second)).toEqual(before)
    expect((await cli(['build', corpus, '-o', first])).code).toBe(0)
    expect(snapshot(first)).toEqual(before)
  })

  it('should write byte-identical output for aligned articles, through every format of the registry', async () => {
    const outputs = [temp('registry-a'), temp('registry-b')]
    for (const path of outputs) {
      const out = await OutputDir.open(path, [])
      for (const format of formats) await writeFormat(format, [alignedFixture()], out)
    }
    const [first, second] = outputs.map(snapshot)
    expect(second).toEqual(first)
    expect(readFileSync(join(outputs[0] as string, 'moses', 'corpus.en'), 'utf8').split('\n')).toHaveLength(4)
  })

  it('should write only the formats asked for', async () => {
    const out = temp('some')
    const { code } = await cli(['build', smallCorpus(), '-o', out, '--format', 'tmx, moses'])
    expect(code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['moses', 'tmx'])
  })

  it('should refuse an unknown format before writing anything, naming the available ones', async () => {
    const out = temp('missing')
    const unknown = await cli(['build', smallCorpus(), '-o', out, '--format', 'json,pdf'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown format `pdf` \(available: json, jsonl, txt, moses, tmx, csl, tei, html\)/)
    expect(readdirSync(out)).toEqual([])
  })

  it('should need -o and a folder with articles', async () => {
    expect((await cli(['build', smallCorpus()])).code).toBe(2)
    const empty = temp('empty')
    const result = await cli(['build', empty, '-o', temp('x')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${empty}:1:1: error: no article found`)
  })

  it('should draw a progress bar on a terminal and nothing otherwise', async () => {
    const corpus = smallCorpus()
    const tty = await cli(['build', corpus, '-o', temp('tty')], true)
    expect(tty.stderr).toMatch(/\r\u001B\[2K\[#*-*\] \d+\/2 building \S+alpha-1401\/article\.md/)
    const quiet = await cli(['build', corpus, '-o', temp('quiet')], false)
    expect(quiet.stderr).toBe('')
    const table = (stdout: string): string => stdout.replace(/to \S+\n$/, '')
    expect(table(tty.stdout)).toBe(table(quiet.stdout))
  })

  it('should print warnings, and with --strict stop before writing anything', async () => {
    const corpus = smallCorpus(['alpha-1401'])
    writeFileSync(join(corpus, 'alpha-1401', 'article.md'), fixture.replace('id: sample-alliance-1401', 'id: alpha-1401').replace('<div lang="en">', '<div lang="de">'))
    const out = join(temp('strict'), 'out')
    const strict = await cli(['build', corpus, '-o', out, '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/article\.md:\d+:\d+: warning: Unknown language `de`/)
    expect(existsSync(out)).toBe(false)
    expect((await cli(['build', corpus, '-o', out])).code).toBe(0)
  })

  it('should refuse two articles with the same id', async () => {
    const corpus = smallCorpus(['alpha-1401'])
    mkdirSync(join(corpus, 'copy'))
    writeFileSync(join(corpus, 'copy', 'article.md'), fixture.replace('id: sample-alliance-1401', 'id: alpha-1401'))
    const result = await cli(['build', corpus, '-o', temp('dup')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/copy\/article\.md:1:1: error: article id `alpha-1401` is already used by/)
  })
})

describe('matn build never writes outside OUT or over a source file', () => {
  it('should refuse relative paths that climb out, absolute paths and odd names', async () => {
    const root = temp('guard')
    const out = await OutputDir.open(join(root, 'out'), [])
    for (const path of ['../escape.txt', 'a/../../escape.txt', '/tmp/escape.txt', 'a//b', './a', 'a\\..\\..\\x', 'C:/x', 'a\0b']) {
      expect(() => out.writeSync(path, 'x'), path).toThrow(/refusing to write/)
    }
    expect(readdirSync(root)).toEqual(['out'])
    out.writeSync('a/b/ok.txt', 'ok')
    expect(readFileSync(join(root, 'out', 'a', 'b', 'ok.txt'), 'utf8')).toBe('ok')
  })

  it('should never write outside OUT, whatever the path', async () => {
    const root = temp('prop')
    const outPath = join(root, 'out')
    const out = await OutputDir.open(outPath, [])
    const piece = fc.constantFrom('..', '.', '', 'a', 'b.txt', '/', '\\', 'C:', '~', '%2e%2e', '\0', ' ', '…')
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const path = pieces.join('')
        try {
          out.writeSync(path, 'x')
        } catch (error) {
          expect((error as Error).message).toMatch(/refusing to write|cannot write/)
        }
        expect(readdirSync(root)).toEqual(['out'])
      }),
      { seed: 1404, numRuns: 300 }
    )
    for (const path of out.files) expect(existsSync(join(outPath, path)), path).toBe(true)
  })

  it('should check every file in a folder it has already checked, and in a copy for a worker thread', async () => {
    const root = temp('checked')
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const source = join(root, 'corpus', 'alpha')
    mkdirSync(source, { recursive: true })
    writeFileSync(join(source, 'article.md'), 'source')
    const out = await OutputDir.open(join(root, 'out'), [source])
    for (const dir of [out, OutputDir.fromPlain(out.toPlain())]) {
      dir.writeSync('json/a.json', 'a')
      symlinkSync(join(outside, 'b.json'), join(root, 'out', 'json', 'b.json'))
      expect(() => dir.writeSync('json/b.json', 'b')).toThrow(/refusing to write: it is a symbolic link/)
      linkSync(join(source, 'article.md'), join(root, 'out', 'json', 'c.json'))
      expect(() => dir.writeSync('json/c.json', 'c')).toThrow(/refusing to write: it is the source file .*article\.md/)
      for (const name of ['b.json', 'c.json']) rmSync(join(root, 'out', 'json', name))
    }
    expect(readdirSync(outside)).toEqual([])
    expect(readFileSync(join(source, 'article.md'), 'utf8')).toBe('source')
    expect(out.files).toEqual(['json/a.json'])
  })

  it('should refuse an article id with ../ in a format writer', async () => {
    const root = temp('evil')
    const out = await OutputDir.open(join(root, 'out'), [])
    const evil: Article = { ...alignedFixture(), id: '../../evil' }
    const json = formats.find((format) => format.name === 'json')
    await expect(writeFormat(json as (typeof formats)[number], [evil], out)).rejects.toThrow(/refusing to write: it leaves the output directory/)
    expect(existsSync(join(root, 'evil.json'))).toBe(false)
    expect(readdirSync(root)).toEqual(['out'])
  })

  it('should refuse symbolic links inside OUT that point out, for folders and files', async () => {
    const root = temp('links')
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const outPath = join(root, 'out')
    mkdirSync(outPath)
    symlinkSync(outside, join(outPath, 'json'))
    mkdirSync(join(outPath, 'tmx'))
    symlinkSync(join(outside, 'stolen.tmx'), join(outPath, 'tmx', 'corpus.tmx'))
    const json = await cli(['build', smallCorpus(), '-o', outPath, '--format', 'json'])
    expect(json.code).toBe(1)
    expect(json.stderr).toMatch(/refusing to write: `json` is a symbolic link that leads outside the output directory/)
    const tmx = await cli(['build', smallCorpus(), '-o', outPath, '--format', 'tmx'])
    expect(tmx.code).toBe(1)
    expect(tmx.stderr).toMatch(/tmx\/corpus\.tmx:1:1: error: refusing to write: it is a symbolic link/)
    expect(readdirSync(outside)).toEqual([])
  })

  it('should refuse to build into an article folder', async () => {
    const corpus = smallCorpus()
    const before = snapshot(corpus)
    const result = await cli(['build', corpus, '-o', join(corpus, 'alpha-1401')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/error: refusing to build into the source folder/)
    expect(snapshot(corpus)).toEqual(before)
  })

  it('should refuse to write into an article folder reached from OUT', async () => {
    // OUT is the corpus folder itself and an article lives in a folder named like a format's.
    const corpus = smallCorpus(['alpha-1401', 'csl'])
    const before = snapshot(corpus)
    const result = await cli(['build', corpus, '-o', corpus, '--format', 'csl'])
    expect(result.code).toBe(1)
    // The first file the build tries there (an article's own file, or the corpus list) is refused.
    expect(result.stderr).toMatch(/csl\/[a-z0-9-]+\.json:1:1: error: refusing to write: .*source folder/)
    expect(snapshot(corpus)).toEqual(before)
  })

  it('should refuse to overwrite a source file through a hard link', async () => {
    const corpus = smallCorpus(['alpha-1401'])
    const out = temp('hard')
    mkdirSync(join(out, 'json'))
    linkSync(join(corpus, 'alpha-1401', 'article.md'), join(out, 'json', 'corpus.json'))
    const before = snapshot(corpus)
    const result = await cli(['build', corpus, '-o', out, '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/json\/corpus\.json:1:1: error: refusing to write: it is the source file .*article\.md/)
    expect(snapshot(corpus)).toEqual(before)
  })
})

describe('directoryFormat (formats whose writer writes its own files)', () => {
  it('should hand the writer a checked folder and record the paths it wrote', async () => {
    const root = temp('dirfmt')
    const out = await OutputDir.open(join(root, 'out'), [])
    const format = directoryFormat('demo', 'demo', 'demo', async (articles, dir) => {
      const path = join(dir, 'index.html')
      writeFileSync(path, String(articles.length))
      return [path]
    })
    const { counts } = await writeFormat(format, [alignedFixture()], out)
    expect(counts).toMatchObject({ files: 1, articles: 1 })
    expect(out.files).toEqual(['demo/index.html'])
  })

  it('should refuse a folder holding a symbolic link that leads out, before the writer runs', async () => {
    const root = temp('dirlink')
    mkdirSync(join(root, 'out', 'demo'), { recursive: true })
    mkdirSync(join(root, 'elsewhere'))
    symlinkSync(join(root, 'elsewhere'), join(root, 'out', 'demo', 'assets'))
    const out = await OutputDir.open(join(root, 'out'), [])
    let ran = false
    const format = directoryFormat('demo', 'demo', 'demo', async () => {
      ran = true
      return []
    })
    await expect(writeFormat(format, [alignedFixture()], out)).rejects.toThrow(/demo\/assets:1:1: error: refusing to write: it is a symbolic link that leads outside/)
    expect(ran).toBe(false)
  })

  it('should refuse paths a writer reports outside the output folder', async () => {
    const root = temp('dirout')
    const out = await OutputDir.open(join(root, 'out'), [])
    const stray = join(root, 'stray.html')
    const format = directoryFormat('demo', 'demo', 'demo', async () => {
      writeFileSync(stray, 'x')
      return [stray]
    })
    await expect(writeFormat(format, [alignedFixture()], out)).rejects.toThrow(/a writer put it outside the output directory/)
  })
})
