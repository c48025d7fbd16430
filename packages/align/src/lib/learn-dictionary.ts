import { Lexicon } from './lexicon.js'
import type { TokenizedSentence } from './tokenize.js'

/** Thresholds of {@link learnDictionary}. */
export interface LearnDictionaryOptions {
  /** Least number of sentence pairs a word pair must co-occur in (default 2). */
  minCount?: number
  /** Least Dice coefficient `2·c(e,f) / (c(e) + c(f))` (default 0.5). */
  minDice?: number
  /** Most translations learned per English word (default 2). */
  perWord?: number
  /** Most sentence pairs read (default 20,000; the first ones). */
  maxPairs?: number
  /**
   * Fewest sentence pairs to learn from (default 50): below that, co-occurrence counts are
   * too small to tell translations from words that merely share a topic, and nothing is learned.
   */
  minPairs?: number
}

/**
 * Learn word translations from aligned sentence pairs, as hunalign does after its first
 * pass: count how often an English word and a Persian word occur in the same pair and
 * keep the pairs whose Dice coefficient is high. Only words count (numbers and Latin
 * strings already match by themselves); pairs the known lexicon has are skipped.
 *
 * @param pairs Confidently aligned sentence pairs.
 * @param known The lexicon already in use.
 * @param options Thresholds.
 * @returns The learned pairs, as a lexicon.
 */
export function learnDictionary(
  pairs: ReadonlyArray<readonly [TokenizedSentence, TokenizedSentence]>,
  known: Lexicon,
  options?: Readonly<LearnDictionaryOptions> | null
): Lexicon {
  const minCount = options?.minCount ?? 2
  const minDice = options?.minDice ?? 0.5
  const perWord = options?.perWord ?? 2
  const maxPairs = options?.maxPairs ?? 20_000
  if (pairs.length < (options?.minPairs ?? 50)) return new Lexicon()
  const enIds = new Map<string, number>()
  const faIds = new Map<string, number>()
  const enNames: string[] = []
  const faNames: string[] = []
  const intern = (ids: Map<string, number>, names: string[], key: string): number => {
    let id = ids.get(key)
    if (id === undefined) {
      ids.set(key, (id = names.length))
      names.push(key)
    }
    return id
  }
  const enCount = new Map<number, number>()
  const faCount = new Map<number, number>()
  const joint = new Map<number, number>()
  const stride = 1 << 21
  for (const [en, fa] of pairs.slice(0, maxPairs)) {
    const enWords = [...new Set(en.tokens.filter((token) => token.kind === 'word').map((token) => token.key))]
    const faWords = [...new Set(fa.tokens.filter((token) => token.kind === 'word').map((token) => token.key))]
    const faKeys = faWords.map((key) => intern(faIds, faNames, key))
    for (const key of faKeys) faCount.set(key, (faCount.get(key) ?? 0) + 1)
    for (const word of enWords) {
      const e = intern(enIds, enNames, word)
      enCount.set(e, (enCount.get(e) ?? 0) + 1)
      for (const f of faKeys) {
        const key = e * stride + f
        joint.set(key, (joint.get(key) ?? 0) + 1)
      }
    }
  }
  const candidates = new Map<number, Array<{ f: number; dice: number }>>()
  for (const [key, count] of joint) {
    if (count < minCount) continue
    const e = Math.floor(key / stride)
    const f = key % stride
    const dice = (2 * count) / ((enCount.get(e) ?? 0) + (faCount.get(f) ?? 0))
    if (dice < minDice) continue
    let list = candidates.get(e)
    if (!list) candidates.set(e, (list = []))
    list.push({ f, dice })
  }
  const learned = new Lexicon()
  for (const [e, list] of candidates) {
    const en = enNames[e] as string
    const knownTranslations = known.words.get(en)
    list.sort((a, b) => b.dice - a.dice)
    for (const { f } of list.slice(0, perWord)) {
      const fa = faNames[f] as string
      if (!knownTranslations?.has(fa)) learned.addKeys([en], [fa])
    }
  }
  return learned
}
