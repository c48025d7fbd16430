/**
 * Quality report of automatic ingest against the curated corpus (`pnpm quality`).
 *
 * For each corpus entry: the character error rate of the ingest output against the curated
 * article (letters only, and letters with spacing), over the body text of both as
 * `parseArticle` reads it (docs/quality.md says how the texts are paired), after each repair
 * step of the pipeline (the lexicon leaves out the entry's own counts), whole and block-aligned;
 * the final error broken down by block kind (words vs order); then what ingest finds (keywords,
 * footnotes, paragraphs, headings and those a level down, tables, citations, page breaks and
 * how many of them are placed right, footnotes labelled with the curated page and number)
 * against the curated entry; then each step's effect
 * (lines and tokens changed).
 */
import { parseArticle, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { defaultPipeline, draftArticle, loadPersianLexicon, repairLines, splitRawLines } from '../src/index.js'
import { entryIds, readCurated, readSource } from './corpus-entries.js'
import { alignBlocks, bodyBlocks, bodyText, characterErrorRate, countPageBreaks, lettersOnly, lettersWithSpacing, type BlockGroup } from './quality-measures.js'

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
    // Body paragraphs (a paragraph's sentences share its id without the `-sN` suffix).
    paragraphs: new Set(article.segments.filter((segment) => segment.kind === 'sentence').map((segment) => segment.id.replace(/-s\d+$/, ''))).size,
    headings: article.segments.filter((segment) => segment.kind === 'heading').length,
    // A heading inside a section (`###` under `##`): its level.
    'headings a level down': article.segments.filter((segment) => segment.kind === 'heading' && segment.section.length > 0).length,
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
    console.log('| after step | CER letters only | CER with spacing | block-aligned CER letters only |')
    console.log('| --- | --- | --- | --- |')
    const referenceBlocks = bodyBlocks(curated)
    const lexicon = loadPersianLexicon({ exclude: [id] })
    const rawLines = splitRawLines(readSource(id))
    const repaired = repairLines(rawLines, { lexicon, history: true })
    const snapshots: Array<[string, string[]]> = [['(raw, no repair)', rawLines], ...defaultPipeline.map((entry, index): [string, string[]] => [entry.name, repaired.history?.[index] ?? []])]
    let final: Article | undefined
    let groups: BlockGroup[] = []
    for (const [name, lines] of snapshots) {
      const article = parse(draftArticle(rawLines, lines, { id, sourceFile: 'source.txt' }).markdown, `${id}/ingest.md`)
      const text = bodyText(article)
      groups = alignBlocks(referenceBlocks, bodyBlocks(article))
      const blockErrors = groups.reduce((sum, group) => sum + group.errors, 0)
      console.log(`| ${name} | ${percent(characterErrorRate(referenceLetters, lettersOnly(text)))} | ${percent(characterErrorRate(referenceSpaced, lettersWithSpacing(text)))} | ${percent(blockErrors / referenceLetters.length)} |`)
      final = article
    }
    console.log('\nblock-aligned errors after the last step, by block kind (word errors: within the same words sorted; order: the rest)\n')
    console.log('| block kind | reference letters | errors | % of all letters | % of the kind | word errors | order errors |')
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    // A group's errors are shared among its reference blocks by their letters (a heading merged
    // into the paragraph after it is charged in proportion); a group with no reference block is `extra`.
    const kinds = new Map<string, { letters: number; errors: number; words: number }>()
    for (const group of groups) {
      const shares = group.reference.length === 0 ? [{ kind: 'extra', letters: 0, share: 1 }] : group.reference.map((block) => {
        const letters = block.words.join('').length
        return { kind: block.kind as string, letters, share: group.letters === 0 ? 1 / group.reference.length : letters / group.letters }
      })
      for (const { kind, letters, share } of shares) {
        const entry = kinds.get(kind) ?? { letters: 0, errors: 0, words: 0 }
        entry.letters += letters
        entry.errors += group.errors * share
        entry.words += group.wordErrors * share
        kinds.set(kind, entry)
      }
    }
    for (const [kind, entry] of kinds) {
      console.log(`| ${kind} | ${entry.letters} | ${Math.round(entry.errors)} | ${percent(entry.errors / referenceLetters.length)} | ${entry.letters > 0 ? percent(entry.errors / entry.letters) : '-'} | ${Math.round(entry.words)} | ${Math.round(entry.errors - entry.words)} |`)
    }
    const effects = repaired.effects
    console.log(`\nreference body: ${referenceLetters.length} letters, ${referenceSpaced.length} characters with spacing\n`)
    console.log('| found | ingest | curated |')
    console.log('| --- | --- | --- |')
    const automatic = found(final as Article)
    const expected = found(curated)
    for (const key of Object.keys(expected)) console.log(`| ${key} | ${automatic[key]} | ${expected[key]} |`)
    const pageBreaks = countPageBreaks(curated, final as Article, groups)
    const curatedBreaks = countPageBreaks(curated, curated, alignBlocks(referenceBlocks, referenceBlocks)).found
    console.log(`| page breaks | ${pageBreaks.found} | ${curatedBreaks} |`)
    console.log(`| page breaks with the right number in the right block | ${pageBreaks.placed} | ${curatedBreaks} |`)
    // A footnote label names its page (`<page>-<n>`): the ones the curated file has too.
    const curatedLabels = new Set(curated.footnotes.map((footnote) => footnote.label))
    console.log(`| footnotes labelled as in the curated file (page and number) | ${(final as Article).footnotes.filter((footnote) => curatedLabels.has(footnote.label)).length} | ${curated.footnotes.length} |`)
    console.log('\n| step | lines changed | tokens changed |')
    console.log('| --- | --- | --- |')
    for (const effect of effects) console.log(`| ${effect.step} | ${effect.lines} | ${effect.tokens} |`)
  }
}

main()
