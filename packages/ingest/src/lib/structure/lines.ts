/** What a line of the extraction is, judged from its layout and script. */
export type LineKind = 'blank' | 'rule' | 'en' | 'fa' | 'number' | 'other'

/** A line of the document: raw as extracted, and repaired. */
export interface SourceLine {
  /** 1-based line number in the raw input. */
  line: number
  raw: string
  /** The repaired text, trimmed. */
  text: string
  kind: LineKind
}

const latinLetter = /[A-Za-z]/g
const arabicLetter = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/g

/**
 * Classify the lines of a document. A footnote rule is a line of nothing but white space
 * (spaces or no-break spaces) at least twenty characters long: the extraction of the short
 * horizontal rule above the footnotes of a page.
 *
 * @param raw The raw lines.
 * @param repaired The repaired lines (one per raw line).
 * @returns One {@link SourceLine} per line.
 */
export function classifyLines(raw: readonly string[], repaired: readonly string[]): SourceLine[] {
  return raw.map((rawLine, index) => {
    const text = (repaired[index] ?? rawLine).trim()
    return { line: index + 1, raw: rawLine, text, kind: kindOf(rawLine, text) }
  })
}

function kindOf(raw: string, text: string): LineKind {
  if (text === '' || /^[\s\uFFFD]*$/.test(text)) return /^[\s\u00A0]{20,}$/.test(raw) ? 'rule' : 'blank'
  const latin = text.match(latinLetter)?.length ?? 0
  const arabic = text.match(arabicLetter)?.length ?? 0
  if (latin === 0 && arabic === 0) return /^[\d\u06F0-\u06F9\s.\-–]+$/.test(text) ? 'number' : 'other'
  return latin > arabic ? 'en' : 'fa'
}

/** The value at the given quantile (0–1) of the numbers (0 for none). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
}

/** Words of a text: letter runs of any script, for comparing lines. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\u200C]+/gu) ?? []
}

/** ASCII digits for Persian and Arabic-Indic ones. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
}
