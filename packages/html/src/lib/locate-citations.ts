import { decodeCharacterReferences, type Citation } from '@matn/core'

/** A piece of a segment's text: plain text or a citation. */
export type TextPiece = { type: 'text'; text: string } | { type: 'citation'; text: string; citation: Citation }

/** Where a citation sits in a segment's text, when it can be found. */
export interface LocatedCitations {
  /** The text cut into plain runs and citations, in order; joined they give the text. */
  pieces: TextPiece[]
  /** Citations whose printed form could not be found in the text (kept, never dropped). */
  unlocated: Citation[]
}

/**
 * Find the citations of a segment in its text. `Citation.raw` is the citation as written
 * in the source file, which may hold line breaks and inline markup that the segment's
 * `text` has not; it is looked up as is, then with soft line breaks as one space, then
 * with inline markup (comments, footnote markers, emphasis) removed, then with character
 * references (`&#x200F;`) decoded as well.
 *
 * @param text The segment's text.
 * @param citations Its citations.
 * @returns The text in pieces, and the citations not found.
 */
export function locateCitations(text: string, citations: readonly Citation[]): LocatedCitations {
  const pieces: TextPiece[] = []
  const unlocated: Citation[] = []
  let cursor = 0
  for (const citation of [...citations].sort((a, b) => a.start - b.start)) {
    const found = findForm(text, citation.raw, cursor)
    if (!found) {
      unlocated.push(citation)
      continue
    }
    if (found.start > cursor) pieces.push({ type: 'text', text: text.slice(cursor, found.start) })
    pieces.push({ type: 'citation', text: text.slice(found.start, found.end), citation })
    cursor = found.end
  }
  if (cursor < text.length) pieces.push({ type: 'text', text: text.slice(cursor) })
  return { pieces, unlocated }
}

function findForm(text: string, raw: string, from: number): { start: number; end: number } | undefined {
  const withoutMarkup = (value: string): string =>
    value
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\[\^[^\]\s]+\]/g, '')
      .replace(/[*_`\\]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  const forms = [raw, raw.replace(/[ \t]*\r?\n[ \t]*/g, ' '), withoutMarkup(raw), withoutMarkup(decodeCharacterReferences(raw))]
  for (const form of forms) {
    if (form.length === 0) continue
    const start = text.indexOf(form, from)
    if (start >= 0) return { start, end: start + form.length }
  }
  return undefined
}
