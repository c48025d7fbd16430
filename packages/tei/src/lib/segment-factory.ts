/**
 * Makes the segments of an article being read: the fields TEI carries by structure come
 * from the reader, the derived ones (`dir`, `norm`) are computed as the parser computes
 * them, and `position` comes from the document's `spanGrp type="source-position"`.
 */
import { normalizePersian, type Lang, type Segment, type SegmentKind, type Span } from '@matn/core'

/** Where a span is unknown (the document has no source positions): line 1, column 1, offset 0. */
export const unknownSpan: Span = Object.freeze({
  start: Object.freeze({ line: 1, column: 1, offset: 0 }),
  end: Object.freeze({ line: 1, column: 1, offset: 0 })
})

/** Makes segments with their derived fields. */
export class SegmentFactory {
  /**
   * @param positions Source positions by matn id.
   */
  constructor(private readonly positions: ReadonlyMap<string, Span>) {}

  /**
   * The position of a segment or citation.
   *
   * @param id Its matn id.
   */
  position(id: string): Span {
    const span = this.positions.get(id) ?? unknownSpan
    return { start: { ...span.start }, end: { ...span.end } }
  }

  /**
   * A segment (its `citations` and `footnotes` empty, for the reader to fill).
   *
   * @param id Its id.
   * @param lang Its language.
   * @param kind What it is.
   * @param text Its text.
   * @param where Its section path and printed page.
   */
  make(id: string, lang: Lang, kind: SegmentKind, text: string, where: { section: readonly string[]; page: number | null }): Segment {
    return {
      id,
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      kind,
      section: [...where.section],
      page: where.page,
      position: this.position(id),
      text,
      norm: normalizePersian(text),
      citations: [],
      footnotes: []
    }
  }
}
