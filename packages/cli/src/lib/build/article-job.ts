import { MatnError, type MatnErrorCode } from '@matn/core'
import { VFile } from 'vfile'
import { UsageError, formatMessages, readInput } from '../cli-io.js'
import { loadArticle } from '../load-article.js'
import { frontMatterId } from './article-id.js'
import { formats } from './formats.js'
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
      /** One piece per format of the job, in order. */
      pieces: unknown[]
    }
  | { kind: 'skipped' }
  | { kind: 'failed'; error: PlainError }

/**
 * Load one article (parse and align, through `loadArticle`) and render it in the job's
 * formats. Never throws: a failure is an outcome, reported by the build in article order.
 *
 * @param path Path of the article Markdown.
 * @param job Formats and shard.
 */
export async function buildArticle(path: string, job: Readonly<ArticleJob>): Promise<ArticleOutcome> {
  try {
    if (job.shard) {
      // Skip the other shards' articles without parsing them, when the id is easy to read.
      const id = frontMatterId(await readInput(path))
      if (id !== undefined && !inShard(id, job.shard)) return { kind: 'skipped' }
    }
    const { article, file } = await loadArticle(path)
    if (job.shard && !inShard(article.id, job.shard)) return { kind: 'skipped' }
    const pieces = job.formats.map((name) => {
      const format = formats.find((candidate) => candidate.name === name)
      if (!format) throw new UsageError(`Unknown format \`${name}\``)
      return format.render(article)
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
