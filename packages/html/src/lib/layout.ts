import type { Lang, Segment } from '@matn/core'

/** A heading of the article body. */
export interface HeadingBlock {
  type: 'heading'
  segment: Segment
  /** Nesting depth, 1 for a top-level heading. */
  depth: number
}

/** A paragraph: its sentences (or abstract sentences) in order. */
export interface ParagraphBlock {
  type: 'paragraph'
  segments: Segment[]
}

/** A table: rows of cells by column number (1-based); row 1 is the header row. */
export interface TableBlock {
  type: 'table'
  rows: Array<Array<Segment | undefined>>
}

/** A block of one language column. */
export type Block = HeadingBlock | ParagraphBlock | TableBlock

const sentencePattern = /^(.*)-s\d+$/
const cellPattern = /^(.*-t\d+)-r(\d+)-c(\d+)$/

/**
 * Rebuild the blocks of one language from the segments of an article, in document order:
 * headings, paragraphs (sentences whose ids share the paragraph part, `fa-p12-s1`,
 * `fa-p12-s2`) and tables (cells `fa-t2-r3-c1`). Titles, keywords and footnotes are not
 * body blocks; a segment whose id follows none of the patterns becomes a paragraph of its
 * own, so no text is dropped.
 *
 * @param segments Segments of the article, in document order.
 * @param lang Language of the column.
 * @returns The blocks.
 */
export function bodyBlocks(segments: readonly Segment[], lang: Lang): Block[] {
  const blocks: Block[] = []
  let paragraphKey: string | undefined
  let tableKey: string | undefined
  for (const segment of segments) {
    if (segment.lang !== lang || segment.kind === 'title' || segment.kind === 'keyword' || segment.kind === 'footnote') {
      continue
    }
    if (segment.kind === 'heading') {
      blocks.push({ type: 'heading', segment, depth: segment.section.length + 1 })
      paragraphKey = tableKey = undefined
      continue
    }
    const cell = segment.kind === 'cell' ? cellPattern.exec(segment.id) : null
    if (cell) {
      const row = Number(cell[2])
      const column = Number(cell[3])
      let table = blocks[blocks.length - 1]
      if (cell[1] !== tableKey || table?.type !== 'table') {
        table = { type: 'table', rows: [] }
        blocks.push(table)
        tableKey = cell[1]
      }
      const cells = (table.rows[row - 1] ??= [])
      cells[column - 1] = segment
      paragraphKey = undefined
      continue
    }
    const key = sentencePattern.exec(segment.id)?.[1] ?? segment.id
    const last = blocks[blocks.length - 1]
    if (key === paragraphKey && last?.type === 'paragraph') last.segments.push(segment)
    else blocks.push({ type: 'paragraph', segments: [segment] })
    paragraphKey = key
    tableKey = undefined
  }
  for (const block of blocks) {
    if (block.type !== 'table') continue
    const width = Math.max(0, ...Array.from(block.rows, (row) => row?.length ?? 0))
    block.rows = Array.from(block.rows, (row) => Array.from({ length: width }, (_, index) => row?.[index]))
  }
  return blocks
}
