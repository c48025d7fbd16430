/**
 * Lines whose repaired word order differs from the curated text (`pnpm quality:lines [id …]`).
 *
 * Each repaired Persian line of at least three words (the output of `repairLines` with the
 * leave-one-out lexicon, one line per source line) is set against the window of curated words
 * that shares most of its words (letters only, words split at white space and ZWNJ, the
 * curated body text in file order). Its errors are the letters-only edit distance to that
 * window; its word errors the distance of the same words sorted; order errors the rest. The
 * lines with order errors are printed, worst first, with the source line, the repaired line,
 * the curated window and whether run order reported the line as uncertain; then the totals.
 * A measuring aid: the window is a guess, so a line whose words are far from any curated
 * stretch (a table row, a broken heading) can be paired badly.
 */
import { parseArticle } from '@matn/core'
import { distance } from 'fastest-levenshtein'
import { VFile } from 'vfile'
import { loadPersianLexicon, repairLines, splitRawLines } from '../src/index.js'
import { entryIds, readCurated, readSource } from './corpus-entries.js'
import { bodyBlocks, lettersOnly, sharedLetters } from './quality-measures.js'

const words = (text: string): string[] => text.split(/[\s\u200C]+/).map(lettersOnly).filter((word) => word !== '')
const hasPersian = (text: string): boolean => /[\u0621-\u064A\u067E-\u06D3]/.test(text)

interface LineError {
  line: number
  errors: number
  order: number
  window: string[]
}

/** The curated window that best matches a line's words, and the line's errors against it. */
function compare(line: readonly string[], curated: readonly string[], positions: ReadonlyMap<string, number[]>): Omit<LineError, 'line'> | undefined {
  const starts = new Set<number>()
  line.forEach((word, index) => {
    for (const position of positions.get(word) ?? []) starts.add(position - index)
  })
  let best: { shared: number; start: number } | undefined
  for (const start of starts) {
    const shared = sharedLetters(curated.slice(Math.max(0, start), start + line.length), line)
    if (best === undefined || shared > best.shared) best = { shared, start }
  }
  if (best === undefined) return undefined
  const text = line.join('')
  const sorted = [...line].sort().join('')
  let result: Omit<LineError, 'line'> | undefined
  // The window may be one word longer or shorter at either end (a word split or joined differently).
  for (let from = best.start - 1; from <= best.start + 1; from += 1) {
    for (let length = line.length - 1; length <= line.length + 1; length += 1) {
      const window = curated.slice(Math.max(0, from), Math.max(0, from) + length)
      const errors = distance(window.join(''), text)
      const wordErrors = Math.min(errors, distance([...window].sort().join(''), sorted))
      if (result === undefined || errors < result.errors) result = { errors, order: errors - wordErrors, window }
    }
  }
  return result
}

function main(): void {
  const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : entryIds()
  for (const id of ids) {
    const curated = parseArticle(new VFile({ path: `${id}/article.md`, value: readCurated(id) }))
    const curatedWords = bodyBlocks(curated).flatMap((block) => block.words)
    const positions = new Map<string, number[]>()
    curatedWords.forEach((word, index) => positions.set(word, [...(positions.get(word) ?? []), index]))
    const raw = splitRawLines(readSource(id))
    const report = repairLines(raw, { lexicon: loadPersianLexicon({ exclude: [id] }) })
    const uncertain = new Set(report.unresolved.filter((token) => token.step === 'run-order').map((token) => token.line))
    const errors: LineError[] = []
    let compared = 0
    report.lines.forEach((text, index) => {
      const line = words(text)
      if (!hasPersian(text) || line.length < 3) return
      const result = compare(line, curatedWords, positions)
      if (result === undefined) return
      compared += 1
      if (result.errors > 0) errors.push({ line: index + 1, ...result })
    })
    const ordered = errors.filter((entry) => entry.order > 0).sort((a, b) => b.order - a.order)
    console.log(`\n## ${id}\n`)
    for (const entry of ordered) {
      console.log(`line ${entry.line}: order ${entry.order}, errors ${entry.errors}${uncertain.has(entry.line) ? ', reported uncertain' : ''}`)
      console.log(`  source:   ${raw[entry.line - 1] ?? ''}`)
      console.log(`  repaired: ${report.lines[entry.line - 1] ?? ''}`)
      console.log(`  curated:  ${entry.window.join(' ')}`)
    }
    const sum = (list: readonly LineError[], key: 'errors' | 'order'): number => list.reduce((total, entry) => total + entry[key], 0)
    console.log(`\n${id}: ${compared} lines compared, ${errors.length} wrong (${sum(errors, 'errors')} letters, ${sum(errors, 'order')} order); ${ordered.length} with order errors, ${ordered.filter((entry) => uncertain.has(entry.line)).length} of them reported uncertain`)
  }
}

main()
