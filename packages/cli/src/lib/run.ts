import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { MatnError, formatMessage, parseArticle, tagTextCitations, type Citation, type TaggedCitation } from '@matn/core'
import { VFile } from 'vfile'
import { location } from 'vfile-location'

/** Where the CLI writes; tests pass buffers, `main` passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const usage = `Usage: matn <command> [options]

Commands:
  parse FILE.md... [--out DIR] [--strict]      print the Article as JSON (or write DIR/<id>.json)
  citations FILE [--format json|jsonl]          tag the citations of a plain-text or Markdown file

Options:
  --format   output format (default json)
  --strict   treat warnings as errors
  --help     show this help
`

/** An error the user caused, printed without a stack trace. */
class UsageError extends Error {}

/**
 * Run the CLI with arguments; returns the exit code (0 ok, 1 bad input, 2 bad usage).
 * Never throws for bad input.
 *
 * @param argv Arguments after `matn`.
 * @param io Output streams.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (!command || command === '--help' || command === '-h') {
      io.stdout(usage)
      return command ? 0 : 2
    }
    if (command === 'parse') return await parseCommand(rest, io)
    if (command === 'citations') return await citationsCommand(rest, io)
    throw new UsageError(`Unknown command \`${command}\``)
  } catch (error) {
    return report(error, io)
  }
}

/**
 * Entry of the `matn` binary.
 *
 * @param argv Arguments after `matn`.
 */
export async function main(argv: readonly string[]): Promise<number> {
  return run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  })
}

async function parseCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      strict: { type: 'boolean', default: false },
      out: { type: 'string', short: 'o' }
    }
  })
  if (values.format !== 'json') throw new UsageError(`Unknown format \`${values.format}\` for parse (use json)`)
  if (positionals.length === 0) throw new UsageError('Expected at least one FILE')
  if (positionals.length > 1 && values.out === undefined) {
    throw new UsageError('Several FILEs need --out DIR (one JSON file per article)')
  }
  let failed = false
  for (const path of positionals) {
    const file = new VFile({ path, value: await readInput(path) })
    const article = parseArticle(file)
    printMessages(file, io)
    if (values.strict && file.messages.length > 0) {
      failed = true
      continue
    }
    const json = `${JSON.stringify(article, null, 2)}\n`
    if (values.out === undefined) io.stdout(json)
    else {
      await mkdir(values.out, { recursive: true })
      const target = join(values.out, `${article.id}.json`)
      await writeFile(target, json)
      io.stderr(`${path}: wrote ${target} (${article.segments.length} segments, ${article.citations.length} citations, ${article.footnotes.length} footnotes)\n`)
    }
  }
  return failed ? 1 : 0
}

async function citationsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, strict: { type: 'boolean', default: false } }
  })
  const path = single(positionals)
  if (values.format !== 'json' && values.format !== 'jsonl') {
    throw new UsageError(`Unknown format \`${values.format}\` for citations (use json or jsonl)`)
  }
  const file = new VFile({ path, value: await readInput(path) })
  const text = String(file.value)
  const citations: Array<TaggedCitation | Citation> = /^\uFEFF?---\r?\n/.test(text)
    ? parseArticle(file).citations
    : tagTextCitations(text)
  printMessages(file, io)
  if (values.strict && file.messages.length > 0) return 1
  const place = location(file)
  const rows = citations.map((citation) => {
    const point = place.toPoint(citation.start)
    return {
      raw: citation.raw,
      authors: citation.authors,
      etAl: citation.etAl,
      year: citation.year,
      yearSuffix: citation.yearSuffix,
      calendar: citation.calendar,
      pages: citation.pages,
      kind: citation.kind,
      key: citation.key,
      mirrored: citation.mirrored,
      start: citation.start,
      end: citation.end,
      line: point?.line ?? null,
      column: point?.column ?? null,
      ...(isArticleCitation(citation) ? { id: citation.id, segment: citation.segment } : {})
    }
  })
  io.stdout(
    values.format === 'jsonl'
      ? rows.map((row) => `${JSON.stringify(row)}\n`).join('')
      : `${JSON.stringify(rows, null, 2)}\n`
  )
  return 0
}

function isArticleCitation(citation: TaggedCitation | Citation): citation is Citation {
  return 'segment' in citation
}

function single(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('Expected exactly one FILE')
  return positionals[0] as string
}

async function readInput(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new UsageError(`${path}:1:1: error: cannot read file (${code})`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`${path}:1:1: error: the file is not valid UTF-8`)
  }
}

function printMessages(file: VFile, io: CliIo): void {
  for (const message of file.messages) io.stderr(`${formatMessage(file, message)}\n`)
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof MatnError) {
    io.stderr(`${error.message}\n`)
    return 1
  }
  if (error instanceof UsageError) {
    io.stderr(`matn: ${error.message}\n`)
    return error.message.includes(': error: ') ? 1 : 2
  }
  if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`matn: ${error.message}\n\n${usage}`)
    return 2
  }
  const reason = error instanceof Error ? error.message : String(error)
  io.stderr(`matn: internal error: ${reason}\nPlease report this with the input that caused it.\n`)
  return 70
}
