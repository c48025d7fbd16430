import { availableParallelism } from 'node:os'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError, fileError, type CliIo, type Command } from '../cli-io.js'
import { reviveError, type ArticleJob } from '../build/article-job.js'
import { findArticles } from '../build/find-articles.js'
import { formats, type BuildFormat, type FormatCounts, type FormatSink, type ShippedPiece } from '../build/formats.js'
import { OutputDir } from '../build/output-dir.js'
import { progressBar, type Progress } from '../build/progress.js'
import { parseShard } from '../build/shard.js'
import { summaryTable } from '../build/summary.js'
import { buildInOrder } from '../build/worker-pool.js'

/**
 * `matn build [CORPUS_DIR] -o OUT [--format LIST] [--jobs N] [--shard I/N] [--strict]`: load
 * every `CORPUS_DIR/*\/article.md` in worker threads, stream each export format under OUT in
 * article order, then print a summary table.
 */
export const buildCommand: Command = {
  name: 'build',
  usage: `build [CORPUS_DIR] -o OUT [--format LIST] [--jobs N] [--shard I/N]    write export formats of CORPUS_DIR/*/article.md (default: corpus, all of ${formats.map((format) => format.name).join(',')}; N threads, default all cores; only shard I of N)`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        shard: { type: 'string' },
        strict: { type: 'boolean', default: false }
      }
    })
    if (positionals.length > 1) throw new UsageError('Expected at most one CORPUS_DIR')
    if (values.out === undefined) throw new UsageError('build needs an output folder: -o OUT')
    const selected = selectFormats(values.format)
    const jobs = parseJobs(values.jobs)
    const shard = values.shard === undefined ? undefined : parseShard(values.shard)
    const paths = await findArticles(positionals[0] ?? 'corpus')
    const progress = progressBar(io, paths.length)
    if (values.strict) {
      // Nothing is written unless no article has a warning: a first pass only loads them.
      const warned = await forEachArticle(paths, { formats: [], shard }, jobs, undefined, progress, io, async () => undefined)
      if (warned) return 1
    }
    const out = await OutputDir.open(values.out, paths.map((path) => dirname(path)))
    const sinks: FormatSink[] = []
    // Opened when the first article is ready (or at the end), so that a build whose first
    // article fails writes no file.
    const openSinks = async (): Promise<void> => {
      if (sinks.length === 0) for (const format of selected) sinks.push(await format.open(out))
    }
    try {
      const job: ArticleJob = { formats: selected.map((format) => format.name), shard }
      await forEachArticle(paths, job, jobs, out, progress, values.strict ? undefined : io, async (pieces) => {
        await openSinks()
        for (const [index, piece] of pieces.entries()) await (sinks[index] as FormatSink).add(piece)
      })
      await openSinks()
      const rows: Array<{ format: string; counts: FormatCounts }> = []
      const warnings: string[] = []
      for (const [index, sink] of sinks.entries()) {
        const name = (selected[index] as BuildFormat).name
        const result = await sink.finish()
        rows.push({ format: name, counts: result.counts })
        warnings.push(...result.warnings.map((warning) => `${name}: warning: ${warning}\n`))
      }
      for (const warning of warnings) io.stderr(warning)
      io.stdout(`${summaryTable(rows)}wrote ${out.files.length} files to ${values.out}\n`)
      return 0
    } catch (error) {
      await Promise.allSettled(sinks.map((sink) => sink.abort()))
      throw error
    }
  }
}

/**
 * Load (and render, writing each article's own files under `out`) every article in order,
 * checking that ids are unique, printing warnings when `io` is given, and handing each
 * article's pieces to `take`.
 *
 * @returns Whether some article has warnings.
 * @throws The first failure, in article order (`MatnError` with its `file:line:column`).
 */
async function forEachArticle(
  paths: readonly string[],
  job: ArticleJob,
  jobs: number,
  out: OutputDir | undefined,
  progress: Progress,
  io: CliIo | undefined,
  take: (pieces: ShippedPiece[]) => Promise<void>
): Promise<boolean> {
  const ids = new Map<string, string>()
  let warned = false
  let index = 0
  for await (const outcome of buildInOrder(paths, job, jobs, out)) {
    const path = paths[index] as string
    progress.update(index++, `building ${path}`)
    if (outcome.kind === 'failed') throw reviveError(outcome.error)
    if (outcome.kind === 'skipped') continue
    if (outcome.messages.length > 0) {
      warned = true
      if (io) {
        progress.done()
        io.stderr(outcome.messages)
      }
    }
    checkId(outcome.id, path, ids)
    await take(outcome.pieces)
  }
  progress.done()
  return warned
}

/** The formats named in `--format` (all available ones when absent), in registry order. */
function selectFormats(list: string | undefined): BuildFormat[] {
  if (list === undefined) return [...formats]
  const names = new Set(list.split(',').map((name) => name.trim()).filter(Boolean))
  if (names.size === 0) throw new UsageError('--format needs at least one format name')
  const available = formats.map((format) => format.name).join(', ')
  for (const name of names) {
    if (!formats.some((format) => format.name === name)) throw new UsageError(`Unknown format \`${name}\` (available: ${available})`)
  }
  return formats.filter((format) => names.has(format.name))
}

/** `--jobs N`: a whole number of threads ≥ 1 (default: `os.availableParallelism()`). */
function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism()
  if (!/^\d{1,4}$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`--jobs expects a whole number of threads ≥ 1, not \`${text}\``)
  return Number(text)
}

/** Check that an article id is unique (`buildArticle` checks that it is safe as a file name). */
function checkId(id: string, path: string, seen: Map<string, string>): void {
  const first = seen.get(id)
  if (first) throw fileError('E_INPUT', path, `article id \`${id}\` is already used by ${first}`, 'build')
  seen.set(id, path)
}
