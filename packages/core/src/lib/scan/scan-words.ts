import type { Lang } from '../model.js'
import type { SentenceSpan } from '../segment-text.js'
import { WORD } from './char-class.js'
import { joinRemainingFullStops } from './full-stop-rules.js'
import { scanParagraph } from './scan-sentences.js'
import { JOINS_NEXT, JOINS_PREVIOUS } from './scan-state.js'

/**
 * The words of one paragraph: the spans of the `WordNode`s the retext parser
 * (ParsePersian or parse-english) builds for it, computed by the scanner without a tree.
 * ZWNJ stays inside a word, numbers stay whole in every digit system, abbreviations and
 * initialisms keep their full stops.
 *
 * @param text One paragraph.
 * @param lang Its language.
 * @returns Word spans, in order.
 */
export function scanWords(text: string, lang: Lang): SentenceSpan[] {
  const state = scanParagraph(text, lang)
  joinRemainingFullStops(state)
  const { nodeKind, nodeJoin } = state
  const words: SentenceSpan[] = []
  for (let node = 0; node < state.nodeCount; node++) {
    if (nodeKind[node] !== WORD) continue
    let first = node
    while (first > 0 && nodeJoin[first - 1] === JOINS_NEXT) first--
    let last = node
    while (nodeJoin[last + 1] === JOINS_PREVIOUS) last++
    words.push({ start: state.nodeFrom(first), end: state.nodeTo(last) })
  }
  return words
}
