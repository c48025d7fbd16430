/**
 * Run in a child process by the reliability tests: build one big input in memory, parse
 * it, and print what came out with the time taken and the peak resident memory, so the
 * parent measures this parse alone.
 *
 * Usage: node --conditions=matn-source --import tsx parse-big.ts <case> <size>
 */
import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { bigInput } from './big-inputs.js'

const [name = '', size = '0'] = process.argv.slice(2)
const source = bigInput(name, Number(size))
const file = new VFile({ path: `${name}.md`, value: source })
const started = performance.now()
const article = parseArticle(file)
const ms = performance.now() - started
const rules: Record<string, number> = {}
for (const message of file.messages) rules[message.ruleId ?? ''] = (rules[message.ruleId ?? ''] ?? 0) + 1
const body = article.segments.filter((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    sourceLength: source.length,
    segments: body.length,
    kinds: [...new Set(body.map((segment) => segment.kind))].sort(),
    longestSegment: body.reduce((longest, segment) => Math.max(longest, segment.text.length), 0),
    bodyCharacters: body.reduce((sum, segment) => sum + segment.text.replace(/\s/g, '').length, 0),
    citations: article.citations.length,
    maxAuthors: article.citations.reduce((most, citation) => Math.max(most, citation.authors.length), 0),
    keys: [...new Set(article.citations.map((citation) => citation.key))].slice(0, 5),
    footnotes: article.footnotes.length,
    attachedFootnotes: article.footnotes.filter((footnote) => footnote.segment !== null).length,
    rules
  })
)
