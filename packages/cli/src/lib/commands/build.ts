import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { Article } from '@matn/core'
import { UsageError, fileError, printMessages, type Command } from '../cli-io.js'
import { findArticles } from '../build/find-articles.js'
import { formats, type BuildFormat, type FormatCounts } from '../build/formats.js'
import { OutputDir } from '../build/output-dir.js'
import { progressBar } from '../build/progress.js'
import { summaryTable } from '../build/summary.js'
import { loadArticle, type LoadedArticle } from '../load-article.js'

const safeId = /^[a-z0-9][a-z0-9-]*$/

/**
 * `matn build [CORPUS_DIR] -o OUT [--format LIST] [--strict]`: parse every `CORPUS_DIR/*\/article.md`
 * and write each export format under OUT, then print a summary table.
 */
export const buildCommand: Command = {
  name: 'build',
  usage: `build [CORPUS_DIR] -o OUT [--format LIST]    write export formats of CORPUS_DIR/*/article.md (default: corpus, all of ${formats.map((format) => format.name).join(',')})`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        strict: { type: 'boolean', default: false }
      }
    })
    if (positionals.length > 1) throw new UsageError('Expected at most one CORPUS_DIR')
    if (values.out === undefined) throw new UsageError('build needs an output folder: -o OUT')
    const selected = selectFormats(values.format)
    const paths = await findArticles(positionals[0] ?? 'corpus')
    const progress = progressBar(io, paths.length + selected.length)
    const loaded: LoadedArticle[] = []
    for (const [index, path] of paths.entries()) {
      progress.update(index, `reading ${path}`)
      loaded.push(await loadArticle(path))
    }
    progress.done()
    for (const { file } of loaded) printMessages(file, io)
    if (values.strict && loaded.some(({ file }) => file.messages.length > 0)) return 1
    const articles = checkIds(loaded)
    const out = await OutputDir.open(values.out, paths.map((path) => dirname(path)))
    const rows: Array<{ format: string; counts: FormatCounts }> = []
    const warnings: string[] = []
    for (const [index, format] of selected.entries()) {
      progress.update(paths.length + index, `writing ${format.name}`)
      const result = await format.write(articles, out)
      rows.push({ format: format.name, counts: result.counts })
      warnings.push(...result.warnings.map((warning) => `${format.name}: warning: ${warning}\n`))
    }
    progress.done()
    for (const warning of warnings) io.stderr(warning)
    io.stdout(`${summaryTable(rows)}wrote ${out.files.length} files to ${values.out}\n`)
    return 0
  }
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

/** The articles, after checking that their ids are unique and safe as file names. */
function checkIds(loaded: readonly LoadedArticle[]): Article[] {
  const seen = new Map<string, string>()
  for (const { article, file } of loaded) {
    if (!safeId.test(article.id)) {
      throw fileError('E_INPUT', String(file.path), `article id \`${article.id}\` is not safe as a file name ([a-z0-9-])`, 'build')
    }
    const first = seen.get(article.id)
    if (first) throw fileError('E_INPUT', String(file.path), `article id \`${article.id}\` is already used by ${first}`, 'build')
    seen.set(article.id, file.path)
  }
  return loaded.map(({ article }) => article)
}
