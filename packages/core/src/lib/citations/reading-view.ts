/**
 * The text as the citation rules read it: bidirectional controls left out (they are
 * invisible and only steer display, but PDF extraction of right-to-left pages strews them
 * around Latin names: `(Walt\u200F, 1987)`) and Arabic presentation forms read as their
 * letters (`(ﻭﺍﻟﺖ، ۱۳۸۷)`), with the way back to offsets in the text as printed.
 */

/** Bidirectional controls: LRM, RLM, ALM, embeddings, overrides and isolates. */
export const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const presentationForm = /[\uFB50-\uFDFF\uFE70-\uFEFC]/
const needsView = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFB50-\uFDFF\uFE70-\uFEFC]/

/** A reading of a text with a map back to it. */
export interface ReadingView {
  /** The text to read. */
  text: string
  /** `starts[i]`: offset in the printed text of the character that gave `text[i]`. */
  starts: number[]
}

/**
 * The reading view of a text, or undefined when it is the text itself.
 *
 * @param printed Text as printed.
 */
export function readingView(printed: string): ReadingView | undefined {
  if (!needsView.test(printed)) return undefined
  const pieces: string[] = []
  const starts: number[] = []
  for (let index = 0; index < printed.length; index++) {
    const character = printed[index] as string
    if (bidiControl.test(character)) continue
    const read = presentationForm.test(character) ? character.normalize('NFKC') : character
    pieces.push(read)
    for (let part = 0; part < read.length; part++) starts.push(index)
  }
  return { text: pieces.join(''), starts }
}

/**
 * Offsets in the printed text of a span of the view (end exclusive): from the first
 * character that gave its first character to just after the one that gave its last.
 *
 * @param view The reading view.
 * @param start Start in the view.
 * @param end End in the view (exclusive, greater than start).
 */
export function printedSpan(view: ReadingView, start: number, end: number): { start: number; end: number } {
  return { start: view.starts[start] ?? 0, end: (view.starts[end - 1] ?? 0) + 1 }
}
