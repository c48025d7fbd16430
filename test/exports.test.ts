/**
 * Acceptance: `matn build` on the bundled corpus writes every available format, each valid by
 * its own ecosystem's validator (ajv with the shipped JSON Schemas and the CSL-JSON schema,
 * xmllint with the TMX DTD), line-aligned where it must be, and byte-identical across runs.
 */
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { run } from '@matn/cli'
import { countTranslationPairs, readArticle, readCorpus } from '@matn/json'
import { corpusArticles, repoRoot, schemasDir } from './helpers/articles.js'

const hasCsl = existsSync(join(schemasDir, 'csl-data.json'))
const hasTmx = existsSync(join(schemasDir, 'tmx14.dtd')) && spawnSync('xmllint', ['--version']).status === 0
if (!hasCsl) console.warn(`Skipping CSL-JSON validation: ${schemasDir}/csl-data.json not found (set MATN_SCHEMAS)`)
if (!hasTmx) console.warn(`Skipping TMX validation: needs xmllint and ${schemasDir}/tmx14.dtd (set MATN_SCHEMAS)`)

async function build(out: string): Promise<string> {
  let stdout = ''
  let stderr = ''
  const code = await run(['build', join(repoRoot, 'corpus'), '-o', out], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  expect(code, stderr).toBe(0)
  return stdout
}

function files(dir: string): Record<string, Buffer> {
  const result: Record<string, Buffer> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name))
  }
  return result
}

function lines(buffer: Buffer | undefined): string[] {
  const text = buffer?.toString('utf8') ?? ''
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text === '' ? [] : text.slice(0, -1).split('\n')
}

const schema = (name: string): object => JSON.parse(readFileSync(join(repoRoot, 'packages/json/schema', name), 'utf8')) as object

describe('matn build on the bundled corpus', async () => {
  const articles = corpusArticles()
  const out = mkdtempSync(join(tmpdir(), 'matn-accept-'))
  const summary = await build(out)
  const written = files(out)
  const text = (path: string): string => {
    expect(written[path], path).toBeDefined()
    return (written[path] as Buffer).toString('utf8')
  }

  it('should write every available format and say what each carries', () => {
    const rows = summary.trim().split('\n').slice(1, -1).map((line) => line.split(/\s+/))
    expect(rows.map((row) => row[0])).toEqual(['json', 'jsonl', 'txt', 'moses', 'tmx', 'csl', 'tei', 'html'])
    const segments = articles.reduce((sum, article) => sum + article.segments.length, 0)
    const citations = articles.reduce((sum, article) => sum + article.citations.length, 0)
    expect(rows[0]).toEqual(['json', '3', String(articles.length), String(segments), String(citations), String(articles.reduce((sum, a) => sum + a.alignments.length, 0))])
    expect(summary.trim().split('\n').at(-1)).toBe(`wrote ${Object.keys(written).length} files to ${out}`)
  })

  it('should write only well-formed UTF-8 text (font files aside)', () => {
    const textFiles = Object.entries(written).filter(([path]) => !/\.woff2$/.test(path))
    expect(textFiles.length).toBeGreaterThan(20)
    for (const [path, bytes] of textFiles) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), path).not.toThrow()
  })

  it('should write Article and Corpus JSON valid against the shipped schemas that read back to the same articles', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
    ajv.addSchema(schema('article.schema.json'))
    const validateArticle = ajv.getSchema('https://unpkg.com/@matn/json/schema/article.schema.json')
    const validateCorpus = ajv.compile(schema('corpus.schema.json'))
    for (const article of articles) {
      const json = text(`json/${article.id}.json`)
      expect(validateArticle?.(JSON.parse(json)), JSON.stringify(validateArticle?.errors)).toBe(true)
      expect(readArticle(json)).toEqual(article)
    }
    expect(validateCorpus(JSON.parse(text('json/corpus.json'))), JSON.stringify(validateCorpus.errors)).toBe(true)
    expect(readCorpus(text('json/corpus.json')).articles).toEqual(articles)
  })

  it('should write JSONL datasets: pairs in the Hugging Face translation shape, every segment, the glossary', () => {
    const pairs = lines(written['jsonl/pairs.jsonl']).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(pairs).toHaveLength(articles.reduce((sum, article) => sum + countTranslationPairs(article).pairs, 0))
    for (const pair of pairs) {
      expect(Object.keys(pair)).toEqual(['translation', 'article', 'link', 'source', 'score'])
      expect(Object.keys(pair['translation'] as object)).toEqual(['en', 'fa'])
      expect(['curated', 'auto']).toContain(pair['source'])
      expect(typeof pair['score']).toBe('number')
    }
    const segments = lines(written['jsonl/segments.jsonl']).map((line) => JSON.parse(line) as { id: string; article: string; citations: unknown[] })
    expect(segments.map((row) => `${row.article}/${row.id}`)).toEqual(articles.flatMap((article) => article.segments.map((segment) => `${article.id}/${segment.id}`)))
    expect(segments.reduce((sum, row) => sum + row.citations.length, 0)).toBe(articles.reduce((sum, article) => sum + article.citations.length, 0))
    const glossary = lines(written['jsonl/glossary.jsonl']).map((line) => JSON.parse(line) as { translation: { en: string; fa: string } })
    expect(glossary.length).toBeGreaterThan(5)
    expect(glossary).toContainEqual(expect.objectContaining({ translation: { en: 'Coalition', fa: 'ائتلاف' } }))
  })

  it.skipIf(!hasCsl)('should write works cited valid against the CSL-JSON schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(schemasDir, 'csl-data.json'), 'utf8')) as object)
    for (const path of ['csl/works-cited.json', ...articles.map((article) => `csl/${article.id}.json`)]) {
      const items = JSON.parse(text(path)) as Array<{ id: string }>
      expect(validate(items), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
      expect(items.length).toBeGreaterThan(0)
    }
    const all = JSON.parse(text('csl/works-cited.json')) as Array<{ id: string }>
    expect(all.map((item) => item.id)).toContain('walt1987')
  })

  it.skipIf(!hasTmx)('should write TMX valid against the TMX 1.4 DTD', () => {
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(schemasDir, 'tmx14.dtd'), join(out, 'tmx', 'corpus.tmx')], { encoding: 'utf8' })
    // xmllint warns that it cannot load the DOCTYPE's tmx14.dtd next to the file; --dtdvalid supplies it.
    const problems = result.stderr.split('\n').filter((line) => /: (?:validity )?(?:error|warning)/.test(line) && !line.includes('failed to load external entity'))
    expect(problems).toEqual([])
    expect(result.status).toBe(0)
  })

  it('should write plain text and Moses files that stay line-aligned with their id sidecars', () => {
    for (const article of articles) {
      for (const lang of ['fa', 'en'] as const) {
        const segments = article.segments.filter((segment) => segment.lang === lang)
        expect(lines(written[`txt/${article.id}.${lang}.txt`])).toEqual(segments.map((segment) => segment.text))
        expect(lines(written[`txt/${article.id}.${lang}.ids`])).toEqual(segments.map((segment) => segment.id))
      }
    }
    const count = lines(written['moses/corpus.ids']).length
    expect(lines(written['moses/corpus.en'])).toHaveLength(count)
    expect(lines(written['moses/corpus.fa'])).toHaveLength(count)
  })

  it('should write byte-identical output on a second run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'matn-accept-'))
    await build(again)
    const digest = (record: Record<string, Buffer>): Record<string, string> =>
      Object.fromEntries(Object.entries(record).map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]))
    expect(digest(files(again))).toEqual(digest(written))
  })
})
