import type { Article, Lang } from '@matn/core'
import { oneLine } from './one-line.js'

/** The plain text of one language of an article, with the ids of its lines. */
export interface PlainText {
  /** One segment per line, in document order, each line ending in `\n`. */
  text: string
  /** The id of the segment on the same line of `text`, one per line (the sidecar). */
  ids: string
  /** Number of lines (segments). */
  lines: number
}

/**
 * The segments of one language of an article as plain text, one per line (titles, keywords,
 * headings, sentences, footnotes and table cells, in document order), with a line-aligned
 * sidecar of segment ids. Line breaks inside a segment become spaces, so line *n* of `text`
 * is always the segment named on line *n* of `ids`.
 *
 * @param article The article.
 * @param lang The language.
 * @returns The text and its id sidecar.
 */
export function articleText(article: Article, lang: Lang): PlainText {
  const segments = article.segments.filter((segment) => segment.lang === lang)
  return {
    text: segments.map((segment) => `${oneLine(segment.text)}\n`).join(''),
    ids: segments.map((segment) => `${segment.id}\n`).join(''),
    lines: segments.length
  }
}
