import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { MatnError } from '@matn/core'
import { UsageError, printMessages, strictFailure, type Command } from '../cli-io.js'
import { loadArticle } from '../load-article.js'

/** `matn parse FILE.md... [--out DIR] [--strict]`: print or write the Article JSON. */
export const parseCommand: Command = {
  name: 'parse',
  usage: 'parse FILE.md... [--out DIR] [--strict]      print the Article as JSON (or write DIR/<id>.json)',
  async run(argv, io) {
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
    // Like a compiler: a file that fails is reported and the others are still parsed.
    for (const path of positionals) {
      try {
        const { article, file, alignmentFile } = await loadArticle(path)
        const strict = values.strict ? (strictFailure(file) ?? (alignmentFile ? strictFailure(alignmentFile) : undefined)) : undefined
        if (strict) throw strict
        printMessages(file, io)
        if (alignmentFile) printMessages(alignmentFile, io)
        const json = `${JSON.stringify(article, null, 2)}\n`
        if (values.out === undefined) io.stdout(json)
        else {
          await mkdir(values.out, { recursive: true })
          const target = join(values.out, `${article.id}.json`)
          await writeFile(target, json)
          io.stderr(
            `${path}: wrote ${target} (${article.segments.length} segments, ${article.citations.length} citations, ${article.footnotes.length} footnotes, ${article.alignments.length} alignments)\n`
          )
        }
      } catch (error) {
        if (!(error instanceof MatnError)) throw error
        io.stderr(`${error.message}\n`)
        failed = true
      }
    }
    return failed ? 1 : 0
  }
}
