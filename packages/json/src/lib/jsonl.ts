/**
 * Serialize rows as JSON Lines: one compact JSON value per line, each line ending in `\n`.
 * `JSON.stringify` escapes line breaks and lone surrogates, so every row stays on one
 * well-formed UTF-8 line.
 *
 * @param rows The rows.
 * @returns The JSONL text (empty for no rows).
 */
export function toJsonLines(rows: Iterable<unknown>): string {
  let text = ''
  for (const row of rows) text += `${JSON.stringify(row)}\n`
  return text
}
