import { nameSkeleton, namesMatch } from '@matn/core'
import type { Lexicon } from './lexicon.js'
import type { TokenizedDocument } from './token-document.js'
import type { Token } from './tokenize.js'

/** Interns feature keys (`f:…`, `l:…`, `n:…`, `p:…`) as integers. */
export class FeatureSpace {
  private readonly ids = new Map<string, number>()

  /** Number of feature ids handed out (ids are `0 … size − 1`). */
  get size(): number {
    return this.ids.size
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

/** Lists of feature ids in flat arrays: list l is `ids[start[l] … start[l + 1])`. */
export class FeatureLists {
  start: Int32Array<ArrayBuffer> = new Int32Array(1024)
  ids: Int32Array<ArrayBuffer> = new Int32Array(1024)
  /** Number of lists. */
  count = 0

  /**
   * Store a list.
   *
   * @param ids Feature ids (kept in order, repeats included).
   * @returns The list's number.
   */
  add(ids: readonly number[]): number {
    if (this.count + 2 > this.start.length) this.start = grownInt32(this.start, 2 * this.start.length)
    const from = this.start[this.count] as number
    if (from + ids.length > this.ids.length) this.ids = grownInt32(this.ids, Math.max(from + ids.length, 2 * this.ids.length))
    for (let k = 0; k < ids.length; k++) this.ids[from + k] = ids[k] as number
    this.start[this.count + 1] = from + ids.length
    return this.count++
  }

  /**
   * The ids of list l.
   *
   * @param list A list number.
   */
  get(list: number): number[] {
    return Array.from(this.ids.subarray(this.start[list] as number, this.start[list + 1] as number))
  }
}

/**
 * The tokens of several sentences (or blocks of sentences) with their statistics, before
 * packing, in flat arrays: sentence s owns tokens `start[s] … start[s + 1]`, each counted
 * once per sentence.
 */
export interface TokenLists {
  /** Number of sentences. */
  count: number
  start: Int32Array
  /** Each token's kind and key as one number (equal tokens, equal numbers). */
  keys: Int32Array
  /** IDF weight of each token within its side. */
  weights: Float64Array
  /** Each token's feature ids, as a list number of {@link TokenLists.lists}. */
  features: Int32Array
  /** Chance that a random sentence of the other side matches the token. */
  chance: Float64Array
  /** Whether a translation should show the token (a known word, an English number): 1 when a miss counts against. */
  expected: Uint8Array
  /** Gale–Church length of each sentence. */
  lengths: Float64Array
  /** Where the feature lists are. */
  lists: FeatureLists
}

/** Empty token lists with room for `sentences` sentences and `tokens` tokens. */
function emptyLists(sentences: number, tokens: number, lists: FeatureLists): TokenLists {
  return {
    count: 0,
    start: new Int32Array(sentences + 1),
    keys: new Int32Array(tokens),
    weights: new Float64Array(tokens),
    features: new Int32Array(tokens),
    chance: new Float64Array(tokens),
    expected: new Uint8Array(tokens),
    lengths: new Float64Array(sentences),
    lists
  }
}

/** What {@link weighTokens} learns of a document that does not depend on the lexicon's growth. */
export interface DocumentStatistics {
  /** Inverse document frequency of each key (by the document's key numbers), per side. */
  enWeight: Float64Array
  faWeight: Float64Array
  /** Name pairs found by transliteration (English key → Persian keys). */
  names: Map<string, Set<string>>
}

/** Both sides of a document as weighted token lists, ready to pack into vectors. */
export interface DocumentTokens {
  en: TokenLists
  fa: TokenLists
  /** Statistics to reuse when the same document is weighed again with a larger lexicon. */
  statistics: DocumentStatistics
}

/** A type's features (a list number) and whether a translation should show it. */
interface Described {
  list: number
  expected: boolean
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
  en: TokenizedDocument,
  fa: TokenizedDocument,
  lexicon: Lexicon,
  space: FeatureSpace,
  statistics?: DocumentStatistics
): DocumentTokens {
  const enWeight = statistics?.enWeight ?? inverseFrequencies(en)
  const faWeight = statistics?.faWeight ?? inverseFrequencies(fa)
  const names = statistics?.names ?? matchNames(en, fa, lexicon)
  const phraseIndex = indexPhrases(lexicon)
  const lists = new FeatureLists()
  const enMemo = new Map<string, Described>()
  const describeEnglish = (token: Token): Described => {
    const memoKey = `${token.kind}\t${token.key}\t${token.surface.toLowerCase()}`
    let described = enMemo.get(memoKey)
    if (described) return described
    if (token.kind === 'number') described = { list: lists.add([space.id(`n:${token.key}`)]), expected: true }
    else {
      const features = [space.id(`l:${token.surface.toLowerCase()}`)]
      for (const translation of lexicon.words.get(token.key) ?? []) features.push(space.id(`f:${translation}`))
      for (const translation of names.get(token.key) ?? []) features.push(space.id(`f:${translation}`))
      described = { list: lists.add(features), expected: features.length > 1 }
    }
    enMemo.set(memoKey, described)
    return described
  }
  const enSide = collect(en, enWeight, describeEnglish, phraseIndex, 'en', space, lists)
  const namedPersian = new Set<string>()
  for (const set of names.values()) for (const key of set) namedPersian.add(key)
  const faMemo = new Map<string, Described>()
  const describePersian = (token: Token): Described => {
    const memoKey = `${token.kind}\t${token.key}`
    let described = faMemo.get(memoKey)
    if (described) return described
    if (token.kind === 'number') {
      described = { list: lists.add([token.key, ...(token.alternatives ?? [])].map((key) => space.id(`n:${key}`))), expected: false }
    } else if (token.kind === 'latin') described = { list: lists.add([space.id(`l:${token.key}`)]), expected: false }
    else described = { list: lists.add([space.id(`f:${token.key}`)]), expected: lexicon.persianKeys.has(token.key) || namedPersian.has(token.key) }
    faMemo.set(memoKey, described)
    return described
  }
  const faSide = collect(fa, faWeight, describePersian, phraseIndex, 'fa', space, lists)
  setChances(enSide, faSide, space.size)
  setChances(faSide, enSide, space.size)
  return { en: enSide, fa: faSide, statistics: { enWeight, faWeight, names } }
}

/**
 * The chance of each token of `side` to be matched by a random sentence of `other`.
 * Feature ids are small dense integers ({@link FeatureSpace}): the sentence frequencies
 * are kept in an array indexed by id, with the last sentence that counted each id.
 */
function setChances(side: TokenLists, other: TokenLists, size: number): void {
  const lists = side.lists
  const frequency = new Int32Array(size)
  const countedIn = new Int32Array(size).fill(-1)
  for (let index = 0; index < other.count; index++) {
    for (let token = other.start[index] as number; token < (other.start[index + 1] as number); token++) {
      const list = other.features[token] as number
      for (let at = lists.start[list] as number; at < (lists.start[list + 1] as number); at++) {
        const id = lists.ids[at] as number
        if (countedIn[id] === index) continue
        countedIn[id] = index
        frequency[id] = (frequency[id] as number) + 1
      }
    }
  }
  const count = other.count
  const end = side.start[side.count] as number
  for (let token = 0; token < end; token++) {
    const list = side.features[token] as number
    let miss = 1
    for (let at = lists.start[list] as number; at < (lists.start[list + 1] as number); at++) {
      miss *= 1 - ((frequency[lists.ids[at] as number] as number) + 0.1) / (count + 1)
    }
    side.chance[token] = Math.min(0.99, Math.max(1e-4, 1 - miss))
  }
}

/**
 * Blocks of two consecutive sentences (the last alone when the count is odd), each taken
 * as one sentence by {@link concatTokens}.
 *
 * @param tokens Token lists of sentences.
 * @param limit Most tokens kept per block (default 32).
 */
export function pairBlocks(tokens: TokenLists, limit = 32): TokenLists {
  const blocks = Math.ceil(tokens.count / 2)
  const result = emptyLists(blocks, Math.min(tokens.start[tokens.count] as number, limit * blocks), tokens.lists)
  for (let s = 0; s < tokens.count; s += 2) concatTokens(tokens, s, Math.min(tokens.count, s + 2), limit, result)
  return result
}

/**
 * Append to `result` the weighted tokens of sentences `[from, to)` taken as one (a token
 * met twice keeps one weight), keeping the `limit` heaviest (rarest) tokens, so that a
 * block of many sentences costs no more to compare than a long sentence.
 */
function concatTokens(tokens: TokenLists, from: number, to: number, limit: number, result: TokenLists): void {
  const first = tokens.start[from] as number
  const end = tokens.start[to] as number
  const threshold = end - first > limit ? kthLargest(tokens.weights, first, end, limit) : Number.NEGATIVE_INFINITY
  const blockStart = result.start[result.count] as number
  let kept = blockStart
  let length = 0
  for (let s = from; s < to; s++) length += tokens.lengths[s] as number
  for (let position = first; position < end; position++) {
    const key = tokens.keys[position] as number
    const weight = tokens.weights[position] as number
    if (weight < threshold || kept - blockStart >= limit) continue
    let seen = false
    for (let k = blockStart; k < kept; k++) {
      if (result.keys[k] === key) {
        seen = true
        break
      }
    }
    if (seen) continue
    result.keys[kept] = key
    result.weights[kept] = weight
    result.features[kept] = tokens.features[position] as number
    result.chance[kept] = tokens.chance[position] as number
    result.expected[kept] = tokens.expected[position] as number
    kept++
  }
  result.lengths[result.count] = length
  result.count++
  result.start[result.count] = kept
}

/** Reused buffer of weights for {@link kthLargest}. */
let weightScratch = new Float64Array(256)

/** The k-th largest of `weights[first … end)` (a numeric sort of a reused buffer, ascending). */
function kthLargest(weights: Float64Array, first: number, end: number, k: number): number {
  const count = end - first
  if (weightScratch.length < count) weightScratch = new Float64Array(Math.max(count, 2 * weightScratch.length))
  if (count === 0) return Number.NEGATIVE_INFINITY
  weightScratch.set(weights.subarray(first, end))
  const all = weightScratch.subarray(0, count).sort()
  return all[count - Math.min(k, count)] as number
}

/** Inverse document frequency of every key of one side, by key number. */
function inverseFrequencies(document: TokenizedDocument): Float64Array {
  const frequency = new Int32Array(document.keys.length)
  const countedIn = new Int32Array(document.keys.length).fill(-1)
  for (let s = 0; s < document.count; s++) {
    for (let at = document.sentenceStart[s] as number; at < (document.sentenceStart[s + 1] as number); at++) {
      const key = document.typeKey[document.sentenceTypes[at] as number] as number
      if (countedIn[key] === s) continue
      countedIn[key] = s
      frequency[key] = (frequency[key] as number) + 1
    }
  }
  const weights = new Float64Array(document.keys.length)
  const count = document.count
  for (let key = 0; key < weights.length; key++) weights[key] = Math.log((count + 1) / (frequency[key] as number))
  return weights
}

/** Every sentence of a side as weighted tokens, each (kind, key) once per sentence, in order of first occurrence. */
function collect(
  document: TokenizedDocument,
  weights: Float64Array,
  describe: (token: Token) => Described,
  phraseIndex: PhraseIndex,
  side: 'en' | 'fa',
  space: FeatureSpace,
  lists: FeatureLists
): TokenLists {
  const result = emptyLists(document.count, document.sentenceStart[document.count] as number, lists)
  const described: Array<Described | undefined> = new Array(document.types.length)
  const startsPhrase = new Uint8Array(document.types.length)
  document.types.forEach((token, type) => {
    if (token.kind === 'word' && phraseIndex[side].has(token.key)) startsPhrase[type] = 1
  })
  const countedIn = new Int32Array(document.tokenCount).fill(-1)
  let kept = 0
  for (let s = 0; s < document.count; s++) {
    const first = document.sentenceStart[s] as number
    const end = document.sentenceStart[s + 1] as number
    let phrases = noPhrases
    for (let at = first; at < end; at++) {
      if (startsPhrase[document.sentenceTypes[at] as number] === 1) {
        phrases = presentPhrases(document, s, phraseIndex, side)
        break
      }
    }
    for (let at = first; at < end; at++) {
      const type = document.sentenceTypes[at] as number
      const tokenId = document.typeToken[type] as number
      if (countedIn[tokenId] === s) continue
      countedIn[tokenId] = s
      const token = document.types[type] as Token
      let description = described[type]
      if (!description) described[type] = description = describe(token)
      const phraseIds = token.kind === 'word' ? phrases.get(token.key) : undefined
      result.keys[kept] = tokenId
      result.weights[kept] = weights[document.typeKey[type] as number] as number
      result.features[kept] = phraseIds ? lists.add([...lists.get(description.list), ...phraseIds.map((phrase) => space.id(`p:${phrase}`))]) : description.list
      result.expected[kept] = description.expected || phraseIds !== undefined ? 1 : 0
      kept++
    }
    result.lengths[s] = document.lengths[s] as number
    result.count++
    result.start[s + 1] = kept
  }
  return result
}

/** A copy of `array` with room for `length` elements. */
function grownInt32(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length)
  copy.set(array)
  return copy
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

/** No phrase: what most sentences hold (never written to). */
const noPhrases: ReadonlyMap<string, number[]> = new Map()

/** Phrases all of whose keys (the keys of its word tokens) sentence s has, listed under each of their keys. */
function presentPhrases(document: TokenizedDocument, s: number, index: PhraseIndex, side: 'en' | 'fa'): ReadonlyMap<string, number[]> {
  const keys = new Set<string>()
  for (let at = document.sentenceStart[s] as number; at < (document.sentenceStart[s + 1] as number); at++) {
    const token = document.types[document.sentenceTypes[at] as number] as Token
    if (token.kind === 'word') keys.add(token.key)
  }
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
function matchNames(en: TokenizedDocument, fa: TokenizedDocument, lexicon: Lexicon): Map<string, Set<string>> {
  // Types are numbered in order of first occurrence, so they are met in document order.
  const persianByBucket = new Map<string, Map<string, string>>()
  const seen = new Set<string>()
  for (const token of fa.types) {
    if (token.kind !== 'word' || seen.has(token.surface) || lexicon.persianKeys.has(token.key)) continue
    seen.add(token.surface)
    const bucket = skeletonBucket(token.surface)
    if (bucket.length < 2) continue
    let words = persianByBucket.get(bucket)
    if (!words) persianByBucket.set(bucket, (words = new Map()))
    words.set(token.surface, token.key)
  }
  const names = new Map<string, Set<string>>()
  const tried = new Set<string>()
  for (const token of en.types) {
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.surface) || tried.has(token.surface)) continue
    tried.add(token.surface)
    for (const [surface, key] of persianByBucket.get(skeletonBucket(token.surface)) ?? []) {
      if (!namesMatch(token.surface, surface)) continue
      let set = names.get(token.key)
      if (!set) names.set(token.key, (set = new Set()))
      set.add(key)
    }
  }
  return names
}

/** The skeleton with v dropped after its first letter: equal buckets are what `namesMatch` may accept. */
function skeletonBucket(word: string): string {
  const skeleton = nameSkeleton(word)
  return skeleton.charAt(0) + skeleton.slice(1).replace(/v/g, '')
}
