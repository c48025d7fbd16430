import type { SourceLine } from './lines.js'

/** The letter forms a font maps yeh and kaf to: the Arabic letters (U+064A, U+0643) or the Persian ones. */
export type LetterForms = 'persian' | 'arabic'

/**
 * Whether a line's font maps yeh or kaf to the Arabic letters somewhere in it (`arabic`), or
 * only to the Persian ones (`persian`); undefined for a line without either.
 *
 * @param raw The line as extracted.
 * @returns Its letter forms.
 */
export function letterFormsOf(raw: string): LetterForms | undefined {
  if (/[\u064A\u0643]/.test(raw)) return 'arabic'
  return /[\u06CC\u06A9]/.test(raw) ? 'persian' : undefined
}

/** Share of body lines below which the lines of one letter-form style are in another font than the body's. */
const otherFontShare = 0.2

/**
 * The letter forms of a font other than the body's, when the body's lines show one style and
 * a few lines the other: a PDF font maps each glyph of yeh and kaf to one code point, so a
 * heading font that maps some of them to the Arabic letters while the body font maps all to
 * the Persian ones (or the other way) marks its lines. Undefined when the lines do not show
 * two styles so.
 */
export function minorityLetterForms(lines: readonly SourceLine[]): LetterForms | undefined {
  let persian = 0
  let arabic = 0
  for (const line of lines) {
    const forms = letterFormsOf(line.raw)
    if (forms === 'persian') persian++
    else if (forms === 'arabic') arabic++
  }
  const total = persian + arabic
  if (total === 0 || Math.min(persian, arabic) === 0 || Math.min(persian, arabic) >= otherFontShare * total) return undefined
  return persian < arabic ? 'persian' : 'arabic'
}

/** Share of a caption's first line under which a line of the caption is its last. */
const captionLastLineShare = 0.75

/**
 * The lines right after a caption that go on with it: a caption is set in another font than the
 * body (a heading font, told by its letter forms, `minorityLetterForms`), and the line its wrap
 * carries over is in that font too; a figure's own text (labels of a chart) is not. The caption
 * goes on while its text so far ends in no sentence end, the line taken last is not short (under
 * three quarters of the caption's first line: the caption's last line) and the next line with
 * text (blank lines skipped) is a Persian line in the caption's forms. Nothing goes on where the
 * caption is not in the other font.
 *
 * @param caption The caption line.
 * @param after The lines after it, in order.
 * @param otherFont The letter forms of the document's other font, if any.
 * @returns How many of `after` (blank ones included) continue the caption.
 */
export function captionContinuation(caption: SourceLine, after: readonly SourceLine[], otherFont: LetterForms | undefined): number {
  if (otherFont === undefined || letterFormsOf(caption.raw) !== otherFont) return 0
  let text = caption.text
  let taken = 0
  for (let index = 0; index < after.length; index += 1) {
    const line = after[index] as SourceLine
    if (line.kind === 'blank') continue
    if (/[.؟?!]["”»)]*\s*$/.test(text) || line.kind !== 'fa' || letterFormsOf(line.raw) !== otherFont) break
    text = `${text} ${line.text}`
    taken = index + 1
    // A short line is the caption's last, as a paragraph's: what follows in the same font is no caption (a table's header row).
    if (line.raw.trim().length < captionLastLineShare * caption.raw.trim().length) break
  }
  return taken
}
