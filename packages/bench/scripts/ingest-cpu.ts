/**
 * `pnpm bench:ingest [MB…] [--runs N] [--module PATH]`: the `ingest` bench row's work
 * (`ingest(text, { lexicon })` on the generated `raw` input) timed in CPU seconds (user +
 * system, `process.cpuUsage`) per run, in one process, printing the minimum and median per
 * size (default 1 MB, 3 runs). On a shared machine CPU time is steadier than wall-clock time.
 * `--module` loads another build of `@matn/ingest` (a `dist/index.js` built from another
 * commit) instead of the workspace's, to compare two builds under the same load.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { generateInput, readCorpus } from '../src/index.js'

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, module: { type: 'string' } }
})
const runs = Number(values.runs)
if (!(runs >= 1)) throw new Error(`Bad --runs \`${values.runs}\``)
const sizes = (positionals.length > 0 ? positionals : ['1']).map(Number)
if (sizes.some((size) => !(size > 0))) throw new Error(`Bad sizes \`${positionals.join(' ')}\``)
const ingestModule: typeof import('@matn/ingest') = await import(values.module === undefined ? '@matn/ingest' : pathToFileURL(resolve(values.module)).href)
const corpus = readCorpus('corpus')
const lexicon = ingestModule.loadPersianLexicon()
for (const size of sizes) {
  const input = generateInput(corpus, 'raw', size)
  const seconds: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const start = process.cpuUsage()
    ingestModule.ingest(input.text, { lexicon })
    const used = process.cpuUsage(start)
    seconds.push((used.user + used.system) / 1e6)
  }
  const sorted = [...seconds].sort((a, b) => a - b)
  const minimum = sorted[0] as number
  const median = sorted[Math.floor(sorted.length / 2)] as number
  const megabytes = input.bytes / 1e6
  console.log(
    `ingest ${size} MB raw \`${input.sha256.slice(0, 8)}\`: CPU s ${seconds.map((value) => value.toFixed(2)).join(' ')}; min ${minimum.toFixed(2)} s (${(megabytes / minimum).toFixed(3)} MB/s), median ${median.toFixed(2)} s (${(megabytes / median).toFixed(3)} MB/s)`
  )
}
