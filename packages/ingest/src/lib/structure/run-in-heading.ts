import { wordsOf, type SourceLine } from './lines.js'

/** The most words of a run-in heading (a term or a short title, not a clause). */
const runInHeadingWords = 8

/** The white space of a wide gap: at least this many characters in a row. */
const gapWidth = 3

/**
 * Whether the raw line has a colon next to a wide gap (three or more white-space characters
 * on either side), not a colon between numbers (`2009:    24`): where a run-in heading, set in
 * a bold font, meets the text after it, the extraction leaves the space between the two fonts'
 * runs. Linear: each colon looks at the white space next to it, and a run of white space lies
 * next to two colons at most.
 */
function colonAtGap(raw: string): boolean {
  for (const { index: colon } of raw.matchAll(/[:：]/g)) {
    let before = colon
    while (before > 0 && /\s/.test(raw[before - 1] as string)) before -= 1
    let after = colon + 1
    while (after < raw.length && /\s/.test(raw[after] as string)) after += 1
    if (colon - before < gapWidth && after - colon - 1 < gapWidth) continue
    if (/\d/.test(raw[before - 1] ?? '') && /\d/.test(raw[after] ?? '')) continue
    return true
  }
  return false
}

/**
 * A run-in heading: a short heading printed at the start of a paragraph's first line and
 * ended by a colon, the paragraph's text going on after it on the same line (`رویکرد ائتلاف‌سازی
 * براساس نوواقع‌گرایی: هنگامی که …`). Told from a term that starts a list item (`مجاورت
 * جغرافیایی: از نظر والت …`, paragraph text) by the layout: the extraction writes a wide gap at
 * the heading's colon, where its font ends, and none after a term set in the body font. The
 * line's repaired text must start with the heading: at most eight words up to its first colon,
 * no sentence end, and text after it. Only for a line that starts a paragraph (the caller's
 * part): inside a paragraph a colon next to a gap is justification (`… مهم است:       …`).
 *
 * @param line The paragraph's first line.
 * @returns The heading (with its colon) and the text after it, or undefined.
 */
export function runInHeading(line: SourceLine): { heading: string; rest: string } | undefined {
  if (line.kind !== 'fa' || !colonAtGap(line.raw)) return undefined
  const colon = /[:：]/.exec(line.text)
  if (!colon) return undefined
  const heading = line.text.slice(0, colon.index + 1).trim()
  const rest = line.text.slice(colon.index + 1).trim()
  const words = wordsOf(heading).length
  if (words === 0 || words > runInHeadingWords || /[.؟?!،,؛;\d\u06F0-\u06F9]/.test(heading) || wordsOf(rest).length === 0) return undefined
  return { heading, rest }
}
