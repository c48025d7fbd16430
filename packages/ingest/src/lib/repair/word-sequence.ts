/**
 * What Persian grammar rules out between two neighbouring words, whatever the text: a few
 * closed-class words (verbal prefixes, bound suffixes, prepositions, conjunctions, the object
 * marker «را») cannot stand in certain orders. Run-order restoration uses these as priors that
 * need no counts: a reading that puts a suffix after a preposition, or «را» after «از», is
 * wrong whatever the word statistics say, and so is one that ends a clause on «از» or «که».
 * (A rule that a preposition is not followed by a conjunction, another preposition, «را» or
 * «است» was measured too and left out: it made the corpus articles no better.)
 */

/** Verbal prefixes written apart from the verb in damaged text: they are followed by a verb stem. */
const verbalPrefixes = new Set(['می', 'نمی'])
/** Bound suffixes printed as words of their own (split at a ZWNJ): they follow a content word or a demonstrative. */
const boundSuffixes = new Set(['ها', 'های', 'هایی', 'ترین', 'تری'])
/** Prepositions: followed by their object. */
const prepositions = new Set(['از', 'به', 'در', 'با', 'برای', 'بر', 'تا'])
/** Conjunctions and the relative «که»: followed by a clause or a phrase. */
const conjunctions = new Set(['و', 'یا', 'که', 'اما'])
/** The object marker. */
const objectMarker = 'را'

/** Words after which neither a bound suffix nor «را» can follow. */
const noSuffixAfter = new Set([...verbalPrefixes, ...prepositions, ...conjunctions, objectMarker])
/** Words that cannot end a clause (cannot stand before a full stop, comma, colon…). */
const noClauseEnd = new Set([...verbalPrefixes, ...prepositions, ...conjunctions])

/** Penalty for a sequence that grammar rules out (on the scale of the pair scores of run order). */
export const impossibleSequence = 3

/**
 * Whether Persian grammar rules out `second` directly after `first` (reading order).
 *
 * @param first A word.
 * @param second The word read right after it.
 * @returns True for a verbal prefix before a suffix, a closed-class word or «است», and for a
 *   suffix or «را» after a prefix, preposition, conjunction or «را».
 */
export function isImpossibleSequence(first: string, second: string): boolean {
  if (verbalPrefixes.has(first) && (boundSuffixes.has(second) || noSuffixAfter.has(second) || second === 'است')) return true
  if ((boundSuffixes.has(second) || second === objectMarker) && noSuffixAfter.has(first)) return true
  return false
}

/**
 * Whether a clause cannot end on this word (a verbal prefix, a preposition or a conjunction):
 * it cannot stand right before a full stop, comma, colon or semicolon.
 *
 * @param word A word.
 * @returns True for those closed-class words.
 */
export function cannotEndClause(word: string): boolean {
  return noClauseEnd.has(word)
}
