/**
 * The Persian lexicon of `@matn/ingest`: the Lilak word list (with its affix rules, so that
 * inflected and suffixed forms are known too) plus unigram and bigram counts of the curated
 * corpus articles, any of which can be left out.
 */
import { MatnError } from '@matn/core'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { corpusCountAlphabet, corpusCountTables } from './lexicon-counts.js'
import { decodeAscii, persianWordKey } from './lexicon-text.js'
import { boundDerivationalPrefixes, minimumCompoundStemLength } from './compound-words.js'
import { boundedMemo } from './memo.js'
import { lilakAffixRules, lilakAlphabet, lilakFlagSets, lilakWordList } from './lexicon-words.js'
import type { PersianLexicon } from './types.js'

/** Options of `loadPersianLexicon`. */
export interface LoadPersianLexiconOptions {
  /**
   * Corpus article ids whose counts to leave out. Evaluate or decode article X with a
   * lexicon that excludes X, or its own curated text leaks into the scores.
   */
  readonly exclude?: readonly string[]
}

/** A lexicon entry from the word list: the flags of its affix classes. */
type FlagSet = ReadonlySet<string>

interface AffixRule {
  readonly flag: string
  readonly strip: string
  readonly add: string
  readonly continuation: ReadonlySet<string>
  readonly condition: RegExp | undefined
}

interface WordList {
  readonly words: ReadonlyMap<string, FlagSet>
  /** The suffix rules by the last character they add: a word ending in another character needs none of them. */
  readonly suffixesByEnding: ReadonlyMap<string, readonly AffixRule[]>
  /** The suffix rules that add nothing (they apply to any word). */
  readonly suffixesAddingNothing: readonly AffixRule[]
  readonly prefixes: readonly AffixRule[]
}

interface CountTable {
  readonly unigrams: ReadonlyMap<string, number>
  readonly bigrams: ReadonlyMap<string, number>
}

let wordListCache: WordList | undefined
/** Keys whose affix analysis a lexicon remembers at most (then it starts again empty). */
export const maximumKnownKeys = 1 << 18
const countTableCache = new Map<string, CountTable>()

/**
 * No word the lexicon knows is longer than this many characters: the longest word of the
 * word list has 19 (`بازنمی‌نمایانده‌اند`), its affix rules add at most 7 and allow two
 * suffixes (33), a bound derivational prefix at most 4 more (37), and the longest word of the
 * corpus counts has 15; 40 leaves room. A longer
 * token is no word but text without spaces: the repairs that search inside a word (glyph
 * readings, ZWNJ insertion, splitting a glued word, reading a rotated one) keep it as
 * printed, which also keeps them linear in the length of such text. `test/lexicon.test.ts` checks the bound.
 */
export const longestKnownWord = 40

/** Ids of the corpus articles whose counts the lexicon carries. */
export const persianLexiconArticles: readonly string[] = Object.freeze(Object.keys(corpusCountTables).sort())

/**
 * Load the Persian lexicon: the Lilak word list (about 100,000 words and their suffixed
 * forms; Apache-2.0) and the word and word-pair counts of the curated corpus articles.
 * A word is known when the word list (with its affix rules) or the counts know it, or when it is
 * a bound derivational prefix written solid with a listed word (`بازتعریف`); a word ending in the
 * ezafe ۀ is listed when its form with ه is.
 * The word list is decoded once and shared by every lexicon.
 *
 * @param options `exclude`: corpus article ids whose counts to leave out.
 * @returns The lexicon.
 * @throws MatnError `E_INPUT` (rule `lexicon-unknown-article`) when `exclude` names an article
 *   the lexicon has no counts for.
 */
export function loadPersianLexicon(options?: Readonly<LoadPersianLexiconOptions> | null): PersianLexicon {
  const excluded = new Set(options?.exclude ?? [])
  for (const id of excluded) {
    if (!persianLexiconArticles.includes(id)) {
      const reason = `Cannot exclude \`${id}\`: the lexicon has counts for ${persianLexiconArticles.join(', ')}`
      throw new MatnError('E_INPUT', new VFile(), [
        new VFileMessage(reason, { source: 'matn-ingest', ruleId: 'lexicon-unknown-article' })
      ])
    }
  }
  const wordList = loadWordList()
  const tables = persianLexiconArticles.filter((id) => !excluded.has(id)).map(loadCountTable)
  const unigrams = sumCounts(tables.map((table) => table.unigrams))
  const bigrams = sumCounts(tables.map((table) => table.bigrams))
  // The affix analysis runs once per key, for at most `maximumKnownKeys` keys at a time: the
  // lexicon outlives documents, and text with ever new tokens must not grow it without bound.
  const knownKey = boundedMemo((key: string) => unigrams.has(key) || isListed(wordList, key.replace(/\u06C0$/, '\u0647')) || isBoundCompound(wordList, key), maximumKnownKeys)
  const has = (word: string): boolean => {
    const key = persianWordKey(word)
    return key !== '' && knownKey(key)
  }
  return Object.freeze({
    size: wordList.words.size + [...unigrams.keys()].filter((key) => !wordList.words.has(key)).length,
    has,
    isHeadword: (word: string) => {
      const key = persianWordKey(word)
      return wordList.words.has(key) || wordList.words.has(key.replace(/\u06C0$/, '\u0647'))
    },
    frequency: (word: string) => unigrams.get(persianWordKey(word)) ?? 0,
    bigram: (first: string, second: string) =>
      bigrams.get(`${persianWordKey(first)} ${persianWordKey(second)}`) ?? 0
  })
}

/** Whether the word list knows the key as a word or as a word with affixes. */
function isListed(wordList: WordList, key: string): boolean {
  if (wordList.words.has(key) || isSuffixed(wordList, key, 2)) return true
  for (const prefix of wordList.prefixes) {
    if (!key.startsWith(prefix.add)) continue
    const flags = wordList.words.get(prefix.strip + key.slice(prefix.add.length))
    if (flags?.has(prefix.flag)) return true
  }
  return false
}

/** Whether `key` is a listed word plus a suffix its flags allow (up to `depth` suffixes). */
function isSuffixed(wordList: WordList, key: string, depth: number): boolean {
  for (const rule of suffixRulesFor(wordList, key)) {
    const stem = removeSuffix(key, rule)
    if (stem === undefined) continue
    if (wordList.words.get(stem)?.has(rule.flag)) return true
    if (depth > 1 && allowsContinuation(wordList, stem, rule.flag, depth - 1)) return true
  }
  return false
}

/** Whether `stem` is a listed word plus a suffix whose continuation flags include `flag`. */
function allowsContinuation(wordList: WordList, stem: string, flag: string, depth: number): boolean {
  for (const rule of suffixRulesFor(wordList, stem)) {
    if (!rule.continuation.has(flag)) continue
    const base = removeSuffix(stem, rule)
    if (base === undefined) continue
    if (wordList.words.get(base)?.has(rule.flag)) return true
    if (depth > 1 && allowsContinuation(wordList, base, rule.flag, depth - 1)) return true
  }
  return false
}

/** The suffix rules that may have made `word`: those whose added text ends as the word does. */
function suffixRulesFor(wordList: WordList, word: string): readonly AffixRule[] {
  const ending = wordList.suffixesByEnding.get(word.slice(-1)) ?? []
  return wordList.suffixesAddingNothing.length === 0 ? ending : [...ending, ...wordList.suffixesAddingNothing]
}

/** The stem that `rule` turns into `word`, or `undefined` when it cannot. */
function removeSuffix(word: string, rule: AffixRule): string | undefined {
  if (!word.endsWith(rule.add) || word.length === rule.add.length) return undefined
  const stem = word.slice(0, word.length - rule.add.length) + rule.strip
  return rule.condition === undefined || rule.condition.test(stem) ? stem : undefined
}

function loadWordList(): WordList {
  if (wordListCache !== undefined) return wordListCache
  const flagSets = lilakFlagSets.map((flags) => new Set(flags === '' ? [] : flags.split(' ')))
  const words = new Map<string, FlagSet>()
  let previous = ''
  let start = 0
  while (start < lilakWordList.length) {
    const end = lilakWordList.indexOf('\n', start)
    const entry = lilakWordList.slice(start, end === -1 ? undefined : end)
    start = end === -1 ? lilakWordList.length : end + 1
    if (entry.length < 2) continue
    const shared = entry.charCodeAt(0) - 0x30
    const word = previous.slice(0, shared) + decodeAscii(entry.slice(1, -1), lilakAlphabet)
    const flags = flagSets[entry.charCodeAt(entry.length - 1) - 0x30]
    words.set(word, flags ?? new Set())
    previous = word
  }
  const rules = lilakAffixRules.map(([flag, kind, strip, add, continuation, condition]) => ({
    kind,
    rule: {
      flag,
      strip,
      add,
      continuation: new Set(continuation === '' ? [] : continuation.split(' ')),
      condition: condition === '.' ? undefined : new RegExp(kind === 's' ? `${condition}$` : `^${condition}`, 'u')
    }
  }))
  const suffixes = rules.filter((entry) => entry.kind === 's').map((entry) => entry.rule)
  const suffixesByEnding = new Map<string, AffixRule[]>()
  for (const rule of suffixes) {
    const ending = rule.add.slice(-1)
    if (ending !== '') suffixesByEnding.set(ending, [...(suffixesByEnding.get(ending) ?? []), rule])
  }
  wordListCache = {
    words,
    suffixesByEnding,
    suffixesAddingNothing: suffixes.filter((rule) => rule.add === ''),
    prefixes: rules.filter((entry) => entry.kind === 'p').map((entry) => entry.rule)
  }
  return wordListCache
}

function loadCountTable(id: string): CountTable {
  const cached = countTableCache.get(id)
  if (cached !== undefined) return cached
  const source = corpusCountTables[id]
  const table = {
    unigrams: parseCounts(decodeAscii(source?.unigrams ?? '', corpusCountAlphabet)),
    bigrams: parseCounts(decodeAscii(source?.bigrams ?? '', corpusCountAlphabet))
  }
  countTableCache.set(id, table)
  return table
}

function parseCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t')
    if (tab === -1) continue
    counts.set(line.slice(0, tab), Number(line.slice(tab + 1)))
  }
  return counts
}

function sumCounts(maps: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const total = new Map<string, number>()
  for (const map of maps) for (const [key, count] of map) total.set(key, (total.get(key) ?? 0) + count)
  return total
}

/**
 * Whether `key` is a bound derivational prefix written solid with a listed word of three letters
 * or more, plain or suffixed (`بازتعریف`, `فراملی`, `ضدتروریسم`): the word list lags behind such
 * coinages. Only prefixes that are no preposition or common word of their own
 * (`boundDerivationalPrefixes`): `در` + a word is as often a preposition glued to a noun.
 */
function isBoundCompound(wordList: WordList, key: string): boolean {
  for (const prefix of boundDerivationalPrefixes) {
    if (!key.startsWith(prefix)) continue
    const rest = key.slice(prefix.length)
    if (rest.length >= minimumCompoundStemLength && (wordList.words.has(rest) || isSuffixed(wordList, rest, 2))) return true
  }
  return false
}
