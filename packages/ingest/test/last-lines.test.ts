import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { endsParagraph, isShortLine, marksAreReliable } from '../src/lib/structure/last-lines.js'
import { readFileSync } from 'node:fs'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')

/** A line as the structure reader sees it: raw (with its white space) and repaired text. */
const line = (raw: string, text = raw.trim()) => ({ raw, text })
/** A Persian line of `length` characters ending with `end`. */
const ofLength = (length: number, end = '.'): string => `${'ب'.repeat(length - 1)}${end}`

describe('isShortLine', () => {
  it('should take a line under three quarters of a full line as short, marked or not', () => {
    expect(isShortLine(line(ofLength(74)), 100)).toBe(true)
    expect(isShortLine(line(` ${ofLength(74)}`), 100)).toBe(true)
  })

  it('should take a line of 75% to 85% of a full line as short only when the extraction marks it with white space in front', () => {
    expect(isShortLine(line(ofLength(83)), 100)).toBe(false)
    expect(isShortLine(line(`  ${ofLength(83)}`), 100)).toBe(true)
    expect(isShortLine(line(`  ${ofLength(86)}`), 100)).toBe(false)
  })
})

describe('endsParagraph', () => {
  it('should end a paragraph at a short line that ends a sentence or with a colon, not at a full one', () => {
    expect(endsParagraph(line(` ${ofLength(80)}`), 100)).toBe(true)
    expect(endsParagraph(line(` ${ofLength(80, ':')}`), 100)).toBe(true)
    expect(endsParagraph(line(ofLength(80)), 100)).toBe(false)
    expect(endsParagraph(line(` ${ofLength(80, 'ب')}`), 100)).toBe(false)
  })

  it('should end a paragraph at a line under three quarters of a full line that holds a sentence end with words after it', () => {
    // A visual-order line whose last piece run order drew past the stop: `… تأمین شوند. زد`.
    expect(endsParagraph(line('آینده و با نزدیکی هرچه بیشتر ایران به این کشور تأمین شوند. زد'), 100)).toBe(true)
    expect(endsParagraph(line('تهاجمی (هزینه‌ای قابل قبول است).تمایز والت میان قدرت تدافعی و'), 100)).toBe(true)
  })

  it('should end a paragraph at a marked line of 75% to 85% holding a sentence end with words after it only where the marks are reliable', () => {
    const marked = line(` ${ofLength(60)} و ${'ب'.repeat(18)}`)
    expect(endsParagraph(marked, 100, true)).toBe(true)
    expect(endsParagraph(marked, 100, false)).toBe(false)
    expect(endsParagraph(line(`${ofLength(60)} و ${'ب'.repeat(18)}`), 100, true)).toBe(false)
  })

  it('should not read a sentence end inside a longer line, a decimal point or an abbreviation as the end of a paragraph', () => {
    expect(endsParagraph(line(`${ofLength(60)} و ${'ب'.repeat(20)}`), 100)).toBe(false)
    expect(endsParagraph(line('رشد اقتصادی به 2.5 درصد رسید و'), 100)).toBe(false)
    expect(endsParagraph(line('در کشورهایی مانند U.S و'), 100)).toBe(false)
  })
})

describe('marksAreReliable', () => {
  const full = line('ب'.repeat(90))
  it('should trust the mark where marked lines are mostly short', () => {
    expect(marksAreReliable([full, full, full, line(` ${'ب'.repeat(30)}`), line(` ${'ب'.repeat(50)}`), line(` ${'ب'.repeat(89)}`)])).toBe(true)
  })

  it('should not trust it where marked lines are as long as the rest, or where no line or every line is marked', () => {
    expect(marksAreReliable([full, full, line(` ${'ب'.repeat(85)}`), line(` ${'ب'.repeat(88)}`), line(` ${'ب'.repeat(30)}`)])).toBe(false)
    expect(marksAreReliable([full, full])).toBe(false)
    expect(marksAreReliable([line(` ${'ب'.repeat(30)}`)])).toBe(false)
  })
})

describe('ingest: paragraph ends', () => {
  const full = 'با پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی که در رأس آن‌ها اتحاد شوروی قرار داشت، روابط'
  const body = (last: string): string =>
    fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${full}\n${full}\n${last}\n${full}\nبین‌الملل وارد دوران جدیدی شد.\n`)

  it('should keep a paragraph whole across an unmarked line of 80% of a full line that ends a sentence', () => {
    const last = 'بین‌الملل وارد دوران جدیدی شد که از همه نظر چه شکلی و چه محتوایی متفاوت بود.'
    const { markdown } = ingest(body(last), { id: 'small' })
    expect(markdown).toContain(`${last} ${full}`)
  })

  it('should end a paragraph at the same line marked as stopping short', () => {
    const last = 'بین‌الملل وارد دوران جدیدی شد که از همه نظر چه شکلی و چه محتوایی متفاوت بود.'
    const { markdown } = ingest(body(`  ${last}`), { id: 'small' })
    expect(markdown).toContain(`${last}\n\n${full}`)
  })
})
