import type { RowResult } from './measure.js'
import type { BenchRow } from './rows.js'

/** The machine a run was measured on. */
export interface Machine {
  cpu: string
  cores: number
  memoryGB: number
  node: string
  os: string
  /** 1-minute load average at the start and end of the run: above the core count means shared cores. */
  load: { start: number; end: number }
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits)
}

/**
 * A speed or ratio for the tables: one decimal from 1 up, two significant digits below
 * (a slow row at 0.04 MB/s must not print as 0.0).
 *
 * @param value The number.
 * @returns Its text (`–` when there is none).
 */
export function speedFigure(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–'
  return Math.abs(value) >= 1 || value === 0 ? value.toFixed(1) : value.toPrecision(2)
}

function speedOf(result: RowResult | undefined): number | undefined {
  return result?.status === 'ok' ? result.mbPerSecond?.median : undefined
}

/**
 * The ratios of a row's median speed to its reference rows' on the same input size.
 *
 * @param row The row.
 * @param results Every result of the run.
 * @param megabytes The input size.
 */
export function ratios(row: BenchRow, results: readonly RowResult[], megabytes: number): string {
  const own = speedOf(results.find((result) => result.id === row.id && result.megabytes === megabytes))
  if (own === undefined || !row.compareWith) return ''
  return row.compareWith
    .map((id) => {
      const reference = speedOf(results.find((result) => result.id === id && result.megabytes === megabytes))
      return reference === undefined ? undefined : `${speedFigure(own / reference)}× ${id}`
    })
    .filter((text): text is string => text !== undefined)
    .join(', ')
}

/**
 * A Markdown table of the results at one input size: MB/s (median, min–max), seconds per
 * run, peak RSS, input fingerprint and ratios to the reference rows. When rows were
 * measured in several processes (`combineProcesses`), the headers say the figures are the
 * median and min–max of the per-process medians, and the peak RSS the highest.
 *
 * @param rowList The rows, in print order.
 * @param results The results of the run.
 * @param megabytes The input size.
 */
export function resultTable(rowList: readonly BenchRow[], results: readonly RowResult[], megabytes: number): string {
  const repeated = results.some((result) => result.megabytes === megabytes && (result.processes ?? 1) > 1)
  const lines = [
    repeated
      ? '| row | input | MB/s median of process medians | MB/s min–max of process medians | CPU MB/s (median of processes) | s/run median of process medians | highest peak RSS MB (input) | vs reference (speed ratio) |'
      : '| row | input | MB/s median | MB/s min–max | CPU MB/s | s/run median | peak RSS MB (input) | vs reference (speed ratio) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |'
  ]
  for (const row of rowList) {
    const result = results.find((candidate) => candidate.id === row.id && candidate.megabytes === megabytes)
    if (!result) continue
    const input = `${row.input}${result.sha256 ? ` \`${result.sha256.slice(0, 8)}\`` : ''}`
    if (result.status !== 'ok') {
      lines.push(`| ${row.name} | ${input} | ${result.reason ?? result.status} | | | | | |`)
      continue
    }
    const speed = result.mbPerSecond
    lines.push(
      `| ${row.name} | ${input} | ${speedFigure(speed?.median)} | ${speedFigure(speed?.min)}–${speedFigure(speed?.max)} | ${speedFigure(result.cpuMbPerSecond)} | ${fixed(result.seconds?.median, 3)} | ${fixed(result.peakRssMB, 0)} (${fixed(result.inputRssMB, 0)}) | ${ratios(row, results, megabytes)} |`
    )
  }
  return lines.join('\n')
}

/**
 * Time per MB of each row across sizes relative to the smallest size: 1.0 everywhere
 * means linear time.
 *
 * @param rowList The rows.
 * @param results The results.
 * @param sizes The sizes run, smallest first.
 */
export function scalingTable(rowList: readonly BenchRow[], results: readonly RowResult[], sizes: readonly number[]): string {
  const lines = [`| row | ${sizes.map((size) => `${size} MB`).join(' | ')} |`, `| --- | ${sizes.map(() => '---:').join(' | ')} |`]
  for (const row of rowList) {
    const speeds = sizes.map((size) => speedOf(results.find((result) => result.id === row.id && result.megabytes === size)))
    const first = speeds[0]
    if (first === undefined) continue
    lines.push(`| ${row.name} | ${speeds.map((speed) => (speed === undefined ? '–' : (first / speed).toFixed(2))).join(' | ')} |`)
  }
  return lines.join('\n')
}

/** One timed `matn build` run of the bench. */
export interface BuildRun {
  articles: number
  /** UTF-8 size of the articles' Markdown. */
  bytes: number
  jobs: number
  /** Wall-clock seconds. */
  seconds: number
  /** User + system CPU seconds of the process (all its threads). */
  cpuSeconds: number
  /** Peak resident set size of the process (all its threads), MB. */
  peakRssMB: number
}

/**
 * The table of the `matn build` runs: articles per second, MB/s of Markdown, CPU time, peak
 * RSS, and the speed-up over one job on the same corpus.
 *
 * @param runs The runs.
 */
export function buildTable(runs: readonly BuildRun[]): string {
  const lines = [
    '| articles | MB of Markdown | --jobs | wall s | articles/s | MB/s | CPU s | peak RSS MB | speed-up over --jobs 1 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const run of runs) {
    const single = runs.find((other) => other.articles === run.articles && other.jobs === 1)
    const speedUp = single && run.jobs !== 1 ? `${(single.seconds / run.seconds).toFixed(2)}×` : ''
    lines.push(
      `| ${run.articles} | ${fixed(run.bytes / 1e6, 1)} | ${run.jobs} | ${fixed(run.seconds, 1)} | ${fixed(run.articles / run.seconds, 0)} | ${fixed(run.bytes / 1e6 / run.seconds, 2)} | ${fixed(run.cpuSeconds, 1)} | ${fixed(run.peakRssMB, 0)} | ${speedUp} |`
    )
  }
  return lines.join('\n')
}
