import type { FormatCounts } from './formats.js'

/**
 * The summary table of a build: one row per format with its files, articles, segments,
 * citations and alignment links (`-` where the format does not carry them).
 *
 * @param rows Format names with their counts.
 * @returns The table, with a final newline.
 */
export function summaryTable(rows: ReadonlyArray<{ format: string; counts: FormatCounts }>): string {
  const header = ['format', 'files', 'articles', 'segments', 'citations', 'links']
  const body = rows.map(({ format, counts }) => [
    format,
    ...[counts.files, counts.articles, counts.segments, counts.citations, counts.links].map((value) => (value === null ? '-' : String(value)))
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  return [line(header), ...body.map(line)].map((text) => `${text.trimEnd()}\n`).join('')
}
