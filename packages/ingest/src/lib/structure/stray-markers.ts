/** A digit in the text printed the way a footnote marker is, with no footnote to go with it. */
export interface StrayMarker {
  /** The word (or closing quote) and the digit as printed: `دولت‌ها1`, `» 1`. */
  token: string
  digit: string
  /** Offset of the token in the text. */
  index: number
}

/** Words that a number after them counts (a table or figure cited by its number), not a footnote. */
const captionWords = new Set(['جدول', 'نمودار', 'شکل', 'table', 'figure', 'chart'])

/**
 * Digits that look like footnote markers: one digit, 1–9 (footnotes are numbered from 1 on every
 * page), glued to the end of a Persian word as a superscript comes out of a PDF (`دولت‌ها1 از`),
 * or standing alone after a closing guillemet with a word after it (`«ریشه‌های اتحاد» 1 در`: the
 * marker of a title, a run of its own in a visual-order line). Not after a word that counts a
 * table or figure (`جدول1`), not part of a longer number (`رقم68`, `1/5`), not after a digit or a
 * mark. A number in the text can look the same, so these are to be reported, never changed.
 *
 * @param text A paragraph's text.
 * @returns The digits so printed, in order.
 */
export function findStrayMarkers(text: string): StrayMarker[] {
  const found: StrayMarker[] = []
  const glued = /([\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u200C]+)([1-9\u06F1-\u06F9])(?![\d\u06F0-\u06F9/.,،:])/g
  for (const match of text.matchAll(glued)) {
    const word = (match[1] as string).replace(/\u200C/g, '')
    if (captionWords.has(word)) continue
    found.push({ token: match[0], digit: match[2] as string, index: match.index })
  }
  const afterQuote = /»\s([1-9\u06F1-\u06F9])(?=\s+[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF])/g
  for (const match of text.matchAll(afterQuote)) found.push({ token: match[0], digit: match[1] as string, index: match.index })
  return found.sort((a, b) => a.index - b.index)
}
