import { readFileSync } from 'node:fs'
import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')

/** The fixture with other lines under its footnote rule, after `1. John Mearsheimer`. */
function withUnderRule(lines: readonly string[]): string {
  return fixture.replace('1. John Mearsheimer ', ['1. John Mearsheimer ', ...lines].join('\n'))
}

function bodyText(markdown: string): string {
  const article = parseArticle(new VFile({ path: 'draft.md', value: markdown }))
  return article.segments.map((segment) => segment.text).join('\n')
}

describe('ingest: web addresses under the footnote rule', () => {
  it('should keep a bare address after a complete footnote as a comment, not as text, and report it', () => {
    const text = withUnderRule(['', 'https://fa.wikipedia.org/wiki/روسیه', 'https://example.org/a--b>c', ''])
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('<!-- link under the footnote rule: https://fa.wikipedia.org/wiki/روسیه -->')
    expect(markdown).toContain('<!-- link under the footnote rule: https://example.org/a%2D-b%3Ec -->')
    expect(bodyText(markdown)).not.toMatch(/wikipedia|example\.org/)
    expect(markdown).toContain('[^233-1]: John Mearsheimer\n')
    const reported = report.unresolved.filter((token) => token.step === 'footnotes').map((token) => token.token)
    expect(reported).toEqual(['https://fa.wikipedia.org/wiki/روسیه', 'https://example.org/a--b>c'])
  })

  it('should continue a footnote that ends with a colon with the address on the next line', () => {
    const text = fixture.replace('1. John Mearsheimer ', '1. John Mearsheimer, online at:\nhttps://example.org/mearsheimer')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('[^233-1]: John Mearsheimer, online at: https://example.org/mearsheimer\n')
    expect(markdown).not.toContain('<!-- link')
    expect(report.unresolved.filter((token) => token.step === 'footnotes')).toEqual([])
  })

  it('should leave a line with an address among other words to the footnote reader', () => {
    const text = withUnderRule(['2. See https://example.org/page for the data'])
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).not.toContain('<!-- link')
    expect(markdown).toContain('See https://example.org/page for the data')
  })
})

describe('ingest: footnote markers printed apart', () => {
  it('should place a marker printed with spaces after a term and its colon', () => {
    const text = fixture.replace('جان مرشایمر1 معتقدند', 'جان مرشایمر: 1 معتقدند')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('جان مرشایمر:[^233-1] معتقدند')
    expect(report.unresolved.filter((token) => token.step === 'footnotes')).toEqual([])
  })

  it('should leave a number after a colon alone when the page has no footnote of that number', () => {
    const text = fixture.replace('جان مرشایمر1 معتقدند', 'جان مرشایمر1 معتقدند: 2 دولت')
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toContain('معتقدند: 2 دولت')
    expect(markdown).toContain('مرشایمر[^233-1]')
  })
})

describe('ingest: footnotes whose text the extraction lost', () => {
  const withSecond = (body: string): string => fixture.replace('بین‌الملل سبب شده است', body).replace('1. John Mearsheimer ', '2. Glenn Snyder')

  it('should mark the marker of an earlier footnote of the page as a footnote whose text is missing, and report it', () => {
    const { markdown, report } = ingest(withSecond('بین‌الملل به نظر اسنایدر2 سبب شده است'), { id: 'small' })
    expect(markdown).toContain('جان مرشایمر[^233-1] معتقدند')
    expect(markdown).toContain('اسنایدر[^233-2] سبب')
    expect(markdown).toContain('[^233-1]: <!-- footnote text missing from the source extraction -->')
    expect(markdown).toContain('[^233-2]: Glenn Snyder')
    const reported = report.unresolved.filter((token) => token.step === 'footnotes')
    expect(reported).toEqual([expect.objectContaining({ token: '1', reason: expect.stringMatching(/text is missing/) })])
  })

  it('should not take a number after the found marker for an earlier footnote', () => {
    const text = withSecond('بین‌الملل به نظر اسنایدر2 سبب شده است').replace('جان مرشایمر1 معتقدند', 'جان مرشایمر معتقدند').replace('نباشیم که', 'نباشیم1 که')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).not.toContain('footnote text missing')
    expect(markdown).toContain('نباشیم1 که')
    // Left as printed, and reported as a marker-like digit no footnote took (not as a footnote whose text is missing).
    expect(report.unresolved.filter((token) => token.step === 'footnotes').map((token) => token.token)).toEqual(['نباشیم1'])
  })
})
