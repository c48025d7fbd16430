import { alignComparable, type ComparableOptions } from './comparable.js'
import { alignParallel, type ParallelOptions } from './parallel.js'
import type { AlignmentLink } from './types.js'

/** How the two texts relate. */
export type AlignMode = 'parallel' | 'comparable'

/** Options of {@link align}: the mode plus the options of that mode. */
export interface AlignOptions extends ParallelOptions, ComparableOptions {
  /** `parallel` (default): a document and its translation; `comparable`: a text and a paraphrase of parts of it. */
  mode?: AlignMode
}

/**
 * Align English sentences with Persian sentences.
 *
 * - `parallel`: monotone links covering every sentence once (1-1, 1-0, 0-1, 2-1, 1-2,
 *   2-2), never crossing; time and memory linear in length.
 * - `comparable`: each English sentence links to zero, one or a few Persian sentences
 *   anywhere, with section roles as a prior when `enContext`/`faContext` give them.
 *
 * @param en English sentences.
 * @param fa Persian sentences.
 * @param options Mode, lexicon, learning, contexts, search limits.
 * @returns Links by 0-based sentence index, with a confidence `score`.
 */
export function align(
  en: readonly string[],
  fa: readonly string[],
  options?: Readonly<AlignOptions> | null
): AlignmentLink[] {
  return options?.mode === 'comparable' ? alignComparable(en, fa, options) : alignParallel(en, fa, options)
}
