import { describe, expect, it } from 'vitest'
import type { Block, PageRef } from '../src/lib/structure/body.js'
import { estimateMissingPages } from '../src/lib/structure/page-estimate.js'

const sentence = 'این جمله‌ای ساختگی برای آزمون است و طول آن اندازه‌ای معین دارد.'
const paragraph = (page: PageRef): Block => ({ type: 'paragraph', parts: [{ text: sentence, page, line: 1 }] })
const markers = (blocks: readonly Block[]): Array<number | undefined> =>
  blocks.flatMap((block) => (block.type === 'page' ? [block.page.number] : block.type === 'paragraph' ? block.parts.flatMap((part) => ('marker' in part ? [part.marker.number] : [])) : []))
const text = (blocks: readonly Block[]): string[] => blocks.flatMap((block) => (block.type === 'paragraph' ? block.parts.flatMap((part) => ('text' in part ? [part.text] : [])) : []))

/** Page 10, then `count` equal paragraphs (a page break without a number after `rule.after` of them), then page `last` (its running head) and one more paragraph. */
function article(count: number, last: number, rule?: { after: number; page: PageRef }): { blocks: Block[]; pages: PageRef[] } {
  const first: PageRef = { index: 1, number: 10 }
  const end: PageRef = { index: rule ? 3 : 2, number: last }
  const pages: PageRef[] = [{ index: 0 }, first, ...(rule ? [rule.page] : []), end]
  const blocks: Block[] = [{ type: 'page', page: first }]
  for (let index = 0; index < count; index += 1) {
    if (rule?.after === index) blocks.push({ type: 'page', page: rule.page })
    blocks.push(paragraph(first))
  }
  blocks.push({ type: 'page', page: end }, paragraph(end))
  return { blocks, pages }
}

describe('estimateMissingPages', () => {
  it('should place the pages a running head skipped at paragraph boundaries, evenly by text', () => {
    const { blocks, pages } = article(6, 13)
    estimateMissingPages(blocks, pages)
    expect(markers(blocks)).toEqual([10, 11, 12, 13])
    // Two paragraphs a page: the breaks start the third and the fifth paragraph.
    expect(blocks.map((block) => block.type)).toEqual(['page', 'paragraph', 'paragraph', 'page', 'paragraph', 'paragraph', 'page', 'paragraph', 'paragraph', 'page', 'paragraph'])
    expect(pages.map((page) => page.index)).toEqual([0, 1, 2, 3, 4])
  })

  it('should never drop or reorder text', () => {
    const { blocks, pages } = article(5, 14)
    const before = text(blocks)
    estimateMissingPages(blocks, pages)
    expect(text(blocks)).toEqual(before)
  })

  it('should keep page numbers increasing and never put two breaks together when pages outnumber the paragraphs', () => {
    const { blocks, pages } = article(2, 16)
    estimateMissingPages(blocks, pages)
    const numbers = markers(blocks)
    expect(numbers).toEqual([...numbers].sort((a, b) => (a as number) - (b as number)))
    blocks.forEach((block, index) => {
      if (block.type === 'page') expect(blocks[index + 1]?.type).not.toBe('page')
    })
  })

  it('should number an unnumbered break (a footnote rule) by its place between two running heads', () => {
    const rule: PageRef = { index: 2 }
    const { blocks, pages } = article(4, 14, { after: 2, page: rule })
    estimateMissingPages(blocks, pages)
    // Two of four equal paragraphs before the rule: half of the four pages from 10 to 14.
    expect(rule.number).toBe(12)
    expect(markers(blocks)).toEqual([10, 11, 12, 13, 14])
  })

  it('should return every page number it gave, placed or read from a rule, for the report', () => {
    const { blocks, pages } = article(6, 13)
    expect(estimateMissingPages(blocks, pages).map(({ page, kind, between }) => [page.number, kind, between])).toEqual([
      [11, 'placed', [10, 13]],
      [12, 'placed', [10, 13]]
    ])
    const rule: PageRef = { index: 2 }
    const withRule = article(4, 14, { after: 2, page: rule })
    expect(estimateMissingPages(withRule.blocks, withRule.pages).map(({ page, kind }) => [page.number, kind])).toEqual([
      [11, 'placed'],
      [12, 'numbered'],
      [13, 'placed']
    ])
  })

  it('should report nothing where every page printed its number', () => {
    const { blocks, pages } = article(2, 11)
    expect(estimateMissingPages(blocks, pages)).toEqual([])
  })

  it('should leave the pages after the last numbered break alone', () => {
    const { blocks, pages } = article(6, 11)
    blocks.push({ type: 'page', page: { index: 3 } }, paragraph({ index: 3 }))
    pages.push({ index: 3 })
    estimateMissingPages(blocks, pages)
    expect(markers(blocks)).toEqual([10, 11, undefined])
  })
})
