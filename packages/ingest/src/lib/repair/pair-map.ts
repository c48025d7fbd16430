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

  /** Remove every pair. */
  clear(): void {
    this.#entries.clear()
    this.#size = 0
  }
}
