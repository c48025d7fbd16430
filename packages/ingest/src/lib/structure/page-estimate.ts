import type { Block, PageRef } from './body.js'

/** A page break in reading order: its page, the block that holds it, and the text before it. */
interface Break {
  page: PageRef
  block: number
  offset: number
}

const textLength = (text: string): number => text.replace(/\s+/g, '').length

/** Characters of text a block prints (footnotes and links count nothing: they are not in the page's run of text). */
function blockLength(block: Block): number {
  switch (block.type) {
    case 'heading':
      return textLength(block.text)
    case 'table':
      return textLength(block.caption) + block.rows.reduce((sum, row) => sum + row.reduce((cells, cell) => cells + textLength(cell), 0), 0)
    case 'figure':
      return textLength(block.caption) + textLength(block.content)
    case 'paragraph':
      return block.parts.reduce((sum, part) => sum + ('text' in part ? textLength(part.text) : 0), 0)
    default:
      return 0
  }
}

/** The page breaks and the start offset of every block, in reading order, and the length of all the text. */
function readBreaks(blocks: readonly Block[]): { breaks: Break[]; starts: number[]; total: number } {
  const breaks: Break[] = []
  const starts: number[] = []
  let offset = 0
  blocks.forEach((block, index) => {
    starts.push(offset)
    if (block.type === 'page') breaks.push({ page: block.page, block: index, offset })
    else if (block.type === 'paragraph') {
      for (const part of block.parts) {
        if ('marker' in part) breaks.push({ page: part.marker, block: index, offset })
        else offset += textLength(part.text)
      }
    } else offset += blockLength(block)
  })
  return { breaks, starts, total: offset }
}

/**
 * Where each page's break stands in the text: the characters of text (white space not counted)
 * before it. Pages with no break in the blocks are absent.
 *
 * @param blocks The body blocks.
 * @returns The offset of each page's break.
 */
export function breakOffsets(blocks: readonly Block[]): Map<PageRef, number> {
  return new Map(readBreaks(blocks).breaks.map((entry) => [entry.page, entry.offset]))
}

const holdsText = (block: Block | undefined): boolean => block !== undefined && blockLength(block) > 0

/** The first raw-input line of the text from block `index` on (a page break block has none: the text after it), or 0. */
function firstLine(blocks: readonly Block[], index: number): number {
  for (let at = index; at < blocks.length; at += 1) {
    const block = blocks[at] as Block
    const line = block.type === 'paragraph' ? block.parts.find((part): part is Extract<typeof part, { line: number }> => 'line' in part)?.line : 'line' in block ? block.line : undefined
    if (line !== undefined) return line
  }
  return 0
}

/**
 * The raw-input line where each page's break stands: the first line of the text from the
 * block that holds it on (0 where there is none). Pages with no break in the blocks are absent.
 *
 * @param blocks The body blocks.
 * @returns The 1-based line of each page's break.
 */
export function pageBreakLines(blocks: readonly Block[]): Map<PageRef, number> {
  return new Map(readBreaks(blocks).breaks.map((entry) => [entry.page, firstLine(blocks, entry.block)]))
}

/** A page number the text did not print: a break placed by estimate, or a footnote rule's break numbered by its place. */
export interface EstimatedPage {
  page: PageRef
  /** 1-based raw-input line of the block the break stands before or in (0 when the block has none). */
  line: number
  /** `placed`: break and number estimated; `numbered`: the break was read (a footnote rule), its number estimated. */
  kind: 'placed' | 'numbered'
  /** The printed page numbers the estimate comes from: on both sides, or (`after`) the first and last of the article, whose text per page it extends past the last. */
  between: [number, number]
  /** Whether the page comes after the last printed page number, estimated from the text a page holds before it. */
  after: boolean
}

/** A stretch of text whose pages are estimated: from a numbered break to the next (or to the end of the text). */
interface Span {
  from: Break
  to: Break
  /** The unnumbered breaks between. */
  between: Break[]
  perPage: number
  printed: [number, number]
  after: boolean
}

/**
 * Pages whose end left no evidence in the extraction (no running head, no footnote rule),
 * estimated from the amount of text. Between two numbered breaks `a` and `b` the text holds
 * `b − a` pages; printed pages of an article hold about the same amount of text, so page
 * `a + k` starts about `k / (b − a)` of the way. An unnumbered break there (a footnote rule)
 * gets the number its place gives (above the one before it, leaving room for the ones after);
 * each page still missing becomes a page break before the block (paragraph, heading, table,
 * figure) in which its estimated start falls: at a block boundary, since the exact place is
 * not known, and never before the break ahead of it or together with another break; a heading
 * is kept with the block after it (a page that starts in that block starts at the heading; not a
 * run-in heading, which is on the first line of that block). After
 * the last numbered break the pages go on at the amount of text a page held between the
 * first and the last numbered ones (the article's own measure, when it printed two page
 * numbers): page `b + k` starts `k` pages' worth after `b` while text is left. No text moves;
 * before the first numbered break nothing is estimated (the title page and the front matter
 * hold less text than a page of the body). Run it before the pages are numbered by
 * counting, so that only numbers read from the page (running heads) are trusted.
 *
 * @param blocks The body blocks, changed in place (page blocks inserted).
 * @param pages The pages, changed in place (numbers given, estimated pages added).
 * @returns Every page number given by estimate, to be reported: none of them was printed.
 */
export function estimateMissingPages(blocks: Block[], pages: PageRef[]): EstimatedPage[] {
  const { breaks, starts, total } = readBreaks(blocks)
  const estimated: EstimatedPage[] = []
  const insertions: Array<{ before: number; page: PageRef }> = []
  const numbered = breaks.filter((entry) => entry.page.number !== undefined)
  const spans: Span[] = []
  for (let anchor = 0; anchor + 1 < numbered.length; anchor += 1) {
    const from = numbered[anchor] as Break
    const to = numbered[anchor + 1] as Break
    const count = (to.page.number as number) - (from.page.number as number)
    if (count < 2 || to.offset <= from.offset) continue
    const between = breaks.slice(breaks.indexOf(from) + 1, breaks.indexOf(to))
    spans.push({ from, to, between, perPage: (to.offset - from.offset) / count, printed: [from.page.number as number, to.page.number as number], after: false })
  }
  const first = numbered[0]
  const last = numbered[numbered.length - 1]
  if (first !== undefined && last !== undefined && (last.page.number as number) > (first.page.number as number) && last.offset > first.offset) {
    const perPage = (last.offset - first.offset) / ((last.page.number as number) - (first.page.number as number))
    // Pages that start after the last numbered break: one each page's worth of text, while text is left.
    const more = Math.max(0, Math.ceil((total - last.offset) / perPage) - 1)
    const end: Break = { page: { index: -1, number: (last.page.number as number) + more + 1 }, block: blocks.length, offset: total }
    if (more > 0) spans.push({ from: last, to: end, between: breaks.slice(breaks.indexOf(last) + 1), perPage, printed: [first.page.number as number, last.page.number as number], after: true })
  }
  for (const span of spans) estimateSpan(blocks, starts, span, pages, insertions, estimated)
  for (const { before, page } of insertions.sort((a, b) => b.before - a.before || (b.page.number as number) - (a.page.number as number))) blocks.splice(before, 0, { type: 'page', page })
  // Pages are indexed in reading order (counting from the numbered ones relies on it).
  const ordered = [...new Set([pages[0] as PageRef, ...readBreaks(blocks).breaks.map((entry) => entry.page), ...pages])]
  ordered.forEach((page, index) => {
    page.index = index
    pages[index] = page
  })
  return estimated.sort((a, b) => (a.page.number as number) - (b.page.number as number))
}

/** Number the unnumbered breaks of a span by their place and place the pages still missing in it. */
function estimateSpan(blocks: readonly Block[], starts: readonly number[], span: Span, pages: PageRef[], insertions: Array<{ before: number; page: PageRef }>, estimated: EstimatedPage[]): void {
  const { from, to, between, perPage, printed, after: beyond } = span
  const first = from.page.number as number
  const report = (page: PageRef, block: number, kind: EstimatedPage['kind']): void => {
    estimated.push({ page, line: firstLine(blocks, block), kind, between: printed, after: beyond })
  }
  // Number the unnumbered breaks between by their place.
  let previous = first
  between.forEach((entry, position) => {
    const highest = (to.page.number as number) - (between.length - position)
    const estimate = first + Math.round((entry.offset - from.offset) / perPage)
    const number = Math.min(highest, Math.max(previous + 1, estimate))
    if (number > previous && number <= highest) {
      entry.page.number = number
      previous = number
      report(entry.page, entry.block, 'numbered')
    }
  })
  // Place the pages still missing between the breaks on both sides of each.
  const known = [from, ...between.filter((entry) => entry.page.number !== undefined), to]
  for (let side = 0; side + 1 < known.length; side += 1) {
    const left = known[side] as Break
    const right = known[side + 1] as Break
    // A page break block is followed by its text: the next break goes after at least one block of it.
    let after = blocks[left.block]?.type === 'page' ? left.block + 1 : left.block
    for (let number = (left.page.number as number) + 1; number < (right.page.number as number); number += 1) {
      const target = from.offset + (number - first) * perPage
      let before = -1
      for (let index = after + 1; index <= right.block && index < blocks.length; index += 1) {
        if (index === right.block && blocks[index]?.type === 'page') break
        if (!holdsText(blocks[index])) continue
        if (before === -1 || (starts[index] as number) <= target) before = index
        else break
      }
      if (before === -1) continue
      // A heading is kept with the text after it (never the last line of a page): a page that
      // starts in the block after a heading starts at the heading. Not a run-in heading: it is
      // on the first line of that block, which a page can end after.
      const heading = blocks[before - 1]
      if (before - 1 > after && heading?.type === 'heading' && heading.runIn !== true) before -= 1
      const page: PageRef = { index: pages.length, number }
      pages.push(page)
      insertions.push({ before, page })
      report(page, before, 'placed')
      after = before
    }
  }
}
