import { nameSkeleton, namesMatch } from '@matn/core'
import type { Lexicon } from './lexicon.js'
import type { TokenKind, TokenizedSentence } from './tokenize.js'

/** Most content tokens a sentence vector tells apart; further (lighter) tokens share the last slot. */
export const maxSlots = 64

/**
 * A sentence as a set of feature ids, each owned by the content tokens that produced it.
 * Feature ids live in one space shared by both languages: a Persian word key, the Persian
 * translations of an English word, a Latin string, a number, a lexicon phrase. A token of
 * one side is matched by the other side when one of its features occurs there.
 */
export interface SentenceVector {
  /**
   * Sorted, distinct feature ids with their owners, three numbers per feature: the id,
   * then the owning token slots as two 32-bit masks (bit k of the first is slot k, of the
   * second slot 32 + k).
   */
  features: Int32Array
  /** Token slots used (at most {@link maxSlots}). */
  slots: number
  /**
   * Per slot, {@link slotFields} numbers: the IDF weight, then the log-likelihood ratio of
   * the slot being matched (`hit`) and not matched (`miss`) when the other side of the
   * bead has one sentence, then the same with two sentences or more.
   */
  values: Float32Array
  /** Slots of expected tokens (see {@link WeightedTokens.expected}), bits as in `low` and `high`. */
  expectedLow: number
  expectedHigh: number
  /** Sum of the weights. */
  total: number
  /** Sum of the `miss` values with one sentence, and with two or more, on the other side. */
  missOne: number
  missTwo: number
  /** Gale–Church length (characters other than white space). */
  length: number
}

/** Numbers stored per token slot in {@link SentenceVector.values}. */
export const slotFields = 5

/** The tokens of a sentence with their statistics, before packing. */
export interface WeightedTokens {
  /** Each token's kind and key as one number (equal tokens, equal numbers; see {@link FeatureSpace.tokenId}). */
  keys: number[]
  /** IDF weight of each token within its side. */
  weights: number[]
  /** Feature ids of each token. */
  features: number[][]
  /** Chance that a random sentence of the other side matches the token. */
  chance: number[]
  /** Whether a translation should show the token (a known word, an English number): a miss counts against. */
  expected: boolean[]
  length: number
}

/** Interns feature keys (`f:…`, `l:…`, `n:…`, `p:…`) as integers. */
export class FeatureSpace {
  private readonly ids = new Map<string, number>()
  private readonly tokenIds = { word: new Map<string, number>(), latin: new Map<string, number>(), number: new Map<string, number>() }
  private tokenCount = 0

  /**
   * A number for a token's kind and key, created on first use: tokens are told apart by
   * these numbers, not by strings (a document has millions of tokens, and few keys).
   *
   * @param kind Token kind.
   * @param key Token key.
   */
  tokenId(kind: TokenKind, key: string): number {
    const ids = this.tokenIds[kind]
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = this.tokenCount++))
    return id
  }

  /**
   * The id of a feature key, created on first use.
   *
   * @param key Feature key.
   */
  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) this.ids.set(key, (id = this.ids.size))
    return id
  }
}

/** What {@link weighTokens} learns of a document that does not depend on the lexicon's growth. */
export interface DocumentStatistics {
  /** Inverse document frequency of each token key, per side. */
  enWeight: Map<string, number>
  faWeight: Map<string, number>
  /** Name pairs found by transliteration (English key → Persian keys). */
  names: Map<string, Set<string>>
}

/** An entry of the English memo by surface: the token key it was made for, and the token's features and expectation. */
interface Described {
  key: string
  described: { features: number[]; expected: boolean }
}

/** Both sides of a document as weighted token lists, ready to pack into vectors. */
export interface DocumentTokens {
  en: WeightedTokens[]
  fa: WeightedTokens[]
  /** Statistics to reuse when the same document is weighed again with a larger lexicon. */
  statistics: DocumentStatistics
}

/**
 * Turn tokenized sentences into tokens with features and statistics. Token weights are
 * inverse document frequencies within each side (`ln((N + 1) / df)`). English words take
 * the Persian keys the lexicon (and names matched by transliteration, `namesMatch` of
 * `@matn/core`) gives them; every English word also matches itself as a Latin string,
 * which is how citations and acronyms printed in Latin inside Persian sentences meet the
 * English side. A token's chance is the share of the other side's sentences holding one
 * of its features (smoothed), the probability of a match by accident.
 *
 * @param en Tokenized English sentences.
 * @param fa Tokenized Persian sentences.
 * @param lexicon Word and phrase translations.
 * @param space Where feature keys are interned.
 * @param statistics Statistics of an earlier weighing of the same sentences, to reuse.
 */
export function weighTokens(
  en: readonly TokenizedSentence[],
  fa: readonly TokenizedSentence[],
  lexicon: Lexicon,
  space: FeatureSpace,
  statistics?: DocumentStatistics
): DocumentTokens {
  const enWeight = statistics?.enWeight ?? inverseFrequencies(en)
  const faWeight = statistics?.faWeight ?? inverseFrequencies(fa)
  const names = statistics?.names ?? matchNames(en, fa, lexicon)
  const phraseIndex = indexPhrases(lexicon)
  const enMemo = new Map<string, { features: number[]; expected: boolean }>()
  // A first memo by kind and surface (no string built per token); the key is checked.
  const enBySurface = { word: new Map<string, Described>(), latin: new Map<string, Described>(), number: new Map<string, Described>() }
  const describeEnglish = (token: TokenizedSentence['tokens'][number]): { features: number[]; expected: boolean } => {
    const bySurface = enBySurface[token.kind]
    const known = bySurface.get(token.surface)
    if (known && known.key === token.key) return known.described
    const memoKey = `${token.kind}\t${token.key}\t${token.surface.toLowerCase()}`
    let described = enMemo.get(memoKey)
    if (described) {
      bySurface.set(token.surface, { key: token.key, described })
      return described
    }
    if (token.kind === 'number') described = { features: [space.id(`n:${token.key}`)], expected: true }
    else {
      const features = [space.id(`l:${token.surface.toLowerCase()}`)]
      for (const translation of lexicon.words.get(token.key) ?? []) features.push(space.id(`f:${translation}`))
      for (const translation of names.get(token.key) ?? []) features.push(space.id(`f:${translation}`))
      described = { features, expected: features.length > 1 }
    }
    enMemo.set(memoKey, described)
    bySurface.set(token.surface, { key: token.key, described })
    return described
  }
  const enSide = en.map((sentence) => collect(sentence, enWeight, describeEnglish, presentPhrases(sentence, phraseIndex, 'en'), space))
  const namedPersian = new Set<string>()
  for (const set of names.values()) for (const key of set) namedPersian.add(key)
  const faMemo = new Map<string, { features: number[]; expected: boolean }>()
  const describePersian = (token: TokenizedSentence['tokens'][number]): { features: number[]; expected: boolean } => {
    const memoKey = `${token.kind}\t${token.key}`
    let described = faMemo.get(memoKey)
    if (described) return described
    if (token.kind === 'number') {
      described = { features: [token.key, ...(token.alternatives ?? [])].map((key) => space.id(`n:${key}`)), expected: false }
    } else if (token.kind === 'latin') described = { features: [space.id(`l:${token.key}`)], expected: false }
    else described = { features: [space.id(`f:${token.key}`)], expected: lexicon.persianKeys.has(token.key) || namedPersian.has(token.key) }
    faMemo.set(memoKey, described)
    return described
  }
  const faSide = fa.map((sentence) => collect(sentence, faWeight, describePersian, presentPhrases(sentence, phraseIndex, 'fa'), space))
  setChances(enSide, faSide)
  setChances(faSide, enSide)
  return { en: enSide, fa: faSide, statistics: { enWeight, faWeight, names } }
}

/**
 * The chance of each token of `side` to be matched by a random sentence of `other`.
 * Feature ids are small dense integers ({@link FeatureSpace}): the sentence frequencies
 * are kept in an array indexed by id, with the last sentence that counted each id.
 */
function setChances(side: WeightedTokens[], other: readonly WeightedTokens[]): void {
  let size = 0
  for (const sentences of [side, other]) {
    for (const sentence of sentences) for (const features of sentence.features) for (const id of features) if (id >= size) size = id + 1
  }
  const frequency = new Int32Array(size)
  const countedIn = new Int32Array(size).fill(-1)
  for (let index = 0; index < other.length; index++) {
    for (const features of (other[index] as WeightedTokens).features) {
      for (const id of features) {
        if (countedIn[id] === index) continue
        countedIn[id] = index
        frequency[id] = (frequency[id] as number) + 1
      }
    }
  }
  const count = other.length
  for (const sentence of side) {
    const chance = new Array<number>(sentence.features.length)
    for (let position = 0; position < sentence.features.length; position++) {
      let miss = 1
      for (const id of sentence.features[position] as number[]) miss *= 1 - ((frequency[id] as number) + 0.1) / (count + 1)
      chance[position] = Math.min(0.99, Math.max(1e-4, 1 - miss))
    }
    sentence.chance = chance
  }
}

/**
 * Hands out zeroed typed arrays as views of larger shared buffers: a vector's arrays are
 * small and numerous (hundreds of thousands per document), and a typed array of its own
 * costs an off-heap allocation that the garbage collector must track and free.
 */
class TypedStore<T extends Float32Array | Int32Array> {
  private buffer: T
  private used = 0

  constructor(
    private readonly create: (length: number) => T,
    private readonly chunk: number
  ) {
    this.buffer = create(chunk)
  }

  /** A zeroed array of `length` elements (a view of a shared buffer when small). */
  take(length: number): T {
    if (length > this.chunk / 8) return this.create(length)
    if (this.used + length > this.chunk) {
      this.buffer = this.create(this.chunk)
      this.used = 0
    }
    const view = this.buffer.subarray(this.used, this.used + length) as T
    this.used += length
    return view
  }
}

const floatStore = new TypedStore((length) => new Float32Array(length), 1 << 16)
const intStore = new TypedStore((length) => new Int32Array(length), 1 << 16)

/** Reused buffer of (feature id, slot) keys while packing. */
let scratch = new Float64Array(256)

/**
 * Pack tokens into a vector: heavier tokens get their own slot, the lightest beyond
 * {@link maxSlots} share the last one. `rate` is the probability that a translation shows
 * a token the lexicon can translate (the match rate of true beads); with a token's chance
 * q of an accidental match it gives the token's evidence: `ln(rate / q)` when matched,
 * `ln((1 − rate) / (1 − q))` when an expected token is not matched, 0 otherwise.
 *
 * @param tokens Tokens of one sentence (or of a block of sentences).
 * @param rate Match rate of true beads.
 */
export function packVector(tokens: WeightedTokens, rate: number): SentenceVector {
  const count = tokens.weights.length
  const order = heaviestFirst(tokens.weights)
  const slots = Math.min(maxSlots, count)
  const values = floatStore.take(slotFields * slots)
  let featureCount = 0
  for (const features of tokens.features) featureCount += features.length
  if (scratch.length < featureCount) scratch = new Float64Array(Math.max(featureCount, 2 * scratch.length))
  const keyed = scratch
  let filled = 0
  let total = 0
  let missOne = 0
  let missTwo = 0
  let expectedLow = 0
  let expectedHigh = 0
  for (let rank = 0; rank < count; rank++) {
    const tokenIndex = order[rank] as number
    const slot = Math.min(rank, maxSlots - 1)
    const weight = tokens.weights[tokenIndex] as number
    const chance = tokens.chance[tokenIndex] ?? 0.5
    const chanceTwo = 1 - (1 - chance) * (1 - chance)
    const expected = tokens.expected[tokenIndex] === true
    const missA = expected ? Math.log((1 - rate) / (1 - chance)) : 0
    const missB = expected ? Math.log((1 - rate) / Math.max(1e-4, 1 - chanceTwo)) : 0
    const base = slotFields * slot
    values[base] = (values[base] as number) + weight
    values[base + 1] = (values[base + 1] as number) + Math.log(rate / chance)
    values[base + 2] = (values[base + 2] as number) + missA
    values[base + 3] = (values[base + 3] as number) + Math.log(rate / chanceTwo)
    values[base + 4] = (values[base + 4] as number) + missB
    total += weight
    if (expected && slot < 32) expectedLow = (expectedLow | (1 << slot)) >>> 0
    else if (expected) expectedHigh = (expectedHigh | (1 << (slot - 32))) >>> 0
    missOne += missA
    missTwo += missB
    for (const id of tokens.features[tokenIndex] as number[]) keyed[filled++] = id * maxSlots + slot
  }
  const sorted = sortAscending(keyed, filled)
  let distinct = 0
  for (let k = 0; k < filled; k++) if (k === 0 || Math.floor((sorted[k] as number) / maxSlots) !== Math.floor((sorted[k - 1] as number) / maxSlots)) distinct++
  const features = intStore.take(3 * distinct)
  let at = -3
  let previous = -1
  for (let k = 0; k < filled; k++) {
    const value = sorted[k] as number
    const id = Math.floor(value / maxSlots)
    const slot = value - id * maxSlots
    if (id !== previous) {
      at += 3
      features[at] = id
      previous = id
    }
    if (slot < 32) features[at + 1] = (features[at + 1] as number) | (1 << slot)
    else features[at + 2] = (features[at + 2] as number) | (1 << (slot - 32))
  }
  return { features, slots, values, expectedLow, expectedHigh, total, missOne, missTwo, length: tokens.length }
}

/** Reused buffer of token indices while packing. */
let orderScratch = new Int32Array(64)

/**
 * Token indices by weight, heaviest first, equal weights in token order (a stable sort):
 * an insertion sort into a reused buffer for a sentence's few tokens (no array, no
 * comparator calls), `Array.prototype.sort` for long ones.
 *
 * @param weights Token weights.
 * @returns The indices in the first `weights.length` places of a buffer (reused, valid until the next call).
 */
function heaviestFirst(weights: readonly number[]): Int32Array {
  const count = weights.length
  if (count > 64) {
    const sorted = Array.from({ length: count }, (_, index) => index).sort((a, b) => (weights[b] as number) - (weights[a] as number))
    return Int32Array.from(sorted)
  }
  if (orderScratch.length < count) orderScratch = new Int32Array(count)
  const order = orderScratch
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number
    let at = index
    while (at > 0 && (weights[order[at - 1] as number] as number) < weight) {
      order[at] = order[at - 1] as number
      at--
    }
    order[at] = index
  }
  return order
}

/**
 * The first `count` numbers of `buffer` sorted in place, ascending: by insertion for a few
 * (no new array view), by the typed-array sort for many.
 *
 * @returns `buffer` (its first `count` numbers sorted) or a sorted view of it.
 */
function sortAscending(buffer: Float64Array, count: number): Float64Array {
  if (count > 64) return buffer.subarray(0, count).sort()
  for (let index = 1; index < count; index++) {
    const value = buffer[index] as number
    let at = index
    while (at > 0 && (buffer[at - 1] as number) > value) {
      buffer[at] = buffer[at - 1] as number
      at--
    }
    buffer[at] = value
  }
  return buffer
}

/**
 * Weighted tokens of consecutive sentences taken as one (a token met twice keeps one
 * weight), keeping the `limit` heaviest (rarest) tokens, so that a block of many sentences
 * costs no more to compare than a long sentence.
 *
 * @param blocks The sentences, in order.
 * @param limit Most tokens kept (default 32).
 */
export function concatTokens(blocks: readonly WeightedTokens[], limit = 32): WeightedTokens {
  const result: WeightedTokens = { keys: [], weights: [], features: [], chance: [], expected: [], length: 0 }
  const seen = new Set<number>()
  let count = 0
  for (const block of blocks) count += block.keys.length
  const threshold = count > limit ? kthLargest(blocks, limit) : Number.NEGATIVE_INFINITY
  for (const block of blocks) {
    result.length += block.length
    for (let position = 0; position < block.keys.length; position++) {
      const key = block.keys[position] as number
      const weight = block.weights[position] as number
      if (weight < threshold || result.keys.length >= limit || seen.has(key)) continue
      seen.add(key)
      result.keys.push(key)
      result.weights.push(weight)
      result.features.push(block.features[position] as number[])
      result.chance.push(block.chance[position] ?? 0.5)
      result.expected.push(block.expected[position] === true)
    }
  }
  return result
}

/** Reused buffer of weights for {@link kthLargest}. */
let weightScratch = new Float64Array(256)

/** The k-th largest token weight of some blocks (a numeric sort of a reused buffer, ascending). */
function kthLargest(blocks: readonly WeightedTokens[], k: number): number {
  let count = 0
  for (const block of blocks) count += block.weights.length
  if (weightScratch.length < count) weightScratch = new Float64Array(Math.max(count, 2 * weightScratch.length))
  let filled = 0
  for (const block of blocks) for (const weight of block.weights) weightScratch[filled++] = weight
  if (filled === 0) return Number.NEGATIVE_INFINITY
  const all = weightScratch.subarray(0, filled).sort()
  return all[filled - Math.min(k, filled)] as number
}

/** Inverse document frequency of every token key of one side. */
function inverseFrequencies(sentences: readonly TokenizedSentence[]): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const sentence of sentences) {
    for (const key of new Set(sentence.tokens.map((token) => token.key))) frequency.set(key, (frequency.get(key) ?? 0) + 1)
  }
  const weights = new Map<string, number>()
  const count = sentences.length
  for (const [key, df] of frequency) weights.set(key, Math.log((count + 1) / df))
  return weights
}

function collect(
  sentence: TokenizedSentence,
  weights: Map<string, number>,
  describe: (token: TokenizedSentence['tokens'][number]) => { features: number[]; expected: boolean },
  phrases: ReadonlyMap<string, number[]>,
  space: FeatureSpace
): WeightedTokens {
  const result: WeightedTokens = { keys: [], weights: [], features: [], chance: [], expected: [], length: sentence.length }
  const seen = new Set<number>()
  for (const token of sentence.tokens) {
    const key = space.tokenId(token.kind, token.key)
    if (seen.has(key)) continue
    seen.add(key)
    const described = describe(token)
    const phraseIds = token.kind === 'word' ? phrases.get(token.key) : undefined
    const features = phraseIds ? [...described.features, ...phraseIds.map((phrase) => space.id(`p:${phrase}`))] : described.features
    const expected = described.expected || phraseIds !== undefined
    result.keys.push(key)
    result.weights.push(weights.get(token.key) ?? 1)
    result.features.push(features)
    result.expected.push(expected)
  }
  return result
}

interface PhraseIndex {
  en: Map<string, number[]>
  fa: Map<string, number[]>
  entries: Lexicon['phrases']
}

function indexPhrases(lexicon: Lexicon): PhraseIndex {
  const index: PhraseIndex = { en: new Map(), fa: new Map(), entries: lexicon.phrases }
  lexicon.phrases.forEach((phrase, id) => {
    for (const side of ['en', 'fa'] as const) {
      const first = phrase[side][0] as string
      let list = index[side].get(first)
      if (!list) index[side].set(first, (list = []))
      list.push(id)
    }
  })
  return index
}

/** No phrase: what {@link presentPhrases} gives most sentences (never written to). */
const noPhrases: ReadonlyMap<string, number[]> = new Map()

/** Phrases all of whose keys (the keys of its word tokens) a sentence has, listed under each of their keys. */
function presentPhrases(sentence: TokenizedSentence, index: PhraseIndex, side: 'en' | 'fa'): ReadonlyMap<string, number[]> {
  // Most sentences hold no word a phrase starts with: the set of keys is built only when one does.
  if (!sentence.tokens.some((token) => token.kind === 'word' && index[side].has(token.key))) return noPhrases
  const keys = new Set(sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.key))
  const present = new Map<string, number[]>()
  for (const key of keys) {
    for (const id of index[side].get(key) ?? []) {
      const phrase = index.entries[id]
      if (!phrase || !phrase[side].every((word) => keys.has(word))) continue
      for (const word of phrase[side]) {
        let list = present.get(word)
        if (!list) present.set(word, (list = []))
        list.push(id)
      }
    }
  }
  return present
}

/**
 * Pairs of an English capitalized word and a Persian word the lexicon does not know whose
 * consonant skeletons meet (`Walt` ~ `والت`, `Schweller` ~ `شویلر`), by `namesMatch`.
 */
function matchNames(
  en: readonly TokenizedSentence[],
  fa: readonly TokenizedSentence[],
  lexicon: Lexicon
): Map<string, Set<string>> {
  const persianByBucket = new Map<string, Map<string, string>>()
  const seen = new Set<string>()
  for (const sentence of fa) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || seen.has(token.surface) || lexicon.persianKeys.has(token.key)) continue
      seen.add(token.surface)
      const bucket = skeletonBucket(token.surface)
      if (bucket.length < 2) continue
      let words = persianByBucket.get(bucket)
      if (!words) persianByBucket.set(bucket, (words = new Map()))
      words.set(token.surface, token.key)
    }
  }
  const names = new Map<string, Set<string>>()
  const tried = new Set<string>()
  for (const sentence of en) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.surface) || tried.has(token.surface)) continue
      tried.add(token.surface)
      for (const [surface, key] of persianByBucket.get(skeletonBucket(token.surface)) ?? []) {
        if (!namesMatch(token.surface, surface)) continue
        let set = names.get(token.key)
        if (!set) names.set(token.key, (set = new Set()))
        set.add(key)
      }
    }
  }
  return names
}

/** The skeleton with v dropped after its first letter: equal buckets are what `namesMatch` may accept. */
function skeletonBucket(word: string): string {
  const skeleton = nameSkeleton(word)
  return skeleton.charAt(0) + skeleton.slice(1).replace(/v/g, '')
}
