/**
 * Memos of pure functions over words, one per context object (a lexicon, a document's
 * counts): held weakly, so that each memo goes with its context, and bounded, so that text
 * with ever new words cannot grow them without bound (answers are recomputed, never changed).
 */
import { PairMap } from './pair-map.js'

/** Entries a memo holds per context before it starts again empty. */
const maximumMemoized = 1 << 19

/**
 * Memoize a function of a string and a context object: each string is computed once per
 * context. The function must depend on nothing else, and the context must not change while
 * it is in use.
 *
 * @param compute The function.
 * @returns The same function, computing each answer once.
 */
export function memoizeByKey<C extends object, V>(compute: (key: string, context: C) => V): (key: string, context: C) => V {
  const memos = new WeakMap<C, Map<string, V>>()
  return (key, context) => {
    let memo = memos.get(context)
    if (memo === undefined) {
      memo = new Map()
      memos.set(context, memo)
    }
    let value = memo.get(key)
    if (value === undefined) {
      value = compute(key, context)
      if (memo.size >= maximumMemoized) memo.clear()
      memo.set(key, value)
    }
    return value
  }
}

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
