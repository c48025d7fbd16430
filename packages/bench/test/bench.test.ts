import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { generateInput, measureRow, readCorpus, replaceGeneratedBlock, resultTable, rowById, rows, scalingTable, textParagraphsOf, type RowResult } from '../src/index.js'

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

  it('should start the Markdown input with the front matter of an article', () => {
    expect(generateInput(corpus, 'markdown', 0.05).text.startsWith('---\n')).toBe(true)
  })
})

describe('bench rows', () => {
  it('should give every row a unique id and existing references', () => {
    const ids = rows.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const row of rows) for (const reference of row.compareWith ?? []) expect(rowById(reference)?.group).toBe('reference')
  })

  it('should report a row whose package has not landed as not available yet', async () => {
    const row = rowById('ingest')
    if (!row) throw new Error('no ingest row')
    const result = await measureRow(row, generateInput(corpus, row.input, 0.01), { scratchFile: '' })
    expect(result.status).toBe('unavailable')
    expect(result.reason).toMatch(/^not available yet/)
    expect(resultTable(rows, [result], 0.01)).toContain('| ingest/repair of raw text | mixed')
  })

  it('should measure a row and compare it with its references', async () => {
    const row = rowById('segment-en')
    const reference = rowById('parse-latin-en')
    if (!row || !reference) throw new Error('rows missing')
    const input = generateInput(corpus, 'en', 0.02)
    const results: RowResult[] = [await measureRow(row, input, { scratchFile: '' }), await measureRow(reference, input, { scratchFile: '' })]
    expect(results[0]?.status).toBe('ok')
    expect(results[0]?.mbPerSecond?.median).toBeGreaterThan(0)
    expect(resultTable(rows, results, 0.02)).toMatch(/× parse-latin-en/)
    expect(scalingTable(rows, results, [0.02])).toContain('| 1.00 |')
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
