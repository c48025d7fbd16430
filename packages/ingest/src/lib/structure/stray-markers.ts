/** A digit in the text printed the way a footnote marker is, with no footnote to go with it. */
export interface StrayMarker {
  /** The word (or closing quote) and the digit as printed: `دولت‌ها1`, `» 1`. */
  token: string
  /** The digit itself, as printed (Latin or Persian). */
  digit: string
  /** Offset of the token in the text. */
  index: number
}

/** Words that a number after them counts (a table or figure cited by its number), not a footnote. */
const captionWords = new Set(['جدول', 'نمودار', 'شکل', 'table', 'figure', 'chart'])

/** A letter of a Persian word (or the ZWNJ inside one). */
const persianLetter = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u200C]/
/** The longest word kept in a token: a marker's word is read back this far at most. */
const longestWord = 40

/**
 * Digits that look like footnote markers: one digit, 1–9 (footnotes are numbered from 1 on every
 * page), glued to the end of a Persian word as a superscript comes out of a PDF (`دولت‌ها1 از`),
 * or standing alone after a closing guillemet with a word after it (`«ریشه‌های اتحاد» 1 در`: the
 * marker of a title, a run of its own in a visual-order line). Not after a word that counts a
 * table or figure (`جدول1`), not part of a longer number (`رقم68`, `1/5`), not after a digit or a
 * mark. A number in the text can look the same, so these are to be reported, never changed.
 * Linear in the text: each digit looks back at one word of at most forty letters.
 *
 * @param text A paragraph's text.
 * @returns The digits so printed, in order.
 */
export function findStrayMarkers(text: string): StrayMarker[] {
  const found: StrayMarker[] = []
  const glued = /(?<=[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF\u200C])([1-9\u06F1-\u06F9])(?![\d\u06F0-\u06F9/.,،:])/g
  for (const match of text.matchAll(glued)) {
    let start = match.index
    while (start > 0 && match.index - start < longestWord && persianLetter.test(text[start - 1] as string)) start -= 1
    const word = text.slice(start, match.index)
    if (captionWords.has(word.replace(/\u200C/g, ''))) continue
    found.push({ token: `${word}${match[1] as string}`, digit: match[1] as string, index: start })
  }
  const afterQuote = /»\s([1-9\u06F1-\u06F9])(?=\s+[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF])/g
  for (const match of text.matchAll(afterQuote)) found.push({ token: match[0], digit: match[1] as string, index: match.index })
  return found.sort((a, b) => a.index - b.index)
}
