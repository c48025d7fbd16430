import type { SourceLine } from './lines.js'

/** A table or figure: its caption line, its content lines and its `Source:` line. */
export interface Region {
  kind: 'table' | 'figure'
  caption: number
  source: number
}

const sourceLine = /^\s*(Source|Sources|منبع|منابع|مأخذ)\s*:/i
const captionWord = '(جدول|Table|نمودار|شکل|Figure|Chart)'
const numberPattern = '[0-9\\u06F0-\\u06F9]+'
const captionAtEdge = new RegExp(`^\\S*\\s*\\S*\\s*(${captionWord}\\s*${numberPattern}|${numberPattern}\\s*${captionWord})|(${captionWord}\\s*${numberPattern}|${numberPattern}\\s*${captionWord})\\S*\\s*\\S*\\s*$`, 'i')

/**
 * Find tables and figures by their frame: a `Source:` line (or `منبع:`) closes one, and its
 * caption is the nearest line above that starts or ends with `جدول N`, `Table N`, `نمودار N`,
 * `شکل N` or `Figure N` (in either order, as visual-order extraction may print it).
 *
 * @param lines The classified lines.
 * @param from Index to search from.
 * @returns The regions, in order.
 */
export function findRegions(lines: readonly SourceLine[], from: number): Region[] {
  const regions: Region[] = []
  let floor = from
  for (let index = from; index < lines.length; index += 1) {
    if (!sourceLine.test((lines[index] as SourceLine).raw)) continue
    for (let caption = index - 1; caption >= floor && caption >= index - 90; caption -= 1) {
      const line = lines[caption] as SourceLine
      const match = captionAtEdge.exec(line.text) ?? captionAtEdge.exec(line.raw.trim())
      if (!match) continue
      const word = /جدول|Table/i.test(match[0]) ? 'table' : 'figure'
      regions.push({ kind: word, caption, source: index })
      break
    }
    floor = index + 1
  }
  return regions
}

/** A caption word glued to the number after it at the start of a caption (`جدول2:`). */
const gluedCaptionNumber = new RegExp(`^(\\s*${captionWord})(?=${numberPattern})`, 'i')

/**
 * Put the space between a caption's word and its number back where the extraction glued them
 * (`جدول2: …` → `جدول 2: …`, `Figure3.` → `Figure 3.`): a visual-order line loses the space
 * between a word and a number next to it, and captions write one.
 *
 * @param caption The caption's text.
 * @returns The caption, its number spaced from its word.
 */
export function spaceCaptionNumber(caption: string): string {
  return caption.replace(gluedCaptionNumber, '$1 ')
}
