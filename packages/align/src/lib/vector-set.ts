import type { TokenLists } from './features.js'

/** Most content tokens a sentence vector tells apart; further (lighter) tokens share the last slot. */
export const maxSlots = 64

/** Numbers stored per token slot in {@link VectorSet.values}. */
export const slotFields = 5

/**
 * Sentences as sets of feature ids, each owned by the content tokens that produced it, in
 * flat arrays (vector v is index v of each per-vector array). Feature ids live in one
 * space shared by both languages: a Persian word key, the Persian translations of an
 * English word, a Latin string, a number, a lexicon phrase. A token of one side is matched
 * by the other side when one of its features occurs there.
 */
export class VectorSet {
  /** Number of vectors. */
  count = 0
  /**
   * Vector v's features are `features[featureStart[v] … featureStart[v + 1])`: sorted,
   * distinct feature ids with their owners, three numbers per feature: the id, then the
   * owning token slots as two 32-bit masks (bit k of the first is slot k, of the second
   * slot 32 + k).
   */
  featureStart: Int32Array
  features: Int32Array
  /**
   * Vector v's slots are `values[valueStart[v] … valueStart[v + 1])`, {@link slotFields}
   * numbers per slot (at most {@link maxSlots} slots): the IDF weight, then the
   * log-likelihood ratio of the slot being matched (`hit`) and not matched (`miss`) when
   * the other side of the bead has one sentence, then the same with two sentences or more.
   */
  valueStart: Int32Array
  values: Float32Array
  /** Slots of expected tokens, bits as in the feature masks. */
  expectedLow: Uint32Array
  expectedHigh: Uint32Array
  /** Sum of the weights. */
  total: Float64Array
  /** Sum of the `miss` values with one sentence, and with two or more, on the other side. */
  missOne: Float64Array
  missTwo: Float64Array
  /** Gale–Church length (characters other than white space). */
  lengths: Float64Array
  private featuresUsed = 0

  /**
   * @param capacity Number of vectors.
   * @param slotCount Slots of all vectors together.
   */
  constructor(capacity: number, slotCount: number) {
    this.featureStart = new Int32Array(capacity + 1)
    this.features = new Int32Array(Math.max(48, 4 * slotCount))
    this.valueStart = new Int32Array(capacity + 1)
    this.values = new Float32Array(slotFields * slotCount)
    this.expectedLow = new Uint32Array(capacity)
    this.expectedHigh = new Uint32Array(capacity)
    this.total = new Float64Array(capacity)
    this.missOne = new Float64Array(capacity)
    this.missTwo = new Float64Array(capacity)
    this.lengths = new Float64Array(capacity)
  }

  /** Room for `count` more feature numbers. */
  reserveFeatures(count: number): Int32Array {
    const needed = this.featuresUsed + count
    if (needed > this.features.length) {
      const copy = new Int32Array(Math.max(needed, 2 * this.features.length))
      copy.set(this.features.subarray(0, this.featuresUsed))
      this.features = copy
    }
    return this.features
  }

  /** Close vector `count` with `featureCount` feature numbers written after the previous one's. */
  close(featureCount: number, slots: number): void {
    const v = this.count
    this.featuresUsed += featureCount
    this.featureStart[v + 1] = this.featuresUsed
    this.valueStart[v + 1] = (this.valueStart[v] as number) + slotFields * slots
    this.count++
  }

  /** Where the next vector's features start. */
  get featureEnd(): number {
    return this.featuresUsed
  }
}

/** Reused buffer of (feature id, slot) keys while packing. */
let scratch = new Float64Array(256)

/**
 * Pack each token list into a vector: heavier tokens get their own slot, the lightest
 * beyond {@link maxSlots} share the last one. `rate` is the probability that a
 * translation shows a token the lexicon can translate (the match rate of true beads); with
 * a token's chance q of an accidental match it gives the token's evidence: `ln(rate / q)`
 * when matched, `ln((1 − rate) / (1 − q))` when an expected token is not matched, 0
 * otherwise.
 *
 * @param tokens Token lists of sentences (or of blocks of sentences).
 * @param rate Match rate of true beads.
 */
export function packVectors(tokens: TokenLists, rate: number): VectorSet {
  let slotCount = 0
  for (let s = 0; s < tokens.count; s++) slotCount += Math.min(maxSlots, (tokens.start[s + 1] as number) - (tokens.start[s] as number))
  const set = new VectorSet(tokens.count, slotCount)
  for (let s = 0; s < tokens.count; s++) packOne(tokens, s, rate, set)
  return set
}

function packOne(tokens: TokenLists, s: number, rate: number, set: VectorSet): void {
  const first = tokens.start[s] as number
  const count = (tokens.start[s + 1] as number) - first
  const order = heaviestFirst(tokens.weights, first, count)
  const slots = Math.min(maxSlots, count)
  const v = set.count
  const values = set.values
  const valueBase = set.valueStart[v] as number
  const lists = tokens.lists
  let featureCount = 0
  for (let k = first; k < first + count; k++) {
    const list = tokens.features[k] as number
    featureCount += (lists.start[list + 1] as number) - (lists.start[list] as number)
  }
  if (scratch.length < featureCount) scratch = new Float64Array(Math.max(featureCount, 2 * scratch.length))
  const keyed = scratch
  let filled = 0
  let total = 0
  let missOne = 0
  let missTwo = 0
  let expectedLow = 0
  let expectedHigh = 0
  for (let rank = 0; rank < count; rank++) {
    const tokenIndex = first + (order[rank] as number)
    const slot = Math.min(rank, maxSlots - 1)
    const weight = tokens.weights[tokenIndex] as number
    const chance = tokens.chance[tokenIndex] as number
    const chanceTwo = 1 - (1 - chance) * (1 - chance)
    const expected = tokens.expected[tokenIndex] === 1
    const missA = expected ? Math.log((1 - rate) / (1 - chance)) : 0
    const missB = expected ? Math.log((1 - rate) / Math.max(1e-4, 1 - chanceTwo)) : 0
    const base = valueBase + slotFields * slot
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
    const list = tokens.features[tokenIndex] as number
    for (let at = lists.start[list] as number; at < (lists.start[list + 1] as number); at++) keyed[filled++] = (lists.ids[at] as number) * maxSlots + slot
  }
  const sorted = sortAscending(keyed, filled)
  let distinct = 0
  for (let k = 0; k < filled; k++) if (k === 0 || Math.floor((sorted[k] as number) / maxSlots) !== Math.floor((sorted[k - 1] as number) / maxSlots)) distinct++
  const features = set.reserveFeatures(3 * distinct)
  const start = set.featureEnd
  let at = start - 3
  let previous = -1
  for (let k = 0; k < filled; k++) {
    const value = sorted[k] as number
    const id = Math.floor(value / maxSlots)
    const slot = value - id * maxSlots
    if (id !== previous) {
      at += 3
      features[at] = id
      features[at + 1] = 0
      features[at + 2] = 0
      previous = id
    }
    if (slot < 32) features[at + 1] = (features[at + 1] as number) | (1 << slot)
    else features[at + 2] = (features[at + 2] as number) | (1 << (slot - 32))
  }
  set.expectedLow[v] = expectedLow
  set.expectedHigh[v] = expectedHigh
  set.total[v] = total
  set.missOne[v] = missOne
  set.missTwo[v] = missTwo
  set.lengths[v] = tokens.lengths[s] as number
  set.close(3 * distinct, slots)
}

/** Reused buffer of token indices while packing. */
let orderScratch = new Int32Array(64)

/**
 * Token indices (from 0) by weight, heaviest first, equal weights in token order (a
 * stable sort): an insertion sort into a reused buffer for a sentence's few tokens (no
 * array, no comparator calls), `Array.prototype.sort` for long ones.
 *
 * @param weights Token weights.
 * @param first Index of the sentence's first token in `weights`.
 * @param count The sentence's tokens.
 * @returns The indices in the first `count` places of a buffer (reused, valid until the next call).
 */
function heaviestFirst(weights: Float64Array, first: number, count: number): Int32Array {
  if (count > 64) {
    const sorted = Array.from({ length: count }, (_, index) => index).sort((a, b) => (weights[first + b] as number) - (weights[first + a] as number))
    return Int32Array.from(sorted)
  }
  if (orderScratch.length < count) orderScratch = new Int32Array(count)
  const order = orderScratch
  for (let index = 0; index < count; index++) {
    const weight = weights[first + index] as number
    let at = index
    while (at > 0 && (weights[first + (order[at - 1] as number)] as number) < weight) {
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
