/**
 * `pnpm bench:align`: time and memory of parallel alignment on long documents of about 25k, 50k
 * and 100k sentences per side, built by drawing real parallel units (see
 * lib/parallel-data.ts) at random with replacement and inserting merges (10%) and
 * deletions (5%) per side (17% more units than lines are drawn, which the edits remove).
 * Each measurement runs in a fresh process and prints one line: wall-clock and CPU seconds
 * of the alignment (on a shared machine the CPU time is the better measure), the peak
 * resident set of the process, and the strict and lax F1 against the built gold.
 * `MATN_BENCH_SIZES=1000,2000 pnpm bench:align` picks other sizes.
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { alignParallel, galeChurch, scoreAlignment, seededRandom } from '../src/index.js'
import { parallelSets, perturb, type Unit } from './lib/parallel-data.js'

const systems = {
  matn: (en: string[], fa: string[]) => alignParallel(en, fa),
  'gale-church': (en: string[], fa: string[]) => galeChurch(en, fa)
}

function measure(size: number, system: keyof typeof systems): void {
  const pool: Unit[] = parallelSets().flatMap((set) => set.units)
  const random = seededRandom(7)
  const units = Array.from({ length: Math.round(size * 1.17) }, () => pool[Math.floor(random() * pool.length)] as Unit)
  const document = perturb(units, size)
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const links = systems[system](document.en, document.fa)
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  const score = scoreAlignment(document.gold, links)
  console.log(
    `| ${system} | ${document.en.length} × ${document.fa.length} | ${seconds.toFixed(1)} | ${((cpu.user + cpu.system) / 1e6).toFixed(1)} | ${(peak / 2 ** 20).toFixed(0)} | ${score.strict.f1.toFixed(3)} | ${score.lax.f1.toFixed(3)} |`
  )
}

const one = process.env.MATN_BENCH_ONE
if (one) {
  const [size, system] = one.split(':')
  measure(Number(size), system as keyof typeof systems)
} else {
  const sizes = (process.env.MATN_BENCH_SIZES ?? '25000,50000,100000').split(',').map(Number)
  console.log(`node ${process.version}; units drawn from ${parallelSets().reduce((sum, set) => sum + set.units.length, 0)} distinct pairs\n`)
  console.log('| system | sentences (en × fa) | wall s | CPU s | peak RSS MiB | strict F1 | lax F1 |\n| --- | --- | --- | --- | --- | --- | --- |')
  for (const size of sizes) {
    for (const system of Object.keys(systems)) {
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
        env: { ...process.env, MATN_BENCH_ONE: `${size}:${system}` },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit']
      })
      process.stdout.write(child.stdout)
      if (child.status !== 0) process.exitCode = 1
    }
  }
}
