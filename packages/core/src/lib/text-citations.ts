import { tagCitations } from './citations/tag-citations.js'
import { joinLines } from './join-lines.js'
import type { Lang, TaggedCitation } from './model.js'
import { dominantScript } from './script.js'
import { splitSentences } from './segment-text.js'

/** A sentence of a plain-text document. */
export interface TextSentence {
  /** Offsets in the document (end exclusive). */
  start: number
  end: number
  lang: Lang
  text: string
  citations: TaggedCitation[]
}

/**
 * Segment a plain-text document (paragraphs separated by blank lines) into sentences,
 * each with its language (by script when `lang` is `auto`) and citations.
 *
 * @param text The document.
 * @param lang Language of all paragraphs, or `auto` to decide per paragraph.
 */
export function segmentText(text: string, lang: Lang | 'auto' = 'auto'): TextSentence[] {
  const sentences: TextSentence[] = []
  for (const { paragraph, citations } of citedParagraphs(text)) {
    const paragraphLang = lang === 'auto' ? (dominantScript(paragraph.text) ?? 'en') : lang
    let next = 0
    for (const span of splitSentences(paragraph.text, paragraphLang, citations)) {
      // Citations are sorted by start: walk them once alongside the sentences.
      while (next < citations.length && (citations[next] as TaggedCitation).start < span.start) next++
      const inside: TaggedCitation[] = []
      while (next < citations.length && (citations[next] as TaggedCitation).start < span.end) {
        inside.push(shift(citations[next++] as TaggedCitation, paragraph.start))
      }
      sentences.push({
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        lang: paragraphLang,
        text: joinLines(paragraph.text.slice(span.start, span.end)),
        citations: inside
      })
    }
  }
  return sentences
}

/**
 * Tag the citations of a whole plain-text document; offsets are into `text`.
 * Paragraph by paragraph, so an unbalanced bracket never spans paragraphs.
 *
 * @param text The document.
 */
export function tagTextCitations(text: string): TaggedCitation[] {
  return [...citedParagraphs(text)].flatMap(({ paragraph, citations }) =>
    citations.map((citation) => shift(citation, paragraph.start))
  )
}

/**
 * The paragraphs of a document with their citations (offsets in the paragraph); authors
 * cited in brackets earlier in the document support narrative citations later on.
 */
function* citedParagraphs(
  text: string
): Generator<{ paragraph: { text: string; start: number }; citations: TaggedCitation[] }> {
  const knownAuthors: string[] = []
  const known = new Set<string>()
  for (const paragraph of paragraphsOf(text)) {
    const citations = tagCitations(paragraph.text, { knownAuthors })
    for (const citation of citations) {
      if (citation.kind !== 'parenthetical') continue
      for (const author of citation.authors) {
        if (known.has(author)) continue
        known.add(author)
        knownAuthors.push(author)
      }
    }
    yield { paragraph, citations }
  }
}

function shift(citation: TaggedCitation, by: number): TaggedCitation {
  return { ...citation, start: citation.start + by, end: citation.end + by }
}

function paragraphsOf(text: string): Array<{ text: string; start: number }> {
  const paragraphs: Array<{ text: string; start: number }> = []
  const separator = /\n[ \t]*(?:\r?\n[ \t]*)+/g
  let start = 0
  for (const match of text.matchAll(separator)) {
    paragraphs.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  paragraphs.push({ text: text.slice(start), start })
  return paragraphs.filter((paragraph) => paragraph.text.trim().length > 0)
}
