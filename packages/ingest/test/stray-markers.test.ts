import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { findStrayMarkers } from '../src/lib/structure/stray-markers.js'

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
  it('should report a marker-like digit no footnote took, and change nothing', () => {
    const text = fixture.replace('بین‌الملل سبب شده است', 'بین‌الملل به نظر اسنایدر2 سبب شده است')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('اسنایدر2 سبب')
    const stray = report.unresolved.filter((token) => token.step === 'footnotes')
    expect(stray).toEqual([expect.objectContaining({ token: 'اسنایدر2', reason: expect.stringMatching(/no footnote 2 was found/) })])
  })

  it('should not report the marker a footnote took', () => {
    const { markdown, report } = ingest(fixture, { id: 'small' })
    expect(markdown).toContain('مرشایمر[^233-1]')
    expect(report.unresolved.filter((token) => token.step === 'footnotes')).toEqual([])
  })
})
