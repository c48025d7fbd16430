import type { Block, PageRef } from './body.js'
import { breakOffsets } from './page-estimate.js'

/** A page numbered by counting the breaks from one printed number, with none on the other side to check the count. */
export interface CountedPage {
  page: PageRef
  /** The printed (or estimated) page number counted from. */
  from: number
}

/** A page break read (a footnote rule, a footnote) whose number counting would give but the text refutes. */
export interface UncountedPage {
  page: PageRef
  /** The printed (or estimated) page number the count would start from. */
  from: number
  /** The number the count would give. */
  counted: number
  /** Characters of text between two breaks of the count: more than a page holds. */
  stretch: number
}

/**
 * The most lines of text a printed page holds. A bound, not a fit: a journal page at body type
 * size prints 25–45 lines; no page holds sixty lines' worth of text, so a stretch of more text
 * between two page breaks hides a page end that left no mark.
 */
export const maxLinesPerPage = 60

/**
 * Number the pages that no running head numbered from those that have a number. A page between
 * two numbered ones is numbered only when the counts from both sides agree. A page with a number
 * on one side only is numbered by counting the breaks from it, unless the text between two
 * breaks of that count (from the numbered page to this one) is more than a page holds
 * (`maxPageText`): then a page end that left no mark lies there, the count would give a wrong
 * number, and the page stays unnumbered (its break writes no marker). The title page (index 0,
 * no break in the body) is counted back from the first numbered page.
 *
 * @param blocks The body blocks, in reading order.
 * @param pages The pages in reading order, changed in place.
 * @param maxPageText The most characters of text (white space not counted) a page can hold.
 * @returns The pages numbered by counting from one side (to be reported) and those left unnumbered.
 */
export function numberPagesByCount(blocks: readonly Block[], pages: readonly PageRef[], maxPageText: number): { counted: CountedPage[]; uncounted: UncountedPage[] } {
  const counted: CountedPage[] = []
  const uncounted: UncountedPage[] = []
  if (!pages.some((page) => page.number !== undefined)) return { counted, uncounted }
  const offsets = breakOffsets(blocks)
  // The text between the break of page `i` and the next one (0 where either has no break).
  const stretch = pages.map((page, index) => {
    const start = offsets.get(page)
    const end = index + 1 < pages.length ? offsets.get(pages[index + 1] as PageRef) : undefined
    return start !== undefined && end !== undefined ? end - start : 0
  })
  // For each page: the nearest numbered page before it and the longest stretch since, and the same after it.
  const before: Array<{ anchor: PageRef; at: number; longest: number } | undefined> = []
  let anchor: { page: PageRef; at: number } | undefined
  let longest = 0
  pages.forEach((page, index) => {
    if (index > 0) longest = Math.max(longest, stretch[index - 1] as number)
    if (page.number !== undefined) {
      anchor = { page, at: index }
      longest = 0
    }
    before.push(anchor === undefined ? undefined : { anchor: anchor.page, at: anchor.at, longest })
  })
  const after: Array<{ anchor: PageRef; at: number; longest: number } | undefined> = new Array(pages.length)
  anchor = undefined
  longest = 0
  for (let index = pages.length - 1; index >= 0; index -= 1) {
    const page = pages[index] as PageRef
    if (index + 1 < pages.length) longest = Math.max(longest, stretch[index] as number)
    if (page.number !== undefined) {
      anchor = { page, at: index }
      longest = 0
    }
    after[index] = anchor === undefined ? undefined : { anchor: anchor.page, at: anchor.at, longest }
  }
  pages.forEach((page, index) => {
    if (page.number !== undefined) return
    const fromBefore = before[index]
    const fromAfter = after[index]
    const countedBefore = fromBefore ? (fromBefore.anchor.number as number) + (index - fromBefore.at) : undefined
    const countedAfter = fromAfter ? (fromAfter.anchor.number as number) - (fromAfter.at - index) : undefined
    if (countedBefore !== undefined && countedAfter !== undefined) {
      // Numbers counted from the anchors on both sides must agree (no page break was missed between).
      if (countedBefore === countedAfter) page.number = countedBefore
      return
    }
    const side = (fromBefore ?? fromAfter) as { anchor: PageRef; at: number; longest: number }
    const number = (countedBefore ?? countedAfter) as number
    if (index === 0) {
      page.number = number
      return
    }
    if (side.longest > maxPageText) uncounted.push({ page, from: side.anchor.number as number, counted: number, stretch: side.longest })
    else {
      page.number = number
      counted.push({ page, from: side.anchor.number as number })
    }
  })
  return { counted, uncounted }
}
