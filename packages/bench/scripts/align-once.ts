/**
 * `pnpm bench:align-row [SENTENCES]`: one parallel alignment (`alignParallel`) of the
 * `align-…` bench rows' input (`parallelSentences`: the bundled corpus's aligned links
 * taken in turn, every 20th Persian unit left out; default 100,000 English sentences), in
 * a fresh process, printing wall-clock and CPU seconds (user + system, the garbage
 * collector's threads included) and the process's peak resident set. The bench row runs
 * the same alignment four times in one process that also holds the row's unused 100 MB
 * input; this runs it once.
 */
import { performance } from 'node:perf_hooks'
import { alignParallel } from '@matn/align'
import { parallelSentences, readCorpus } from '../src/index.js'

const count = Number(process.argv[2] ?? 100_000)
if (!(count > 0)) throw new Error(`Bad sentence count \`${process.argv[2]}\``)
const { en, fa } = parallelSentences(readCorpus('corpus'), count)
const start = performance.now()
const cpu = process.cpuUsage()
alignParallel(en, fa)
const used = process.cpuUsage(cpu)
const seconds = (performance.now() - start) / 1000
console.log(
  `${en.length} × ${fa.length}: wall ${seconds.toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`
)
