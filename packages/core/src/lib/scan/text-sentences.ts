import { sentenceId } from '../ids.js'
import type { Lang, TaggedCitation } from '../model.js'
import { normalizePersian } from '../normalize.js'
import { dominantScriptIn } from '../script.js'
import { location } from 'vfile-location'
import { scanSentencesIn } from './scan-sentences.js'
import { citedParagraphs } from './text-paragraphs.js'

/** A sentence of a plain-text document, with where it stands. */
export interface TextSentenceRecord {
  /** Offsets in the document (end exclusive). */
  start: number
  end: number
  lang: Lang
  /** The sentence, line breaks and the white space around them as one space. */
  text: string
  /** Its citations, offsets in the document. */
  citations: TaggedCitation[]
  /** Paragraph number among the paragraphs of the same language (1-based). */
  paragraph: number
  /** Sentence number in its paragraph (1-based). */
  sentence: number
}

/**
 * The sentences of a plain-text document (paragraphs separated by blank lines), one at a
 * time, each with its language (by script when `lang` is `auto`) and citations. Memory
 * stays bounded by the largest paragraph, so documents of any size stream through.
 *
 * @param text The document.
 * @param lang Language of all paragraphs, or `auto` to decide per paragraph.
 */
export function* textSentences(text: string, lang: Lang | 'auto' = 'auto'): Generator<TextSentenceRecord> {
  const paragraphCount: Record<Lang, number> = { fa: 0, en: 0 }
  for (const { paragraph, citations } of citedParagraphs(text)) {
    // The script count and the scanner read the document in place, not the paragraph's slice.
    const paragraphEnd = paragraph.start + paragraph.text.length
    const paragraphLang = lang === 'auto' ? (dominantScriptIn(text, paragraph.start, paragraphEnd) ?? 'en') : lang
    const spans = scanSentencesIn(text, paragraph.start, paragraphEnd, paragraphLang, citations)
    if (spans.length === 0) continue
    const number = ++paragraphCount[paragraphLang]
    let next = 0
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index] as { start: number; end: number }
      while (next < citations.length && (citations[next] as TaggedCitation).start < span.start) next++
      const own: TaggedCitation[] = []
      for (; next < citations.length && (citations[next] as TaggedCitation).start < span.end; next++) {
        const citation = citations[next] as TaggedCitation
        own.push({ ...citation, start: citation.start + paragraph.start, end: citation.end + paragraph.start })
      }
      yield {
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        lang: paragraphLang,
        text: joinLines(text.slice(paragraph.start + span.start, paragraph.start + span.end)),
        citations: own,
        paragraph: number,
        sentence: index + 1
      }
    }
  }
}

/** A segment of a plain-text document: a sentence with its id, place and normalized text. */
export interface TextSegment extends TextSentenceRecord {
  /** `fa-p3-s2`: language, paragraph and sentence, stable for the same text. */
  id: string
  /** Line (1-based) of the first character. */
  line: number
  /** Column (1-based, UTF-16 units) of the first character. */
  column: number
  /** The normalized form of `text` (`normalizePersian`). */
  norm: string
}

/**
 * The segments of a plain-text document, one at a time: `textSentences` plus segment
 * ids, line and column, and the normalized text — everything `matn segment` prints.
 *
 * @param text The document.
 * @param lang Language of all paragraphs, or `auto` to decide per paragraph.
 */
export function* textSegments(text: string, lang: Lang | 'auto' = 'auto'): Generator<TextSegment> {
  const place = location(text)
  for (const sentence of textSentences(text, lang)) {
    const point = place.toPoint(sentence.start)
    yield {
      start: sentence.start,
      end: sentence.end,
      lang: sentence.lang,
      text: sentence.text,
      citations: sentence.citations,
      paragraph: sentence.paragraph,
      sentence: sentence.sentence,
      id: sentenceId(sentence.lang, sentence.paragraph, sentence.sentence),
      line: point?.line ?? 1,
      column: point?.column ?? 1,
      norm: normalizePersian(sentence.text)
    }
  }
}

/**
 * Replace each run of white space that holds a line feed by one space (what
 * `value.replace(/\s*\n\s*\/g, ' ')` does, in one linear pass).
 */
function joinLines(value: string): string {
  if (!value.includes('\n')) return value
  let result = ''
  let copied = 0
  let index = value.indexOf('\n')
  while (index >= 0) {
    let start = index
    while (start > copied && /\s/.test(value[start - 1] as string)) start--
    let end = index + 1
    while (end < value.length && /\s/.test(value[end] as string)) end++
    result += `${value.slice(copied, start)} `
    copied = end
    index = value.indexOf('\n', end)
  }
  return result + value.slice(copied)
}
