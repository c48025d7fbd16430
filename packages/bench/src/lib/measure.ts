import { Bench } from 'tinybench'
import type { Input } from './inputs.js'
import type { BenchRow, RowContext } from './rows.js'

/** Median and spread of a measure over the samples. */
export interface Spread {
  median: number
  min: number
  max: number
}

/**
 * What one row measured at one input size: in one process, or in several combined by
 * `combineProcesses` (then `mbPerSecond` and `seconds` are the median and min–max of the
 * per-process medians).
 */
export interface RowResult {
  id: string
  megabytes: number
  bytes: number
  sha256: string
  status: 'ok' | 'unavailable' | 'skipped'
  /** Why the row did not run. */
  reason?: string
  /** MB (10^6 bytes of UTF-8 input) per second. */
  mbPerSecond?: Spread
  /** Seconds per run. */
  seconds?: Spread
  /**
   * MB per second of process CPU time (user + system, averaged over all runs, warm-up
   * included): less sensitive than wall time to other processes on the machine.
   */
  cpuMbPerSecond?: number
  samples?: number
  /** Resident set size once the input was generated, MB. */
  inputRssMB?: number
  /** Peak resident set size of the process (the highest over the processes), MB. */
  peakRssMB?: number
  /** How many fresh processes measured the row (absent: one). */
  processes?: number
  /** Each process's median MB/s, in run order (only when there were several). */
  processMedians?: number[]
}

/** How many timed runs (and warm-up runs) a row gets at each size. */
export function samplesFor(megabytes: number): { samples: number; warmups: number } {
  if (megabytes <= 1) return { samples: 15, warmups: 3 }
  if (megabytes <= 10) return { samples: 7, warmups: 1 }
  return { samples: 3, warmups: 1 }
}

/**
 * Time a row on an input with tinybench (a fixed number of runs, after warm-up runs) and
 * read the process's peak resident set size.
 *
 * @param row The row.
 * @param input Its input.
 * @param context Scratch space.
 */
export async function measureRow(row: BenchRow, input: Input, context: RowContext): Promise<RowResult> {
  const base = { id: row.id, megabytes: input.megabytes, bytes: input.bytes, sha256: input.sha256 }
  const inputRssMB = process.memoryUsage().rss / 1e6
  const loaded = await row.load(input, context)
  if (typeof loaded !== 'function' && 'unavailable' in loaded) return { ...base, status: 'unavailable', reason: loaded.unavailable }
  const work = typeof loaded === 'function' ? loaded : loaded.run
  if (typeof loaded !== 'function') base.bytes = loaded.bytes
  const { samples, warmups } = samplesFor(input.megabytes)
  const bench = new Bench({ iterations: samples, time: 0, warmupIterations: warmups, warmupTime: 0, throws: true })
  bench.add(row.id, work)
  const cpuBefore = process.cpuUsage()
  await bench.run()
  const cpu = process.cpuUsage(cpuBefore)
  const result = bench.tasks[0]?.result
  if (!result || result.state !== 'completed') throw new Error(`Row ${row.id} did not complete`)
  const { latency } = result
  const megabytes = base.bytes / 1e6
  const seconds = { median: latency.p50 / 1000, min: latency.min / 1000, max: latency.max / 1000 }
  return {
    ...base,
    status: 'ok',
    seconds,
    mbPerSecond: { median: megabytes / seconds.median, min: megabytes / seconds.max, max: megabytes / seconds.min },
    cpuMbPerSecond: megabytes / ((cpu.user + cpu.system) / 1e6 / (samples + warmups)),
    samples: latency.samplesCount,
    inputRssMB,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6
  }
}
