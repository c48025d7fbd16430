/**
 * `pnpm fuzz`: feed random and mutated inputs through matn for a time budget and record
 * every failure as a regression fixture (`test/fixtures/fuzz/<target>-<hash>.json`, replayed
 * in CI by `test/reliability/fuzz-regressions.test.ts`). Not part of `pnpm test`.
 *
 * Usage: `pnpm fuzz [--minutes N] [--seed N] [--targets a,b] [--slow-ms N] [--hang-ms N]`
 * - `--minutes`: time budget (default 30);
 * - `--seed`: first seed (default: from the clock; printed, so a run can be repeated);
 * - `--targets`: comma-separated targets (default all: parse, citations, normalize,
 *   segment, ingest, json-reader, tei-reader, align);
 * - `--slow-ms`: an input taking longer is recorded as `slow` (default 30000, the deadline
 *   of the replay test; an ingest of 12 KB takes 3–4 s on a loaded 2-core machine);
 * - `--hang-ms`: an input taking longer is a `hang`: the worker is killed and restarted
 *   past that input's batch (default 60000).
 *
 * Failures: `crash` (a throw that is not a `MatnError`), `hang`, `invalid-export` (JSON
 * that does not parse, XML that is not well-formed, markup in the HTML), `invariant`, `slow`.
 * The summary (inputs tried, failures by kind, new fixtures) goes to stdout and
 * `build/fuzz/report.json`; the exit code is 1 when a failure was found.
 */
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { targetNames, type TargetName } from './lib/fuzz-targets.js'
import type { FailureKind, WorkerMessage } from './lib/fuzz-worker.js'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const { values } = parseArgs({
  // `pnpm fuzz -- --minutes 5` passes the `--` on.
  args: process.argv.slice(2).filter((argument) => argument !== '--'),
  options: {
    minutes: { type: 'string', default: '30' },
    seed: { type: 'string' },
    targets: { type: 'string' },
    'slow-ms': { type: 'string', default: '30000' },
    'hang-ms': { type: 'string', default: '60000' }
  }
})
const minutes = Number(values.minutes)
const firstSeed = values.seed === undefined ? Date.now() % 1_000_000_000 : Number(values.seed)
const slowMs = Number(values['slow-ms'])
const hangMs = Number(values['hang-ms'])
const names = (values.targets?.split(',').map((name) => name.trim()) ?? [...targetNames]) as TargetName[]
for (const name of names) if (!targetNames.includes(name)) throw new Error(`Unknown fuzz target \`${name}\` (known: ${targetNames.join(', ')})`)
if (!(minutes > 0) || !Number.isSafeInteger(firstSeed) || firstSeed < 0 || !(slowMs > 0) || !(hangMs > 0)) {
  throw new Error('--minutes, --slow-ms and --hang-ms must be positive numbers and --seed a whole number')
}

type FoundKind = FailureKind | 'hang' | 'slow'
interface Stats {
  inputs: number
  failures: number
  slowest: number
  totalMs: number
}
const stats = Object.fromEntries(names.map((name) => [name, { inputs: 0, failures: 0, slowest: 0, totalMs: 0 }])) as Record<TargetName, Stats>
const byKind: Record<FoundKind, number> = { crash: 0, hang: 0, 'invalid-export': 0, invariant: 0, slow: 0 }
const recorded: string[] = []
const created: string[] = []
const fixtures = `${repoRoot}test/fixtures/fuzz/`
const started = Date.now()
const end = started + minutes * 60_000

/** Write a failure as a fixture named by a hash of its target and input. */
function record(target: TargetName, kind: FoundKind, input: string, message: string): void {
  const hash = createHash('sha256').update(`${target}\0${input}`).digest('hex').slice(0, 12)
  const path = `${fixtures}${target}-${hash}.json`
  mkdirSync(fixtures, { recursive: true })
  if (!existsSync(path)) created.push(path)
  writeFileSync(path, `${JSON.stringify({ target, kind, message: message.split('\n').slice(0, 12).join('\n'), input }, null, 2)}\n`)
  if (!recorded.includes(path)) recorded.push(path)
  stats[target].failures++
  byKind[kind]++
  console.log(`${kind}: ${target}: ${message.split('\n')[0]} → ${path.slice(repoRoot.length)}`)
}

/** Run one worker from `seed` until the budget ends or it hangs; resolves with the seed to go on from. */
function runWorker(seed: number): Promise<number> {
  return new Promise((resolve) => {
    const worker = fork(fileURLToPath(new URL('./lib/fuzz-worker.ts', import.meta.url)), [String(seed), ...names], {
      execArgv: ['--conditions=matn-source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc']
    })
    let current: { seed: number; target: TargetName; input: string } | undefined
    let lastSeed = seed
    let timer: NodeJS.Timeout | undefined
    const stop = (): void => {
      clearTimeout(timer)
      clearTimeout(budget)
      worker.kill('SIGKILL')
    }
    const budget = setTimeout(stop, Math.max(0, end - Date.now()))
    worker.on('message', (message: WorkerMessage) => {
      clearTimeout(timer)
      if (message.type === 'start') {
        current = { seed: message.seed, target: message.target, input: message.input }
        lastSeed = message.seed
        timer = setTimeout(() => {
          if (current) {
            stats[current.target].inputs++
            record(current.target, 'hang', current.input, `no result after ${hangMs} ms`)
          }
          current = undefined
          stop()
        }, hangMs)
        return
      }
      const target = stats[message.target]
      target.inputs++
      target.totalMs += message.milliseconds
      target.slowest = Math.max(target.slowest, message.milliseconds)
      if (message.failure && current) record(message.target, message.failure.kind, current.input, message.failure.message)
      else if (message.milliseconds > slowMs && current) record(message.target, 'slow', current.input, `${Math.round(message.milliseconds)} ms`)
      current = undefined
    })
    worker.on('exit', () => {
      clearTimeout(timer)
      clearTimeout(budget)
      // Go on past the batch the worker was in (a hang would repeat there).
      resolve(lastSeed + 1)
    })
  })
}

console.log(`matn fuzz: ${minutes} min, seed ${firstSeed}, targets ${names.join(', ')}`)
let seed = firstSeed
while (Date.now() < end) seed = await runWorker(seed)

const rows = names.map((name) => {
  const { inputs, failures, slowest, totalMs } = stats[name]
  return `| ${name} | ${inputs} | ${failures} | ${inputs ? (totalMs / inputs).toFixed(1) : '-'} | ${Math.round(slowest)} |`
})
const total = names.reduce((sum, name) => sum + stats[name].inputs, 0)
const elapsed = (Date.now() - started) / 60_000
const failures = Object.values(byKind).reduce((sum, count) => sum + count, 0)
const table = ['| target | inputs | failures | mean ms | slowest ms |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')
const kinds = Object.entries(byKind).map(([kind, count]) => `${kind} ${count}`).join(', ')
console.log(`\n${table}\n`)
console.log(`inputs tried: ${total} in ${elapsed.toFixed(1)} min (seed ${firstSeed}, seeds up to ${seed - 1})`)
console.log(`failures: ${failures} (${kinds}); crashes (crash + hang + invalid-export): ${byKind.crash + byKind.hang + byKind['invalid-export']}`)
console.log(`new fixtures: ${created.length}${created.length ? `\n${created.map((path) => `  ${path.slice(repoRoot.length)}`).join('\n')}` : ''}`)
mkdirSync(`${repoRoot}build/fuzz`, { recursive: true })
writeFileSync(
  `${repoRoot}build/fuzz/report.json`,
  `${JSON.stringify({ minutes: elapsed, seed: firstSeed, lastSeed: seed - 1, inputs: total, byKind, targets: stats, recorded: recorded.map((path) => path.slice(repoRoot.length)), created: created.map((path) => path.slice(repoRoot.length)) }, null, 2)}\n`
)
process.exitCode = failures > 0 ? 1 : 0
