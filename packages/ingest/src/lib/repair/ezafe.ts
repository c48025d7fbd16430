/**
 * Where an ezafe cannot stand. A final `ۀ` is `ه` with the ezafe, which ties a noun to the
 * modifier or noun that follows it (`موازنۀ تهدید`): it is never followed by a suffix printed
 * apart (`ها`, `های`, `ای`), the object marker `را`, a conjunction, a preposition, a copula or a
 * verbal prefix. A glyph-map reading that restores a lost `ۀ` before
 * one of them is not Persian (`حافظ  ها` is `حافظ‌ها`, not `حافظۀ ها`).
 */

/** Closed-class words an ezafe never precedes. */
const noEzafeBefore: ReadonlySet<string> = new Set([
  // Suffixes printed apart (a run breaks at the ZWNJ before them).
  'ها',
  'های',
  'هایی',
  'ای',
  'ام',
  'اند',
  'ایم',
  'اید',
  // The object marker, conjunctions.
  'را',
  'و',
  'یا',
  'که',
  'اما',
  'ولی',
  'تا',
  // Prepositions.
  'از',
  'به',
  'با',
  'در',
  'بر',
  'برای',
  // Copulas and verbal prefixes.
  'است',
  'بود',
  'می',
  'نمی'
])

/** A Persian word at the start of a text (letters only; ZWNJ ends it). */
const leadingWord = /^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/

/**
 * Whether an ezafe cannot stand before the text that follows it.
 *
 * @param following The text right after the word with the ezafe (its spaces removed).
 * @returns True when the text starts with a word an ezafe never precedes. (A mark is no
 *   evidence: a visual-order line prints a run's closing mark at the start of the next run.)
 */
export function ezafeCannotPrecede(following: string): boolean {
  const word = leadingWord.exec(following)?.[0]
  return word !== undefined && noEzafeBefore.has(word.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))
}
