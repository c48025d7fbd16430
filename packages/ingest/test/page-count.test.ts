import { describe, expect, it } from 'vitest'
import type { Block, PageRef } from '../src/lib/structure/body.js'
import { numberPagesByCount } from '../src/lib/structure/page-count.js'

/** A paragraph of `letters` letters (white space does not count). */
const paragraph = (page: PageRef, letters: number): Block => ({ type: 'paragraph', parts: [{ text: 'ب'.repeat(letters), page, line: 1 }] })

/** A title page, a page with printed number 50, then breaks read without a number (footnote rules), `sizes[i]` letters after each break. */
function article(sizes: readonly number[]): { blocks: Block[]; pages: PageRef[] } {
  const printed: PageRef = { index: 1, number: 50 }
  const pages: PageRef[] = [{ index: 0 }, printed]
  const blocks: Block[] = []
  sizes.forEach((size, position) => {
    const page = position === 0 ? printed : { index: position + 1 }
    if (position > 0) pages.push(page)
    blocks.push({ type: 'page', page }, paragraph(page, size))
  })
  return { blocks, pages }
}

describe('numberPagesByCount', () => {
  it('should count the breaks on from a printed page number and report each page so numbered', () => {
    const { blocks, pages } = article([900, 1000, 800])
    const { counted, uncounted } = numberPagesByCount(blocks, pages, 2000)
    expect(pages.map((page) => page.number)).toEqual([49, 50, 51, 52])
    expect(counted.map(({ page, from }) => [page.number, from])).toEqual([
      [51, 50],
      [52, 50]
    ])
    expect(uncounted).toEqual([])
  })

  it('should leave unnumbered every page past a stretch of more text than a page holds, and say what the count would give', () => {
    // The second stretch holds two pages' worth: a page end there left no mark.
    const { blocks, pages } = article([900, 4000, 800])
    const { counted, uncounted } = numberPagesByCount(blocks, pages, 2000)
    expect(pages.map((page) => page.number)).toEqual([49, 50, 51, undefined])
    expect(counted.map(({ page }) => page.number)).toEqual([51])
    expect(uncounted.map(({ page, from, counted: number, stretch }) => [page.index, from, number, stretch])).toEqual([[3, 50, 52, 4000]])
  })

  it('should number a page between two printed numbers only when both counts agree, reporting none of them', () => {
    const { blocks, pages } = article([900, 900, 900])
    ;(pages[3] as PageRef).number = 53
    const { counted, uncounted } = numberPagesByCount(blocks, pages, 2000)
    // 50 + 1 = 51 from before, 53 − 2 = 51 from after: one page is missing between, but not found.
    expect(pages[2]?.number).toBeUndefined()
    expect(counted).toEqual([])
    expect(uncounted).toEqual([])
    ;(pages[3] as PageRef).number = 52
    ;(pages[2] as PageRef).number = undefined
    numberPagesByCount(blocks, pages, 2000)
    expect(pages[2]?.number).toBe(51)
  })

  it('should number nothing where no page printed a number', () => {
    const { blocks, pages } = article([900, 900])
    ;(pages[1] as PageRef).number = undefined
    expect(numberPagesByCount(blocks, pages, 2000)).toEqual({ counted: [], uncounted: [] })
    expect(pages.every((page) => page.number === undefined)).toBe(true)
  })
})
