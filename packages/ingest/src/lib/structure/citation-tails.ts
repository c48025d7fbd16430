import type { SourceLine } from './lines.js'

/** A line of digits and citation punctuation only (`2021 .)`, `105  .)`). */
const tailLine = /^[\d\u06F0-\u06F9\s.:;,()\-–]*[\d\u06F0-\u06F9][\d\u06F0-\u06F9\s.:;,()\-–]*$/
/** A Latin author–year citation opened by a stray `)` and closed by `)` (or `.)`) at the end of the text. */
const brokenCitation = /\)\s*([A-Z][\p{L}'’&.\- ]*?,?\s(?:1[89]|20)\d\d[a-z]?(?:\s*:\s*[\d–-]+)?)\s*(\.?)\s*\)\s*$/u

/**
 * Whether a line is the end of a citation that the line wrap broke off: no letters, a digit
 * (the year or page of a left-to-right run printed on a line of its own).
 */
export function isCitationTail(line: SourceLine): boolean {
  return line.kind === 'other' && tailLine.test(line.text)
}

/**
 * Join a citation's broken-off end to the line before it and close the citation's brackets:
 * in a visual-order line the opening bracket comes out mirrored before the author and the
 * full stop inside the closing one (`دارد) Czulda,` + `2021 .)` → `دارد (Czulda, 2021).`).
 * Where the text does not end so, or a bracket before it is still open, the two are only joined.
 *
 * @param text The line before, as repaired.
 * @param tail The broken-off end.
 * @returns The joined text.
 */
export function joinCitationTail(text: string, tail: string): string {
  const joined = `${text.trimEnd()} ${tail.trim()}`
  const match = brokenCitation.exec(joined)
  if (match === null) return joined
  const before = joined.slice(0, match.index)
  const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length
  if (open !== 0) return joined
  return `${before.trimEnd()} (${match[1]})${match[2]}`
}
