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
  const { nodeKind, nodeJoin, nodeNext, nodePrev, tokenStart } = state
  const words: SentenceSpan[] = []
  for (let node = 0; node < state.tokenCount; node = nodeNext[node] as number) {
    if (nodeKind[node] !== WORD) continue
    let first = node
    for (let before = nodePrev[first] as number; before >= 0 && nodeJoin[before] === JOINS_NEXT; before = nodePrev[before] as number) first = before
    let last = node
    for (let after = nodeNext[last] as number; after < state.tokenCount && nodeJoin[after] === JOINS_PREVIOUS; after = nodeNext[after] as number) last = after
    words.push({ start: tokenStart[first] as number, end: tokenStart[nodeNext[last] as number] as number })
  }
  return words
}
