import type { SourceLine } from './lines.js'

/** The cells of a table read from its lines, and what of its top belongs to the caption. */
export interface TableCells {
  /** Text of a caption's second line that extraction left above the first cell (empty when none). */
  captionTail: string
  /** The rows, each of `columns` cells (the last padded with empty cells). */
  rows: string[][]
}

/** Share of the longest line below which a line ends its cell, when nothing else tells. */
const shortOfLongest = 0.8
/** Share of the longest line of its cell so far below which a line ends the cell, when indentation marks short lines. */
const shortOfCell = 2 / 3

/**
 * Cut the lines of a table into rows of cells. The extraction gives each cell's lines in a
 * run, the cells of a row one after the other (right column first in a Persian table), so
 * what has to be found is where a cell ends: at a line that does not fill its column.
 *
 * Many extractions mark such a line: a right-to-left line that stops short of the column's
 * left edge comes out with white space in front (`markedShortLines`). Where the table's lines
 * show that mark, a cell ends at a marked line, or at a line under two thirds of the longest
 * line of its cell so far (a Latin line ending the cell, which is not marked: the lines before
 * it fill the column, so columns of different widths need no width estimate). Where the lines
 * do not show the mark, a cell ends at a line shorter than four fifths of the table's longest
 * line (columns of different widths then split a narrow column's cells line by line).
 *
 * A two-column table holds an even number of cells: when the cut gives an odd number and the
 * first cell is one line, that line is the end of the caption, wrapped onto a second line
 * above the table.
 *
 * @param lines The content lines of the table (no caption, no source line).
 * @param columns Number of columns.
 * @returns The rows and the caption's tail.
 */
export function readTableCells(lines: readonly SourceLine[], columns = 2): TableCells {
  const text = lines.filter((line) => line.kind === 'fa' || line.kind === 'en' || line.kind === 'other' || line.kind === 'number')
  const ends = markedShortLines(text) ? endsByMarks(text) : endsByLength(text)
  const cells: SourceLine[][] = []
  let current: SourceLine[] = []
  text.forEach((line, index) => {
    current.push(line)
    if (ends[index] === true) {
      cells.push(current)
      current = []
    }
  })
  if (current.length > 0) cells.push(current)
  let captionTail = ''
  const first = cells[0]
  if (columns > 1 && cells.length % columns === 1 && first !== undefined && first.length === 1) {
    captionTail = (first[0] as SourceLine).text
    cells.shift()
  }
  const rows: string[][] = []
  for (let index = 0; index < cells.length; index += columns) {
    const row = cells.slice(index, index + columns).map((cell) => cell.map((line) => line.text).join(' '))
    while (row.length < columns) row.push('')
    rows.push(row)
  }
  return { captionTail, rows }
}

/**
 * Whether the extraction marks lines that stop short with white space in front: some lines
 * are marked, some are not, and the marked ones are shorter on average.
 */
export function markedShortLines(lines: readonly SourceLine[]): boolean {
  const marked = lines.filter(isMarked)
  const unmarked = lines.filter((line) => !isMarked(line))
  if (marked.length === 0 || unmarked.length === 0) return false
  return meanLength(marked) < meanLength(unmarked)
}

function isMarked(line: SourceLine): boolean {
  return /^\s/.test(line.raw) && line.raw.trim() !== ''
}

function length(line: SourceLine): number {
  return line.raw.trim().length
}

function meanLength(lines: readonly SourceLine[]): number {
  return lines.reduce((sum, line) => sum + length(line), 0) / lines.length
}

function endsByLength(lines: readonly SourceLine[]): boolean[] {
  const longest = Math.max(1, ...lines.map(length))
  return lines.map((line) => length(line) < shortOfLongest * longest)
}

function endsByMarks(lines: readonly SourceLine[]): boolean[] {
  let longest = 0
  return lines.map((line) => {
    const ends = isMarked(line) || length(line) < shortOfCell * longest
    longest = ends ? 0 : Math.max(longest, length(line))
    return ends
  })
}
