import { englishElisionAffix, englishElisionPrefix } from './unicode-tables.js'
import { INNER_WORD, NUMERICAL, PUNCTUATION, SYMBOL, WHITE_SPACE, WORD } from './char-class.js'
import type { ScanState } from './scan-state.js'

/**
 * The word rules of the reference parsers: the sentence plugins of parse-latin (initial
 * `&`, final `-`, inner-word symbols, short slashes, initialisms), parse-english's elisions
 * and @matn/retext-persian's joiners and decimal numbers, in their order. Each plugin
 * walks the nodes left to right and merges a punctuation or symbol node with its
 * neighbours; here each rule visits the marks in order and merges exactly when the
 * plugin does, looking at the same neighbours (the node before already rewritten by the
 * rule, the node after not yet).
 */

const ampersand = 0x26
const hyphen = 0x2d
const slash = 0x2f
const fullStop = 0x2e
const apostrophe = 0x27
const rightQuote = 0x2019
const zeroWidthNonJoiner = 0x200c
const zeroWidthJoiner = 0x200d
const underscore = 0x5f

/** Run the word rules of the reference parser for `lang`. */
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

function isMark(kind: number): boolean {
  return kind === PUNCTUATION || kind === SYMBOL
}

function isJoinerToken(state: ScanState, token: number): boolean {
  const end = state.tokenStart[token + 1] as number
  for (let index = state.tokenStart[token] as number; index < end; index++) {
    const unit = state.text.charCodeAt(index)
    if (unit !== zeroWidthNonJoiner && unit !== zeroWidthJoiner) return false
  }
  return true
}

/**
 * @matn/retext-persian `mergeJoinerWords`: ZWNJ and ZWJ stay inside their word. A joiner
 * after a word joins it, and so does the word after; a joiner after anything else starts
 * the word that follows it.
 */
function mergeJoinerWords(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || !isJoinerToken(state, mark)) continue
    const previous = nodePrev[mark] as number
    if (previous >= 0 && nodeKind[previous] === WORD) {
      state.absorbNext(previous)
      const next = nodeNext[previous] as number
      if (next < count && nodeKind[next] === WORD) state.absorbNext(previous)
      continue
    }
    const next = nodeNext[mark] as number
    if (next < count && nodeKind[next] === WORD) {
      state.absorbNext(mark)
      nodeKind[mark] = WORD
    }
  }
  state.compactMarks()
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

function isNumberSeparator(state: ScanState, token: number): boolean {
  const start = state.tokenStart[token] as number
  if ((state.tokenStart[token + 1] as number) - start !== 1) return false
  const unit = state.text.charCodeAt(start)
  return unit === 0x66b || unit === 0x66c || unit === fullStop || unit === 0x2c || unit === slash
}

/** @matn/retext-persian `mergeDecimalNumbers`: `۳٫۵`, `۱٬۲۰۰`, `1,200` are one word. */
function mergeDecimalNumbers(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || !isNumberSeparator(state, mark)) continue
    const previous = nodePrev[mark] as number
    const next = nodeNext[mark] as number
    if (
      previous >= 0 &&
      nodeKind[previous] === WORD &&
      next < count &&
      nodeKind[next] === WORD &&
      isDigitToken(state, mark - 1) &&
      isDigitToken(state, next)
    ) {
      state.absorbNext(previous)
      state.absorbNext(previous)
    }
  }
  state.compactMarks()
}

function lowerText(state: ScanState, node: number): string {
  return state.nodeText(node).toLowerCase()
}

function isApostrophe(state: ScanState, token: number): boolean {
  return state.tokenIs(token, apostrophe) || state.tokenIs(token, rightQuote)
}

/**
 * parse-english `mergeEnglishElisionExceptions`: `w/`, `o'`, `'tis`, `'n'`. The plugin
 * visits nodes while removing some, so after `w/` it skips the node that follows.
 */
function mergeEnglishElisions(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  let skipped = -1
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || mark === skipped) continue
    const previous = nodePrev[mark] as number
    const next = nodeNext[mark] as number
    if (state.tokenIs(mark, slash)) {
      if (previous >= 0 && nodeKind[previous] === WORD && lowerText(state, previous) === 'w') {
        state.absorbNext(previous)
        skipped = nodeNext[previous] as number
      }
      continue
    }
    if (!isApostrophe(state, mark)) continue
    const beforePrevious = previous >= 0 ? (nodePrev[previous] as number) : -1
    if (
      previous >= 0 &&
      nodeKind[previous] === WORD &&
      beforePrevious >= 0 &&
      nodeKind[beforePrevious] === WHITE_SPACE &&
      (nodePrev[beforePrevious] as number) >= 0 &&
      next < count &&
      nodeKind[next] === WHITE_SPACE &&
      englishElisionPrefix.test(lowerText(state, previous))
    ) {
      state.absorbNext(previous)
      continue
    }
    if (next < count && nodeKind[next] === WORD && (previous < 0 || nodeKind[previous] !== WORD)) {
      const value = lowerText(state, next)
      const other = nodeNext[next] as number
      if (englishElisionAffix.test(value)) {
        state.absorbNext(mark)
        nodeKind[mark] = WORD
      } else if (value === 'n' && other < count && nodeKind[other] === PUNCTUATION && isApostrophe(state, other)) {
        state.absorbNext(mark)
        state.absorbNext(mark)
        nodeKind[mark] = WORD
      }
    }
  }
  state.compactMarks()
}

/** parse-latin `mergeInitialWordSymbol`: `&` before a word, not after one (`&c`). */
function mergeInitialAmpersand(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || !state.tokenIs(mark, ampersand)) continue
    const previous = nodePrev[mark] as number
    const next = nodeNext[mark] as number
    if ((previous >= 0 && nodeKind[previous] === WORD) || !(next < count && nodeKind[next] === WORD)) continue
    state.absorbNext(mark)
    nodeKind[mark] = WORD
  }
  state.compactMarks()
}

/** parse-latin `mergeFinalWordSymbol`: a hyphen ending a word (`pre- and post-war`). */
function mergeFinalHyphen(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || !state.tokenIs(mark, hyphen)) continue
    const previous = nodePrev[mark] as number
    const next = nodeNext[mark] as number
    if (previous >= 0 && nodeKind[previous] === WORD && !(next < count && nodeKind[next] === WORD)) state.absorbNext(previous)
  }
  state.compactMarks()
}

function isInnerWordMark(state: ScanState, node: number): boolean {
  if (!isMark(state.nodeKind[node] as number)) return false
  const start = state.tokenStart[node] as number
  const end = state.tokenStart[node + 1] as number
  const unit = state.text.charCodeAt(start)
  if (unit === underscore) {
    for (let index = start + 1; index < end; index++) if (state.text.charCodeAt(index) !== underscore) return false
    return true
  }
  return end - start === 1 && ((state.table[unit] as number) & INNER_WORD) !== 0
}

/**
 * parse-latin `mergeInnerWordSymbol`: words joined by inner-word symbols are one word
 * (`e.g`, `AT&T`, `co-operate`, `1987:3`); symbols after the last word stay out.
 */
function mergeInnerWordSymbols(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number)) continue
    const previous = nodePrev[mark] as number
    if (previous < 0 || nodeKind[previous] !== WORD) continue
    let lastWord = -1
    for (let ahead = mark; ahead < count; ahead = nodeNext[ahead] as number) {
      if (nodeKind[ahead] === WORD) lastWord = ahead
      else if (!isInnerWordMark(state, ahead)) break
    }
    if (lastWord < 0) continue
    while ((nodeNext[previous] as number) <= lastWord) state.absorbNext(previous)
  }
  state.compactMarks()
}

/** parse-latin `mergeInnerWordSlash`: `and/or` stays apart, `km/h`, `N/A`, `w/` do not. */
function mergeShortSlashes(state: ScanState): void {
  const { marks, nodeKind, nodeNext, nodePrev, tokenStart } = state
  const count = state.tokenCount
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (!isMark(nodeKind[mark] as number) || !state.tokenIs(mark, slash)) continue
    const previous = nodePrev[mark] as number
    if (previous < 0 || nodeKind[previous] !== WORD) continue
    const next = nodeNext[mark] as number
    const nextIsWord = next < count && nodeKind[next] === WORD
    const previousLength = (tokenStart[mark] as number) - (tokenStart[previous] as number)
    const nextLength = nextIsWord ? state.nodeTo(next) - (tokenStart[next] as number) : 0
    if (previousLength < 3 && nextLength < 3) {
      state.absorbNext(previous)
      if (nextIsWord) state.absorbNext(previous)
    }
  }
  state.compactMarks()
}

/** parse-latin `mergeInitialisms`: `e.g.`, `U.S.`, `ه.ش.` keep their final full stop. */
function mergeInitialisms(state: ScanState): void {
  const { marks, nodeKind, nodePrev } = state
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (nodeKind[mark] !== PUNCTUATION || !state.tokenIs(mark, fullStop)) continue
    const previous = nodePrev[mark] as number
    if (previous < 0 || nodeKind[previous] !== WORD) continue
    const children = mark - previous
    if (children !== 1 && children % 2 !== 0 && isInitialism(state, previous, children)) state.absorbNext(previous)
  }
  state.compactMarks()
}

/** The children of a word alternate single characters and full stops, not all digits. */
function isInitialism(state: ScanState, word: number, children: number): boolean {
  const { tokenStart, text, table } = state
  let allDigits = true
  for (let position = children - 1; position >= 0; position--) {
    const token = word + position
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

