/**
 * A Persian lexicon that remembers its answers. The repair steps of one document ask the
 * same questions many times (is a word known, how often does a word or a pair of words
 * occur): the lexicon's own answers normalize the word and may analyse its affixes on
 * every call.
 */
import { boundedMemo, boundedPairMemo } from './memo.js'
import type { PersianLexicon } from './types.js'

/**
 * A memo holds at most this many answers of each kind and then starts again empty, so that
 * text with ever new tokens (no spaces, noise) cannot grow it without bound. Answers are the
 * lexicon's own, so starting again changes no result.
 */
const maximumEntries = 1 << 20

const memoized = new WeakSet<PersianLexicon>()

/**
 * Wrap a lexicon so that each answer is computed once. The wrapper gives exactly the
 * lexicon's answers, provided the lexicon does not change while the wrapper is in use: make
 * one per document (as `repairLines` does).
 *
 * @param lexicon Any Persian lexicon (a lexicon this function returned is returned as is).
 * @returns A lexicon with the same answers.
 */
export function memoizeLexicon(lexicon: PersianLexicon): PersianLexicon {
  if (memoized.has(lexicon)) return lexicon
  const isHeadword = lexicon.isHeadword?.bind(lexicon)
  const wrapper: PersianLexicon = Object.freeze({
    size: lexicon.size,
    // Only where the lexicon has it: without it, every known word counts as an entry.
    ...(isHeadword === undefined ? {} : { isHeadword: boundedMemo(isHeadword, maximumEntries) }),
    has: boundedMemo((word) => lexicon.has(word), maximumEntries),
    frequency: boundedMemo((word) => lexicon.frequency(word), maximumEntries),
    bigram: boundedPairMemo((first, second) => lexicon.bigram(first, second), maximumEntries)
  })
  memoized.add(wrapper)
  return wrapper
}
