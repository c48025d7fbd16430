import { letterFormsOf, type LetterForms } from './fonts.js'
import type { SourceLine } from './lines.js'

/** The cells of a table read from its lines, and what of its top belongs to the caption. */
export interface TableCells {
  /** Text of a caption's second line that extraction left above the first cell (empty when none). */
  captionTail: string
  /** The header row, when the table's top lines are set in the heading font (`columns` cells, padded). */
  header?: string[]
  /** The rows, each of `columns` cells (the last padded with empty cells). */
  rows: string[][]
  /** Lines that hold the text of two cells side by side, which nothing in the extraction tells where to cut: their line numbers. */
  sideBySide: number[]
}

/** Options of {@link readTableCells}. */
export interface TableCellOptions {
  /**
   * The letter forms of the heading font the caption is set in (`minorityLetterForms`), when the
   * caller has already taken the caption's wrapped lines (`captionContinuation`): the table's top
   * lines in that font are its header row, and no cell goes back to the caption by count.
   */
  headerFont?: LetterForms
}

/** A line this much longer than every other line of the table spans two columns: no cell's line is that wide. */
const spanningShare = 1.2

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
 * above the table. Where the caption is set in a heading font whose wrapped lines the caller
 * has taken (`options.headerFont`), the count tells nothing of the caption: the top lines in
 * that font are the header row instead (a head a line when there are as many lines as
 * columns; otherwise not cut). A line wider than any column holds two cells side by side
 * (`spanningLines`): it ends a cell, uncut.
 *
 * @param lines The content lines of the table (no caption, no source line).
 * @param columns Number of columns.
 * @param options The heading font, when the caption's wrapped lines are already taken.
 * @returns The rows, the header row, the caption's tail and the lines holding two cells.
 */
export function readTableCells(lines: readonly SourceLine[], columns = 2, options?: Readonly<TableCellOptions>): TableCells {
  const all = lines.filter((line) => line.kind === 'fa' || line.kind === 'en' || line.kind === 'other' || line.kind === 'number')
  const headerFont = options?.headerFont
  let headerLines = 0
  while (headerFont !== undefined && headerLines < all.length && letterFormsOf((all[headerLines] as SourceLine).raw) === headerFont) headerLines += 1
  const text = all.slice(headerLines)
  const ends = markedShortLines(text) ? endsByMarks(text) : endsByLength(text)
  const sideBySide = columns > 1 ? spanningLines(text) : []
  for (const index of sideBySide) ends[index] = true
  const cells = cutCells(text, ends)
  let captionTail = ''
  const first = cells[0]
  if (headerFont === undefined && columns > 1 && cells.length % columns === 1 && first !== undefined && first.length === 1) {
    captionTail = (first[0] as SourceLine).text
    cells.shift()
  }
  const rows: string[][] = []
  for (let index = 0; index < cells.length; index += columns) rows.push(padded(cells.slice(index, index + columns).map(cellText), columns))
  const result: TableCells = { captionTail, rows, sideBySide: sideBySide.map((index) => (text[index] as SourceLine).line) }
  if (headerLines > 0) {
    // A head a line, when there are as many lines as columns; otherwise (one line for several heads
    // printed side by side, or heads wrapped) the lines are not cut: whole in the first cell, reported.
    const head = all.slice(0, headerLines)
    const oneEach = head.length === columns
    if (!oneEach) result.sideBySide.unshift(...head.map((line) => line.line))
    result.header = padded(oneEach ? head.map((line) => line.text) : [cellText(head)], columns)
  }
  return result
}

/** Cut lines into cells at the lines that end one. */
function cutCells(lines: readonly SourceLine[], ends: readonly boolean[]): SourceLine[][] {
  const cells: SourceLine[][] = []
  let current: SourceLine[] = []
  lines.forEach((line, index) => {
    current.push(line)
    if (ends[index] === true) {
      cells.push(current)
      current = []
    }
  })
  if (current.length > 0) cells.push(current)
  return cells
}

function cellText(cell: readonly SourceLine[]): string {
  return cell.map((line) => line.text).join(' ')
}

function padded(row: string[], columns: number): string[] {
  while (row.length < columns) row.push('')
  return row
}

/**
 * The lines (indices) that hold the text of two cells side by side: longer than every other line
 * of the table by a fifth at least, wider than any column. Such a line is where a one-line cell
 * and the first line of its neighbour share a baseline and the extraction wrote them as one
 * line: it ends the first cell, and the next lines go on with the neighbour. Where on the line
 * one cell stops is not in the text (the two are parted by a single space, or by none), so the
 * line is not cut.
 */
export function spanningLines(lines: readonly SourceLine[]): number[] {
  let longest = 0
  let second = 0
  for (const line of lines) {
    const size = length(line)
    if (size > longest) [longest, second] = [size, longest]
    else if (size > second) second = size
  }
  if (second === 0) return []
  const found: number[] = []
  lines.forEach((line, index) => {
    if (length(line) > spanningShare * second) found.push(index)
  })
  return found
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
