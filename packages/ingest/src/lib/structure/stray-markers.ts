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

/** A footnote marker in reading order, for `continuesNumbering`: one a footnote took or a stray digit, with the index of its page when known. */
export interface MarkerEvent {
  kind: 'placed' | 'stray'
  n: number
  page?: number
}

/**
 * Which stray digits go on with the footnote numbering of the text before them: footnotes are
 * numbered from 1 on every page, so a stray 1 starts a page's numbering (the first marker of the
 * text, or the first of its page), and a stray `n` goes on with it when the marker right before
 * it on its page (placed, or a stray that went on) is `n − 1`. A digit that skips numbers or
 * repeats one on its page is no marker (a number of the text, `میلیارد دلار6` after footnote 1).
 * A marker whose page is not known is taken as on the page of the one before it. One pass.
 *
 * @param events The markers in reading order.
 * @returns One flag per event: true for a stray digit that goes on with the numbering.
 */
export function continuesNumbering(events: readonly MarkerEvent[]): boolean[] {
  let previous: number | undefined
  let page: number | undefined
  return events.map((event) => {
    if (event.page !== undefined && event.page !== page) {
      previous = undefined
      page = event.page
    }
    const continues = event.kind === 'stray' && (previous === undefined ? event.n === 1 : event.n === previous + 1)
    if (event.kind === 'placed' || continues) previous = event.n
    return continues
  })
}
