import { englishElisionAffix, englishElisionPrefix } from './unicode-tables.js'
import { INNER_WORD, NUMERICAL, PUNCTUATION, WHITE_SPACE, WORD } from './char-class.js'
import type { ScanState } from './scan-state.js'

/**
 * The word rules of the reference parsers, applied to the node list of a scan: the
 * sentence plugins of parse-latin (initial `&`, final `-`, inner-word symbols, short
 * slashes, initialisms), parse-english's elisions and @matn/retext-persian's joiners and
 * decimal numbers. Each rule is one left-to-right pass that merges a node into its
 * neighbour exactly when the plugin of the same name does, so the words are the same.
 */

const ampersand = 0x26
const hyphen = 0x2d
const slash = 0x2f
const fullStop = 0x2e
const apostrophe = 0x27
const rightQuote = 0x2019
const zeroWidthNonJoiner = 0x200c
const zeroWidthJoiner = 0x200d

/** Which rules run, in order, for a language. */
export function applyWordRules(state: ScanState, lang: 'fa' | 'en'): void {
  if (lang === 'fa') {
    mergeJoinerWords(state)
    mergeDecimalNumbers(state)
  } else {
    mergeEnglishElisions(state)
  }
  mergeInitialAmpersand(state)
  mergeFinalHyphen(state)
  mergeInnerWordSymbols(state)
  mergeShortSlashes(state)
  mergeInitialisms(state)
}

/** Close a pass: `count` nodes remain. */
function finish(state: ScanState, count: number): void {
  state.nodeStart[count] = state.tokenCount
  state.nodeCount = count
}

/** Copy node `from` to slot `to`. */
function keep(state: ScanState, from: number, to: number): void {
  state.nodeStart[to] = state.nodeStart[from] as number
  state.nodeKind[to] = state.nodeKind[from] as number
}

function isJoinerToken(state: ScanState, token: number): boolean {
  const start = state.tokenStart[token] as number
  const end = state.tokenStart[token + 1] as number
  for (let index = start; index < end; index++) {
    const unit = state.text.charCodeAt(index)
    if (unit !== zeroWidthNonJoiner && unit !== zeroWidthJoiner) return false
  }
  return true
}

function isJoinerNode(state: ScanState, node: number): boolean {
  return (state.nodeKind[node] as number) >= PUNCTUATION && isJoinerToken(state, state.nodeStart[node] as number)
}

/** @matn/retext-persian `mergeJoinerWords`: ZWNJ and ZWJ stay inside their word. */
function mergeJoinerWords(state: ScanState): void {
  const { nodeKind, nodeStart, tokenKind } = state
  let write = 0
  for (let read = 0; read < state.nodeCount; read++) {
    const previousIsWord = write > 0 && nodeKind[write - 1] === WORD
    if (previousIsWord && isJoinerNode(state, read)) continue
    if (previousIsWord && nodeKind[read] === WORD) {
      // The last child of the word before: the token just before this node.
      const last = (nodeStart[read] as number) - 1
      if (tokenKind[last] !== WORD && isJoinerToken(state, last)) continue
    }
    if (write > 0 && nodeKind[read] === WORD && isJoinerNode(state, write - 1)) {
      nodeKind[write - 1] = WORD
      continue
    }
    keep(state, read, write++)
  }
  finish(state, write)
}

function isDigitToken(state: ScanState, token: number): boolean {
  const start = state.tokenStart[token] as number
  const end = state.tokenStart[token + 1] as number
  for (let index = start; index < end; index++) {
    const unit = state.text.charCodeAt(index)
    if (!((unit >= 0x30 && unit <= 0x39) || (unit >= 0x660 && unit <= 0x669) || (unit >= 0x6f0 && unit <= 0x6f9))) return false
  }
  return end > start
}

function isNumberSeparator(unit: number): boolean {
  return unit === 0x66b || unit === 0x66c || unit === fullStop || unit === 0x2c || unit === slash
}

/** @matn/retext-persian `mergeDecimalNumbers`: `۳٫۵`, `۱٬۲۰۰`, `1,200` are one word. */
function mergeDecimalNumbers(state: ScanState): void {
  const { nodeKind, nodeStart, tokenStart, text } = state
  const count = state.nodeCount
  let write = 0
  let read = 0
  while (read < count) {
    if (
      write > 0 &&
      nodeKind[write - 1] === WORD &&
      (nodeKind[read] as number) >= PUNCTUATION &&
      read + 1 < count &&
      nodeKind[read + 1] === WORD &&
      isDigitToken(state, (nodeStart[read] as number) - 1)
    ) {
      const token = nodeStart[read] as number
      if (
        (tokenStart[token + 1] as number) - (tokenStart[token] as number) === 1 &&
        isNumberSeparator(text.charCodeAt(tokenStart[token] as number)) &&
        isDigitToken(state, nodeStart[read + 1] as number)
      ) {
        read += 2
        continue
      }
    }
    keep(state, read++, write++)
  }
  finish(state, write)
}

function lowerText(state: ScanState, node: number): string {
  return state.nodeText(node).toLowerCase()
}

/**
 * parse-english `mergeEnglishElisionExceptions`: `w/`, `o'`, `'tis`, `'n'`. The plugin
 * visits nodes while removing some, so after `w/` it skips the node that follows.
 */
function mergeEnglishElisions(state: ScanState): void {
  const { nodeKind, nodeStart } = state
  const count = state.nodeCount
  let write = 0
  let read = 0
  while (read < count) {
    const kind = nodeKind[read] as number
    if (kind >= PUNCTUATION) {
      if (state.markIs(read, slash)) {
        if (write > 0 && nodeKind[write - 1] === WORD && lowerText(state, write - 1) === 'w') {
          read++
          if (read < count) keep(state, read++, write++)
          continue
        }
      } else if (state.markIs(read, apostrophe) || state.markIs(read, rightQuote)) {
        const index = write
        const length = write + count - read
        if (
          index > 2 &&
          index < length - 1 &&
          nodeKind[write - 1] === WORD &&
          nodeKind[write - 2] === WHITE_SPACE &&
          nodeKind[read + 1] === WHITE_SPACE &&
          englishElisionPrefix.test(lowerText(state, write - 1))
        ) {
          read++
          continue
        }
        if (index !== length - 1 && nodeKind[read + 1] === WORD && (index === 0 || nodeKind[write - 1] !== WORD)) {
          const value = lowerText(state, read + 1)
          if (englishElisionAffix.test(value)) {
            nodeStart[write] = nodeStart[read] as number
            nodeKind[write++] = WORD
            read += 2
            continue
          }
          const other = read + 2
          if (
            value === 'n' &&
            other < count &&
            nodeKind[other] === PUNCTUATION &&
            (state.tokenIs(nodeStart[other] as number, apostrophe) || state.tokenIs(nodeStart[other] as number, rightQuote))
          ) {
            nodeStart[write] = nodeStart[read] as number
            nodeKind[write++] = WORD
            read += 3
            continue
          }
        }
      }
    }
    keep(state, read++, write++)
  }
  finish(state, write)
}

/** parse-latin `mergeInitialWordSymbol`: `&` before a word, not after one (`&c`). */
function mergeInitialAmpersand(state: ScanState): void {
  const { nodeKind, nodeStart } = state
  const count = state.nodeCount
  let write = 0
  let read = 0
  while (read < count) {
    if (
      state.markIs(read, ampersand) &&
      !(write > 0 && nodeKind[write - 1] === WORD) &&
      read + 1 < count &&
      nodeKind[read + 1] === WORD
    ) {
      nodeStart[write] = nodeStart[read] as number
      nodeKind[write++] = WORD
      read += 2
      continue
    }
    keep(state, read++, write++)
  }
  finish(state, write)
}

/** parse-latin `mergeFinalWordSymbol`: a hyphen ending a word (`pre- and post-war`). */
function mergeFinalHyphen(state: ScanState): void {
  const { nodeKind } = state
  const count = state.nodeCount
  let write = 0
  for (let read = 0; read < count; read++) {
    if (
      write > 0 &&
      nodeKind[write - 1] === WORD &&
      state.markIs(read, hyphen) &&
      !(read + 1 < count && nodeKind[read + 1] === WORD)
    ) {
      continue
    }
    keep(state, read, write++)
  }
  finish(state, write)
}

function isInnerWordMark(state: ScanState, node: number): boolean {
  if ((state.nodeKind[node] as number) < PUNCTUATION) return false
  const token = state.nodeStart[node] as number
  const start = state.tokenStart[token] as number
  const length = (state.tokenStart[token + 1] as number) - start
  const unit = state.text.charCodeAt(start)
  if (unit === 0x5f) return isUnderscoreRun(state, token)
  return length === 1 && ((state.table[unit] as number) & INNER_WORD) !== 0
}

function isUnderscoreRun(state: ScanState, token: number): boolean {
  const end = state.tokenStart[token + 1] as number
  for (let index = state.tokenStart[token] as number; index < end; index++) {
    if (state.text.charCodeAt(index) !== 0x5f) return false
  }
  return true
}

/**
 * parse-latin `mergeInnerWordSymbol`: words joined by inner-word symbols are one word
 * (`e.g`, `AT&T`, `co-operate`, `1987:3`); symbols after the last word stay out.
 */
function mergeInnerWordSymbols(state: ScanState): void {
  const { nodeKind } = state
  const count = state.nodeCount
  let write = 0
  let read = 0
  while (read < count) {
    if ((nodeKind[read] as number) >= PUNCTUATION && write > 0 && nodeKind[write - 1] === WORD) {
      let lastWord = -1
      for (let ahead = read; ahead < count; ahead++) {
        if (nodeKind[ahead] === WORD) lastWord = ahead
        else if (!isInnerWordMark(state, ahead)) break
      }
      if (lastWord >= 0) {
        read = lastWord + 1
        continue
      }
    }
    keep(state, read++, write++)
  }
  finish(state, write)
}

/** parse-latin `mergeInnerWordSlash`: `and/or` stays apart, `km/h`, `N/A`, `w/` do not. */
function mergeShortSlashes(state: ScanState): void {
  const { nodeKind } = state
  const count = state.nodeCount
  let write = 0
  let read = 0
  while (read < count) {
    if (write > 0 && nodeKind[write - 1] === WORD && state.markIs(read, slash)) {
      const previousLength = state.nodeFrom(read) - state.nodeFrom(write - 1)
      const nextIsWord = read + 1 < count && nodeKind[read + 1] === WORD
      const nextLength = nextIsWord ? state.nodeTo(read + 1) - state.nodeFrom(read + 1) : 0
      if (previousLength < 3 && nextLength < 3) {
        read += nextIsWord ? 2 : 1
        continue
      }
    }
    keep(state, read++, write++)
  }
  finish(state, write)
}

/** parse-latin `mergeInitialisms`: `e.g.`, `U.S.`, `ه.ش.` keep their final full stop. */
function mergeInitialisms(state: ScanState): void {
  const { nodeKind, nodeStart, tokenStart, text, table } = state
  const count = state.nodeCount
  let write = 0
  for (let read = 0; read < count; read++) {
    if (write > 0 && nodeKind[read] === PUNCTUATION && nodeKind[write - 1] === WORD && state.markIs(read, fullStop)) {
      const first = nodeStart[write - 1] as number
      const children = (nodeStart[read] as number) - first
      if (children !== 1 && children % 2 !== 0 && isInitialism(children)) continue
    }
    keep(state, read, write++)
  }
  finish(state, write)

  function isInitialism(children: number): boolean {
    const first = nodeStart[write - 1] as number
    let allDigits = true
    for (let position = children - 1; position >= 0; position--) {
      const token = first + position
      const start = tokenStart[token] as number
      const length = (tokenStart[token + 1] as number) - start
      if (position % 2 === 0) {
        if (length > 1) return false
        if (((table[text.charCodeAt(start)] as number) & NUMERICAL) === 0) allDigits = false
      } else if (!(length === 1 && text.charCodeAt(start) === fullStop)) {
        if (position < children - 2) break
        return false
      }
    }
    return !allDigits
  }
}
