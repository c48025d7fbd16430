import type { Article } from '@matn/core'

/** One term pair of a footnote glossary (a footnote that glosses a term in the other language). */
export interface GlossaryEntry {
  /** The term in each language. */
  translation: { en: string; fa: string }
  article: string
  /** Label of the footnote (`236-1`). */
  footnote: string
  /** Id of the segment whose text holds the glossed term. */
  segment: string
  /** The full text of that segment. */
  context: string
  /**
   * How the glossed term was delimited in `context`: `quoted` when the marker follows a
   * quotation (`«ائتلاف»`), `words` when the term is taken as the same number of words before
   * the marker as the gloss has (`جان مرشایمر` ← `John Mearsheimer`). A heuristic: check it.
   */
  extent: 'quoted' | 'words'
}

/** A footnote longer than this many words is a note, not a gloss. */
const maxGlossWords = 6

/**
 * The footnote glossary of an article: every footnote whose text is in the other language
 * than the sentence holding its marker, is short enough to be a term (at most 6 words), and
 * has its marker's place recorded (`Footnote.markerOffset`), paired with the term before the
 * marker. In footnote order.
 *
 * @param article The article.
 * @returns The term pairs.
 */
export function footnoteGlossary(article: Article): GlossaryEntry[] {
  const segments = new Map(article.segments.map((segment) => [segment.id, segment]))
  return article.footnotes.flatMap((footnote): GlossaryEntry[] => {
    const holder = footnote.segment === null ? undefined : segments.get(footnote.segment)
    const gloss = footnote.text.trim()
    const words = gloss.split(/\s+/).filter(Boolean)
    if (!holder || footnote.markerOffset === undefined || holder.lang === footnote.lang) return []
    if (words.length === 0 || words.length > maxGlossWords) return []
    const term = termBefore(holder.text.slice(0, footnote.markerOffset), words.length)
    if (!term) return []
    const translation = holder.lang === 'fa' ? { en: gloss, fa: term.text } : { en: term.text, fa: gloss }
    return [
      { translation, article: article.id, footnote: footnote.label, segment: holder.id, context: holder.text, extent: term.extent }
    ]
  })
}

const quotation = /[«"“]([^«»"“”]+)[»"”]\s*[:：]?\s*$/u
const edgePunctuation = /^[\p{P}\s]+|[\p{P}\s]+$/gu

function termBefore(before: string, count: number): { text: string; extent: GlossaryEntry['extent'] } | undefined {
  const quoted = quotation.exec(before)?.[1]?.trim()
  if (quoted) return { text: quoted, extent: 'quoted' }
  const words = before.replace(edgePunctuation, '').split(/\s+/).filter(Boolean)
  const text = words.slice(-count).join(' ').replace(edgePunctuation, '')
  return text ? { text, extent: 'words' } : undefined
}
