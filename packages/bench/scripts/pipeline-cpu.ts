/**
 * `pnpm bench:pipeline [MB] [--runs N] [--module PATH…] [--parse-latin]`: the `pipeline`
 * bench row's work (`textSegments` over the generated `mixed` input, every segment read)
 * timed in CPU seconds (user + system, `process.cpuUsage`) per run, printing the minimum,
 * lower quartile and median (default 10 MB, 7 runs). Each `--module` is another build of
 * `@matn/core` (a `dist/index.js` built from another commit): all builds are loaded in one
 * process, their segments compared as JSON (the script stops when they differ), and their
 * runs interleaved, so that they are timed under the same load (with a full collection
 * before each run: the script runs with `--expose-gc`). `--parse-latin` also times
 * parse-latin paragraph by paragraph on the same input, once dropping each paragraph's tree
 * (as the `parse-latin-mixed` row does) and once keeping them all.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { ParseLatin } from 'parse-latin'
import { generateInput, paragraphsOf, readCorpus } from '../src/index.js'

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '7' },
    module: { type: 'string', multiple: true },
    'parse-latin': { type: 'boolean', default: false }
  }
})
const runs = Number(values.runs)
if (!(runs >= 1)) throw new Error(`Bad --runs \`${values.runs}\``)
const size = Number(positionals[0] ?? '10')
if (!(size > 0)) throw new Error(`Bad size \`${positionals[0]}\``)
type Core = typeof import('@matn/core')
const names = values.module ?? ['@matn/core']
const builds: Core[] = await Promise.all(
  names.map((name) => import(name === '@matn/core' ? name : pathToFileURL(resolve(name)).href) as Promise<Core>)
)
const input = generateInput(readCorpus('corpus'), 'mixed', size)
const megabytes = input.bytes / 1e6

const segmentsOf = (build: Core): string => {
  const lines: string[] = []
  for (const segment of build.textSegments(input.text)) lines.push(JSON.stringify(segment))
  return lines.join('\n')
}
const reference = segmentsOf(builds[0] as Core)
for (const [index, build] of builds.entries()) {
  if (index > 0 && segmentsOf(build) !== reference) throw new Error(`${names[index]} gives other segments than ${names[0]}`)
}

/** CPU seconds of one call (after a full collection, when `gc` is exposed, so no run pays for the garbage of the one before). */
function cpuSeconds(work: () => unknown): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  const start = process.cpuUsage()
  work()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

function report(label: string, seconds: readonly number[]): void {
  const sorted = [...seconds].sort((a, b) => a - b)
  const at = (fraction: number): number => sorted[Math.floor((sorted.length - 1) * fraction)] as number
  const show = (value: number): string => `${(value * 1000).toFixed(0)} ms (${(megabytes / value).toFixed(1)} MB/s)`
  console.log(`${label}: min ${show(at(0))}, lower quartile ${show(at(0.25))}, median ${show(at(0.5))}`)
}

const pipeline = (build: Core) => (): number => {
  let count = 0
  for (const segment of build.textSegments(input.text)) count += segment.norm.length > 0 ? 1 : 0
  return count
}
const timings = builds.map((): number[] => [])
for (let run = 0; run < runs; run += 1) {
  for (const [index, build] of builds.entries()) timings[index]?.push(cpuSeconds(pipeline(build)))
}
console.log(`textSegments, ${size} MB mixed \`${input.sha256.slice(0, 8)}\`, ${runs} runs each, interleaved; segments identical`)
for (const [index, name] of names.entries()) report(name, timings[index] ?? [])

if (values['parse-latin']) {
  const paragraphs = paragraphsOf(input.text)
  const parser = new ParseLatin()
  const dropped: number[] = []
  const kept: number[] = []
  for (let run = 0; run < Math.min(runs, 3); run += 1) {
    dropped.push(cpuSeconds(() => paragraphs.forEach((paragraph) => parser.parse(paragraph))))
    kept.push(cpuSeconds(() => paragraphs.map((paragraph) => parser.parse(paragraph))))
  }
  report('parse-latin by paragraph, each tree dropped', dropped)
  report('parse-latin by paragraph, every tree kept', kept)
}
