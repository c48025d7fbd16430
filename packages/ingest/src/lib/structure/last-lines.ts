import { endsSentence } from './front.js'
import type { SourceLine } from './lines.js'

/**
 * Which line of justified text ends its paragraph. Every line of a justified paragraph fills
 * the measure but the last, so the last line is the short one; but the length of a line of
 * extracted text only roughly tells how much of the measure it fills (kashida, white space
 * printed for justification, letters of different widths), so a line is taken as short only
 * well under a full line, unless the extraction marks it as stopping short.
 */

/** Share of a full line under which a line is short, whatever else the extraction shows. */
export const shortLineShare = 0.75
/** Share of a full line under which a line that the extraction marks as stopping short (`isMarkedShort`) is short. */
export const markedShortLineShare = 0.85

/**
 * Whether the extraction marks the line as stopping short of the left edge: a right-to-left
 * line that ends before the left margin comes out with white space in front (the gap), as a
 * table cell's last line does (`markedShortLines` in `table-cells.ts`).
 *
 * @param line The line.
 * @returns Whether its raw text starts with white space.
 */
export function isMarkedShort(line: Pick<SourceLine, 'raw'>): boolean {
  return /^\s/.test(line.raw) && line.raw.trim() !== ''
}

/**
 * Whether a line is short enough to be the last line of a paragraph: under three quarters of a
 * full line, or under 85% of one when the extraction marks it as stopping short. (Justified
 * lines of 83% and 84% of the longest ones, unmarked, are lines inside a paragraph in the
 * corpus; marked lines of 72% to 85% are all last lines.)
 *
 * @param line The line.
 * @param full The length of a full line (raw, trimmed).
 * @returns Whether it is short.
 */
export function isShortLine(line: Pick<SourceLine, 'raw'>, full: number): boolean {
  const length = line.raw.trim().length
  return length < shortLineShare * full || (isMarkedShort(line) && length < markedShortLineShare * full)
}

/** A sentence end after a Persian word or a number (closing marks between), not a decimal point, nor a Latin abbreviation's dot (`U.S`). */
const sentenceEndInside = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\p{N}][)\]»"”]*[.؟?!](?![\p{N}.])/u

/** Share of the unmarked lines' median length under which the marked lines' median must be for the marks to be reliable. */
const reliableMarkShare = 0.75

/**
 * Whether the extraction's short-line mark is reliable in a document: the median length of its
 * marked lines (`isMarkedShort`) is under three quarters of the unmarked lines' median. Some
 * extractions also write white space in front of full lines (a visual-order line that starts
 * with a run boundary); there the mark says little (on 1400, marked lines are as long as the
 * rest: medians 86 and 98 characters; on 1401, 46 and 87).
 *
 * @param lines The document's body lines of text.
 * @returns Whether a marked line can be taken as short.
 */
export function marksAreReliable(lines: readonly Pick<SourceLine, 'raw'>[]): boolean {
  const marked: number[] = []
  const unmarked: number[] = []
  for (const line of lines) (isMarkedShort(line) ? marked : unmarked).push(line.raw.trim().length)
  if (marked.length === 0 || unmarked.length === 0) return false
  return median(marked) < reliableMarkShare * median(unmarked)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/**
 * Whether a line ends its paragraph: a short line (`isShortLine`) that ends a sentence or with a
 * colon (before a list), or a line under three quarters of a full line that holds a sentence end
 * with words after it: the last line of a paragraph whose words a visual-order line drew past its
 * full stop (`آینده … تأمین شوند. زد`); where the marks are reliable (`marksAreReliable`), a
 * marked short line holding one too. A short line holds no line break of a paragraph in
 * justified text, and its sentence end says that it is no heading.
 *
 * @param line The line (its repaired text and raw layout).
 * @param full The length of a full line (raw, trimmed).
 * @param reliableMarks Whether the document's short-line marks are reliable.
 * @returns Whether the paragraph ends after it.
 */
export function endsParagraph(line: Pick<SourceLine, 'raw' | 'text'>, full: number, reliableMarks = false): boolean {
  if ((endsSentence(line as SourceLine) || /[:：]\s*$/.test(line.text)) && isShortLine(line, full)) return true
  const short = line.raw.trim().length < shortLineShare * full || (reliableMarks && isShortLine(line, full))
  return short && sentenceEndInside.test(line.text)
}
