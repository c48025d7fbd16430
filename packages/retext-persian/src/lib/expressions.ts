/**
 * Characters and patterns of Persian script that the Latin parser does not know.
 */

/** Zero-width non-joiner (U+200C) and zero-width joiner (U+200D): parts of a word. */
export const joiner = /^[\u200C\u200D]+$/

/**
 * A run of sentence-final marks: Latin `.` `!` `?` `…` `‽`, Arabic question mark `؟`
 * (U+061F) and Urdu full stop `۔` (U+06D4).
 */
export const persianTerminalMarker = /^([!.?\u2026\u203D\u061F\u06D4]+)$/

/** Decimal and thousands separators that stand between digits (`۳٫۵`, `۱٬۲۰۰`, `1.5`, `1,200`). */
export const numberSeparator = /^[\u066B\u066C.,\/]$/

/** A token made only of digits, in any of the Latin, Arabic-Indic or Persian systems. */
export const allDigits = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/

/** Opening brackets, and the closing bracket each one expects. */
export const bracketPairs: Readonly<Record<string, string>> = Object.freeze({
  '(': ')',
  '[': ']',
  '{': '}',
  '«': '»'
})

/**
 * Persian abbreviations that a full stop after them does not end: one Arabic-script letter,
 * with or without tatweel (`ص.` page, `ج.` volume, `ش.` `ق.` `م.` after a year, `هـ.`),
 * and the short forms `صص` (pages), `نک` and `رک` (see), `قس` (compare), `ره`. Persian
 * writes no one-letter word that ends a sentence, so the full stop is the abbreviation's.
 */
export const persianAbbreviation = /^(?:[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FC]\u0640?|صص|نک|رک|قس|ره)$/

/**
 * Whether a full stop after `word` does not end a Persian sentence (see
 * `persianAbbreviation`); the word after does not matter.
 *
 * @param word The word before the full stop.
 */
export function continuesAfterPersianAbbreviation(word: string): boolean {
  return persianAbbreviation.test(word)
}
