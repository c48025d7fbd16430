import { stat, writeFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ingest } from '@matn/ingest'
import { UsageError, readInput, single, type Command } from '../cli-io.js'

/** `matn ingest RAW.txt [-o article.md] [--id ID]`: draft an article from a raw PDF-text extraction. */
export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'ingest RAW.txt [-o ARTICLE.md] [--id ID]     repair a raw PDF-text extraction into an article draft',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, id: { type: 'string' } }
    })
    const path = single(positionals)
    if (values.out !== undefined) await refuseOverwritingInput(path, values.out)
    const id = values.id ?? defaultId(path, values.out)
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(`Invalid --id \`${id}\` (use lower-case letters, digits and hyphens)`)
    const result = ingest(await readInput(path), { id, sourceFile: basename(path) })
    for (const token of result.report.unresolved) {
      io.stderr(`${path}:${token.line}:${token.column}: warning: ${token.reason} (\`${token.token}\`, ${token.step})\n`)
    }
    const { counts, effects, unresolved } = result.report
    const summary = [
      `${path}: ${counts.lines} lines; ${effects.map((effect) => `${effect.step} ${effect.lines} lines/${effect.tokens} tokens`).join(', ')}`,
      `${path}: ${counted(counts.authors, 'author')}, ${counts.keywordsFa} + ${counts.keywordsEn} keywords, ${counted(counts.headings, 'heading')}, ${counted(counts.paragraphs, 'paragraph')}, ${counted(counts.footnotes, 'footnote')}, ${counted(counts.tables, 'table')}, ${counted(counts.figures, 'figure')}, ${counted(counts.pageBreaks, 'page break')}; ${unresolved.length} unresolved`
    ]
    if (values.out === undefined) io.stdout(result.markdown)
    else {
      await writeFile(values.out, result.markdown)
      summary.push(`${path}: wrote ${values.out}`)
    }
    io.stderr(`${summary.join('\n')}\n`)
    return 0
  }
}

/** `count` and `noun`, in the plural unless the count is one (`1 author`, `2 authors`). */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Refuse an output that is the input file itself (same path, a link to it, or a hard link). */
async function refuseOverwritingInput(input: string, out: string): Promise<void> {
  const [source, target] = await Promise.all([stat(input).catch(() => undefined), stat(out).catch(() => undefined)])
  if (source && target && source.dev === target.dev && source.ino === target.ino) {
    throw new UsageError(`${out}: error: refusing to write: it is the input file ${input}`)
  }
}

/** An id from the output's folder (`corpus/<id>/article.md`) or else the input's file name. */
function defaultId(path: string, out: string | undefined): string {
  const name = out !== undefined && basename(out) === 'article.md' ? basename(dirname(resolve(out))) : basename(path).replace(/\.[^.]*$/, '')
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'untitled'
}
