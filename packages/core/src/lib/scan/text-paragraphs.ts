import { ibidAntecedentAfter, type IbidAntecedent } from '../citations/ibid.js'
import { rememberedAuthors, tagCitations } from '../citations/tag-citations.js'
import type { TaggedCitation } from '../model.js'

/** A paragraph of a plain-text document. */
export interface TextParagraph {
  /** The paragraph's text. */
  text: string
  /** Its offset in the document. */
  start: number
}

const paragraphSeparator = /\n[ \t]*(?:\r?\n[ \t]*)+/g
const nonWhiteSpace = /\S/

/**
 * The paragraphs of a plain-text document (separated by blank lines), one at a time;
 * paragraphs of only white space are left out.
 *
 * @param text The document.
 */
export function* textParagraphs(text: string): Generator<TextParagraph> {
  const separator = new RegExp(paragraphSeparator)
  let start = 0
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    const paragraph = text.slice(start, match.index)
    if (nonWhiteSpace.test(paragraph)) yield { text: paragraph, start }
    start = match.index + match[0].length
  }
  const last = text.slice(start)
  if (nonWhiteSpace.test(last)) yield { text: last, start }
}

/**
 * The paragraphs of a document with their citations (offsets in the paragraph). Authors
 * cited earlier in the document support narrative citations later on (`rememberedAuthors`),
 * an ibid. refers back to the work cited before it, across paragraphs; each
 * author is remembered once, so the cost per paragraph does not grow with the document.
 *
 * @param text The document.
 */
export function* citedParagraphs(text: string): Generator<{ paragraph: TextParagraph; citations: TaggedCitation[] }> {
  const knownAuthors: string[] = []
  const remembered = new Set<string>()
  let ibidAntecedent: IbidAntecedent = null
  for (const paragraph of textParagraphs(text)) {
    const citations = tagCitations(paragraph.text, { knownAuthors, ibidAntecedent })
    ibidAntecedent = ibidAntecedentAfter(citations, ibidAntecedent)
    for (const citation of citations) {
      for (const author of rememberedAuthors(citation)) {
        if (remembered.has(author)) continue
        remembered.add(author)
        knownAuthors.push(author)
      }
    }
    yield { paragraph, citations }
  }
}
