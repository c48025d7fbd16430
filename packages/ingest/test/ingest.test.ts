import { readFileSync } from 'node:fs'
import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { ingest, repairLines } from '../src/index.js'
import { headingLevel } from '../src/lib/structure/body.js'
import { minorityLetterForms } from '../src/lib/structure/fonts.js'
import { classifyLines } from '../src/lib/structure/lines.js'
import { joinWrapped } from '../src/lib/structure/render.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')

describe('ingest', () => {
  it('should draft an article that parses without errors, with its front matter', () => {
    const result = ingest(fixture, { id: 'small', sourceFile: 'small-extraction.txt' })
    const file = new VFile({ path: 'small.md', value: result.markdown })
    const article = parseArticle(file)
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    expect(article.meta.keywords?.en).toEqual(['Alliance', 'Balance of Power', 'Coalition'])
    expect(article.meta.keywords?.fa).toEqual(['ائتلاف', 'اتحاد', 'موازنۀ قوا'])
    expect(article.meta.received).toEqual({ solar: '1399-04-15', gregorian: '2020-07-05' })
    expect(article.meta.accepted).toEqual({ solar: '1400-02-06', gregorian: '2021-04-26' })
    expect(article.meta.authors[0]).toMatchObject({ email: 'someone@example.org', corresponding: true })
    expect(article.meta.authors).toHaveLength(2)
  })

  it('should structure the body: abstract subheads, headings, page breaks, footnotes', () => {
    const { markdown, report } = ingest(fixture, { id: 'small' })
    expect(markdown).toContain('**Introduction:** ')
    expect(markdown).toContain('## مقدمه')
    expect(markdown).toContain('<!-- page: 233 -->')
    expect(markdown).toMatch(/مرشایمر\[\^233-1\]/)
    expect(markdown).toContain('[^233-1]: John Mearsheimer')
    expect(report.counts.footnotes).toBe(1)
    expect(report.counts.headings).toBeGreaterThanOrEqual(1)
  })

  it('should never throw on arbitrary text and keep one repaired line per input line', () => {
    for (const text of ['', '\n\n', 'Abstract', '((( ))) «', 'چکیده\n\n   \u00A0\u00A0', '۱۲۳ ۴'.repeat(50)]) {
      expect(() => ingest(text)).not.toThrow()
      expect(repairLines(text.split('\n')).lines).toHaveLength(text.split('\n').length)
    }
  })
})

describe('ingest: footnote placement', () => {
  const marked = 'بین‌الملل سبب شده است در عمل شاهد دولت‌های زیادی نباشیم که خواستار حفظ نظم موجود باشند.'
  const twoParagraphs = fixture.replace(marked, `${marked}\nاین دیدگاه را بسیاری پذیرفته‌اند.\n`)

  it('should write a footnote after the paragraph that holds its marker, not after the last paragraph of the page', () => {
    const { markdown } = ingest(twoParagraphs, { id: 'small' })
    const definition = markdown.indexOf('[^233-1]: John Mearsheimer')
    expect(definition).toBeGreaterThan(markdown.indexOf('پذیرفته‌اند.'))
    expect(definition).toBeLessThan(markdown.indexOf('کشورها در جهان'))
    expect(markdown).toMatch(/مرشایمر\[\^233-1\] معتقدند/)
  })

  it('should read a footnote digit drawn apart with a space on both sides as the marker of the word before it', () => {
    const text = twoParagraphs.replace('مرشایمر1 معتقدند', 'مرشایمر 1 معتقدند')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/مرشایمر\[\^233-1\] معتقدند/)
    expect(report.unresolved.filter((token) => token.step === 'footnotes')).toEqual([])
  })

  it('should prefer a digit glued to a word over a number standing alone between words', () => {
    const text = twoParagraphs.replace('پذیرفته‌اند.', 'در 1 سال پذیرفته‌اند.')
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/مرشایمر\[\^233-1\] معتقدند/)
    expect(markdown).toMatch(/ 1 سال/)
    expect(markdown.match(/\[\^233-1\]/g)).toHaveLength(2)
  })

  it('should leave a footnote whose marker is not found where its page ends, and report it', () => {
    const text = twoParagraphs.replace('مرشایمر1 معتقدند', 'مرشایمر معتقدند')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown.indexOf('[^233-1]: John Mearsheimer')).toBeGreaterThan(markdown.indexOf('کشورها در جهان'))
    expect(report.unresolved.some((token) => token.step === 'footnotes')).toBe(true)
  })
})

describe('ingest: headings', () => {
  it('should read a heading printed over two lines, the first a full line', () => {
    const full = 'با پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی که در رأس آن‌ها اتحاد شوروی قرار داشت، روابط'
    const heading = ['وزن ژئوپلیتیک ایران و روسیه در سیاست خارجی یکدیگر و دیدگاه‌های موجود دربارۀ', '  روابط دو کشور', '']
    const after = [full, 'بین‌الملل وارد دوران جدیدی شد.', '']
    const text = fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${heading.join('\n')}\n${after.join('\n')}`)
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toContain('## وزن ژئوپلیتیک ایران و روسیه در سیاست خارجی یکدیگر و دیدگاه‌های موجود دربارۀ روابط دو کشور\n')
  })

  it('should read a heading of up to twenty words, under three quarters of a line, before a full line', () => {
    const full = 'با پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی که در رأس آن‌ها اتحاد شوروی قرار داشت، روابط'
    const heading = 'ائتلاف ایران و روسیه در بحران سوریه و هدف دو کشور از حضور در آن'
    const text = fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${heading}\n\n${full}\nبین‌الملل وارد دوران جدیدی شد.\n`)
    expect(ingest(text, { id: 'small' }).markdown).toContain(`## ${heading}\n`)
  })

  it('should read a line set in the heading font (Arabic yeh where the body prints Persian ones) as a heading, whatever its length', () => {
    const full = 'با پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی که در رأس آن‌ها اتحاد شوروی قرار داشت، روابط'
    const heading = 'بررسی سياست جمهوري اسلامی ایران در برابر روسيه در قالب ایجاد موازنۀ تهدید و ائتلاف'
    const insert = (line: string): string => fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${line}\n\n${full}\nبین‌الملل وارد دوران جدیدی شد.\n`)
    expect(ingest(insert(heading), { id: 'small' }).markdown).toContain('## بررسی سیاست جمهوری اسلامی ایران در برابر روسیه در قالب ایجاد موازنۀ تهدید و ائتلاف\n')
    // The same line in the body's letter forms is a line of text.
    expect(ingest(insert(heading.replace(/ي/g, 'ی')), { id: 'small' }).markdown).not.toContain('## بررسی')
  })

  it('should end a paragraph at a short last line that ends with a colon, and read no heading right after it', () => {
    const full = 'با پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی که در رأس آن‌ها اتحاد شوروی قرار داشت، روابط'
    const body = [full, 'بین‌الملل سه ویژگی دارد که عبارت‌اند از:', '', 'نبود اقتدار مرکزی', 'خودیاری دولت‌ها و رقابت میان آن‌ها.', '']
    const text = fixture.replace('1. John Mearsheimer', `1. John Mearsheimer\n\n${body.join('\n')}`)
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/عبارت‌اند از:\n\nنبود اقتدار مرکزی خودیاری دولت‌ها/)
    expect(markdown).not.toContain('## نبود اقتدار')
  })

  it('should not read two lines of a paragraph that ends with a colon as a heading', () => {
    const text = fixture.replace('1. John Mearsheimer', '1. John Mearsheimer\n\nوزن ژئوپلیتیک ایران و روسیه در سیاست خارجی یکدیگر و دیدگاه‌های موجود دربارۀ\n  روابط دو کشور عبارت‌اند از:\n')
    expect(ingest(text, { id: 'small' }).markdown).not.toContain('## وزن ژئوپلیتیک')
  })
})

describe('ingest: figure and table sources', () => {
  const figure = (source: readonly string[]): string =>
    fixture.replace(
      '1. John Mearsheimer',
      `1. John Mearsheimer\n\nنمودار1: شمار پیمان‌های نظامی دو کشور\n\n${source.join('\n\n')}\n\nبا پایان نظام دوقطبی و فروپاشی دولت‌های کمونیستی روابط دو کشور تغییر کرد.\n`
    )

  it('should join a source line the wrap broke to its end on the next line', () => {
    const { markdown } = ingest(figure(['Source: Annual Survey of Military Agreements between', 'Neighbouring States, 2019']), { id: 'small' })
    expect(markdown).toContain('Source: Annual Survey of Military Agreements between Neighbouring States, 2019')
    expect(markdown).not.toMatch(/\nNeighbouring States, 2019/)
  })

  it('should leave the next line alone when the source is whole or the line is no reference end', () => {
    const whole = ingest(figure(['Source: Annual Survey, 2019', 'Neighbouring States, 2019']), { id: 'small' }).markdown
    expect(whole).toContain('Source: Annual Survey, 2019\n')
    const persian = ingest(figure(['Source: Author', 'Neighbouring States and more']), { id: 'small' }).markdown
    expect(persian).toContain('Source: Author\n')
  })
})

describe('joinWrapped', () => {
  it('should join a Latin line ending in a hyphen to a next Latin line without a space', () => {
    expect(joinWrapped(['Iran as a security-', 'seeking actor'])).toBe('Iran as a security-seeking actor')
    expect(joinWrapped(['a well- ', ' known case'])).toBe('a well-known case')
    expect(joinWrapped(['in the post-', 'Cold War order'])).toBe('in the post-Cold War order')
  })

  it('should join every other pair of lines with a space', () => {
    expect(joinWrapped(['the years 1990 -', 'and after'])).toBe('the years 1990 - and after')
    expect(joinWrapped(['pre-', 'and post-war years'])).toBe('pre- and post-war years')
    expect(joinWrapped(['روابط ایران-', 'روسیه'])).toBe('روابط ایران- روسیه')
    expect(joinWrapped([])).toBe('')
  })
})

describe('minorityLetterForms', () => {
  const lines = (raws: string[]) => classifyLines(raws, raws)
  const body = Array.from({ length: 12 }, () => 'این کشور یک دولت بزرگ است')

  it('should name the letter forms of a few lines in another font than the body', () => {
    expect(minorityLetterForms(lines([...body, 'بررسی سياست ایران']))).toBe('arabic')
    expect(minorityLetterForms(lines([...body.map((line) => line.replace(/ی/g, 'ي')), 'بررسی سیاست']))).toBe('persian')
  })

  it('should name none where every line has the same forms or the two are mixed alike', () => {
    expect(minorityLetterForms(lines(body))).toBeUndefined()
    expect(minorityLetterForms(lines([...body, ...body.map((line) => line.replace(/ی/g, 'ي'))]))).toBeUndefined()
  })
})

describe('headingLevel', () => {
  it('should put a heading a letter numbers one level down', () => {
    expect(headingLevel('الف) پیامدهای اقتصادی تحریم')).toBe(3)
    expect(headingLevel('ب) پیامدهای سیاسی تحریم')).toBe(3)
    expect(headingLevel('پ- نتیجه‌های میانی')).toBe(3)
    expect(headingLevel('b) Findings')).toBe(3)
  })

  it('should put a heading that ends with a colon one level down', () => {
    expect(headingLevel('رویکردهای نظری به همکاری منطقه‌ای:')).toBe(3)
  })

  it('should leave other headings at the section level, a number or a word in brackets included', () => {
    expect(headingLevel('پیشینۀ پژوهش')).toBe(2)
    expect(headingLevel('بررسی نقش (ناتو) در منطقه')).toBe(2)
    expect(headingLevel('1. مقدمه')).toBe(2)
    expect(headingLevel('e-Government in Iran')).toBe(2)
  })
})
