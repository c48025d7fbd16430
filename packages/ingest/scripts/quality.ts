/**
 * Quality report of automatic ingest against the curated corpus (`pnpm quality`).
 *
 * For each corpus entry: the character error rate of the ingest output against the curated
 * article (letters only, and letters with spacing), over the body text of both as
 * `parseArticle` reads it (docs/quality.md says how the texts are paired), after each repair
 * step of the pipeline; then what ingest finds (keywords, footnotes, headings, tables,
 * citations) against the curated entry; then each step's effect (lines and tokens changed).
 */
import { parseArticle, type Article } from '@matn/core'
import { distance } from 'fastest-levenshtein'
import { VFile } from 'vfile'
import { defaultPipeline } from '../src/index.js'
import { entryIds, ingestEntry, readCurated } from './corpus-entries.js'

const bodyKinds = new Set(['abstract', 'heading', 'sentence', 'footnote', 'cell'])

/** The body text of an article: its abstract, heading, sentence, footnote and cell segments in file order. */
export function bodyText(article: Article): string {
  return article.segments
    .filter((segment) => bodyKinds.has(segment.kind))
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
    .map((segment) => segment.text)
    .join('\n')
}

/** Letters only: Arabic-script and Latin letters (NFC), nothing else (no digits, marks, kashida, spaces, punctuation). */
export function lettersOnly(text: string): string {
  return text.normalize('NFC').replace(/[^\p{Script=Arabic}\p{Script=Latin}]|[^\p{L}]|\u0640/gu, '')
}

/** Letters with spacing: letters as above, every run of white space or ZWNJ kept as one space or ZWNJ. */
export function lettersWithSpacing(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{Script=Arabic}\p{Script=Latin}\s\u200C]|[^\p{L}\s\u200C]|\u0640/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?\u200C ?/g, '\u200C')
    .trim()
}

/** Character error rate: edit distance over the reference length. */
export function characterErrorRate(reference: string, hypothesis: string): number {
  return reference.length === 0 ? 0 : distance(reference, hypothesis) / reference.length
}

function parse(markdown: string, path: string): Article {
  return parseArticle(new VFile({ path, value: markdown }))
}

function countTables(article: Article): number {
  return new Set(article.segments.filter((segment) => segment.kind === 'cell').map((segment) => segment.id.replace(/-r\d+.*$/, ''))).size
}

function found(article: Article): Record<string, number> {
  return {
    keywords: (article.meta.keywords?.fa?.length ?? 0) + (article.meta.keywords?.en?.length ?? 0),
    footnotes: article.footnotes.length,
    headings: article.segments.filter((segment) => segment.kind === 'heading').length,
    tables: countTables(article),
    citations: article.citations.length
  }
}

const percent = (value: number): string => `${(100 * value).toFixed(2)}%`

function main(): void {
  for (const id of entryIds()) {
    const curated = parse(readCurated(id), `${id}/article.md`)
    const reference = bodyText(curated)
    const referenceLetters = lettersOnly(reference)
    const referenceSpaced = lettersWithSpacing(reference)
    console.log(`\n## ${id}\n`)
    console.log('| after step | CER letters only | CER with spacing |')
    console.log('| --- | --- | --- |')
    let final: Article | undefined
    let effects = ingestEntry(id).report.effects
    for (let upTo = 0; upTo <= defaultPipeline.length; upTo += 1) {
      const result = ingestEntry(id, { pipeline: defaultPipeline.slice(0, upTo) })
      const article = parse(result.markdown, `${id}/ingest.md`)
      const text = bodyText(article)
      const name = upTo === 0 ? '(raw, no repair)' : (defaultPipeline[upTo - 1]?.name as string)
      console.log(`| ${name} | ${percent(characterErrorRate(referenceLetters, lettersOnly(text)))} | ${percent(characterErrorRate(referenceSpaced, lettersWithSpacing(text)))} |`)
      if (upTo === defaultPipeline.length) {
        final = article
        effects = result.report.effects
      }
    }
    console.log(`\nreference body: ${referenceLetters.length} letters, ${referenceSpaced.length} characters with spacing\n`)
    console.log('| found | ingest | curated |')
    console.log('| --- | --- | --- |')
    const automatic = found(final as Article)
    const expected = found(curated)
    for (const key of Object.keys(expected)) console.log(`| ${key} | ${automatic[key]} | ${expected[key]} |`)
    console.log('\n| step | lines changed | tokens changed |')
    console.log('| --- | --- | --- |')
    for (const effect of effects) console.log(`| ${effect.step} | ${effect.lines} | ${effect.tokens} |`)
  }
}

main()
