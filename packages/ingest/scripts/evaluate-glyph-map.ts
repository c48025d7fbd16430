/**
 * Measure glyph-map decoding and ZWNJ restoration against the curated corpus, every figure
 * leave-one-article-out (the lexicon's counts exclude the article measured).
 *
 * 1. Glyph map, synthetic: curated Persian paragraphs of each article run through the forward
 *    damage channel (fixed seed), then decoded.
 * 2. Glyph map, real: tokens of the 001 source paired with the curated tokens they print
 *    (same letters once the channel is applied to the curated word and kashida ی are set
 *    aside), put in curated order (a perfect run-order restoration), then decoded.
 * 3. ZWNJ: curated paragraphs with every ZWNJ dropped (replaced by a space or by nothing),
 *    then restored; precision and recall of ZWNJ positions.
 *
 * Run: `npx tsx --conditions=matn-source packages/ingest/scripts/evaluate-glyph-map.ts`
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  applyGlyphDamage,
  createGlyphMapDecoder,
  decodeGlyphMap,
  loadPersianLexicon,
  prepareGlyphMapDecoder,
  restoreZwnj,
  seededRandom,
  type PersianLexicon,
  type RepairResult
} from '../src/index.js'

const seed = 20261122
const corpusRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'corpus')
const damagedArticle = 'rasooli-sani-1401'
const persianToken = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/g

interface Token {
  text: string
  start: number
  end: number
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(persianToken)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length
  }))
}

function persianParagraphs(id: string): string[] {
  const text = readFileSync(join(corpusRoot, id, 'article.md'), 'utf8')
  return text
    .slice(text.indexOf('<div lang="fa"'))
    .split('\n')
    .filter((line) => /[\u0600-\u06FF]/.test(line) && !/^[<|#]/.test(line))
}

/** Index pairs of a longest common subsequence of two token lists. */
function align(reference: readonly string[], other: readonly string[]): Array<[number, number]> {
  const rows = reference.length
  const columns = other.length
  const table: Uint32Array[] = Array.from({ length: rows + 1 }, () => new Uint32Array(columns + 1))
  for (let i = rows - 1; i >= 0; i--) {
    const row = table[i] as Uint32Array
    const below = table[i + 1] as Uint32Array
    for (let j = columns - 1; j >= 0; j--) {
      row[j] = reference[i] === other[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < rows && j < columns) {
    if (reference[i] === other[j]) {
      pairs.push([i, j])
      i++
      j++
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  return pairs
}

interface GlyphScore {
  tokens: number
  correctBefore: number
  correctAfter: number
  changes: number
  falseCorrections: number
  unresolved: number
}

function emptyScore(): GlyphScore {
  return { tokens: 0, correctBefore: 0, correctAfter: 0, changes: 0, falseCorrections: 0, unresolved: 0 }
}

/** Score one decoded line against its reference tokens. */
function scoreLine(score: GlyphScore, reference: readonly string[], printed: string, result: RepairResult): void {
  const printedTokens = tokensOf(printed)
  const correctBefore = align(reference, printedTokens.map((token) => token.text))
  const correctIndices = new Set(correctBefore.map(([, index]) => index))
  score.tokens += reference.length
  score.correctBefore += correctBefore.length
  score.correctAfter += align(reference, tokensOf(result.text).map((token) => token.text)).length
  score.unresolved += result.unresolved.length
  for (const change of result.changes) {
    score.changes++
    const start = change.column - 1
    const end = start + change.before.length
    const touched = printedTokens.flatMap((token, index) => (token.start < end && token.end > start ? [index] : []))
    if (touched.some((index) => correctIndices.has(index))) score.falseCorrections++
  }
}

function formatGlyph(label: string, score: GlyphScore): string {
  const percent = (value: number): string => `${((100 * value) / Math.max(score.tokens, 1)).toFixed(1)}%`
  return [
    `${label}`,
    `  tokens ${score.tokens}; correct before ${percent(score.correctBefore)}, after ${percent(score.correctAfter)}`,
    `  changes ${score.changes}; false corrections (a correct token changed) ${score.falseCorrections}; unresolved ${score.unresolved}`
  ].join('\n')
}

function evaluateSynthetic(id: string, wholeDocument: boolean): GlyphScore {
  const lexicon = loadPersianLexicon({ exclude: [id] })
  const random = seededRandom(seed)
  const score = emptyScore()
  const paragraphs = persianParagraphs(id)
  const damaged = paragraphs.map((paragraph) => applyGlyphDamage(paragraph, { random }))
  const decode = wholeDocument ? prepareGlyphMapDecoder(damaged, { lexicon }) : decodeGlyphMap
  paragraphs.forEach((paragraph, index) => {
    const reference = tokensOf(paragraph.replace(/\u200C/g, ' ')).map((token) => token.text)
    const printed = damaged[index] ?? ''
    scoreLine(score, reference, printed, decode(printed, { line: index + 1, lexicon }))
  })
  return score
}

/** A looser key for printed words: kashida ی set aside (and with them every ی). */
function looseKey(word: string): string {
  return word.replace(/ی/g, '')
}

interface PairedToken {
  printed: string
  /** Spaces after the token in the source line. */
  spacesAfter: number
  curatedIndex: number
  curated: string
}

function addPosition(map: Map<string, number[]>, key: string, position: number): void {
  const positions = map.get(key)
  if (positions === undefined) map.set(key, [position])
  else positions.push(position)
}

/**
 * Pair tokens of the damaged source with the curated tokens they print: a source token
 * matches a curated word whose printed form (the forward channel without kashida) is the
 * token, or is the token once ی are set aside. Each source line is placed where most of its
 * tokens find a match within a short window, and each token takes the nearest match there.
 */
function pairRealTokens(): { pairs: PairedToken[]; sourceTokens: number } {
  const curatedPieces = persianParagraphs(damagedArticle)
    .join('\n')
    .replace(/\u200C/g, ' ')
    .match(persianToken) ?? []
  const exact = new Map<string, number[]>()
  const loose = new Map<string, number[]>()
  curatedPieces.forEach((piece, index) => {
    const printed = applyGlyphDamage(piece, { kashidaRate: 0 }).trim()
    if (printed.includes(' ')) return // a glyph lost inside the word: not paired one to one
    addPosition(exact, printed, index)
    addPosition(loose, looseKey(printed), index)
  })
  const source = readFileSync(join(corpusRoot, damagedArticle, 'source.txt'), 'utf8')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
  const pairs: PairedToken[] = []
  let sourceTokens = 0
  for (const line of source.split('\n')) {
    const tokens = tokensOf(line)
    sourceTokens += tokens.length
    const candidates = tokens.map((token) => exact.get(token.text) ?? loose.get(looseKey(token.text)) ?? [])
    const window = 20
    let center = -1
    let support = 0
    for (const positions of candidates) {
      if (positions.length > 3) continue
      for (const position of positions) {
        const count = candidates.filter((other) => other.some((value) => Math.abs(value - position) <= window)).length
        if (count > support) {
          support = count
          center = position
        }
      }
    }
    if (support < Math.max(3, tokens.length / 2)) continue
    const used = new Set<number>()
    tokens.forEach((token, index) => {
      const near = (candidates[index] ?? []).filter((position) => Math.abs(position - center) <= window + 5 && !used.has(position))
      if (near.length === 0) return
      const position = near.reduce((best, value) => (Math.abs(value - center) < Math.abs(best - center) ? value : best))
      used.add(position)
      const spacesAfter = /^ */.exec(line.slice(token.end))?.[0].length ?? 0
      pairs.push({ printed: token.text, spacesAfter, curatedIndex: position, curated: curatedPieces[position] ?? '' })
    })
  }
  return { pairs, sourceTokens }
}

/**
 * Decode the paired real tokens in curated order, each run of consecutive curated positions
 * as one line; line by line, or as one document (`prepareGlyphMapDecoder`).
 */
function evaluateReal(lexicon: PersianLexicon, keepSpacing: boolean, wholeDocument: boolean): GlyphScore {
  const { pairs } = pairRealTokens()
  const ordered = [...pairs].sort((a, b) => a.curatedIndex - b.curatedIndex)
  const runs: PairedToken[][] = []
  for (const pair of ordered) {
    const run = runs[runs.length - 1]
    const previous = run?.[run.length - 1]
    if (run !== undefined && previous !== undefined && pair.curatedIndex === previous.curatedIndex + 1) run.push(pair)
    else runs.push([pair])
  }
  const lines = runs.map((run) =>
    run
      .map((pair, index) =>
        index === run.length - 1 ? pair.printed : pair.printed + ' '.repeat(keepSpacing ? Math.max(pair.spacesAfter, 1) : 1)
      )
      .join('')
  )
  const options = { spacingEvidence: keepSpacing }
  const decode = wholeDocument ? prepareGlyphMapDecoder(lines, { lexicon }, options) : createGlyphMapDecoder(options)
  const score = emptyScore()
  runs.forEach((run, index) => {
    const printed = lines[index] ?? ''
    scoreLine(score, run.map((pair) => pair.curated), printed, decode(printed, { line: index + 1, lexicon }))
  })
  return score
}

interface ZwnjScore {
  reference: number
  restored: number
  inserted: number
  wordsCorrectBefore: number
  wordsCorrectAfter: number
  words: number
}

/** The gap after each non-space character: '' (joined), ' ' or ZWNJ. */
function gaps(text: string): string[] {
  const result: string[] = []
  for (const character of text) {
    if (character === ' ' || character === '\u200C') {
      if (result.length > 0 && result[result.length - 1] !== '\u200C') result[result.length - 1] = character
    } else result.push('')
  }
  return result
}

function evaluateZwnj(id: string, lose: (random: () => number) => string): ZwnjScore {
  const lexicon = loadPersianLexicon({ exclude: [id] })
  const random = seededRandom(seed)
  const score: ZwnjScore = { reference: 0, restored: 0, inserted: 0, wordsCorrectBefore: 0, wordsCorrectAfter: 0, words: 0 }
  const words = (text: string): string[] => text.match(/[^\s]+/g) ?? []
  for (const [index, paragraph] of persianParagraphs(id).entries()) {
    const line = paragraph.replace(/\s+/g, ' ')
    const lost = line.replace(/\u200C/g, () => lose(random))
    const result = restoreZwnj(lost, { line: index + 1, lexicon })
    const expected = gaps(line)
    const actual = gaps(result.text)
    expected.forEach((gap, position) => {
      if (gap === '\u200C') score.reference++
      if (actual[position] === '\u200C') {
        score.inserted++
        if (gap === '\u200C') score.restored++
      }
    })
    const reference = words(line)
    score.words += reference.length
    score.wordsCorrectBefore += align(reference, words(lost)).length
    score.wordsCorrectAfter += align(reference, words(result.text)).length
  }
  return score
}

function formatZwnj(label: string, score: ZwnjScore): string {
  const percent = (value: number, total: number): string => `${((100 * value) / Math.max(total, 1)).toFixed(1)}%`
  return [
    label,
    `  ZWNJ in curated text ${score.reference}; inserted ${score.inserted}; precision ${percent(score.restored, score.inserted)}, recall ${percent(score.restored, score.reference)}`,
    `  words (white-space separated) ${score.words}; correct before ${percent(score.wordsCorrectBefore, score.words)}, after ${percent(score.wordsCorrectAfter, score.words)}`
  ].join('\n')
}

const started = performance.now()
console.log('Glyph map, synthetic damage (forward channel, kashida rate 0.05, seed %d):', seed)
for (const id of ['ghani-askarian-1400', damagedArticle]) {
  console.log(formatGlyph(`- ${id}, line by line (lexicon counts exclude ${id})`, evaluateSynthetic(id, false)))
  console.log(formatGlyph(`- ${id}, whole document`, evaluateSynthetic(id, true)))
}
const { pairs, sourceTokens } = pairRealTokens()
const leaveOut = loadPersianLexicon({ exclude: [damagedArticle] })
console.log(`\nGlyph map, real 001 tokens paired with curated text: ${pairs.length} of ${sourceTokens} source tokens paired`)
console.log(formatGlyph(`- line by line, spacing of the source kept (lexicon counts exclude ${damagedArticle})`, evaluateReal(leaveOut, true, false)))
console.log(formatGlyph('- line by line, spacing normalized to one space, spacing evidence off', evaluateReal(leaveOut, false, false)))
console.log(formatGlyph('- whole document, spacing of the source kept', evaluateReal(leaveOut, true, true)))
console.log(formatGlyph('- whole document, spacing normalized, spacing evidence off', evaluateReal(leaveOut, false, true)))
console.log('\nZWNJ restoration (every ZWNJ of the curated text dropped):')
for (const id of ['ghani-askarian-1400', damagedArticle]) {
  console.log(formatZwnj(`- ${id}, each ZWNJ a space or nothing at random`, evaluateZwnj(id, (random) => (random() < 0.5 ? ' ' : ''))))
  console.log(formatZwnj(`- ${id}, each ZWNJ a space`, evaluateZwnj(id, () => ' ')))
  console.log(formatZwnj(`- ${id}, each ZWNJ nothing`, evaluateZwnj(id, () => '')))
}
console.log('\nClean curated text (no damage), line by line; changes are all unwanted:')
for (const id of ['ghani-askarian-1400', damagedArticle]) {
  const lexicon = loadPersianLexicon({ exclude: [id] })
  const paragraphs = persianParagraphs(id)
  const tokens = paragraphs.reduce((sum, paragraph) => sum + tokensOf(paragraph).length, 0)
  const glyph = paragraphs.reduce((sum, paragraph, index) => sum + decodeGlyphMap(paragraph, { line: index + 1, lexicon }).changes.length, 0)
  const zwnj = paragraphs.reduce((sum, paragraph, index) => sum + restoreZwnj(paragraph, { line: index + 1, lexicon }).changes.length, 0)
  const detected = prepareGlyphMapDecoder(paragraphs, { lexicon }).detection
  console.log(`- ${id}: ${tokens} tokens; glyph-map changes ${glyph}; ZWNJ changes ${zwnj}; detector: damaged ${detected.damaged}, rate ${(100 * detected.rate).toFixed(2)}%`)
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`)
