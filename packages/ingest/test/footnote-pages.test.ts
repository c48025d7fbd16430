import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import type { Block, PageRef } from '../src/lib/structure/body.js'
import { footnotePage } from '../src/lib/structure/render.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')

const note = (page: PageRef, endsAt?: PageRef): Extract<Block, { type: 'footnote' }> => ({ type: 'footnote', page, n: '1', text: 'Stephen Walt', line: 1, ...(endsAt ? { endsAt } : {}) })

describe('footnotePage', () => {
  it('should name the page before the break that ends the footnote, not the page it was read on', () => {
    // Read while page 233 was in effect; a page end that left no mark was estimated later, so the footnote's page ends at 236.
    expect(footnotePage(note({ index: 1, number: 233 }, { index: 4, number: 236 }))).toBe('235')
  })

  it('should name no page number when the break that ends the footnote has none', () => {
    expect(footnotePage(note({ index: 1, number: 233 }, { index: 3 }))).toBe('unnumbered3')
  })

  it('should name the page it was read on when no break follows (the last page)', () => {
    expect(footnotePage(note({ index: 2, number: 240 }))).toBe('240')
    expect(footnotePage(note({ index: 2 }))).toBe('p2')
  })
})

describe('ingest: a footnote printed in the body (its rule lost)', () => {
  // After the fixture's footnote rule (page 233 ends), page 234: a paragraph with the marker of its footnote 1, the note printed as a body line, and the paragraph going on.
  const text = `${fixture.trimEnd()}\n\nاین دیدگاه را بسیاری از پژوهشگران روابط بین‌الملل پذیرفته‌اند و والتز1 نیز آن را\n 1. Kenneth Waltz \nدر کتاب خود به تفصیل شرح داده است.\n`

  it('should end its page after the note, as a footnote rule does, and label it with that page', () => {
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('والتز[^234-1] نیز آن را <!-- page: 235 --> در کتاب خود')
    expect(markdown).toContain('[^234-1]: Kenneth Waltz')
    expect(markdown).toContain('[^233-1]: John Mearsheimer')
    expect(report.unresolved.filter((token) => token.step === 'pages').map((token) => token.token)).toEqual(['page 234', 'page 235'])
  })
})
