import { parseArgs } from 'node:util'
import { textSegments, type Lang, type TextSegment } from '@matn/core'
import { UsageError, readInput, single, type Command } from '../cli-io.js'

/** Flush printed lines in chunks of about this many characters. */
const chunkSize = 1 << 16

/** `matn segment FILE.txt [--lang fa|en|auto] [--format jsonl]`: one segment per line. */
export const segmentCommand: Command = {
  name: 'segment',
  usage: 'segment FILE.txt [--lang fa|en|auto]         print the sentences of a text file as JSON lines',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string', default: 'jsonl' }, lang: { type: 'string', default: 'auto' } }
    })
    const path = single(positionals)
    if (values.format !== 'jsonl') throw new UsageError(`Unknown format \`${values.format}\` for segment (use jsonl)`)
    const lang = values.lang
    if (lang !== 'fa' && lang !== 'en' && lang !== 'auto') throw new UsageError(`Unknown language \`${lang}\` (use fa, en or auto)`)
    const text = await readInput(path)
    let chunk = ''
    for (const segment of textSegments(text, lang as Lang | 'auto')) {
      chunk += `${JSON.stringify(toRow(segment))}\n`
      if (chunk.length >= chunkSize) {
        io.stdout(chunk)
        chunk = ''
      }
    }
    if (chunk) io.stdout(chunk)
    return 0
  }
}

/** The printed form of a segment: id, place, text and its citations. */
function toRow(segment: TextSegment): Record<string, unknown> {
  return {
    id: segment.id,
    lang: segment.lang,
    text: segment.text,
    norm: segment.norm,
    start: segment.start,
    end: segment.end,
    line: segment.line,
    column: segment.column,
    citations: segment.citations.map((citation) => ({
      raw: citation.raw,
      key: citation.key,
      kind: citation.kind,
      authors: citation.authors,
      etAl: citation.etAl,
      year: citation.year,
      yearSuffix: citation.yearSuffix,
      calendar: citation.calendar,
      pages: citation.pages,
      mirrored: citation.mirrored,
      ...(citation.undated ? { undated: citation.undated } : {}),
      ...(citation.ibid ? { ibid: citation.ibid } : {}),
      start: citation.start,
      end: citation.end
    }))
  }
}
