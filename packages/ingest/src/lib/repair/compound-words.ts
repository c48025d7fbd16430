/**
 * Compounds of a derivational prefix and a known word: Persian makes new words with a closed set
 * of productive prefixes (`باز` + `تعریف`, `بینا` + `ذهنی`, `فرا` + `ملی`), written solid, and a
 * word list lags behind them. A word the lexicon does not know that is such a prefix followed by
 * a headword of three letters or more is a word all the same: a back-off for decoding, not an
 * entry of the lexicon.
 */
import type { PersianLexicon } from './types.js'

/**
 * Productive derivational prefixes of Persian written solid with the word they prefix (from the
 * grammars: negation and privation `نا`, `بی`; repetition `باز`; position and relation `فرا`,
 * `فرو`, `پیش`, `پس`, `پسا`, `پیشا`, `بین`, `بینا`, `میان`, `درون`, `برون`, `زیر`, `ابر`;
 * `هم`, `خود`, `ضد`, `غیر`, `نیم`, `نیمه`, `وا`, `بر`, `در`). Single letters are left out: too many
 * damaged words start with one.
 */
export const derivationalPrefixes: readonly string[] = Object.freeze([
  'ابر',
  'باز',
  'بر',
  'برون',
  'بی',
  'بین',
  'بینا',
  'پس',
  'پسا',
  'پیش',
  'پیشا',
  'خود',
  'در',
  'درون',
  'زیر',
  'ضد',
  'غیر',
  'فرا',
  'فرو',
  'میان',
  'نا',
  'نیم',
  'نیمه',
  'هم',
  'وا'
])

/**
 * The prefixes of `derivationalPrefixes` that are no preposition, conjunction or common word of
 * their own, so that a word written solid after one is a compound and not two words glued by the
 * extraction (`در` + `کشور`, `هم` + `اکنون`, `بی` + a word with a kashida ی printed after `ب`):
 * the lexicon knows such compounds (`loadPersianLexicon`). With every prefix of the list, 1400's
 * letters-only CER rises from 1.82% to 1.91% (docs/quality.md).
 */
export const boundDerivationalPrefixes: readonly string[] = Object.freeze(['ابر', 'باز', 'برون', 'بینا', 'پسا', 'پیشا', 'درون', 'ضد', 'غیر', 'فرا', 'فرو', 'نیمه'])

/** The shortest word a prefix is taken to make a compound with. */
export const minimumCompoundStemLength = 3

/** A word read as a derivational prefix and a known word. */
export interface CompoundAnalysis {
  /** The prefix (one of `derivationalPrefixes`). */
  readonly prefix: string
  /** The word it prefixes: a headword of the lexicon. */
  readonly stem: string
}

/**
 * The analyses of a word as a derivational prefix followed by a headword of three letters or
 * more (`بازتعریف`: `باز` + `تعریف`), longest prefix first. A word the lexicon knows gets none:
 * the back-off is for words it lacks.
 *
 * @param word A Persian word (letters normalized).
 * @param lexicon The lexicon.
 * @returns The analyses (empty when there is none).
 */
export function compoundAnalyses(word: string, lexicon: PersianLexicon): CompoundAnalysis[] {
  if (lexicon.has(word)) return []
  const analyses: CompoundAnalysis[] = []
  for (const prefix of derivationalPrefixes) {
    if (!word.startsWith(prefix)) continue
    const stem = word.slice(prefix.length)
    if (stem.length < minimumCompoundStemLength || !lexicon.has(stem) || lexicon.isHeadword?.(stem) === false) continue
    analyses.push({ prefix, stem })
  }
  return analyses.sort((a, b) => b.prefix.length - a.prefix.length)
}
