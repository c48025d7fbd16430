/**
 * A Persian lexicon that remembers its answers. The repair steps of one document ask the
 * same questions many times (is a word known, how often does a word or a pair of words
 * occur): the lexicon's own answers normalize the word and may analyse its affixes on
 * every call.
 */
import { PairMap } from './pair-map.js'
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
  const known = new Map<string, boolean>()
  const headwords = new Map<string, boolean>()
  const frequencies = new Map<string, number>()
  const bigrams = new PairMap<number>()
  const isHeadword = lexicon.isHeadword?.bind(lexicon)
  const wrapper: PersianLexicon = Object.freeze({
    size: lexicon.size,
    // Only where the lexicon has it: without it, every known word counts as an entry.
    ...(isHeadword === undefined
      ? {}
      : {
          isHeadword(word: string): boolean {
            let answer = headwords.get(word)
            if (answer === undefined) {
              answer = isHeadword(word)
              if (headwords.size >= maximumEntries) headwords.clear()
              headwords.set(word, answer)
            }
            return answer
          }
        }),
    has(word: string): boolean {
      let answer = known.get(word)
      if (answer === undefined) {
        answer = lexicon.has(word)
        if (known.size >= maximumEntries) known.clear()
        known.set(word, answer)
      }
      return answer
    },
    frequency(word: string): number {
      let answer = frequencies.get(word)
      if (answer === undefined) {
        answer = lexicon.frequency(word)
        if (frequencies.size >= maximumEntries) frequencies.clear()
        frequencies.set(word, answer)
      }
      return answer
    },
    bigram(first: string, second: string): number {
      let answer = bigrams.get(first, second)
      if (answer === undefined) {
        answer = lexicon.bigram(first, second)
        if (bigrams.size >= maximumEntries) bigrams.clear()
        bigrams.set(first, second, answer)
      }
      return answer
    }
  })
  memoized.add(wrapper)
  return wrapper
}
