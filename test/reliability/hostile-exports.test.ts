/**
 * Hostile content through every export: `matn build` of a corpus folder holding
 * test/fixtures/articles/hostile.md (with its curated hostile.alignment.json as
 * `alignment.json`) and the small bilingual fixture, each output checked by its own
 * validator and read back: JSON (ajv, the shipped schemas; readArticle), JSONL, CSL-JSON,
 * TEI (jing + Schematron; teiToArticle), TMX (xmllint with the DTD), txt and Moses (line
 * counts), and the HTML viewer in Chromium (every string shown as text, no payload runs).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizePersian, type Article } from '@matn/core'
import { run } from '@matn/cli'
import { articleToJson, readArticle, readCorpus, toJsonLines, segmentRows } from '@matn/json'
import { articleToTei, teiCorpusToArticles, teiToArticle } from '@matn/tei'
import { articleText, articlesToTmx, mosesCorpus } from '@matn/text'
import type { Browser } from 'playwright-core'
import { loadArticle } from '../../packages/cli/src/lib/load-article.js'
import { chromiumPath, exerciseHostilePage, hasChromium, inspectHostilePage, launchChromium } from '../../packages/html/test/browser.js'
import { jing } from '../../packages/tei/test/helpers/jing.js'
import { SchematronSchema } from '../../packages/tei/test/helpers/schematron.js'
import { schemasDirectory, validationUnavailable } from '../../packages/tei/test/helpers/schemas.js'
import { repoRoot, schemasDir } from '../helpers/articles.js'

const hasCsl = existsSync(join(schemasDir, 'csl-data.json'))
const hasTmx = existsSync(join(schemasDir, 'tmx14.dtd')) && spawnSync('xmllint', ['--version']).status === 0
if (!hasCsl) console.warn(`Skipping CSL-JSON validation of hostile content: ${schemasDir}/csl-data.json not found (set MATN_SCHEMAS)`)
if (!hasTmx) console.warn(`Skipping TMX validation of hostile content: needs xmllint and ${schemasDir}/tmx14.dtd (set MATN_SCHEMAS)`)
if (!hasChromium) console.warn(`Skipping the hostile viewer check: no Chromium at ${chromiumPath} (set MATN_CHROMIUM)`)

/** Every string the payloads of the fixture are made of (the bidi controls are checked apart). */
const hostileStrings = ['<script>', '"><img src=x onerror=', ']]>', '&amp;', ' & ', '{{constructor.constructor(', 'javascript:']
const bidi = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/
/** Every character a line-oriented reader may split a line at (Python's `str.splitlines`). */
const lineBreak = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/

function lines(text: string): string[] {
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text === '' ? [] : text.slice(0, -1).split(lineBreak)
}

function digest(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) result[relative(dir, join(entry.parentPath, entry.name))] = createHash('sha256').update(readFileSync(join(entry.parentPath, entry.name))).digest('hex')
  }
  return result
}

/** The corpus folder: the hostile article with its curated links, and the small fixture. */
function hostileCorpus(): string {
  const corpus = mkdtempSync(join(tmpdir(), 'matn-hostile-corpus-'))
  mkdirSync(join(corpus, 'hostile-content'))
  copyFileSync(join(repoRoot, 'test/fixtures/articles/hostile.md'), join(corpus, 'hostile-content', 'article.md'))
  copyFileSync(join(repoRoot, 'test/fixtures/articles/hostile.alignment.json'), join(corpus, 'hostile-content', 'alignment.json'))
  mkdirSync(join(corpus, 'sample-alliance-1401'))
  copyFileSync(join(repoRoot, 'test/fixtures/articles/bilingual-small.md'), join(corpus, 'sample-alliance-1401', 'article.md'))
  return corpus
}

const schema = (name: string): object => JSON.parse(readFileSync(join(repoRoot, 'packages/json/schema', name), 'utf8')) as object

/** XML text content of a TMX `seg` (xmllint has checked the file is well-formed). */
function xmlText(escaped: string): string {
  return escaped
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string)
}

describe('hostile content through every export of matn build', async () => {
  const corpus = hostileCorpus()
  const sourcesBefore = digest(corpus)
  const out = mkdtempSync(join(tmpdir(), 'matn-hostile-out-'))
  let stderr = ''
  const code = await run(['build', corpus, '-o', out], { stdout: () => undefined, stderr: (text) => (stderr += text) })
  const articles: Article[] = []
  for (const id of ['hostile-content', 'sample-alliance-1401']) articles.push((await loadArticle(join(corpus, id, 'article.md'))).article)
  const hostile = articles[0] as Article
  const file = (path: string): string => readFileSync(join(out, path), 'utf8')

  it('should build without error and leave the sources untouched', () => {
    expect(code, stderr).toBe(0)
    expect(digest(corpus)).toEqual(sourcesBefore)
    // The fixture really is hostile, in every kind of segment and with curated links.
    for (const kind of ['title', 'keyword', 'heading', 'sentence', 'cell', 'footnote']) {
      const texts = hostile.segments.filter((segment) => segment.kind === kind).map((segment) => segment.text).join('\n')
      for (const value of hostileStrings) expect(texts, `${kind}: ${value}`).toContain(value)
      expect(texts).toMatch(bidi)
    }
    expect(hostile.alignments.filter((alignment) => alignment.source === 'curated').length).toBeGreaterThan(5)
  })

  it('should write JSON valid against the shipped schemas that reads back to the same articles', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
    ajv.addSchema(schema('article.schema.json'))
    const validateArticle = ajv.getSchema('https://unpkg.com/@matn/json/schema/article.schema.json')
    const validateCorpus = ajv.compile(schema('corpus.schema.json'))
    for (const article of articles) {
      const json = file(`json/${article.id}.json`)
      expect(validateArticle?.(JSON.parse(json)), JSON.stringify(validateArticle?.errors)).toBe(true)
      expect(readArticle(json)).toEqual(article)
    }
    expect(validateCorpus(JSON.parse(file('json/corpus.json'))), JSON.stringify(validateCorpus.errors)).toBe(true)
    expect(readCorpus(file('json/corpus.json')).articles).toEqual(articles)
  })

  it('should write JSONL with one parsable record a line', () => {
    const rows = lines(file('jsonl/segments.jsonl')).map((line) => JSON.parse(line) as { id: string; text: string })
    expect(rows.map((row) => row.id)).toEqual(articles.flatMap((article) => article.segments.map((segment) => segment.id)))
    expect(rows.map((row) => row.text)).toEqual(articles.flatMap((article) => article.segments.map((segment) => segment.text)))
    for (const path of ['jsonl/pairs.jsonl', 'jsonl/glossary.jsonl']) for (const line of lines(file(path))) expect(() => JSON.parse(line), line).not.toThrow()
  })

  it.skipIf(!hasCsl)('should write works cited valid against the CSL-JSON schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(schemasDir, 'csl-data.json'), 'utf8')) as object)
    for (const path of ['csl/works-cited.json', 'csl/hostile-content.json']) {
      const items = JSON.parse(file(path)) as unknown[]
      expect(validate(items), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true)
      expect(items.length).toBeGreaterThan(0)
    }
  })

  it.skipIf(validationUnavailable)('should write TEI that jing and Schematron validate and that reads back to the same articles', () => {
    const documents = { 'tei/hostile-content.xml': file('tei/hostile-content.xml'), 'tei/corpus.xml': file('tei/corpus.xml') }
    const errors = jing(join(schemasDirectory as string, 'tei_all.rng'), documents)
    expect(Object.entries(errors).filter(([, list]) => list.length > 0)).toEqual([])
    const schematron = new SchematronSchema(readFileSync(join(schemasDirectory as string, 'tei_all.sch'), 'utf8'))
    for (const [name, xml] of Object.entries(documents)) expect(schematron.validate(xml).map((failure) => `${name}: ${failure.message}`)).toEqual([])
    expect(documents['tei/hostile-content.xml']).not.toMatch(/<(script|img|svg|iframe|style)\b/)
    expect(teiToArticle(documents['tei/hostile-content.xml'])).toEqual(hostile)
    expect(teiCorpusToArticles(documents['tei/corpus.xml'])).toEqual(articles)
  })

  it('should put every citation of the hostile article around its text in TEI', () => {
    const xml = file('tei/hostile-content.xml')
    for (const citation of hostile.citations) {
      const ref = new RegExp(`<ref xml:id="${citation.id}"[^>]*>(.*?)</ref>`).exec(xml)
      expect(ref?.[1]?.replace(/<[^>]*>/g, '').length ?? 0, citation.id).toBeGreaterThan(0)
    }
  })

  it.skipIf(!hasTmx)('should write TMX that xmllint validates against the DTD, holding every linked text', () => {
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(schemasDir, 'tmx14.dtd'), join(out, 'tmx', 'corpus.tmx')], { encoding: 'utf8' })
    const problems = result.stderr.split('\n').filter((line) => /: (?:validity )?(?:error|warning)/.test(line) && !line.includes('failed to load external entity'))
    expect(problems).toEqual([])
    expect(result.status).toBe(0)
    const tmx = file('tmx/corpus.tmx')
    expect(tmx).not.toMatch(/<(script|img)\b/)
    const segs = new Set([...tmx.matchAll(/<seg>([^<]*)<\/seg>/g)].map((match) => xmlText(match[1] as string)))
    const moses = mosesCorpus(articles)
    for (const text of [...lines(moses.en), ...lines(moses.fa)]) if (text !== '') expect(segs.has(text), text).toBe(true)
    expect([...segs].some((text) => text.includes('<script>window.matnPwned=1</script>'))).toBe(true)
  })

  it('should write txt and Moses files whose lines stay aligned with their id sidecars', () => {
    for (const article of articles) {
      for (const lang of ['fa', 'en'] as const) {
        const segments = article.segments.filter((segment) => segment.lang === lang)
        expect(lines(file(`txt/${article.id}.${lang}.txt`))).toEqual(segments.map((segment) => segment.text))
        expect(lines(file(`txt/${article.id}.${lang}.ids`))).toEqual(segments.map((segment) => segment.id))
      }
    }
    const ids = lines(file('moses/corpus.ids'))
    expect(ids.length).toBeGreaterThan(10)
    expect(lines(file('moses/corpus.en'))).toHaveLength(ids.length)
    expect(lines(file('moses/corpus.fa'))).toHaveLength(ids.length)
  })

  it('should keep one line per segment and per link when texts hold every kind of line break', () => {
    // No parsed segment holds a line break; an article edited or read from elsewhere may.
    const breaks = ['\n', '\r\n', '\r', '\v', '\f', '\u001c', '\u0085', '\u2028', '\u2029']
    const broken = structuredClone(hostile)
    // Body segments only: titles and keywords must equal the metadata they come from.
    broken.segments.forEach((segment, index) => {
      if (segment.kind === 'title' || segment.kind === 'keyword') return
      segment.text = `${breaks[index % breaks.length]}${segment.text}${breaks[(index + 3) % breaks.length]}x`
      segment.norm = normalizePersian(segment.text)
    })
    const textOf = new Map(broken.segments.map((segment) => [segment.id, segment.text]))
    for (const footnote of broken.footnotes) footnote.text = footnote.segments.map((id) => textOf.get(id)).join(' ')
    for (const lang of ['fa', 'en'] as const) {
      const { text, ids, lines: count } = articleText(broken, lang)
      expect(lines(text)).toHaveLength(count)
      expect(lines(ids)).toHaveLength(count)
    }
    const moses = mosesCorpus([broken])
    expect(lines(moses.en)).toHaveLength(moses.lines)
    expect(lines(moses.fa)).toHaveLength(moses.lines)
    expect(lines(moses.ids)).toHaveLength(moses.lines)
    expect(lines(toJsonLines(segmentRows(broken)))).toHaveLength(broken.segments.length)
    expect(readArticle(articleToJson(broken))).toEqual(broken)
    expect(teiToArticle(articleToTei(broken))).toEqual(broken)
    const tmx = articlesToTmx([broken])
    expect(tmx).toContain('&#13;')
  })

  describe.skipIf(!hasChromium)('the HTML viewer in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchChromium()
    }, 60_000)

    afterAll(async () => {
      await browser?.close()
    })

    it('should show every hostile string as text and run none of it', async () => {
      const context = await browser.newContext({ reducedMotion: 'reduce' })
      const dialogs: string[] = []
      for (const name of ['hostile-content', 'index']) {
        const page = await context.newPage()
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message())
          void dialog.dismiss()
        })
        await page.goto(pathToFileURL(join(out, 'html', `${name}.html`)).href)
        const { segments, ...facts } = await inspectHostilePage(page)
        expect(facts, name).toEqual({ pwned: undefined, injected: 0, scripts: name === 'index' ? facts.scripts : 2, unsafe: [] })
        if (name === 'hostile-content') {
          for (const segment of hostile.segments) expect(segments[segment.id], segment.id).toBe(segment.text)
          await exerciseHostilePage(page, ['en-title', 'en-p1-s1', 'en-p2-s1', 'fa-p1-s3', 'fa-t1-r2-c1'])
        } else {
          expect(await page.locator('body').textContent()).toContain(hostile.meta.title.en)
        }
        expect((await inspectHostilePage(page)).pwned, name).toBeUndefined()
        await page.close()
      }
      expect(dialogs).toEqual([])
      await context.close()
    }, 120_000)
  })
})
