/**
 * A bound on the Markdown parser's time, checked before parsing: micromark (with its GFM
 * extensions) resolves brackets and emphasis delimiters in time quadratic in their number
 * within one paragraph (docs/reliability.md, "Known limits"). A paragraph holding more than
 * {@link maximumParagraphDelimiters} of either kind is refused with a `MatnError`, in one
 * linear pass, instead of parsing for minutes.
 */
import type { VFile } from 'vfile'
import { MatnError } from './errors.js'
import type { Point } from './model.js'

/**
 * Most brackets (`[`, `]`) and most emphasis delimiters (`*`, `_`) one paragraph may hold.
 * Real paragraphs hold a handful (the corpus at most 4); at this bound the parser's worst
 * case (`]` repeated, `*a` repeated) stays within a few seconds on a loaded 2-core machine
 * (measured in docs/reliability.md), where 40,000 takes minutes.
 */
export const maximumParagraphDelimiters = 4000

/** A line that starts a block of its own (heading, list item, definition, table row, fence, blank). */
const blockStart = /^(?:[ \t]*>)*[ \t]{0,3}(?:$|#{1,6}(?:[ \t]|$)|[-+*][ \t]|\d{1,9}[.)][ \t]|\[[^\]\n]*\]:|\||`{3,}|~{3,})/
const fence = /^(?:[ \t]*>)*[ \t]{0,3}(`{3,}|~{3,})/

/**
 * Throw a `MatnError` (`E_INPUT`, rule `paragraph-delimiters`, at the paragraph's first
 * line) when one paragraph of the source holds more than {@link maximumParagraphDelimiters}
 * brackets or emphasis delimiters. A paragraph runs until a blank line or a line that opens
 * another block; fenced code is not counted, nor a delimiter escaped with `\`.
 *
 * @param source The Markdown text.
 * @param file Its file (for the message).
 * @param toPoint Offset to point.
 */
export function checkParagraphDelimiters(source: string, file: VFile, toPoint: (offset: number) => Point | undefined): void {
  let brackets = 0
  let emphasis = 0
  let paragraphStart = 0
  let openFence: string | undefined
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start)
    const end = newline < 0 ? source.length : newline
    const line = source.slice(start, end)
    const fenceMark = fence.exec(line)?.[1]
    if (openFence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === openFence[0] && fenceMark.length >= openFence.length) openFence = undefined
    } else {
      if (fenceMark !== undefined) openFence = fenceMark
      const blank = line.trim() === ''
      if (fenceMark !== undefined || blank || blockStart.test(line.replace(/\r$/, ''))) {
        brackets = 0
        emphasis = 0
        paragraphStart = blank ? end + 1 : start
      }
      if (fenceMark === undefined) {
        for (let index = 0; index < line.length; index++) {
          const character = line.charCodeAt(index)
          if (character === 0x5c) index++ // `\` escapes the next character
          else if (character === 0x5b || character === 0x5d) brackets++
          else if (character === 0x2a || character === 0x5f) emphasis++
        }
        if (brackets > maximumParagraphDelimiters || emphasis > maximumParagraphDelimiters) {
          const kind = brackets > maximumParagraphDelimiters ? `${brackets} brackets (\`[\`, \`]\`)` : `${emphasis} emphasis delimiters (\`*\`, \`_\`)`
          const reason = `A paragraph holds at least ${kind}, more than ${maximumParagraphDelimiters}: the Markdown parser would take time quadratic in them. Split the paragraph, or write them as character references (\`&#91;\`, \`&#93;\`, \`&#42;\`, \`&#95;\`)`
          const message = file.message(reason, { ruleId: 'paragraph-delimiters', source: 'matn', place: toPoint(paragraphStart) ?? { line: 1, column: 1 } })
          message.fatal = true
          throw new MatnError('E_INPUT', file, [message])
        }
      }
    }
    start = end + 1
  }
}
