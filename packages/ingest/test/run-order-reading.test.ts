import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRunOrderStep, loadPersianLexicon, repairLines, restoreRunOrder } from '../src/index.js'
import { keepsReadingOrderPairs, readingOrderPairs } from '../src/lib/repair/run-order.js'

// Persian lines written for this test in reading order (logical order), as some PDF extractors
// give them: quotations, author–year citations with text after them, commas and full stops.
const readingLines = readFileSync(new URL('./fixtures/reading-order-lines.txt', import.meta.url), 'utf8').trimEnd().split('\n')

/** Re-wrap the lines' text at `width` characters (a line of reading-order text as another page would print it). */
function rewrap(lines: readonly string[], width: number): string[] {
  const wrapped: string[] = []
  let current = ''
  for (const word of lines.join(' ').split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      wrapped.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  if (current !== '') wrapped.push(current)
  return wrapped
}

/**
 * The line as a visual-order extractor prints it: cut into runs of `size` words, the runs
 * written last first with wide gaps, a sentence mark that ends a run drawn at its left end.
 */
function printedVisually(line: string, size: number): string {
  const words = line.split(' ')
  const runs: string[] = []
  for (let first = 0; first < words.length; first += size) {
    const run = words.slice(first, first + size).join(' ')
    const mark = /[.،؟]$/.exec(run)?.[0]
    runs.push(mark === undefined ? run : mark + run.slice(0, -1))
  }
  return runs.reverse().join('   ')
}

describe('run order: a document in reading order', () => {
  it('should leave every line exactly as printed, with the document counts alone and with the lexicon', () => {
    for (const options of [undefined, { lexicon: loadPersianLexicon() }]) {
      const results = restoreRunOrder(readingLines, options)
      expect(results.map((result) => result.text)).toEqual(readingLines)
      expect(results.flatMap((result) => result.changes)).toEqual([])
    }
  })

  it('should leave reading-order text unchanged however it is wrapped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 35, max: 110 }), fc.integer({ min: 0, max: readingLines.length - 4 }), (width, from) => {
        const lines = rewrap(readingLines.slice(from), width)
        return restoreRunOrder(lines).every((result, index) => result.text === lines[index])
      }),
      { seed: 6, numRuns: 25 }
    )
  })

  it('should still restore the same lines printed in visual order', () => {
    // Lines with brackets are left out: their glyphs would also be mirrored (another step's repair).
    const plain = readingLines.filter((line) => !/[()«»]/.test(line))
    const visual = plain.map((line) => printedVisually(line, 3))
    const document = [...readingLines, ...visual]
    const results = restoreRunOrder(document).slice(readingLines.length)
    expect(results.map((result) => result.text)).toEqual(plain)
  })
})

describe('run order: bracket pairs printed in reading order', () => {
  it('should find pairs whose opening mark is glued to the text after it and whose closing mark is glued to the text before it', () => {
    expect(readingOrderPairs('دو واژۀ «ائتلاف» و «اتحاد» از این (Lister, 2019: 1). و (1379) و [الف]')).toEqual(['(Lister, 2019: 1)', '(1379)', '[الف]', '«ائتلاف»', '«اتحاد»'])
  })

  it('should not take mirrored pairs or marks standing apart for reading-order pairs', () => {
    expect(readingOrderPairs('نظری )سازگاری نظریه با مورد( به »اتحاد« و ( 1387 ) و « روابط »')).toEqual([])
  })
})

describe('run order: a reordering that breaks a reading-order pair', () => {
  it('should accept a reordering that keeps each pair whole with what it encloses', () => {
    expect(keepsReadingOrderPairs('الف «ب ج» د (Walt, 1987: 5). هـ', 'هـ د (Walt, 1987: 5). الف «ب ج»')).toBe(true)
  })

  it('should refuse a reordering that cuts a pair or turns its marks round', () => {
    expect(keepsReadingOrderPairs('الف «ب ج» د', 'ج» د الف «ب')).toBe(false)
    expect(keepsReadingOrderPairs('الف «ب» و «ج» د', 'د »ج« و «ب» الف')).toBe(false)
  })
})

describe('repair pipeline: a document in reading order', () => {
  it('should tell the later steps that the document is in reading order, and a visual-order one that it is not', () => {
    expect(createRunOrderStep(readingLines).readingOrder).toBe(true)
    const visual = readingLines.filter((line) => !/[()«»]/.test(line)).map((line) => printedVisually(line, 3))
    expect(createRunOrderStep(visual).readingOrder).toBe(false)
  })

  it('should leave a line that closes one quotation and opens another as printed, with every other line', () => {
    // The quotation began on the line before and the next one goes on to the line after: the
    // marks only balance swapped, but they face the way the text reads.
    const lines = [...readingLines, 'همان‌گونه که گفتیم «دیپلماسی آب در منطقه', 'و سیاست همسایگی» دو روی یک سکه‌اند و «همکاری', 'منطقه‌ای» را ممکن می‌کنند.']
    const report = repairLines(lines)
    expect(report.lines).toEqual(lines)
    expect(report.changes).toEqual([])
  })
})
