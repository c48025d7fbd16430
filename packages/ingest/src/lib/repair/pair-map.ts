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

/**
 * Pairs a memo of `memoizeByPair` holds per context before it starts again empty, so that
 * text with ever new words cannot grow it without bound (answers are recomputed, never changed).
 */
const maximumMemoized = 1 << 19

/**
 * Memoize a function of two strings and a context object: each pair is computed once per
 * context (held weakly, so the memo goes with it). The function must depend on nothing else,
 * and the context must not change while it is in use.
 *
 * @param compute The function.
 * @returns The same function, computing each answer once.
 */
export function memoizeByPair<C extends object, V>(compute: (first: string, second: string, context: C) => V): (first: string, second: string, context: C) => V {
  const memos = new WeakMap<C, PairMap<V>>()
  return (first, second, context) => {
    let memo = memos.get(context)
    if (memo === undefined) {
      memo = new PairMap()
      memos.set(context, memo)
    }
    let value = memo.get(first, second)
    if (value === undefined) {
      value = compute(first, second, context)
      if (memo.size >= maximumMemoized) memo.clear()
      memo.set(first, second, value)
    }
    return value
  }
}
