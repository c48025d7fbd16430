import type { Root } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { ParsePersian, mergeAbbreviationSentences, mergeBracketedSentences } from '@matn/retext-persian'
import type { Lang } from './model.js'
import { paragraphChunks } from './paragraph-chunks.js'
import { continuesAfterEnglishAbbreviation } from './scan/reference-abbreviations.js'

/** A sentence as offsets into the text it was found in (end exclusive). */
export interface SentenceSpan {
  start: number
  end: number
}

/**
 * Split one paragraph of plain text into sentences with the retext parsers: ParsePersian
 * for Persian, parse-english (retext-english's parser) for English, both told not to
 * end a sentence inside brackets. Line breaks inside the paragraph do not end sentences.
 * A boundary that falls inside a protected span (a citation) is removed. Paragraphs
 * longer than 8192 characters are parsed in pieces cut at sentence ends (see
 * `paragraphChunks`), which keeps the work linear in the length of the text.
 *
 * @param text One paragraph.
 * @param lang Its language.
 * @param protectedSpans Spans no sentence boundary may cut.
 * @returns Sentence spans covering every non-white-space character, in order.
 */
export function splitSentences(
  text: string,
  lang: Lang,
  protectedSpans: readonly SentenceSpan[] = []
): SentenceSpan[] {
  const flat = text.replace(/[\r\n\u2028\u2029]/g, ' ')
  const spans: SentenceSpan[] = []
  for (const chunk of paragraphChunks(flat)) {
    const tree: Root = parserFor(lang).parse(flat.slice(chunk.start, chunk.end))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode' || !sentence.position) continue
        const start = sentence.position.start.offset ?? 0
        const end = sentence.position.end.offset ?? start
        if (end > start) spans.push({ start: chunk.start + start, end: chunk.start + end })
      }
    }
  }
  return mergeAcrossProtected(trimSpans(flat, spans), protectedSpans)
}

/**
 * The retext parser `splitSentences` uses, for those who want the nlcst tree: ParsePersian
 * for Persian; for English parse-english with brackets kept whole and a full stop after a
 * reference abbreviation (`Fig. 3`, `vs.`) kept inside the sentence. The fast path
 * (`scanSentences`, `scanWords`) gives the same sentence and word spans without a tree.
 *
 * @param lang The language.
 */
export function parserFor(lang: Lang): ParsePersian | ParseEnglish {
  if (lang === 'fa') return new ParsePersian()
  const parser = new ParseEnglish()
  // parse-english's paragraph plugins are its prefix merge and parse-latin's twelve: the
  // abbreviation merge goes after parse-latin's merges (`mergeAffixExceptions`, the seventh).
  parser.tokenizeParagraphPlugins = [
    ...parser.tokenizeParagraphPlugins.slice(0, 7),
    mergeAbbreviationSentences(continuesAfterEnglishAbbreviation),
    ...parser.tokenizeParagraphPlugins.slice(7, -1),
    mergeBracketedSentences,
    ...parser.tokenizeParagraphPlugins.slice(-1)
  ] as typeof parser.tokenizeParagraphPlugins
  return parser
}

function trimSpans(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const result: SentenceSpan[] = []
  for (const span of spans) {
    let { start, end } = span
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    if (end > start) result.push({ start, end })
  }
  return result
}

function mergeAcrossProtected(
  spans: SentenceSpan[],
  protectedSpans: readonly SentenceSpan[]
): SentenceSpan[] {
  if (protectedSpans.length === 0) return spans
  // One pass: `reach` is the furthest end of the protected spans that start before the end
  // of the sentence so far; the boundary after it is cut when one of them reaches past it.
  const guards = [...protectedSpans].sort((a, b) => a.start - b.start)
  const result: SentenceSpan[] = []
  let next = 0
  let reach = -1
  for (const span of spans) {
    const previous = result[result.length - 1]
    if (previous) {
      while (next < guards.length && (guards[next] as SentenceSpan).start < previous.end) {
        reach = Math.max(reach, (guards[next] as SentenceSpan).end)
        next++
      }
    }
    if (previous && reach > span.start) previous.end = span.end
    else result.push({ ...span })
  }
  return result
}
