import type { Lang } from '../model.js'
import type { SentenceSpan } from '../segment-text.js'
import { WHITE_SPACE } from './char-class.js'
import { isWhiteSpaceUnit } from '../white-space.js'
import { ScanState } from './scan-state.js'
import { applySentenceRules } from './sentence-rules.js'
import { applyWordRules } from './word-rules.js'

let shared: ScanState | undefined

/**
 * Run the word and sentence rules of the reference parser for `lang` over a paragraph.
 * The state is reused from call to call (one per thread), so scanning allocates only
 * its result.
 *
 * @param text One paragraph, or a document holding it (scanned in place).
 * @param lang Its language.
 * @param from Where the paragraph starts in `text`.
 * @param to Where it ends (exclusive).
 */
export function scanParagraph(text: string, lang: Lang, from = 0, to = text.length): ScanState {
  shared ??= new ScanState()
  shared.tokenize(text, from, to)
  applyWordRules(shared, lang)
  applySentenceRules(shared, lang)
  return shared
}

/**
 * Split one paragraph of plain text into sentences: the same spans as `splitSentences`
 * (the retext parsers, ParsePersian or parse-english, with brackets kept whole), computed
 * by a scanner in linear time without building a syntax tree. Line breaks inside the
 * paragraph do not end sentences; a boundary inside a protected span (a citation) is
 * removed.
 *
 * @param text One paragraph.
 * @param lang Its language.
 * @param protectedSpans Spans no sentence boundary may cut.
 * @returns Sentence spans covering every non-white-space character, in order.
 */
export function scanSentences(
  text: string,
  lang: Lang,
  protectedSpans: readonly SentenceSpan[] = []
): SentenceSpan[] {
  return scanSentencesIn(text, 0, text.length, lang, protectedSpans)
}

/**
 * {@link scanSentences} on the paragraph `text.slice(from, to)` read in place, without
 * the slice; spans and protected spans are offsets in the paragraph (from `from`).
 *
 * @param text A document.
 * @param from Where the paragraph starts.
 * @param to Where it ends (exclusive).
 * @param lang Its language.
 * @param protectedSpans Spans no sentence boundary may cut (offsets in the paragraph).
 */
export function scanSentencesIn(text: string, from: number, to: number, lang: Lang, protectedSpans: readonly SentenceSpan[]): SentenceSpan[] {
  const spans = bracketedSentences(scanParagraph(text, lang, from, to), from)
  return protectedSpans.length === 0 ? spans : mergeAcrossProtected(spans, protectedSpans)
}

/**
 * The sentences as character spans: white space at either end left out (parse-latin
 * makes it a sibling), empty sentences dropped, and a sentence that leaves a bracket open
 * joined with the next when that one closes it (@matn/retext-persian
 * `mergeBracketedSentences`). Spans are trimmed of JavaScript white space, and given from
 * `from` (the paragraph's start in the scanned text).
 */
function bracketedSentences(state: ScanState, from: number): SentenceSpan[] {
  const { sentenceStart, nodeKind, nodeNext, nodePrev, tokenStart, marks } = state
  const spans: SentenceSpan[] = []
  let current: SentenceSpan | undefined
  let depth = 0
  let mark = 0
  for (let index = 0; index < state.sentenceCount; index++) {
    let first = sentenceStart[index] as number
    const end = sentenceStart[index + 1] as number
    let last = nodePrev[end] as number
    // Brackets of the sentence: its standing marks (words and white space hold none).
    let opened = 0
    let unmatchedClosers = 0
    let closesFirst = false
    let seenBracket = false
    for (; mark < state.markCount && (marks[mark] as number) < end; mark++) {
      const node = marks[mark] as number
      if (node < first) continue
      const to = tokenStart[node + 1] as number
      for (let offset = tokenStart[node] as number; offset < to; offset++) {
        const delta = bracketDelta(state.text.charCodeAt(offset))
        if (delta === 0) continue
        if (!seenBracket) {
          seenBracket = true
          closesFirst = delta < 0
        }
        if (delta > 0) opened++
        else if (opened > 0) opened--
        else unmatchedClosers++
      }
    }
    while (first < end && nodeKind[first] === WHITE_SPACE) first = nodeNext[first] as number
    while (last >= first && nodeKind[last] === WHITE_SPACE) last = nodePrev[last] as number
    if (first >= end || last < first) continue
    const span = { start: tokenStart[first] as number, end: tokenStart[nodeNext[last] as number] as number }
    if (current && depth > 0 && closesFirst) {
      current.end = span.end
      depth = Math.max(depth - unmatchedClosers, 0) + opened
      continue
    }
    if (current) pushTrimmed(state.text, current, from, spans)
    current = span
    depth = opened
  }
  if (current) pushTrimmed(state.text, current, from, spans)
  return spans
}

function bracketDelta(unit: number): number {
  if (unit === 0x28 || unit === 0x5b || unit === 0x7b || unit === 0xab) return 1
  if (unit === 0x29 || unit === 0x5d || unit === 0x7d || unit === 0xbb) return -1
  return 0
}

function pushTrimmed(text: string, span: SentenceSpan, from: number, spans: SentenceSpan[]): void {
  let { start, end } = span
  while (start < end && isWhiteSpaceUnit(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end--
  if (end > start) spans.push({ start: start - from, end: end - from })
}

/**
 * Join sentences across a boundary that a protected span covers, in one pass over both
 * lists (protected spans are visited in order of their start).
 */
function mergeAcrossProtected(spans: SentenceSpan[], protectedSpans: readonly SentenceSpan[]): SentenceSpan[] {
  const guards = isSortedByStart(protectedSpans) ? protectedSpans : [...protectedSpans].sort((a, b) => a.start - b.start)
  const result: SentenceSpan[] = []
  let next = 0
  let reach = Number.NEGATIVE_INFINITY
  for (const span of spans) {
    const previous = result[result.length - 1]
    if (previous) {
      while (next < guards.length && (guards[next] as SentenceSpan).start < previous.end) {
        reach = Math.max(reach, (guards[next] as SentenceSpan).end)
        next++
      }
      if (reach > span.start) {
        previous.end = span.end
        continue
      }
    }
    result.push(span)
  }
  return result
}

function isSortedByStart(spans: readonly SentenceSpan[]): boolean {
  for (let index = 1; index < spans.length; index++) {
    if ((spans[index] as SentenceSpan).start < (spans[index - 1] as SentenceSpan).start) return false
  }
  return true
}
