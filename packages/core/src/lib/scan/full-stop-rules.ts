import { LATIN_TERMINAL, PUNCTUATION, WHITE_SPACE, WORD } from './char-class.js'
import { JOINS_NEXT, JOINS_PREVIOUS, type ScanState } from './scan-state.js'

const fullStop = 0x2e

/**
 * parse-latin `mergeRemainingFullStops`: inside each sentence, a full stop that is not the
 * sentence's last terminal mark joins the word before it (`U.S. policy`) or, with none
 * before, the word after it (`.net`), unless it is spaced out like ` . .`. Only words
 * change, so this runs only when words are wanted. The plugin walks a sentence from its
 * end and removes what it joins; the children to the right are kept on a stack, so a
 * sentence costs time linear in its length.
 */
export function joinRemainingFullStops(state: ScanState): void {
  const right: number[] = []
  for (let index = 0; index < state.sentenceCount; index++) {
    right.length = 0
    joinInSentence(state, state.sentenceStart[index] as number, state.sentenceStart[index + 1] as number, right)
  }
}

/** The node a child of a sentence starts at: a word with full stops joined to it is one child. */
function childAt(state: ScanState, node: number, start: number): number {
  let child = node
  while (child > start && state.nodeJoin[child] === JOINS_PREVIOUS) child = state.nodePrev[child] as number
  return child
}

function joinInSentence(state: ScanState, start: number, end: number, right: number[]): void {
  const { nodeKind, nodeJoin, nodePrev } = state
  let foundDelimiter = false
  let child = start < end ? (nodePrev[end] as number) : -1
  while (child >= start) {
    child = childAt(state, child, start)
    const kind = nodeKind[child] as number
    const before = child > start ? (nodePrev[child] as number) : -1
    if (kind < PUNCTUATION || !state.tokenAll(child, LATIN_TERMINAL)) {
      if (kind === WORD) foundDelimiter = true
      right.push(child)
      child = before
      continue
    }
    if (!foundDelimiter || !state.markIs(child, fullStop)) {
      foundDelimiter = true
      right.push(child)
      child = before
      continue
    }
    const previous = before >= 0 ? childAt(state, before, start) : -1
    const next = right[right.length - 1]
    if (previous >= 0 && nodeKind[previous] === WORD) {
      const nextNext = right[right.length - 2]
      if (next !== undefined && nextNext !== undefined && nodeKind[next] === WHITE_SPACE && state.markIs(nextNext, fullStop)) {
        right.push(child)
        child = before
        continue
      }
      nodeJoin[child] = JOINS_PREVIOUS
      right.push(previous)
      child = previous > start ? (nodePrev[previous] as number) : -1
      continue
    }
    if (next !== undefined && nodeKind[next] === WORD) nodeJoin[child] = JOINS_NEXT
    else right.push(child)
    child = before
  }
}
