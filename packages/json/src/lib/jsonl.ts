/** Characters JSON leaves raw that line readers such as Python's `str.splitlines` break at. */
const unicodeLineBreaks = /[\u0085\u2028\u2029]/g

/**
 * Serialize rows as JSON Lines: one compact JSON value per line, each line ending in `\n`.
 * `JSON.stringify` escapes control characters and lone surrogates; U+0085, U+2028 and
 * U+2029, which it leaves raw, are written as `\u` escapes too, so every row stays on one
 * well-formed UTF-8 line for any line reader (the value read back is the same).
 *
 * @param rows The rows.
 * @returns The JSONL text (empty for no rows).
 */
export function toJsonLines(rows: Iterable<unknown>): string {
  let text = ''
  for (const row of rows) text += `${JSON.stringify(row).replace(unicodeLineBreaks, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
  return text
}
