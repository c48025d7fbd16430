/**
 * A map keyed by a pair of strings. Looking a pair up through one map per first string
 * builds no joined key (`${first} ${second}`): the repair steps ask about the same pairs of
 * words thousands of times per document, and each joined key is a new string to hash.
 */
export class PairMap<V> {
  readonly #entries = new Map<string, Map<string, V>>()
  #size = 0

  /** Number of pairs held. */
  get size(): number {
    return this.#size
  }

  /** The value of the pair, or `undefined`. */
  get(first: string, second: string): V | undefined {
    return this.#entries.get(first)?.get(second)
  }

  /** The values of the pairs `first` starts, by their second string (`undefined` when there is none). */
  seconds(first: string): ReadonlyMap<string, V> | undefined {
    return this.#entries.get(first)
  }

  /** Set the value of the pair. */
  set(first: string, second: string, value: V): this {
    let inner = this.#entries.get(first)
    if (inner === undefined) {
      inner = new Map()
      this.#entries.set(first, inner)
    }
    if (!inner.has(second)) this.#size += 1
    inner.set(second, value)
    return this
  }

  /** Call `visit` with each pair and its value, in order of first sight of the first string, then of the second. */
  forEach(visit: (first: string, second: string, value: V) => void): void {
    for (const [first, inner] of this.#entries) for (const [second, value] of inner) visit(first, second, value)
  }

  /** Remove every pair. */
  clear(): void {
    this.#entries.clear()
    this.#size = 0
  }
}

/**
 * A map from a pair of word ids (non-negative integers, as `WordIds` gives them) to a
 * number, in typed arrays with open addressing: one probe or a few per lookup, no string to
 * hash and no object per entry. Run order asks a document's counts about every pair of words
 * of a line, pass after pass: most of its time went to looking pairs up in maps of strings.
 * A table holds up to hundreds of thousands of pairs, far more than the processor's caches:
 * each slot keeps its two ids and its value side by side in 16 bytes (`keys[4s]`, `keys[4s+1]`
 * and `values[2s+1]` over one buffer), so that a probe reads one cache line, not three.
 */
export class IdPairTable {
  /** The slots as 32-bit integers: `keys[4 * slot]` the first id (-1: empty), `keys[4 * slot + 1]` the second. */
  #keys: Int32Array
  /** The same buffer as 64-bit floats: `values[2 * slot + 1]` the slot's value. */
  #values: Float64Array
  #mask: number
  #size = 0

  /** @param capacity Pairs to make room for before the first growth. */
  constructor(capacity = 16) {
    let slots = 16
    while (slots < capacity * 2) slots *= 2
    const buffer = new ArrayBuffer(slots * 16)
    this.#keys = new Int32Array(buffer).fill(-1)
    this.#values = new Float64Array(buffer)
    this.#mask = slots - 1
  }

  /** Number of pairs held. */
  get size(): number {
    return this.#size
  }

  /** The value of the pair, or `undefined`. */
  get(first: number, second: number): number | undefined {
    const keys = this.#keys
    let slot = pairSlot(first, second) & this.#mask
    for (;;) {
      const held = keys[4 * slot] as number
      if (held === -1) return undefined
      if (held === first && keys[4 * slot + 1] === second) return this.#values[2 * slot + 1]
      slot = (slot + 1) & this.#mask
    }
  }

  /** Set the value of the pair. */
  set(first: number, second: number, value: number): this {
    if (!(first >= 0 && second >= 0 && first <= 0x7fffffff && second <= 0x7fffffff && Number.isInteger(first) && Number.isInteger(second))) {
      throw new RangeError(`IdPairTable: ids must be integers from 0 to 2^31-1, got ${first}, ${second}`)
    }
    const slot = this.#find(first, second)
    if (this.#keys[4 * slot] === -1) {
      if ((this.#size + 1) * 2 > this.#mask + 1) {
        this.#grow()
        return this.set(first, second, value)
      }
      this.#keys[4 * slot] = first
      this.#keys[4 * slot + 1] = second
      this.#size += 1
    }
    this.#values[2 * slot + 1] = value
    return this
  }

  /** Add `delta` to the value of the pair (a pair not held counts as 0). */
  add(first: number, second: number, delta: number): this {
    return this.set(first, second, (this.get(first, second) ?? 0) + delta)
  }

  /** Remove every pair. */
  clear(): void {
    this.#keys.fill(-1)
    this.#size = 0
  }

  /** The slot holding the pair, or the empty slot where it would go. */
  #find(first: number, second: number): number {
    const keys = this.#keys
    let slot = pairSlot(first, second) & this.#mask
    for (;;) {
      const held = keys[4 * slot] as number
      if (held === -1 || (held === first && keys[4 * slot + 1] === second)) return slot
      slot = (slot + 1) & this.#mask
    }
  }

  #grow(): void {
    const keys = this.#keys
    const values = this.#values
    const oldSlots = this.#mask + 1
    const slots = oldSlots * 2
    const buffer = new ArrayBuffer(slots * 16)
    this.#keys = new Int32Array(buffer).fill(-1)
    this.#values = new Float64Array(buffer)
    this.#mask = slots - 1
    for (let old = 0; old < oldSlots; old += 1) {
      const first = keys[4 * old] as number
      if (first === -1) continue
      const second = keys[4 * old + 1] as number
      const slot = this.#find(first, second)
      this.#keys[4 * slot] = first
      this.#keys[4 * slot + 1] = second
      this.#values[2 * slot + 1] = values[2 * old + 1] as number
    }
  }
}

/** A well-mixed 32-bit hash of two ids (multiplicative hashing; the caller masks it). */
function pairSlot(first: number, second: number): number {
  let hash = Math.imul(first, 0x9e3779b1) ^ second
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b)
  return (hash ^ (hash >>> 13)) >>> 0
}
