/**
 * `pnpm bench`: time and memory of parallel alignment on long documents of about 25k, 50k
 * and 100k sentences per side, built by drawing real parallel units (see
 * lib/parallel-data.ts) at random with replacement and inserting merges (10%) and
 * deletions (5%) per side (17% more units than lines are drawn, which the edits remove).
 * Prints one line per size for matn and for Gale–Church: wall-clock and CPU seconds (on a
 * shared machine the CPU time is the better measure), growth of the resident set, and the
 * strict and lax F1 against the built gold.
 */
import { performance } from 'node:perf_hooks'
import { alignParallel, galeChurch, scoreAlignment, seededRandom } from '../src/index.js'
import { parallelSets, perturb, type Unit } from './lib/parallel-data.js'

const sizes = (process.env.MATN_BENCH_SIZES ?? '25000,50000,100000').split(',').map(Number)
const pool: Unit[] = parallelSets().flatMap((set) => set.units)
const random = seededRandom(7)
console.log(`pool: ${pool.length} distinct units; node ${process.version}`)
for (const size of sizes) {
  const units = Array.from({ length: Math.round(size * 1.17) }, () => pool[Math.floor(random() * pool.length)] as Unit)
  const document = perturb(units, size)
  for (const [name, run] of [
    ['matn', () => alignParallel(document.en, document.fa)],
    ['gale-church', () => galeChurch(document.en, document.fa)]
  ] as const) {
    globalThis.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    const links = run()
    const seconds = (performance.now() - start) / 1000
    const cpu = process.cpuUsage(cpuStart)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    const score = scoreAlignment(document.gold, links)
    console.log(
      `${name.padEnd(12)} ${String(document.en.length).padStart(7)} × ${String(document.fa.length).padEnd(7)} ${seconds.toFixed(1).padStart(6)} s wall ${cpuSeconds.toFixed(1).padStart(6)} s cpu   rss +${((peak - before) / 2 ** 20).toFixed(0).padStart(5)} MiB   strict F1 ${score.strict.f1.toFixed(3)}   lax F1 ${score.lax.f1.toFixed(3)}`
    )
  }
}
