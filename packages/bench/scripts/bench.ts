/**
 * `pnpm bench`: measure every row at 1 and 10 MB (and 100 MB with `--100mb` or
 * MATN_BENCH_100MB=1), each row in its own process, print the tables and write them into
 * docs/performance.md.
 *
 * Options: --100mb, --sizes 1,10,100, --rows id,id, --unlimited (run slow rows past their
 * size limit), --out FILE (`-` to only print), --note TEXT (a line for the document),
 * --build (also time `matn build` on 10,000 generated articles; or MATN_BENCH_BUILD=1),
 * --build-articles 1000,10000 (the corpus sizes to time `matn build` on; default 1000),
 * --repeat N (measure each row at each size in N fresh processes, default 1: a row's median
 * does not repeat from one process to the next, up to twofold; the tables then
 * give the median of the per-process medians and their min–max, and the highest peak RSS).
 * The N processes of a size run in rounds (every row once, then every row again), so a
 * slow spell of the machine falls on all rows rather than on one.
 * `matn build` runs under /usr/bin/time (wall, CPU, peak RSS of the whole process, its
 * worker threads included) with --jobs 1 and --jobs 2; `--rows` without `build` skips it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  buildTable,
  combineProcesses,
  generateInput,
  readCorpus,
  replaceGeneratedBlock,
  resultTable,
  rows,
  scalingTable,
  speedFigure,
  writeGeneratedCorpus,
  type BuildRun,
  type Machine,
  type RowResult
} from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const corpusDirectory = join(root, 'corpus')
const childScript = fileURLToPath(new URL('./bench-row.ts', import.meta.url))
const matnBin = join(root, 'packages', 'cli', 'bin', 'matn.js')
/** Every format whose output streams (html holds every article until the end: left out). */
const buildFormats = 'json,jsonl,txt,moses,tmx,csl,tei'
const buildJobs = [1, 2]

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    '100mb': { type: 'boolean', default: process.env.MATN_BENCH_100MB === '1' },
    sizes: { type: 'string' },
    rows: { type: 'string' },
    unlimited: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'docs', 'performance.md') },
    note: { type: 'string' },
    build: { type: 'boolean', default: process.env.MATN_BENCH_BUILD === '1' },
    'build-articles': { type: 'string' },
    repeat: { type: 'string', default: '1' }
  }
})
const repeat = Number(values.repeat)
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`Bad --repeat \`${values.repeat}\` (a whole number from 1)`)
const sizes = (values.sizes ?? (values['100mb'] ? '1,10,100' : '1,10')).split(',').map(Number)
if (sizes.some((size) => !(size > 0))) throw new Error(`Bad --sizes \`${values.sizes}\``)
const wanted = values.rows ? new Set(values.rows.split(',')) : undefined
const selected = rows.filter((row) => !wanted || wanted.has(row.id))
const scratch = mkdtempSync(join(os.tmpdir(), 'matn-bench-'))
const command = ['pnpm bench', ...process.argv.slice(2)].join(' ')
const loadStart = os.loadavg()[0] ?? 0
const results: RowResult[] = []
const buildRuns: BuildRun[] = []
const buildCounts = wanted && !wanted.has('build') ? [] : (values['build-articles'] ?? (values.build ? '1000,10000' : '1000')).split(',').map(Number)
if (buildCounts.some((count) => !(count > 0))) throw new Error(`Bad --build-articles \`${values['build-articles']}\``)
const corpus = readCorpus(corpusDirectory)

try {
  for (const megabytes of sizes) {
    console.log(`\n## ${megabytes} MB`)
    /** Each row's results at this size, one per process, in run order. */
    const measured = new Map<string, RowResult[]>()
    for (let round = 1; round <= repeat; round++) {
      if (repeat > 1) console.log(`\n### ${megabytes} MB, process ${round} of ${repeat}`)
      for (const row of selected) {
        if (row.onlyAt !== undefined && row.onlyAt !== megabytes) continue
        const earlier = measured.get(row.id) ?? []
        // A row that was skipped or unavailable in the first round stays so.
        if (earlier.some((result) => result.status !== 'ok')) continue
        if (row.maxMegabytes !== undefined && megabytes > row.maxMegabytes && !values.unlimited) {
          const input = generateInput(corpus, row.input, megabytes)
          measured.set(row.id, [
            {
              id: row.id,
              megabytes,
              bytes: input.bytes,
              sha256: input.sha256,
              status: 'skipped',
              reason: `skipped over ${row.maxMegabytes} MB (--unlimited runs it)`
            }
          ])
          console.log(`${row.id}: skipped (over ${row.maxMegabytes} MB)`)
          continue
        }
        const result = measureInProcess(row.id, megabytes)
        measured.set(row.id, [...earlier, result])
        console.log(resultLine(result))
      }
    }
    if (repeat > 1) console.log(`\n### ${megabytes} MB, ${repeat} processes combined (median of the process medians, min–max of them)`)
    for (const processResults of measured.values()) {
      const combined = combineProcesses(processResults)
      results.push(combined)
      if (repeat > 1 && combined.status === 'ok') {
        console.log(`${resultLine(combined)}; process medians ${combined.processMedians?.map((speed) => speedFigure(speed)).join(', ')}`)
      }
    }
  }
  for (const count of buildCounts) {
    console.log(`\n## matn build, ${count} generated articles`)
    const dir = join(scratch, `corpus-${count}`)
    const bytes = writeGeneratedCorpus(corpus, count, dir)
    for (const jobs of buildJobs) {
      const run = timeBuild(dir, count, bytes, jobs)
      buildRuns.push(run)
      console.log(`--jobs ${jobs}: ${run.seconds.toFixed(1)} s, ${(count / run.seconds).toFixed(0)} articles/s, peak RSS ${run.peakRssMB.toFixed(0)} MB`)
    }
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

/** Measure one row at one size in a fresh Node process (`scripts/bench-row.ts`). */
function measureInProcess(id: string, megabytes: number): RowResult {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=16384', '--import', 'tsx', childScript, id, String(megabytes), corpusDirectory, join(scratch, `${id}.txt`)],
    { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  if (child.status !== 0) throw new Error(`Row ${id} at ${megabytes} MB failed (exit ${child.status})`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as RowResult
}

/** One console line for a result: MB/s median (min–max) and peak RSS, or why it did not run. */
function resultLine(result: RowResult): string {
  const speed = result.mbPerSecond
  return result.status === 'ok' && speed
    ? `${result.id}: ${speedFigure(speed.median)} MB/s (${speedFigure(speed.min)}–${speedFigure(speed.max)}), peak RSS ${result.peakRssMB?.toFixed(0)} MB`
    : `${result.id}: ${result.reason}`
}

/** Time `matn build` (the built CLI) on a generated corpus under /usr/bin/time. */
function timeBuild(dir: string, count: number, bytes: number, jobs: number): BuildRun {
  const out = join(scratch, `build-${count}-${jobs}`)
  const marker = 'matn-bench-time'
  const child = spawnSync(
    '/usr/bin/time',
    ['-f', `${marker} %e %U %S %M`, process.execPath, matnBin, 'build', dir, '-o', out, '--jobs', String(jobs), '--format', buildFormats],
    { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const line = child.stderr.split('\n').find((text) => text.startsWith(`${marker} `))
  if (child.status !== 0 || !line) throw new Error(`matn build --jobs ${jobs} on ${count} articles failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`)
  const [seconds = 0, user = 0, system = 0, maxKilobytes = 0] = line.split(' ').slice(1).map(Number)
  rmSync(out, { recursive: true, force: true })
  return { articles: count, bytes, jobs, seconds, cpuSeconds: user + system, peakRssMB: (maxKilobytes * 1024) / 1e6 }
}

checkSharedInputs(results)
const machine: Machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  load: { start: loadStart, end: os.loadavg()[0] ?? 0 }
}
const block = renderBlock(machine)
console.log(`\n${block}`)
if (values.out !== '-') {
  const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '# Performance\n'
  writeFileSync(values.out, replaceGeneratedBlock(previous, block))
  console.log(`\nwrote ${values.out}`)
}

/** Rows on the same input kind and size must have read byte-identical input. */
function checkSharedInputs(all: readonly RowResult[]): void {
  const seen = new Map<string, string>()
  for (const result of all) {
    const kind = rows.find((row) => row.id === result.id)?.input
    const key = `${kind}@${result.megabytes}`
    const previous = seen.get(key)
    if (previous && previous !== result.sha256) throw new Error(`Input ${key} differs between rows`)
    seen.set(key, result.sha256)
  }
}

function renderBlock(machine: Machine): string {
  const sections = [
    `Command: \`${command}\` (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}. ` +
      `1-minute load average ${machine.load.start.toFixed(1)} at the start, ${machine.load.end.toFixed(1)} at the end ` +
      `(above ${machine.cores} means other processes shared the cores and the figures are noisy).`,
    ...(repeat > 1
      ? [
          '',
          `Processes: each row ran at each size in ${repeat} fresh processes (\`--repeat ${repeat}\`), in rounds; ` +
            'MB/s and s/run are the median of the per-process medians, min–max their range across processes, ' +
            'CPU MB/s the median of the processes\', peak RSS the highest of any process.'
        ]
      : []),
    ...(values.note ? ['', `Note: ${values.note}`] : []),
    ''
  ]
  for (const megabytes of sizes) {
    sections.push(`### ${megabytes} MB inputs`, '', resultTable(selected, results, megabytes), '')
  }
  if (buildRuns.length > 0) {
    sections.push(
      '### matn build on generated articles',
      '',
      `\`matn build DIR -o OUT --jobs N --format ${buildFormats}\` (the built CLI, under /usr/bin/time; peak RSS of the whole process, worker threads included), ` +
        'on articles generated from the bundled corpus (`writeGeneratedCorpus`: 2–5 English and 3–8 Persian paragraphs each).',
      '',
      buildTable(buildRuns),
      ''
    )
  }
  if (sizes.length > 1) {
    sections.push(
      `### Time per MB relative to ${sizes[0]} MB (1.00 = linear)`,
      '',
      scalingTable(selected, results, sizes),
      ''
    )
  }
  return sections.join('\n')
}
