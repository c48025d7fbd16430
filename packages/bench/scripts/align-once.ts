/**
 * `pnpm bench:align-row [SENTENCES] [--runs N] [--links FILE]`: parallel alignment
 * (`alignParallel`) of the `align-…` bench rows' input (`parallelSentences`: the bundled
 * corpus's aligned links taken in turn, every 20th Persian unit left out; default 100,000
 * English sentences), in a fresh process, printing for each run its wall-clock and CPU
 * seconds (user + system, the garbage collector's threads included), the heap in use
 * after it and the process's peak resident set so far. The bench row runs the same
 * alignment four times in one process that also holds the row's unused 100 MB input;
 * `--runs 4` repeats it the same way (default one run). `--links FILE` writes the last
 * run's links as JSON, to compare two builds byte for byte.
 */
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { alignParallel } from '@matn/align'
import { parallelSentences, readCorpus } from '../src/index.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, links: { type: 'string' } }
})
const count = Number(positionals[0] ?? 100_000)
if (!(count > 0)) throw new Error(`Bad sentence count \`${positionals[0]}\``)
const runs = Number(values.runs)
if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`Bad number of runs \`${values.runs}\``)
const { en, fa } = parallelSentences(readCorpus('corpus'), count)
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
let links: ReturnType<typeof alignParallel> = []
for (let run = 1; run <= runs; run++) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  links = alignParallel(en, fa)
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - start) / 1000
  console.log(
    `${en.length} × ${fa.length}${runs > 1 ? `, run ${run}` : ''}: wall ${seconds.toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, heap used ${mib(process.memoryUsage().heapUsed)} MiB, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`
  )
}
if (values.links) writeFileSync(values.links, `${JSON.stringify(links)}\n`)
