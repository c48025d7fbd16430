import { parseArgs } from 'node:util'
import { parseArticle, tagTextCitations, type Citation, type TaggedCitation } from '@matn/core'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { UsageError, printMessages, readInput, single, strictFailure, type Command } from '../cli-io.js'

/** `matn citations FILE [--format json|jsonl]`: tag the citations of a text or Markdown file. */
export const citationsCommand: Command = {
  name: 'citations',
  usage: 'citations FILE [--format json|jsonl] [--strict] tag the citations of a plain-text or Markdown file',
  async run(argv, io) {
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
    const place = location(file)
    const isArticle = /^\uFEFF?---\r?\n/.test(text)
    const citations: Array<TaggedCitation | Citation> = isArticle ? parseArticle(file).citations : tagTextCitations(text)
    // parseArticle warns of ibid.s that refer to no work; a plain text is warned here, alike.
    if (!isArticle) warnUnresolvedIbids(file, citations, place)
    const strict = values.strict ? strictFailure(file) : undefined
    if (strict) throw strict
    printMessages(file, io)
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
        ...(citation.original ? { original: citation.original } : {}),
        ...(citation.undated ? { undated: citation.undated } : {}),
        ...(citation.ibid ? { ibid: citation.ibid } : {}),
        ...(citation.titleAsAuthor ? { titleAsAuthor: citation.titleAsAuthor } : {}),
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
}

/** A warning (`matn:citation`) at each ibid. that refers to no work (`(ibid.)` with no single work before it). */
function warnUnresolvedIbids(file: VFile, citations: ReadonlyArray<TaggedCitation>, place: ReturnType<typeof location>): void {
  for (const citation of citations) {
    if (!citation.ibid || citation.key !== '') continue
    const message = file.message(
      `Ibid. \`${citation.raw}\` has no single work cited before it: it is kept, referring to no work`,
      { place: place.toPoint(citation.start), ruleId: 'citation', source: 'matn' }
    )
    message.fatal = false
  }
}

function isArticleCitation(citation: TaggedCitation | Citation): citation is Citation {
  return 'segment' in citation
}
