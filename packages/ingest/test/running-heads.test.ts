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
})
