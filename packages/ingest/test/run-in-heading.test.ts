import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { classifyLines } from '../src/lib/structure/lines.js'
import { runInHeading } from '../src/lib/structure/run-in-heading.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')
/** One line: raw as extracted (visual order here), and its repaired text. */
const line = (raw: string, text: string) => classifyLines([raw], [text])[0]!

const text = 'رویکرد ائتلاف‌سازی براساس نوواقع‌گرایی: هنگامی که در مورد جریان اصلی حاکم بر'

describe('runInHeading', () => {
  it('should read a short phrase ending in a colon that a wide gap parts from the text after it as a run-in heading', () => {
    const raw = 'هنگامی که در مورد جریان اصلی حاکم بر             : گرایی نوواقع براساس سازی ائتلاف رویکرد'
    expect(runInHeading(line(raw, text))).toEqual({ heading: 'رویکرد ائتلاف‌سازی براساس نوواقع‌گرایی:', rest: 'هنگامی که در مورد جریان اصلی حاکم بر' })
  })

  it('should leave a term and its colon printed with ordinary spacing as paragraph text', () => {
    const raw = 'هنگامی که در مورد جریان اصلی حاکم بر : گرایی نوواقع براساس سازی ائتلاف رویکرد'
    expect(runInHeading(line(raw, text))).toBeUndefined()
  })

  it('should take no clause, sentence, number or empty rest for a heading, nor a gap at a colon between numbers', () => {
    const gap = (repaired: string, raw = 'متن             : سر') => runInHeading(line(raw, repaired))
    expect(gap('در این پژوهش که بر پایۀ منابع کتابخانه‌ای و اسناد رسمی انجام شد: هنگامی که')).toBeUndefined()
    expect(gap('این است. نتیجه: هنگامی که')).toBeUndefined()
    expect(gap('مادۀ 3: هنگامی که')).toBeUndefined()
    expect(gap('رویکرد ائتلاف‌سازی:')).toBeUndefined()
    expect(gap('رویکرد ائتلاف‌سازی: هنگامی که', 'Walt, 2009:      24 متن')).toBeUndefined()
  })
})

describe('ingest: run-in headings', () => {
  it('should write a run-in heading at a paragraph start as a heading a level down, and the rest of its line as the paragraph', () => {
    const raw = `1. John Mearsheimer\n\nرویکرد ائتلاف‌سازی براساس نوواقع‌گرایی:             هنگامی که در مورد جریان اصلی حاکم بر روابط بین‌الملل صحبت می‌شود،\nنام نویسندگان واقع‌گرا به ذهن می‌رسد.\n`
    const { markdown } = ingest(fixture.replace('1. John Mearsheimer', raw), { id: 'small' })
    expect(markdown).toContain('### رویکرد ائتلاف‌سازی براساس نوواقع‌گرایی:\n\nهنگامی که در مورد جریان اصلی')
  })
})

describe('runInHeading on long lines', () => {
  it('should read a line of a megabyte of white space and colons in linear time', () => {
    const started = performance.now()
    const spaces = ' '.repeat(1_000_000)
    expect(runInHeading(line(`ب${spaces}ب`, 'ب ب'))).toBeUndefined()
    expect(runInHeading(line(`ب${' :'.repeat(500_000)}ب`, 'ب ب'))).toBeUndefined()
    expect(runInHeading(line(`ب${spaces}:${spaces}ب`, 'سر: ب'))).toEqual({ heading: 'سر:', rest: 'ب' })
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
