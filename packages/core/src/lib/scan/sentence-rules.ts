import { continuesAfterPersianAbbreviation, type AbbreviationTest } from '@matn/retext-persian'
import { englishAbbreviation, englishAbbreviationSensitive } from './unicode-tables.js'
import { continuesAfterEnglishAbbreviation } from './reference-abbreviations.js'
import { AFFIX, LATIN_TERMINAL, PERSIAN_TERMINAL, PUNCTUATION, SYMBOL, WHITE_SPACE, WORD, startsLowerCase } from './char-class.js'
import { JOINS_PREVIOUS, type ScanState } from './scan-state.js'

/**
 * The sentence rules of the reference parsers: split after terminal marks, then the
 * paragraph plugins of parse-latin (and parse-english for English) that merge sentences
 * back (abbreviations, lower-case and digit starts, sentences without words, closing
 * quotes and brackets), in their order, each as one left-to-right pass over the
 * sentences, then matn's own merge after Persian and reference abbreviations. Plugins that only rearrange nodes inside a sentence (full stops moved into
 * words) cannot move a boundary; they run only when words are wanted.
 */

const fullStop = 0x2e
const comma = 0x2c
const semicolon = 0x3b

/** Latin abbreviations, numbers up to three digits and single letters before a full stop (parse-latin's prefix list). */
const abbreviationPrefix =
  /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

/** Split the nodes into sentences and merge them back like the reference parser for `lang`. */
export function applySentenceRules(state: ScanState, lang: 'fa' | 'en'): void {
  state.nodeJoin.fill(0, 0, state.tokenCount + 1)
  splitAtTerminalMarks(state, lang === 'fa' ? PERSIAN_TERMINAL : LATIN_TERMINAL)
  if (lang === 'en') mergeAbbreviations(state, isEnglishAbbreviation)
  mergeSentencesWithoutWords(state)
  moveInitialAffixes(state)
  mergeLowerCaseStarts(state)
  mergeDigitStarts(state)
  mergeAbbreviations(state, isPrefixAbbreviation)
  mergeCommaStarts(state)
  mergeAbbreviationsBefore(state, lang === 'fa' ? continuesAfterPersianAbbreviation : continuesAfterEnglishAbbreviation)
}

/** A sentence ends after every punctuation node made of terminal marks, and after the last node. */
function splitAtTerminalMarks(state: ScanState, terminal: number): void {
  const { marks, nodeKind, nodeNext } = state
  const count = state.tokenCount
  state.reserveSentences(state.markCount + 2)
  const sentenceStart = state.sentenceStart
  let sentences = 0
  if (count > 0) sentenceStart[sentences++] = 0
  for (let index = 0; index < state.markCount; index++) {
    const mark = marks[index] as number
    if (nodeKind[mark] !== PUNCTUATION || !state.tokenAll(mark, terminal)) continue
    const next = nodeNext[mark] as number
    if (next < count) sentenceStart[sentences++] = next
  }
  finish(state, sentences)
}

function finish(state: ScanState, count: number): void {
  state.sentenceStart[count] = state.tokenCount
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
  const { sentenceStart, nodeKind, nodePrev, nodeJoin, tokenStart } = state
  const count = state.sentenceCount
  let write = 0
  let read = 0
  while (read < count) {
    const start = sentenceStart[read] as number
    sentenceStart[write++] = start
    let end = sentenceStart[++read] as number
    for (;;) {
      const last = nodePrev[end] as number
      if (last <= start || nodeJoin[last] !== 0 || !state.markIs(last, fullStop)) break
      const word = nodePrev[last] as number
      if (nodeKind[word] !== WORD || (tokenStart[last] as number) - (tokenStart[word] as number) > longestAbbreviation) break
      if (!isAbbreviation(state.nodeText(word))) break
      nodeJoin[last] = JOINS_PREVIOUS
      if (read === count) break
      end = sentenceStart[++read] as number
    }
  }
  finish(state, write)
}

/**
 * @matn/retext-persian `mergeAbbreviationSentences`: a sentence ending in a word and a
 * lone full stop goes on into the next one when `test` accepts the word before that next
 * sentence's first word, again while the joined sentence ends in one. The full stop
 * becomes part of the word.
 */
function mergeAbbreviationsBefore(state: ScanState, test: AbbreviationTest): void {
  const { sentenceStart, nodeKind, nodePrev, nodeJoin } = state
  const count = state.sentenceCount
  let write = 0
  let read = 0
  while (read < count) {
    const start = sentenceStart[read] as number
    sentenceStart[write++] = start
    let end = sentenceStart[++read] as number
    while (read < count) {
      const last = nodePrev[end] as number
      if (last <= start || nodeJoin[last] !== 0 || !state.markIs(last, fullStop)) break
      const word = nodePrev[last] as number
      if (nodeKind[word] !== WORD) break
      const nextEnd = sentenceStart[read + 1] as number
      const first = firstNonSpace(state, end, nextEnd)
      const nextWord = first < nextEnd && nodeKind[first] === WORD ? state.nodeText(first) : undefined
      if (!test(state.nodeText(word), nextWord)) break
      nodeJoin[last] = JOINS_PREVIOUS
      end = sentenceStart[++read] as number
    }
  }
  finish(state, write)
}

function hasWord(state: ScanState, start: number, end: number): boolean {
  for (let node = start; node < end; node = state.nodeNext[node] as number) if (state.nodeKind[node] === WORD) return true
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
  const { sentenceStart, nodeKind, nodeNext } = state
  for (let index = 1; index < state.sentenceCount; index++) {
    let start = sentenceStart[index] as number
    const end = sentenceStart[index + 1] as number
    while (start < end && (nodeKind[start] === PUNCTUATION || nodeKind[start] === SYMBOL) && state.tokenRunOf(start, AFFIX)) {
      start = nodeNext[start] as number
    }
    sentenceStart[index] = start
  }
}

/** The first node of a sentence that is not white space (`end` when none). */
function firstNonSpace(state: ScanState, start: number, end: number): number {
  let node = start
  while (node < end && state.nodeKind[node] === WHITE_SPACE) node = state.nodeNext[node] as number
  return node
}

/** parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose first word is lower case goes on the one before. */
function mergeLowerCaseStarts(state: ScanState): void {
  const { sentenceStart, nodeKind, tokenStart } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0) {
      const end = sentenceStart[read + 1] as number
      const node = firstNonSpace(state, start, end)
      if (node < end && nodeKind[node] === WORD && startsLowerCase(state.text, tokenStart[node] as number, state.nodeTo(node))) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}

/** parse-latin `mergeInitialDigitSentences`: a sentence that starts with an ASCII digit goes on the one before. */
function mergeDigitStarts(state: ScanState): void {
  const { sentenceStart, nodeKind, tokenStart } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0 && start < (sentenceStart[read + 1] as number) && nodeKind[start] === WORD) {
      const unit = state.text.charCodeAt(tokenStart[start] as number)
      if (unit >= 0x30 && unit <= 0x39) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}

/** parse-latin `mergeAffixExceptions`: a sentence that starts with `,` or `;` goes on the one before. */
function mergeCommaStarts(state: ScanState): void {
  const { sentenceStart } = state
  const count = state.sentenceCount
  let write = 0
  for (let read = 0; read < count; read++) {
    const start = sentenceStart[read] as number
    if (write > 0) {
      const end = sentenceStart[read + 1] as number
      const node = firstNonSpace(state, start, end)
      if (node < end && (state.markIs(node, comma) || state.markIs(node, semicolon))) continue
    }
    sentenceStart[write++] = start
  }
  finish(state, write)
}
