import { MatnError, type MatnErrorCode } from '@matn/core'
import { VFile } from 'vfile'
import { UsageError, fileError, formatMessages, readInput, readInputSync } from '../cli-io.js'
import { loadArticle, type LoadOptions } from '../load-article.js'
import { frontMatterId } from './article-id.js'
import { formats, shipPiece, type ShippedPiece } from './formats.js'
import type { OutputDir } from './output-dir.js'
import { inShard, type Shard } from './shard.js'

/** What to do with each article of a build; plain data, handed to worker threads. */
export interface ArticleJob {
  /** Names of the formats to render, in order (none: only load the article, as `--strict` checks do). */
  formats: readonly string[]
  /** Keep only the articles of this shard. */
  shard?: Shard | undefined
}

/** A message of a failure, as plain data. */
interface PlainMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
}

/** An error carried across threads, rebuilt by {@link reviveError}. */
export type PlainError =
  | { kind: 'matn'; code: MatnErrorCode; path: string | undefined; messages: PlainMessage[] }
  | { kind: 'usage'; message: string }
  | { kind: 'internal'; message: string }

/** What became of one article: plain data (it crosses from a worker thread). */
export type ArticleOutcome =
  | {
      kind: 'built'
      id: string
      /** Its warnings, printed as `file:line:column: warning: …` lines. */
      messages: string
      /** One piece per format of the job, in order (the article's own files are written). */
      pieces: ShippedPiece[]
    }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: PlainError }

/** Article ids the build accepts: they name files. */
const safeId = /^[a-z0-9][a-z0-9-]*$/

/**
 * Load one article (parse and align, through `loadArticle`), render it in the job's formats
 * and write its own files under `out` (the corpus-level parts go back to the build). Never
 * throws: a failure is an outcome, reported by the build in article order.
 *
 * @param path Path of the article Markdown.
 * @param job Formats and shard.
 * @param out Where the article's files go (needed when the job has formats).
 * @param options How to read the article's files (blocking in worker threads).
 */
export async function buildArticle(path: string, job: Readonly<ArticleJob>, out: OutputDir | undefined, options: LoadOptions = {}): Promise<ArticleOutcome> {
  try {
    if (job.shard) {
      // Skip the other shards' articles without parsing them, when the id is easy to read.
      const id = frontMatterId(options.blocking ? readInputSync(path) : await readInput(path))
      if (id !== undefined && !inShard(id, job.shard)) return { kind: 'skipped' }
    }
    const { article, file } = await loadArticle(path, options)
    if (job.shard && !inShard(article.id, job.shard)) return { kind: 'skipped' }
    if (!safeId.test(article.id)) throw fileError('E_INPUT', path, `article id \`${article.id}\` is not safe as a file name ([a-z0-9-])`, 'build')
    const pieces = job.formats.map((name) => {
      const format = formats.find((candidate) => candidate.name === name)
      if (!format) throw new UsageError(`Unknown format \`${name}\``)
      if (!out) throw new Error('buildArticle needs an output directory to render formats')
      return shipPiece(format.render(article), out)
    })
    return { kind: 'built', id: article.id, messages: formatMessages(file), pieces }
  } catch (error) {
    return { kind: 'failed', error: plainError(error) }
  }
}

function plainError(error: unknown): PlainError {
  if (error instanceof MatnError) {
    return {
      kind: 'matn',
      code: error.code,
      path: error.file,
      messages: error.messages.map((message) => ({
        reason: message.reason,
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        source: message.source,
        fatal: message.fatal
      }))
    }
  }
  if (error instanceof UsageError) return { kind: 'usage', message: error.message }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) }
}

/**
 * The error a failed outcome stands for, as the article's loading threw it (a `MatnError`
 * prints the same `file:line:column` lines).
 *
 * @param error The error as plain data.
 */
export function reviveError(error: PlainError): Error {
  if (error.kind === 'usage') return new UsageError(error.message)
  if (error.kind === 'internal') return new Error(error.message)
  const file = new VFile(error.path === undefined ? {} : { path: error.path })
  const messages = error.messages.map((plain) => {
    const place = plain.line === undefined ? undefined : { line: plain.line, column: plain.column ?? 1 }
    const message = file.message(plain.reason, { place, ruleId: plain.ruleId, source: plain.source })
    message.fatal = plain.fatal
    return message
  })
  return new MatnError(error.code, file, messages)
}

/**
 * The buffers a built outcome's pieces hold, to move (transfer) rather than copy them to the
 * main thread.
 *
 * @param outcome An article's outcome.
 */
export function transferablesOf(outcome: ArticleOutcome): ArrayBuffer[] {
  if (outcome.kind !== 'built') return []
  return outcome.pieces.flatMap((piece) => piece.streams.map((bytes) => bytes.buffer as ArrayBuffer))
}
