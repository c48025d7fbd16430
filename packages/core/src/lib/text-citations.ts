import type { Lang, TaggedCitation } from './model.js'
import { citedParagraphs } from './scan/text-paragraphs.js'
import { textSentences } from './scan/text-sentences.js'

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
 * each with its language (by script when `lang` is `auto`) and citations. Linear in the
 * length of the document; `textSentences` gives the same sentences one at a time.
 *
 * @param text The document.
 * @param lang Language of all paragraphs, or `auto` to decide per paragraph.
 */
export function segmentText(text: string, lang: Lang | 'auto' = 'auto'): TextSentence[] {
  const sentences: TextSentence[] = []
  for (const { start, end, lang: sentenceLang, text: sentenceText, citations } of textSentences(text, lang)) {
    sentences.push({ start, end, lang: sentenceLang, text: sentenceText, citations })
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
  const result: TaggedCitation[] = []
  for (const { paragraph, citations } of citedParagraphs(text)) {
    for (const citation of citations) {
      result.push({ ...citation, start: citation.start + paragraph.start, end: citation.end + paragraph.start })
    }
  }
  return result
}
