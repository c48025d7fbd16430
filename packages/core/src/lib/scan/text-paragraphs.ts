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

const nonWhiteSpace = /\S/

/**
 * The paragraphs of a plain-text document (separated by blank lines), one at a time;
 * paragraphs of only white space are left out.
 *
 * @param text The document.
 */
export function* textParagraphs(text: string): Generator<TextParagraph> {
  let start = 0
  for (let lineFeed = text.indexOf('\n'); lineFeed >= 0; ) {
    const end = separatorEnd(text, lineFeed)
    if (end < 0) {
      lineFeed = text.indexOf('\n', lineFeed + 1)
      continue
    }
    const paragraph = text.slice(start, lineFeed)
    if (nonWhiteSpace.test(paragraph)) yield { text: paragraph, start }
    start = end
    lineFeed = text.indexOf('\n', end)
  }
  const last = text.slice(start)
  if (nonWhiteSpace.test(last)) yield { text: last, start }
}

/**
 * Where the paragraph separator that starts at the line feed `at` ends, or -1 when none
 * starts there: what `/\n[ \t]*(?:\r?\n[ \t]*)+/y` matches, without a regular expression
 * trying every line feed of the document.
 */
function separatorEnd(text: string, at: number): number {
  let end = -1
  let index = skipSpacesAndTabs(text, at + 1)
  for (;;) {
    const lineFeed = text.charCodeAt(index) === 0x0d ? index + 1 : index
    if (text.charCodeAt(lineFeed) !== 0x0a) return end
    index = skipSpacesAndTabs(text, lineFeed + 1)
    end = index
  }
}

function skipSpacesAndTabs(text: string, from: number): number {
  let index = from
  for (let unit = text.charCodeAt(index); unit === 0x20 || unit === 0x09; unit = text.charCodeAt(index)) index++
  return index
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
