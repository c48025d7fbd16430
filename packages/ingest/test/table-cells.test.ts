import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { classifyLines } from '../src/lib/structure/lines.js'
import { markedShortLines, readTableCells, spanningLines } from '../src/lib/structure/table-cells.js'
import { spaceCaptionNumber } from '../src/lib/structure/regions.js'

const seed = 20261122

/** Table lines as an extraction gives them (raw = repaired here). */
function tableLines(raw: readonly string[]) {
  return classifyLines(raw, raw)
}

// A two-column Persian table: a narrow right column (about 30 characters a line) and a wide
// left one (about 70), each cell's last line marked with a space in front.
const narrowFull = 'درنظرگرفتن اتحاد به‌عنوان توافقی'
const wideFull = 'بر اساس این مفروض، ایران به‌عنوان بازیگری امنیت‌جو که از این کشور درک'
const table = [
  narrowFull,
  ' رسمی یا غیررسمی',
  wideFull,
  wideFull,
  ' تهدید دارد.',
  narrowFull,
  narrowFull,
  ' امنیت‌جو',
  wideFull,
  ' اقتصادی هیچ نقشی ندارند.'
]

describe('readTableCells', () => {
  it('should end a cell at a line the extraction marks as short, in columns of different widths', () => {
    const { rows, captionTail } = readTableCells(tableLines(table))
    expect(captionTail).toBe('')
    expect(rows).toEqual([
      [`${narrowFull} رسمی یا غیررسمی`, `${wideFull} ${wideFull} تهدید دارد.`],
      [`${narrowFull} ${narrowFull} امنیت‌جو`, `${wideFull} اقتصادی هیچ نقشی ندارند.`]
    ])
  })

  it('should end a cell at an unmarked line under half its column width (a Latin line)', () => {
    const withLatin = [...table.slice(0, 4), '(Walt, 1997: 160.)', ...table.slice(5)]
    const { rows } = readTableCells(tableLines(withLatin))
    expect(rows[0]).toEqual([`${narrowFull} رسمی یا غیررسمی`, `${wideFull} ${wideFull} (Walt, 1997: 160.)`])
    expect(rows[1]?.[0]).toBe(`${narrowFull} ${narrowFull} امنیت‌جو`)
  })

  it('should give a one-line first cell of an odd count back to the caption', () => {
    const { rows, captionTail } = readTableCells(tableLines([' مفروض‌های موازنۀ تهدید والت ', ...table]))
    expect(captionTail).toBe('مفروض‌های موازنۀ تهدید والت')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.[0]).toBe(`${narrowFull} رسمی یا غیررسمی`)
  })

  it('should end a cell at a line wider than any column, which holds a one-line cell beside its neighbour\'s first line, and report it', () => {
    const sideBySide = `${wideFull} ${narrowFull}`
    const lines = [...table.slice(0, 5), sideBySide, ' پایان سطر دوم.']
    const { rows, sideBySide: reported } = readTableCells(tableLines(lines))
    expect(rows).toEqual([
      [`${narrowFull} رسمی یا غیررسمی`, `${wideFull} ${wideFull} تهدید دارد.`],
      [sideBySide, 'پایان سطر دوم.']
    ])
    expect(reported).toEqual([6])
    expect(spanningLines(tableLines(table))).toEqual([])
  })

  it('should read the top lines in the heading font as the header row, one line of several heads left whole and reported', () => {
    // The heading font maps yeh to the Arabic letter (ي), the cells' font to the Persian one.
    const lines = [' نظریۀ موازنۀ تهديد نظریۀ سياست دنباله‌روی', ...table]
    const { header, rows, captionTail, sideBySide } = readTableCells(tableLines(lines), 2, { headerFont: 'arabic' })
    expect(header).toEqual(['نظریۀ موازنۀ تهديد نظریۀ سياست دنباله‌روی', ''])
    expect(sideBySide).toEqual([1])
    expect(captionTail).toBe('')
    expect(rows).toHaveLength(2)
    const heads = readTableCells(tableLines([' نظریۀ موازنۀ تهديد', ' نظریۀ سياست', ...table]), 2, { headerFont: 'arabic' })
    expect(heads.header).toEqual(['نظریۀ موازنۀ تهديد', 'نظریۀ سياست'])
    expect(heads.sideBySide).toEqual([])
    // Without the heading font, the same line is a cell.
    expect(readTableCells(tableLines(lines)).header).toBeUndefined()
  })

  it('should cut by length when no line is marked', () => {
    const unmarked = [wideFull, 'کوتاه', wideFull, wideFull, 'پایان جمله.']
    expect(readTableCells(tableLines(unmarked)).rows).toEqual([[`${wideFull} کوتاه`, `${wideFull} ${wideFull} پایان جمله.`]])
  })

  it('should not take every line indented alike for marks', () => {
    expect(markedShortLines(tableLines(table.map((line) => ` ${line.trimStart()}`)))).toBe(false)
    expect(markedShortLines(tableLines(table))).toBe(true)
  })

  it('should keep every line of the table, in order, in its cells or the caption tail', () => {
    const line = fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 12 })).map(([marked, words]) => `${marked ? ' ' : ''}${Array.from({ length: words }, (_, index) => (index % 2 === 0 ? 'سیاست' : 'روسیه')).join(' ')}`)
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (lines, columns) => {
        const { rows, captionTail } = readTableCells(tableLines(lines), columns)
        const cells = rows.flat().filter((cell) => cell !== '')
        expect([captionTail, ...cells].filter((text) => text !== '').join(' ')).toBe(lines.map((text) => text.trim()).join(' '))
        expect(rows.every((row) => row.length === columns)).toBe(true)
      }),
      { seed, numRuns: 300 }
    )
  })
})

describe('readTableCells with a heading font', () => {
  it('should keep every line of the table, in order, in its header row or its cells', () => {
    const word = fc.constantFrom('سیاست', 'روسیه', 'سياست', 'روسيه')
    const line = fc.tuple(fc.boolean(), fc.array(word, { minLength: 1, maxLength: 12 })).map(([marked, words]) => `${marked ? ' ' : ''}${words.join(' ')}`)
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3 }), (lines, columns) => {
        const { header, rows, captionTail } = readTableCells(tableLines(lines), columns, { headerFont: 'arabic' })
        expect(captionTail).toBe('')
        const cells = [...(header ?? []), ...rows.flat()].filter((cell) => cell !== '')
        expect(cells.join(' ')).toBe(lines.map((text) => text.trim()).join(' '))
        expect(rows.every((row) => row.length === columns) && (header === undefined || header.length === columns)).toBe(true)
      }),
      { seed, numRuns: 300 }
    )
  })
})

describe('spaceCaptionNumber', () => {
  it('should put a space between a caption word and the number glued to it', () => {
    expect(spaceCaptionNumber('جدول2: عوامل مؤثر بر همکاری')).toBe('جدول 2: عوامل مؤثر بر همکاری')
    expect(spaceCaptionNumber('نمودار۱۲. روند صادرات')).toBe('نمودار ۱۲. روند صادرات')
    expect(spaceCaptionNumber('Figure3. Exports by year')).toBe('Figure 3. Exports by year')
  })

  it('should leave a spaced caption and a number later in the caption alone', () => {
    expect(spaceCaptionNumber('جدول 2: عوامل مؤثر')).toBe('جدول 2: عوامل مؤثر')
    expect(spaceCaptionNumber('شکل 4: داده‌های جدول3 در یک نگاه')).toBe('شکل 4: داده‌های جدول3 در یک نگاه')
    expect(spaceCaptionNumber('جدولی برای مقایسه')).toBe('جدولی برای مقایسه')
  })
})

describe('ingest: a table whose caption and header are set in the heading font', () => {
  it('should take the caption\'s wrapped line into the caption and the next line in its font as the header row', () => {
    const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')
    const caption = 'جدول 4: بررسی مقایسۀ تحليلی سياست همراهی ایران با روسيه از دو دیدگاه نظري موازنۀ تهدید و'
    const lines = [caption, '', ' سياست دنباله‌روي', '', ' نظریۀ موازنۀ تهديد نظریۀ سياست دنباله‌روي', '', ...table.flatMap((line) => [line, '']), 'Source: Author', '']
    const { markdown, report } = ingest(fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${lines.join('\n')}`), { id: 'small' })
    expect(markdown).toContain('جدول 4: بررسی مقایسۀ تحلیلی سیاست همراهی ایران با روسیه از دو دیدگاه نظری موازنۀ تهدید و سیاست دنباله‌روی\n')
    expect(markdown).toMatch(/\| نظریۀ موازنۀ تهدید نظریۀ سیاست دنباله‌روی \| +\|\n\| --- \| --- \|\n\| درنظرگرفتن/)
    expect(report.unresolved).toContainEqual(expect.objectContaining({ step: 'structure', reason: expect.stringMatching(/two cells side by side/) }))
  })
})
