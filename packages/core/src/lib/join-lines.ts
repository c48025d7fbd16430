/**
 * Join the lines of a piece of text: each line break (`\n`, `\r\n`, `\r`) and the spaces
 * and tabs around it become one space. Written as a scan, since a regular expression for
 * it (blanks, line break, blanks) backtracks over long runs of blanks (quadratic time).
 *
 * @param text Text that may hold line breaks.
 * @returns The text on one line.
 */
export function joinLines(text: string): string {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length === 1) return text
  return lines
    .map((line, index) => {
      let start = 0
      let end = line.length
      if (index > 0) while (start < end && isBlank(line.charCodeAt(start))) start++
      if (index < lines.length - 1) while (end > start && isBlank(line.charCodeAt(end - 1))) end--
      return line.slice(start, end)
    })
    .join(' ')
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09
}
