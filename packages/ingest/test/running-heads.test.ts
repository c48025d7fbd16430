import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')
const head = '  233  ...موانع شکل‌گیری ائتلاف راهبردی ایران و روسیه'

describe('ingest: running heads', () => {
  it('should keep a body line that starts with a number below the last page number as text', () => {
    // Half of its words are title words, but page 2 cannot follow page 233.
    const line = '2 موانع ائتلاف ایران و روسیه در این بخش بررسی شد.'
    const text = fixture.replace('  کشورها در جهان پیش رو', `${line}\n  کشورها در جهان پیش رو`)
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toContain('<!-- page: 233 -->')
    expect(markdown).toContain('2 موانع ائتلاف ایران و روسیه در این بخش بررسی شد.')
    expect(markdown).not.toContain('<!-- page: 2 -->')
  })

  it('should still read a later running head with a higher number as a page break', () => {
    const text = fixture.replace('  کشورها در جهان پیش رو', `\n  234  ...موانع شکل‌گیری ائتلاف راهبردی ایران و روسیه\n\n  کشورها در جهان پیش رو`)
    expect(text).toContain(head)
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toContain('<!-- page: 233 -->')
    expect(markdown).toContain('<!-- page: 234 -->')
    expect(markdown).not.toContain('234  ...')
  })

  it('should report the pages numbered by counting from the last running head, which nothing after them checks', () => {
    const rule = fixture.split('\n').find((line) => /^\u00a0+/.test(line)) as string
    const text = `${fixture.trimEnd()}\n\nکشورها در این بخش راهبرد خود را بررسی کردند و نتیجه گرفتند.\n\n${rule}\n1. Stephen Walt\n\nپس از آن، متن مقاله در صفحه‌ای تازه ادامه یافت.\n`
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown.match(/<!-- page: \d+ -->/g)).toEqual(['<!-- page: 232 -->', '<!-- page: 233 -->', '<!-- page: 234 -->', '<!-- page: 235 -->'])
    const pages = report.unresolved.filter((token) => token.step === 'pages')
    expect(pages.map((token) => token.token)).toEqual(['page 234', 'page 235'])
    expect(pages.every((token) => token.line > 27 && token.reason.includes('since page 233'))).toBe(true)
  })

  it('should report no page whose number a running head printed', () => {
    const { report } = ingest(fixture, { id: 'small' })
    expect(report.unresolved.filter((token) => token.step === 'pages')).toEqual([])
  })
})
