/**
 * Memos of pure functions over words, one per context object (a lexicon, a document's
 * counts): held weakly, so that each memo goes with its context, and bounded, so that text
 * with ever new words cannot grow them without bound (answers are recomputed, never changed).
 */
import { IdPairTable, PairMap } from './pair-map.js'

/** Entries a memo holds per context before it starts again empty. */
const maximumMemoized = 1 << 19

/**
 * Remember the answers of a function of a string, at most `limit` of them: past that the
 * memo starts again empty (answers are recomputed, never changed).
 *
 * @param compute The function (it must depend on its argument only).
 * @param limit Answers held at most.
 * @returns The same function, computing each answer once while it is held.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const memo = new Map<string, V>()
  return (key) => {
    let value = memo.get(key)
    if (value === undefined) {
      value = compute(key)
      if (memo.size >= limit) memo.clear()
      memo.set(key, value)
    }
    return value
  }
}

/**
 * Remember the answers of a function of two strings, at most `limit` of them (as
 * {@link boundedMemo}), without joining the strings into one key.
 *
 * @param compute The function (it must depend on its arguments only).
 * @param limit Answers held at most.
 * @returns The same function, computing each answer once while it is held.
 */
export function boundedPairMemo<V>(compute: (first: string, second: string) => V, limit: number): (first: string, second: string) => V {
  const memo = new PairMap<V>()
  return (first, second) => {
    let value = memo.get(first, second)
    if (value === undefined) {
      value = compute(first, second)
      if (memo.size >= limit) memo.clear()
      memo.set(first, second, value)
    }
    return value
  }
}

/**
 * Memoize a function of a string and a context object: each string is computed once per
 * context. The function must depend on nothing else, and the context must not change while
 * it is in use.
 *
 * @param compute The function.
 * @returns The same function, computing each answer once.
 */
export function memoizeByKey<C extends object, V>(compute: (key: string, context: C) => V): (key: string, context: C) => V {
  const memos = new WeakMap<C, (key: string) => V>()
  return (key, context) => {
    let memo = memos.get(context)
    if (memo === undefined) {
      memo = boundedMemo((word) => compute(word, context), maximumMemoized)
      memos.set(context, memo)
    }
    return memo(key)
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
  const memos = new WeakMap<C, (first: string, second: string) => V>()
  return (first, second, context) => {
    let memo = memos.get(context)
    if (memo === undefined) {
      memo = boundedPairMemo((left, right) => compute(left, right, context), maximumMemoized)
      memos.set(context, memo)
    }
    return memo(first, second)
  }
}

/**
 * Memoize a numeric function of two words and a context object by the words' ids: each pair
 * is computed once per context (held weakly, bounded as {@link boundedMemo}), and a pair
 * already computed is found without hashing the words. The ids must name the words one to
 * one for as long as the context is in use (the context's own ids, as `DocumentCounts.wordId`
 * gives them); the function must depend on nothing else.
 *
 * @param compute The function.
 * @returns The same function, given the words' ids with the words.
 */
export function memoizeByIdPair<C extends object>(
  compute: (first: string, second: string, context: C) => number
): (firstId: number, secondId: number, first: string, second: string, context: C) => number {
  const memos = new WeakMap<C, IdPairTable>()
  return (firstId, secondId, first, second, context) => {
    let memo = memos.get(context)
    if (memo === undefined) {
      memo = new IdPairTable()
      memos.set(context, memo)
    }
    let value = memo.get(firstId, secondId)
    if (value === undefined) {
      value = compute(first, second, context)
      if (memo.size >= maximumMemoized) memo.clear()
      memo.set(firstId, secondId, value)
    }
    return value
  }
}
