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
