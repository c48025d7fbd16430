import { englishAbbreviation, englishAbbreviationSensitive } from './unicode-tables.js'
import { AFFIX, LATIN_TERMINAL, PERSIAN_TERMINAL, PUNCTUATION, WHITE_SPACE, WORD, startsLowerCase } from './char-class.js'
import { JOINS_PREVIOUS, type ScanState } from './scan-state.js'

/**
 * The sentence rules of the reference parsers, applied to the sentence list of a scan:
 * split after terminal marks, then the paragraph plugins of parse-latin (and parse-english
 * for English) that merge sentences back (abbreviations, lower-case and digit starts,
 * sentences without words, closing quotes and brackets), in their order, each as one
 * left-to-right pass. Plugins that only rearrange nodes inside a sentence (full stops
 * moved into words) cannot change a boundary and are not run.
 */

const fullStop = 0x2e
const comma = 0x2c
const semicolon = 0x3b

/** Latin abbreviations, numbers up to three digits and single letters before a full stop (parse-latin's prefix list). */
const abbreviationPrefix =
  /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

/** Split the nodes into sentences and merge them back like the reference parser for `lang`. */
export function applySentenceRules(state: ScanState, lang: 'fa' | 'en'): void {
  state.nodeJoin.fill(0, 0, state.nodeCount + 1)
  splitAtTerminalMarks(state, lang === 'fa' ? PERSIAN_TERMINAL : LATIN_TERMINAL)
  if (lang === 'en') mergeAbbreviations(state, isEnglishAbbreviation)
  mergeSentencesWithoutWords(state)
  moveInitialAffixes(state)
  mergeLowerCaseStarts(state)
  mergeDigitStarts(state)
  mergeAbbreviations(state, isPrefixAbbreviation)
  mergeCommaStarts(state)
}

function splitAtTerminalMarks(state: ScanState, terminal: number): void {
  const { nodeKind, nodeStart } = state
  const count = state.nodeCount
  state.reserveSentences(count + 1)
  const sentenceStart = state.sentenceStart
  let sentences = 0
  let start = 0
  for (let node = 0; node < count; node++) {
    if (node === count - 1 || (nodeKind[node] === PUNCTUATION && state.tokenAll(nodeStart[node] as number, terminal))) {
      sentenceStart[sentences++] = start
      start = node + 1
    }
  }
  sentenceStart[sentences] = count
  state.sentenceCount = sentences
}

function finish(state: ScanState, count: number): void {
  state.sentenceStart[count] = state.nodeCount
  state.sentenceCount = count
}

function isEnglishAbbreviation(word: string): boolean {
  return englishAbbreviation.test(word.toLowerCase()) || englishAbbreviationSensitive.test(word)
}

function isPrefixAbbreviation(word: string): boolean {
  return abbreviationPrefix.test(word.toLowerCase())
}

/** Longest word the abbreviation tests can accept, with room for case mappings that grow. */
const longestAbbreviation = 24

/**
 * parse-english `mergeEnglishPrefixExceptions` and parse-latin `mergePrefixExceptions`:
 * a sentence ending in an abbreviation and a full stop (`Dr.`, `etc.`, `p.`) goes on into
 * the next one, again and again while the joined sentence ends in one. The full stop
 * becomes part of the abbreviation.
 */
function mergeAbbreviations(state: ScanState, isAbbreviation: (word: string) => boolean): void {
  const { sentenceStart, nodeKind } = state
  const count = state.sentenceCount
  let write = 0
  let read = 0
  while (read < count) {
    const start = sentenceStart[read] as number
    sentenceStart[write++] = start
    let end = sentenceStart[++read] as number
    while (
      end - start >= 2 &&
      state.nodeJoin[end - 1] === 0 &&
      state.markIs(end - 1, fullStop) &&
      nodeKind[end - 2] === WORD &&
      state.nodeTo(end - 2) - state.nodeFrom(end - 2) <= longestAbbreviation &&
      isAbbreviation(state.nodeText(end - 2))
    ) {
      state.nodeJoin[end - 1] = JOINS_PREVIOUS
      if (read === count) break
      end = sentenceStart[++read] as number
    }
  }
  finish(state, write)
}

function hasWord(state: ScanState, start: number, end: number): boolean {
  for (let node = start; node < end; node++) if (state.nodeKind[node] === WORD) return true
  return false
}

/**
 * parse-latin `mergeNonWordSentences`: a sentence without words joins the one before; the
 * first one joins the one after (which the plugin then does not visit).
 */
function mergeSentencesWithoutWords(state: ScanState): void {
  const { sentenceStart } = state
  const count = state.sentenceCount
  let write = 0
  let read = 0
  while (read < count) {
    const start = sentenceStart[read] as number
    if (!hasWord(state, start, sentenceStart[read + 1] as number)) {
      if (write > 0) {
        read++
        continue
      }
      if (read + 1 < count) {
        sentenceStart[write++] = start
        read += 2
        continue
      }
    }
    sentenceStart[write++] = start
    read++
  }
  finish(state, write)
}

/**
 * parse-latin `mergeAffixSymbol`: closing marks that open a sentence (`."`, `.)`, `.»`)
 * belong to the sentence before. After the merges above every sentence but the first
 * has a word, so none is emptied.
 */
function moveInitialAffixes(state: ScanState): void {
  const { sentenceStart, nodeKind, nodeStart } = state
  const count = state.sentenceCount
  for (let index = 1; index < count; index++) {
    let start = sentenceStart[index] as number
    const end = sentenceStart[index + 1] as number
    while (start < end && (nodeKind[start] as number) >= PUNCTUATION && state.tokenRunOf(nodeStart[start] as number, AFFIX)) start++
    sentenceStart[index] = start
  }
}

/** parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose first word is lower case goes on the one before. */
function mergeLowerCaseStarts(state: ScanState): void {
  const { sentenceStart, nodeKind } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0) {
      const end = sentenceStart[read + 1] as number
      let node = start
      while (node < end && nodeKind[node] === WHITE_SPACE) node++
      if (node < end && nodeKind[node] === WORD && startsLowerCase(state.text, state.nodeFrom(node), state.nodeTo(node))) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}

/** parse-latin `mergeInitialDigitSentences`: a sentence that starts with an ASCII digit goes on the one before. */
function mergeDigitStarts(state: ScanState): void {
  const { sentenceStart, nodeKind } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0 && start < (sentenceStart[read + 1] as number) && nodeKind[start] === WORD) {
      const unit = state.text.charCodeAt(state.nodeFrom(start))
      if (unit >= 0x30 && unit <= 0x39) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}

/** parse-latin `mergeAffixExceptions`: a sentence that starts with `,` or `;` goes on the one before. */
function mergeCommaStarts(state: ScanState): void {
  const { sentenceStart, nodeKind } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0) {
      const end = sentenceStart[read + 1] as number
      let node = start
      while (node < end && nodeKind[node] === WHITE_SPACE) node++
      if (node < end && nodeKind[node] !== WORD && (state.markIs(node, comma) || state.markIs(node, semicolon))) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}
