/**
 * Word errors of automatic repair, grouped by cause (`pnpm quality:words [id] [--list CLASS]`).
 *
 * For each corpus entry (or the one named): ingest with the leave-one-out lexicon as
 * `pnpm quality` does, pair blocks (`alignBlocks`), then within each block group align the
 * letters of the curated and the ingest words (edit distance with a backtrace) and join
 * curated and ingest words that share aligned letters into units. A unit whose words differ
 * is one word error; a curated word missing in one place and present in another is an order
 * error and left out. Each error is put in one class (`classifyWordError`); the classes are
 * counted by units and by letters (edit distance), and `--list CLASS` prints the units of a
 * class.
 */
import { parseArticle, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { defaultGlyphChannel, draftArticle, loadPersianLexicon, repairLines, splitRawLines } from '../src/index.js'
import { entryIds, readCurated, readSource } from './corpus-entries.js'
import { alignBlocks, bodyBlocks, classifyWordError, wordErrorUnits, type WordErrorUnit } from './quality-measures.js'

function parse(markdown: string, path: string): Article {
  return parseArticle(new VFile({ path, value: markdown }))
}

function main(): void {
  const args = process.argv.slice(2)
  const listIndex = args.indexOf('--list')
  const listed = listIndex >= 0 ? args[listIndex + 1] : undefined
  const ids = args.filter((arg, index) => !arg.startsWith('--') && index !== listIndex + 1)
  for (const id of ids.length > 0 ? ids : entryIds()) {
    const curated = parse(readCurated(id), `${id}/article.md`)
    const rawLines = splitRawLines(readSource(id))
    const repaired = repairLines(rawLines, { lexicon: loadPersianLexicon({ exclude: [id] }) })
    const article = parse(draftArticle(rawLines, repaired.lines, { id, sourceFile: 'source.txt' }).markdown, `${id}/ingest.md`)
    const groups = alignBlocks(bodyBlocks(curated), bodyBlocks(article))
    const units: Array<WordErrorUnit & { cause: string; kind: string }> = []
    for (const group of groups) {
      for (const unit of wordErrorUnits(group)) units.push({ ...unit, kind: group.kind, cause: classifyWordError(unit, defaultGlyphChannel) })
    }
    const byCause = new Map<string, { units: number; letters: number }>()
    for (const unit of units) {
      const entry = byCause.get(unit.cause) ?? { units: 0, letters: 0 }
      entry.units++
      entry.letters += unit.letters
      byCause.set(unit.cause, entry)
    }
    console.log(`\n## ${id}: ${units.length} word errors, ${units.reduce((sum, unit) => sum + unit.letters, 0)} letters\n`)
    console.log('| cause | units | letters |')
    console.log('| --- | --- | --- |')
    for (const [cause, entry] of [...byCause].sort((a, b) => b[1].letters - a[1].letters)) console.log(`| ${cause} | ${entry.units} | ${entry.letters} |`)
    if (listed !== undefined) {
      console.log(`\n### ${listed}\n`)
      for (const unit of units.filter((candidate) => listed === 'all' || candidate.cause === listed)) {
        console.log(`${unit.kind}\t${unit.letters}\t${unit.cause}\t${unit.reference.join(' ')}\t←\t${unit.hypothesis.join(' ')}`)
      }
    }
  }
}

main()
