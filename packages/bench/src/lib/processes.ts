import type { RowResult, Spread } from './measure.js'

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 *
 * @param values The numbers, at least one.
 */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

function spreadOf(values: readonly number[]): Spread {
  return { median: medianOf(values), min: Math.min(...values), max: Math.max(...values) }
}

function maxOf(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined)
  return known.length === 0 ? undefined : Math.max(...known)
}

/**
 * Combine the results of one row at one size measured in several fresh processes
 * (`pnpm bench --repeat N`): a row's median does not repeat from one fresh process to the
 * next (up to twofold on a 2-core VM), so one process is not enough to compare figures. The combined MB/s (and seconds per run) is the median of the per-process
 * medians, with their min–max across processes as the spread; CPU MB/s is the median of
 * the processes'; peak and input RSS are the highest of any process; samples add up.
 * One result comes back unchanged.
 *
 * @param results The results of the processes, in run order: same row, size and input;
 *   either all measured (`ok`) or a single one that did not run.
 * @returns The combined result, with `processes` and `processMedians` when more than one.
 */
export function combineProcesses(results: readonly RowResult[]): RowResult {
  const [first] = results
  if (!first) throw new Error('No process results to combine')
  if (results.length === 1) return first
  for (const result of results) {
    if (result.id !== first.id || result.megabytes !== first.megabytes || result.sha256 !== first.sha256 || result.bytes !== first.bytes) {
      throw new Error(`Cannot combine ${result.id} at ${result.megabytes} MB with ${first.id} at ${first.megabytes} MB: different rows or inputs`)
    }
    if (result.status !== 'ok' || !result.mbPerSecond || !result.seconds) {
      throw new Error(`Row ${result.id} at ${result.megabytes} MB did not run in every process (${result.reason ?? result.status})`)
    }
  }
  const processMedians = results.map((result) => result.mbPerSecond?.median ?? Number.NaN)
  const cpuSpeeds = results.map((result) => result.cpuMbPerSecond).filter((value): value is number => value !== undefined)
  const combined: RowResult = {
    id: first.id,
    megabytes: first.megabytes,
    bytes: first.bytes,
    sha256: first.sha256,
    status: 'ok',
    mbPerSecond: spreadOf(processMedians),
    seconds: spreadOf(results.map((result) => result.seconds?.median ?? Number.NaN)),
    samples: results.reduce((sum, result) => sum + (result.samples ?? 0), 0),
    processes: results.length,
    processMedians
  }
  if (cpuSpeeds.length > 0) combined.cpuMbPerSecond = medianOf(cpuSpeeds)
  const inputRssMB = maxOf(results.map((result) => result.inputRssMB))
  if (inputRssMB !== undefined) combined.inputRssMB = inputRssMB
  const peakRssMB = maxOf(results.map((result) => result.peakRssMB))
  if (peakRssMB !== undefined) combined.peakRssMB = peakRssMB
  return combined
}
