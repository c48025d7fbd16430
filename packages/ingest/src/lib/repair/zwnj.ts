/**
 * ZWNJ restoration: PDF extraction loses every zero-width non-joiner, leaving `می شود` or
 * `میشود` for `می‌شود` and `دولت ها` or `دولتها` for `دولت‌ها`. The step puts the ZWNJ back
 * where Persian orthography writes one, and only where the lexicon confirms the result is a
 * word: precision first, every change reported.
 */
import { compoundSecondParts } from './compound-parts.js'
import { loadPersianLexicon, longestKnownWord } from './lexicon.js'
import { zwnj } from './lexicon-text.js'
import { joinsFollowing } from './glyph-map-channel.js'
import type { LineContext, PersianLexicon, RepairChange, RepairResult, RepairStep } from './types.js'

/** Verbal prefixes written with ZWNJ before the stem. */
const verbalPrefixes = new Set(['می', 'نمی'])
/** Plural and comparative suffixes: ZWNJ after a joining letter, nothing after a non-joining one. */
const attachedSuffixes = new Set(['ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'تر', 'ترین', 'تری'])
/**
 * Second parts of family names (`حسین‌زاده`, `ثانی‌آبادی`, `حسن‌پور`): written with ZWNJ after a
 * joining letter. The names are seldom in a word list, so the first part needs only be a known
 * word. Printed together (`حسینزاده`) the ZWNJ is inserted; printed apart only the parts that are
 * no common word of their own are joined (`زاده` is also the participle of `زاده شد`).
 */
const nameSecondParts = new Set(['زاده', 'آبادی', 'پور'])
const nameSecondPartsApart = new Set(['آبادی', 'پور'])
/** Words that are not the first part of a compound (prepositions, numbers, determiners). */
const notFirstParts = new Set(['در', 'به', 'از', 'با', 'بر', 'تا', 'یک', 'دو', 'این', 'آن', 'که', 'هر', 'چه', 'حال'])
/** First parts written with ZWNJ before a word when the word list knows the compound (`هم‌زمان`). */
const compoundFirstParts = new Set(['هم', 'نا', 'بی'])
/** Suffixes written with ZWNJ after a word ending in ه (`منطقه‌ای`, `کرده‌اند`). */
const afterHehSuffixes = new Set(['ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند'])

const persianWord = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+/g

interface Word {
  readonly text: string
  readonly start: number
  readonly end: number
}

interface Decision {
  readonly joined: string
  readonly rule: string
}

/**
 * Restore ZWNJ in one line: join a verbal prefix, a plural or comparative suffix or an
 * attested compound to its word, and insert ZWNJ into a run-together word that the lexicon
 * knows only with it. Uses `context.lexicon` (or the full lexicon when absent).
 */
export const restoreZwnj: RepairStep = (text: string, context: LineContext): RepairResult => restoreZwnjWith(text, context, noCompounds)

/**
 * ZWNJ restoration that also joins the word pairs a document prints as one compound
 * (`documentCompounds`: keys `first second`): the rules of `restoreZwnj`, with the document's
 * compounds tried after its affix rules and before its rule for compounds the counts attest.
 *
 * @param compounds The pairs to join with ZWNJ where printed apart.
 * @returns The line step.
 */
export function createZwnjRestorer(compounds: ReadonlySet<string>): RepairStep {
  return (text, context) => restoreZwnjWith(text, context, compounds)
}

const noCompounds: ReadonlySet<string> = new Set()

function restoreZwnjWith(text: string, context: LineContext, compounds: ReadonlySet<string>): RepairResult {
  const lexicon = context.lexicon ?? loadPersianLexicon()
  const words = [...text.matchAll(persianWord)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
  const changes: RepairChange[] = []
  const edits: Array<{ start: number; end: number; replacement: string }> = []
  let index = 0
  while (index < words.length) {
    const word = words[index]
    if (word === undefined) break
    const next = words[index + 1]
    const pair = next !== undefined && /^ +$/.test(text.slice(word.end, next.start)) ? joinPair(word.text, next.text, lexicon, compounds) : undefined
    if (pair !== undefined && next !== undefined) {
      edits.push({ start: word.start, end: next.end, replacement: pair.joined })
      changes.push(change(context, word, text.slice(word.start, next.end), pair))
      index += 2
      continue
    }
    const split = splitRunTogether(word.text, lexicon)
    if (split !== undefined) {
      edits.push({ start: word.start, end: word.end, replacement: split.joined })
      changes.push(change(context, word, word.text, split))
    }
    index++
  }
  let result = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end)
  }
  return { text: result, changes, unresolved: [] }
}

function change(context: LineContext, word: Word, before: string, decision: Decision): RepairChange {
  return { step: 'zwnj', line: context.line, column: word.start + 1, before, after: decision.joined, note: decision.rule }
}

/** Whether two words separated by a space are one word written with ZWNJ (or attached). */
function joinPair(first: string, second: string, lexicon: PersianLexicon, compounds: ReadonlySet<string>): Decision | undefined {
  const withZwnj = first + zwnj + second
  if (verbalPrefixes.has(first)) {
    return lexicon.has(withZwnj) ? { joined: withZwnj, rule: 'verbal prefix' } : undefined
  }
  if (attachedSuffixes.has(second)) {
    if (first.length < 2 || !lexicon.has(first)) return undefined
    const joined = attach(first, second)
    return lexicon.has(joined) || lexicon.has(withZwnj) ? { joined, rule: 'plural or comparative suffix' } : undefined
  }
  if (afterHehSuffixes.has(second)) {
    if (first.length < 3 || !first.endsWith('ه') || !lexicon.has(first)) return undefined
    return { joined: withZwnj, rule: 'suffix after ه' }
  }
  if (compoundSecondParts.has(second) && !notFirstParts.has(first) && lexicon.has(first)) {
    return { joined: attach(first, second), rule: 'compound second part' }
  }
  if (nameSecondPartsApart.has(second) && first.length >= 2 && joinsFollowing(first.slice(-1)) && !notFirstParts.has(first) && lexicon.has(first)) {
    return { joined: withZwnj, rule: 'family-name second part' }
  }
  if (compoundFirstParts.has(first) && lexicon.has(withZwnj)) {
    return { joined: withZwnj, rule: 'compound first part' }
  }
  if (compounds.has(`${first} ${second}`)) {
    return { joined: withZwnj, rule: 'compound the document prints as one' }
  }
  return joinCompound(first, second, lexicon)
}

/**
 * A compound of two parts: join when the counts attest the joined form at least as often as
 * the two words apart, or, without counts, when the word list knows the compound and one
 * part is no word on its own (`بین‌الملل`). After a non-joining letter the parts are written
 * together without ZWNJ (`دوجانبه`), as the corpus writes them, unless the counts show them
 * apart too (`solidSpellingOptional`).
 */
function joinCompound(first: string, second: string, lexicon: PersianLexicon): Decision | undefined {
  const joined = attach(first, second)
  const joinedCount = lexicon.frequency(joined)
  // Pair counts include the parts of ZWNJ words: take those out to get the count apart.
  const apartCount = lexicon.bigram(first, second) - (joined.includes(zwnj) ? joinedCount : 0)
  if (joinedCount > 0) {
    if (joinedCount < 2 || apartCount * 4 > joinedCount || solidSpellingOptional(joined, apartCount)) return undefined
    return { joined, rule: `compound attested ${joinedCount}×, apart ${apartCount}×` }
  }
  if (lexicon.has(joined) && (!lexicon.has(first) || !lexicon.has(second))) {
    return { joined, rule: 'compound in the word list' }
  }
  return undefined
}

/**
 * Whether a compound written together without ZWNJ (its first part ends in a non-joining
 * letter: `براساس`) is only one of two spellings the counts attest (`بر اساس` seen apart as
 * well). A ZWNJ after such a letter draws nothing, so the space an extraction prints there
 * is a space the text has; where both spellings are in use it stays.
 */
function solidSpellingOptional(joined: string, apartCount: number): boolean {
  return !joined.includes(zwnj) && apartCount > 0
}

/**
 * A run-together word that the lexicon knows (better) with a ZWNJ: `میشود`, `سیاستها`,
 * `منطقهای`. Every split the lexicon knows is a candidate; the counts choose between
 * several, and the ezafe-free reading `…ه‌ای` wins a tie against `…‌های`. Every candidate
 * must be a known word, so a word of `longestKnownWord` letters or more (text without
 * spaces) has none: left as it is, without trying a ZWNJ at each of its places.
 */
function splitRunTogether(word: string, lexicon: PersianLexicon): Decision | undefined {
  if (word.length < 4 || word.length >= longestKnownWord) return undefined
  const known = lexicon.has(word)
  const name = known ? undefined : nameSplit(word, lexicon)
  if (name !== undefined) return { joined: name, rule: 'family-name second part' }
  const candidates: Array<{ split: string; rule: string }> = []
  for (const prefix of verbalPrefixes) {
    if (known || !word.startsWith(prefix) || word[prefix.length] === zwnj) continue
    candidates.push({ split: prefix + zwnj + word.slice(prefix.length), rule: 'verbal prefix' })
  }
  for (const suffix of attachedSuffixes) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue
    const stem = word.slice(0, word.length - suffix.length)
    if (stem.endsWith(zwnj) || !joinsFollowing(stem.slice(-1)) || !lexicon.has(stem)) continue
    // A comparative the word list knows written together (`بهترین`, `بیشتر`) stays.
    if (known && !suffix.startsWith('ه')) continue
    // A plural the counts attest written together stays.
    if (lexicon.frequency(word) > lexicon.frequency(stem + zwnj + suffix)) continue
    candidates.push({ split: stem + zwnj + suffix, rule: 'plural or comparative suffix' })
  }
  // `منطقهای` may be `منطقه‌ای`; `واحدهای` (plural after a non-joining letter) is not.
  const pluralStem = word.slice(0, -3)
  const plainPlural = lexicon.has(pluralStem) && !joinsFollowing(pluralStem.slice(-1))
  if (word.endsWith('های') && !plainPlural && lexicon.has(word.slice(0, -2))) {
    candidates.push({ split: word.slice(0, -2) + zwnj + 'ای', rule: 'suffix after ه' })
  }
  if (!known) {
    for (let index = 2; index <= word.length - 2; index++) {
      if (word[index - 1] === zwnj || word[index] === zwnj || !joinsFollowing(word[index - 1])) continue
      candidates.push({ split: word.slice(0, index) + zwnj + word.slice(index), rule: 'run-together word' })
    }
  }
  const valid = candidates.filter(
    (candidate, index) =>
      lexicon.has(candidate.split) && candidates.findIndex((other) => other.split === candidate.split) === index
  )
  if (valid.length <= 1) {
    const [only] = valid
    return only === undefined ? undefined : { joined: only.split, rule: only.rule }
  }
  const ranked = valid
    .map((candidate) => ({ ...candidate, score: splitScore(candidate.split, lexicon) }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = ranked
  if (best === undefined || second === undefined || best.score === second.score) {
    const ezafe = valid.find((candidate) => candidate.rule === 'suffix after ه')
    return ezafe === undefined ? undefined : { joined: ezafe.split, rule: `${ezafe.rule} (tie)` }
  }
  return { joined: best.split, rule: `${best.rule} (counts ${best.score} over ${second.score})` }
}

/** A run-together family name (`حسینزاده`): a known word ending in a joining letter, then a name's second part. */
function nameSplit(word: string, lexicon: PersianLexicon): string | undefined {
  for (const part of nameSecondParts) {
    const stem = word.slice(0, word.length - part.length)
    if (!word.endsWith(part) || stem.length < 2 || stem.endsWith(zwnj) || !joinsFollowing(stem.slice(-1))) continue
    if (!notFirstParts.has(stem) && lexicon.has(stem)) return stem + zwnj + part
  }
  return undefined
}

/** Evidence for a split from the counts. */
function splitScore(split: string, lexicon: PersianLexicon): number {
  return lexicon.frequency(split)
}

/** The suffix attached the way the corpus writes it: ZWNJ after a joining letter only. */
function attach(stem: string, suffix: string): string {
  return joinsFollowing(stem.slice(-1)) ? stem + zwnj + suffix : stem + suffix
}
