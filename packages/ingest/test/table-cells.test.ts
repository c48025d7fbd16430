import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyLines } from '../src/lib/structure/lines.js'
import { markedShortLines, readTableCells } from '../src/lib/structure/table-cells.js'
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
