import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { continuesNumbering, findStrayMarkers } from '../src/lib/structure/stray-markers.js'
import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')
const tokens = (text: string): string[] => findStrayMarkers(text).map((marker) => marker.token)

describe('findStrayMarkers', () => {
  it('should find one digit glued to the end of a Persian word, with or without a space after it', () => {
    expect(tokens('نظریه‌پردازان واقع‌گرا2 بر این باورند و کشورها1از آن پیروی کردند.')).toEqual(['واقع‌گرا2', 'کشورها1'])
    expect(tokens('این مفهوم در نظریه۳ آمده است.')).toEqual(['نظریه۳'])
  })

  it('should find one digit standing alone after a closing guillemet, before a word', () => {
    expect(tokens('در کتاب «سیاست میان ملت‌ها» 1 در سال ۱۹۴۸ آمده است.')).toEqual(['» 1'])
  })

  it('should leave longer numbers, table and figure numbers, and digits after marks or Latin words alone', () => {
    expect(tokens('صادرات به رقم68 میلیارد دلار رسید و نسبت 1/5 بود.')).toEqual([])
    expect(tokens('داده‌ها در جدول1 و نمودار2 و شکل3 آمده است.')).toEqual([])
    expect(tokens('رشد آن، 5 درصد بود و (Walt 1987) را ببینید؛ Model2 نیز.')).toEqual([])
    expect(tokens('در بند 3 آمد و «ماده» 12 را ببینید.')).toEqual([])
    expect(tokens('واژه0 و واژه۰ شمرده نمی‌شوند.')).toEqual([])
  })
})

describe('continuesNumbering', () => {
  it('should take a stray 1 that starts the text or a page, and a stray digit one above the marker before it on its page', () => {
    expect(continuesNumbering([{ kind: 'stray', n: 1 }, { kind: 'stray', n: 2 }, { kind: 'placed', n: 3 }, { kind: 'stray', n: 4 }])).toEqual([true, true, false, true])
    expect(continuesNumbering([{ kind: 'placed', n: 4, page: 1 }, { kind: 'stray', n: 1, page: 2 }])).toEqual([false, true])
  })

  it('should not take a digit that skips or repeats a number on its page, nor one that does not start a new page with 1', () => {
    expect(continuesNumbering([{ kind: 'placed', n: 1 }, { kind: 'stray', n: 6 }])).toEqual([false, false])
    expect(continuesNumbering([{ kind: 'placed', n: 2, page: 1 }, { kind: 'stray', n: 1, page: 1 }])).toEqual([false, false])
    expect(continuesNumbering([{ kind: 'placed', n: 1, page: 1 }, { kind: 'stray', n: 2, page: 2 }])).toEqual([false, false])
    expect(continuesNumbering([{ kind: 'stray', n: 3 }])).toEqual([false])
  })
})

describe('findStrayMarkers on long text', () => {
  it('should read a megabyte of Persian letters without spaces in linear time (no backtracking over the word)', () => {
    const run = 'ب'.repeat(1_000_000)
    const started = performance.now()
    expect(findStrayMarkers(`${run}1 و`)).toEqual([{ token: `${'ب'.repeat(40)}1`, digit: '1', index: 1_000_000 - 40 }])
    expect(findStrayMarkers(run)).toEqual([])
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('ingest: footnote markers with no footnote', () => {
  it('should report a marker-like digit no footnote took that does not go on with the numbering, and change nothing', () => {
    // Footnote 1 of the page is placed before it (`مرشایمر1`): a 3 skips a number.
    const text = fixture.replace('بین‌الملل سبب شده است', 'بین‌الملل به نظر اسنایدر3 سبب شده است')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('اسنایدر3 سبب')
    const stray = report.unresolved.filter((token) => token.step === 'footnotes')
    expect(stray).toEqual([expect.objectContaining({ token: 'اسنایدر3', reason: expect.stringMatching(/no footnote 3 was found .* left as printed/) })])
  })

  it('should mark a digit that goes on with the numbering as a footnote whose text is missing, and report it', () => {
    const text = fixture.replace('بین‌الملل سبب شده است', 'بین‌الملل به نظر اسنایدر2 سبب شده است')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('اسنایدر[^233-2] سبب')
    expect(markdown).toContain('[^233-2]: <!-- footnote text missing from the source extraction -->')
    expect(parseArticle(new VFile({ path: 'small.md', value: markdown })).footnotes.map((footnote) => footnote.label)).toEqual(['233-1', '233-2'])
    const stray = report.unresolved.filter((token) => token.step === 'footnotes')
    expect(stray).toEqual([expect.objectContaining({ token: 'اسنایدر2', reason: expect.stringMatching(/marked as a footnote whose text is missing/) })])
  })

  it('should glue a 1 standing apart after a closing guillemet to it as a marker', () => {
    const text = fixture.replace('مرشایمر1', 'مرشایمر').replace('1. John Mearsheimer', '').replace('بین‌الملل سبب شده است', 'بین‌الملل در کتاب «سیاست میان ملت‌ها» 1 سبب شده است')
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/ملت‌ها»\[\^[^\]]+-1\] سبب/)
  })

  it('should not report the marker a footnote took', () => {
    const { markdown, report } = ingest(fixture, { id: 'small' })
    expect(markdown).toContain('مرشایمر[^233-1]')
    expect(report.unresolved.filter((token) => token.step === 'footnotes')).toEqual([])
  })
})
