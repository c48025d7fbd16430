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

describe('estimateMissingPages after the last printed page number', () => {
  /** Pages 10 and 12 printed (four equal paragraphs between), then `tail` more paragraphs. */
  function withTail(tail: number): { blocks: Block[]; pages: PageRef[] } {
    const ten: PageRef = { index: 1, number: 10 }
    const twelve: PageRef = { index: 2, number: 12 }
    const blocks: Block[] = [{ type: 'page', page: ten }]
    for (let index = 0; index < 4; index += 1) blocks.push(paragraph(ten))
    blocks.push({ type: 'page', page: twelve })
    for (let index = 0; index < tail; index += 1) blocks.push(paragraph(twelve))
    return { blocks, pages: [{ index: 0 }, ten, twelve] }
  }

  it('should go on at the text a page held between the printed numbers while text is left, and report those pages as after the last', () => {
    // Two paragraphs a page: five paragraphs after page 12 start pages 13 and 14.
    const { blocks, pages } = withTail(5)
    const estimated = estimateMissingPages(blocks, pages)
    expect(markers(blocks)).toEqual([10, 11, 12, 13, 14])
    expect(estimated.filter((entry) => entry.after).map(({ page, between }) => [page.number, between])).toEqual([
      [13, [10, 12]],
      [14, [10, 12]]
    ])
  })

  it('should start no page after the last when its text fits one page', () => {
    const { blocks, pages } = withTail(2)
    estimateMissingPages(blocks, pages)
    expect(markers(blocks)).toEqual([10, 11, 12])
  })

  it('should estimate nothing after one printed page number alone', () => {
    const only: PageRef = { index: 1, number: 10 }
    const blocks: Block[] = [{ type: 'page', page: only }, ...Array.from({ length: 8 }, () => paragraph(only))]
    expect(estimateMissingPages(blocks, [{ index: 0 }, only])).toEqual([])
    expect(markers(blocks)).toEqual([10])
  })

  it('should start a page at a heading rather than right after it', () => {
    const { blocks, pages } = withTail(4)
    // The page after 12 falls in the second paragraph after it, which a heading opens.
    blocks.splice(7, 0, { type: 'heading', text: 'نتیجه', level: 2, line: 1 })
    estimateMissingPages(blocks, pages)
    const thirteen = blocks.findIndex((block) => block.type === 'page' && block.page.number === 13)
    expect(blocks[thirteen + 1]?.type).toBe('heading')
  })

  it('should start a page in the paragraph after a run-in heading, which is on the paragraph\'s first line', () => {
    const { blocks, pages } = withTail(4)
    blocks.splice(7, 0, { type: 'heading', text: 'رویکرد ائتلاف‌سازی:', level: 3, line: 1, runIn: true })
    estimateMissingPages(blocks, pages)
    const thirteen = blocks.findIndex((block) => block.type === 'page' && block.page.number === 13)
    expect(blocks[thirteen - 1]?.type).toBe('heading')
    expect(blocks[thirteen + 1]?.type).toBe('paragraph')
  })
})
