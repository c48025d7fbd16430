import type { Article, Dir, Lang, SegmentKind, TaggedCitation } from '@matn/core'

/**
 * A citation as carried by a {@link SegmentRow}, located in the row's text: the fields of
 * a tagged citation, with `start` and `end` as UTF-16 offsets of `raw` in the row's `text`
 * (end exclusive), or null if not found there.
 */
export interface SegmentRowCitation extends Omit<TaggedCitation, 'start' | 'end'> {
  id: string
  start: number | null
  end: number | null
}

/** One segment of an article with its citations, as one JSONL line. */
export interface SegmentRow {
  article: string
  id: string
  lang: Lang
  dir: Dir
  kind: SegmentKind
  section: string[]
  page: number | null
  text: string
  norm: string
  /** Labels of the footnote markers in the segment. */
  footnotes: string[]
  citations: SegmentRowCitation[]
}

/**
 * One row per segment of an article, in document order, each with its citations (their
 * offsets in the segment's text rather than in the source file).
 *
 * @param article The article.
 * @returns The rows.
 */
export function segmentRows(article: Article): SegmentRow[] {
  const citations = new Map(article.citations.map((citation) => [citation.id, citation]))
  return article.segments.map((segment) => {
    let from = 0
    const rows = segment.citations.flatMap((id): SegmentRowCitation[] => {
      const citation = citations.get(id)
      if (!citation) return []
      const found = locate(segment.text, citation.raw, from)
      if (found) from = found.end
      return [
        {
          id: citation.id,
          raw: citation.raw,
          start: found?.start ?? null,
          end: found?.end ?? null,
          authors: [...citation.authors],
          etAl: citation.etAl,
          year: citation.year,
          yearSuffix: citation.yearSuffix,
          calendar: citation.calendar,
          pages: citation.pages,
          kind: citation.kind,
          key: citation.key,
          mirrored: citation.mirrored,
          ...(citation.undated ? { undated: citation.undated } : {}),
          ...(citation.original ? { original: { ...citation.original } } : {}),
          ...(citation.titleAsAuthor ? { titleAsAuthor: citation.titleAsAuthor } : {}),
          ...(citation.ibid ? { ibid: citation.ibid } : {})
        }
      ]
    })
    return {
      article: article.id,
      id: segment.id,
      lang: segment.lang,
      dir: segment.dir,
      kind: segment.kind,
      section: [...segment.section],
      page: segment.page,
      text: segment.text,
      norm: segment.norm,
      footnotes: [...segment.footnotes],
      citations: rows
    }
  })
}

/** Find `raw` in `text` from `from`, letting any run of white space in `raw` match one space. */
function locate(text: string, raw: string, from: number): { start: number; end: number } | undefined {
  const exact = text.indexOf(raw, from)
  if (exact >= 0) return { start: exact, end: exact + raw.length }
  const pattern = raw
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  const match = new RegExp(pattern, 'g')
  match.lastIndex = from
  const result = match.exec(text)
  return result ? { start: result.index, end: result.index + result[0].length } : undefined
}
