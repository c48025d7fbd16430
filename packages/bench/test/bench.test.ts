import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '@matn/core'
import {
  buildTable,
  generateInput,
  generatedArticle,
  measureRow,
  parallelSentences,
  readCorpus,
  replaceGeneratedBlock,
  resultTable,
  rowById,
  rows,
  scalingTable,
  speedFigure,
  textParagraphsOf,
  type RowResult
} from '../src/index.js'

const corpus = readCorpus(fileURLToPath(new URL('../../../corpus', import.meta.url)))

describe('bench inputs', () => {
  it('should generate the same input twice, of at least the size asked for', () => {
    const first = generateInput(corpus, 'mixed', 0.2)
    const second = generateInput(corpus, 'mixed', 0.2)
    expect(first.sha256).toBe(second.sha256)
    expect(first.bytes).toBeGreaterThanOrEqual(200_000)
    expect(first.bytes).toBe(Buffer.byteLength(first.text))
  })

  it('should keep each language apart and strip Markdown from the running text', () => {
    const persian = generateInput(corpus, 'fa', 0.05).text
    const english = generateInput(corpus, 'en', 0.05).text
    expect(persian).toMatch(/[\u0600-\u06FF]/)
    expect(english).not.toMatch(/[\u0600-\u06FF]{20}/)
    expect(`${persian}${english}`).not.toMatch(/^#|<div|\[\^/m)
    expect(textParagraphsOf('<div lang="en">\n\n# Title\n\nOne [^1] two.\n</div>\n')).toEqual([
      { lang: 'en', text: 'Title' },
      { lang: 'en', text: 'One  two.' }
    ])
  })

  it('should generate raw input from the corpus source.txt files, in order, the same twice', () => {
    const raw = generateInput(corpus, 'raw', 0.3)
    expect(corpus.raw.length).toBeGreaterThan(0)
    expect(raw.sha256).toBe(generateInput(corpus, 'raw', 0.3).sha256)
    expect(raw.bytes).toBeGreaterThanOrEqual(300_000)
    expect(raw.text.startsWith(corpus.raw[0] as string)).toBe(true)
    expect(raw.text).not.toBe(generateInput(corpus, 'mixed', 0.3).text)
  })

  it('should start the Markdown input with the front matter of an article', () => {
    expect(generateInput(corpus, 'markdown', 0.05).text.startsWith('---\n')).toBe(true)
  })
})

describe('generated articles and sentences', () => {
  it('should generate articles that parse, each with its own id and both languages', () => {
    const ids = new Set<string>()
    for (let index = 0; index < 24; index++) {
      const { id, markdown } = generatedArticle(corpus, index)
      const article = parseArticle(markdown, { path: `${id}.md` })
      expect(article.id).toBe(id)
      ids.add(id)
      expect(new Set(article.segments.map((segment) => segment.lang))).toEqual(new Set(['fa', 'en']))
      expect(Buffer.byteLength(markdown)).toBeGreaterThan(2_000)
      expect(Buffer.byteLength(markdown)).toBeLessThan(40_000)
    }
    expect(ids.size).toBe(24)
    expect(generatedArticle(corpus, 5)).toEqual(generatedArticle(corpus, 5))
    expect(generatedArticle(corpus, 5).markdown).not.toBe(generatedArticle(corpus, 7).markdown)
  })

  it('should give parallel sentences, a Persian one in 20 left out', () => {
    const { en, fa } = parallelSentences(corpus, 60)
    expect(en).toHaveLength(60)
    expect(fa).toHaveLength(57)
    expect(en.every((sentence) => sentence.length > 0) && fa.every((sentence) => /[\u0600-\u06FF]/.test(sentence))).toBe(true)
  })

  it('should print build runs with the speed-up over one job', () => {
    const run = { articles: 1000, bytes: 6e6, cpuSeconds: 20, peakRssMB: 300 }
    const table = buildTable([
      { ...run, jobs: 1, seconds: 20 },
      { ...run, jobs: 2, seconds: 11 }
    ])
    expect(table).toContain('| 1000 | 6.0 | 2 | 11.0 | 91 | 0.55 | 20.0 | 300 | 1.82× |')
  })
})

describe('bench rows', () => {
  it('should give every row a unique id and existing references', () => {
    const ids = rows.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const row of rows) for (const reference of row.compareWith ?? []) expect(rowById(reference)?.group).toBe('reference')
  })

  it('should measure an export row over generated articles, by the size of their Markdown', async () => {
    const row = rowById('export-tmx')
    if (!row) throw new Error('no export-tmx row')
    const result = await measureRow(row, generateInput(corpus, row.input, 0.03), { scratchFile: '', corpus })
    expect(result.status).toBe('ok')
    expect(result.bytes).toBeGreaterThanOrEqual(30_000)
    expect(result.bytes).toBeLessThan(60_000)
    expect(resultTable(rows, [result], 0.03)).toContain('| export TMX (articlesToTmx), generated articles')
  })

  it('should have a real row for ingest, alignment, every export and no row left pending', () => {
    const ids = rows.map((row) => row.id)
    expect(ids).toEqual(expect.arrayContaining(['ingest', 'align-1k', 'align-10k', 'align-100k']))
    expect(ids.filter((id) => id.startsWith('export-'))).toEqual(['json', 'jsonl', 'txt', 'moses', 'tmx', 'csl', 'tei', 'html'].map((format) => `export-${format}`))
    expect(rows.map((row) => row.onlyAt).filter(Boolean)).toEqual([1, 10, 100])
  })
  it('should measure a row and compare it with its references', async () => {
    const row = rowById('segment-en')
    const reference = rowById('parse-latin-en')
    if (!row || !reference) throw new Error('rows missing')
    const input = generateInput(corpus, 'en', 0.02)
    const results: RowResult[] = [await measureRow(row, input, { scratchFile: '', corpus }), await measureRow(reference, input, { scratchFile: '', corpus })]
    expect(results[0]?.status).toBe('ok')
    expect(results[0]?.mbPerSecond?.median).toBeGreaterThan(0)
    expect(resultTable(rows, results, 0.02)).toMatch(/× parse-latin-en/)
    expect(scalingTable(rows, results, [0.02])).toContain('| 1.00 |')
  })
})

describe('figures', () => {
  it('should print speeds with one decimal from 1 up and two significant digits below', () => {
    expect([speedFigure(58.81), speedFigure(1), speedFigure(0.0243), speedFigure(0.5), speedFigure(0), speedFigure(undefined), speedFigure(Number.NaN)]).toEqual(['58.8', '1.0', '0.024', '0.50', '0.0', '–', '–'])
  })
})

describe('performance document', () => {
  it('should replace only the generated block', () => {
    const once = replaceGeneratedBlock('# Performance\n\nHand-written.\n', 'table 1')
    const twice = replaceGeneratedBlock(`${once}\nMore hand-written.\n`, 'table 2')
    expect(twice).toContain('Hand-written.')
    expect(twice).toContain('More hand-written.')
    expect(twice).toContain('table 2')
    expect(twice).not.toContain('table 1')
  })
})
