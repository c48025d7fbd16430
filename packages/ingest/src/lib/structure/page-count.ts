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
 * @param pages The pages in reading order (index = position), changed in place.
 * @param maxPageText The most characters of text (white space not counted) a page can hold.
 * @returns The pages numbered by counting from one side (to be reported) and those left unnumbered.
 */
export function numberPagesByCount(blocks: readonly Block[], pages: readonly PageRef[], maxPageText: number): { counted: CountedPage[]; uncounted: UncountedPage[] } {
  const counted: CountedPage[] = []
  const uncounted: UncountedPage[] = []
  const anchors = pages.filter((page) => page.number !== undefined)
  if (anchors.length === 0) return { counted, uncounted }
  const offsets = breakOffsets(blocks)
  // The longest stretch of text between two consecutive breaks from page `a` to page `b` (indices, a < b).
  const longestStretch = (a: number, b: number): number => {
    let longest = 0
    for (let index = a; index < b; index += 1) {
      const start = offsets.get(pages[index] as PageRef)
      const end = offsets.get(pages[index + 1] as PageRef)
      if (start !== undefined && end !== undefined) longest = Math.max(longest, end - start)
    }
    return longest
  }
  for (const page of pages) {
    if (page.number !== undefined) continue
    const before = [...anchors].reverse().find((anchor) => anchor.index < page.index)
    const after = anchors.find((anchor) => anchor.index > page.index)
    const fromBefore = before ? (before.number as number) + page.index - before.index : undefined
    const fromAfter = after ? (after.number as number) - (after.index - page.index) : undefined
    if (fromBefore !== undefined && fromAfter !== undefined) {
      // Numbers counted from the anchors on both sides must agree (no page break was missed between).
      if (fromBefore === fromAfter) page.number = fromBefore
      continue
    }
    const anchor = (before ?? after) as PageRef
    const number = (fromBefore ?? fromAfter) as number
    if (page.index === 0) {
      page.number = number
      continue
    }
    const stretch = before ? longestStretch(before.index, page.index) : longestStretch(page.index, anchor.index)
    if (stretch > maxPageText) uncounted.push({ page, from: anchor.number as number, counted: number, stretch })
    else {
      page.number = number
      counted.push({ page, from: anchor.number as number })
    }
  }
  return { counted, uncounted }
}
