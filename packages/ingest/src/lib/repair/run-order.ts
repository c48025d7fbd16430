import { splitAtoms, type Atom } from './atoms.js'
import { reattachDetachedLetters, type DetachedLetterMove, type DetachedLettersResult } from './detached-letters.js'
import { compoundSecondParts } from './compound-parts.js'
import { DocumentCounts, startsSentence } from './document-counts.js'
import { longestKnownWord } from './lexicon.js'
import { memoizeLexicon } from './lexicon-memo.js'
import { memoizeByIdPair, memoizeByKey, memoizeByPair } from './memo.js'
import { IdPairTable, PairMap } from './pair-map.js'
import { ScratchFloat64Array, ScratchInt32Array, ScratchPool, type ScratchLease } from './scratch-arrays.js'
import { cannotEndClause, impossibleSequence, isImpossibleSequence } from './word-sequence.js'
import { documentCompounds } from './zwnj-document.js'
import { paragraphLastLines } from './paragraph-ends.js'
import type { PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './types.js'

/**
 * Run-order restoration for lines a PDF extractor wrote in visual order.
 *
 * A right-to-left line is printed as runs (stretches of text the PDF draws in one go,
 * usually broken where a ZWNJ, a change of font or a justification gap falls). Each run keeps
 * its reading order inside, but the extractor writes the runs left to right, so a Persian
 * line comes out with its runs reversed, separated by one space, several or none.
 * For each line we choose the partition of its atoms into runs whose reversal reads best,
 * the one-run partition being the line as printed: so lines already in reading order stay
 * as they are. “Reads best” is a score: pairs of words seen together elsewhere in the
 * document (or in the lexicon), pieces that join into a known word (`آنارشی|ک`), bound
 * morphemes (`ها`, `ترین`, `می`) next to the word they belong to, no line starting with a
 * suffix or a full stop, the first word following on from the previous line, compounds the
 * document prints as one read whole, the last line of a paragraph ending on its full stop, and
 * the line after a sentence end starting with a word that starts sentences.
 */

/** Options of {@link restoreRunOrder}. */
export interface RunOrderOptions {
  /** Persian lexicon: its words and pairs add to the document's own counts. */
  lexicon?: PersianLexicon
  /**
   * The document's font lost some final letters (ش ع ۀ ژ printed as a space, as the
   * glyph-map step's detector reports): a word that is nearly always followed by a wide gap
   * and that one of those letters completes into a known word is then taken to end in a
   * lost letter, and the first space of the gap after it is not a run boundary.
   */
  lostFinalLetters?: boolean
}

/** The repaired line and the evidence for it. */
export interface RunOrderLine extends RepairResult {
  /** Number of runs the line was cut into (1 when it was left in printed order). */
  runs: number
  /** Score of the chosen order minus the score of the printed order (0 when unchanged). */
  margin: number
}

interface Unit {
  kind: Atom['kind']
  text: string
  start: number
  end: number
  gap: number
  glued: boolean
  /** The unit is the second half of a word split here because the whole is unknown. */
  split: boolean
  /** The unit touches a neighbour on either side with no space (a footnote digit does). */
  touching?: boolean
  /** The word lost its final letter to a space (kept as a second space for glyph-map decoding). */
  lostLetter?: boolean
}

interface Costs {
  multiSpace: number
  singleSpace: number
  /** Cost of a cut next to a bracket or quotation mark. */
  bracket: number
  /** Cost of a cut next to a full stop or other sentence mark that is not glued to the word before it. */
  looseMark: number
  /** Cost of a cut next to a left-to-right run (a number, a Latin citation). */
  ltr: number
  /** Cost of a cut inside a glued word that is unknown as a whole but splits into two known words. */
  split: number
  /** Cost of reading a run word by word backwards (undefined: runs are only read as printed). */
  reversedRun?: number

  /** Cost of cutting a full stop from a word that seldom ends sentences (visual-order documents). */
  detachedStop: number
  /** Cost of a cut before a suffix or after a verbal prefix printed apart, where a ZWNJ broke the run (undefined: no such rule). */
  zwnjBoundary?: number
  /** Weight of the evidence of three words in a row the document prints elsewhere ({@link Scorer.tripleScore}; undefined: none). */
  trigram?: number
}

const sentencePunctuation = new Set(['.', '،', '؛', ':', '؟', '!', '?', ';', ','])
const opening = new Set(['(', '«', '[', '“'])
const closing = new Set([')', '»', ']', '”'])
/**
 * The plural `ها` with a clitic after it (the copula `ست`, a possessive pronoun) and the
 * comparative with the indefinite `ی`: written after a ZWNJ like `ها` and `تر`, so printed apart
 * and bound to the word before them alike (`آن‌هاست`, `کشورهایشان`, `دقیق‌تری`).
 */
const suffixesWithClitic = ['هاست', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'تری']
const suffixes = new Set(['ها', 'های', 'هایی', 'ای', 'ی', 'ترین', 'تر', 'اند', 'ام', 'ات', 'اش', 'ایم', 'اید', 'شان', 'تان', 'مان', ...suffixesWithClitic])
const prefixes = new Set(['می', 'نمی'])
/** Suffixes Persian writes after a ZWNJ (where the extraction breaks a run). */
const zwnjSuffixes = new Set(['ها', 'های', 'هایی', 'ترین', 'تر', 'ای', 'اند', 'ایم', 'اید', ...suffixesWithClitic])
const maxUnits = 90
/** Evidence that a suffix belongs to the word before it when the lexicon does not know the two together. */
const unknownHostSuffix = 1
const lostLetters = ['ش', 'ع', 'ۀ', 'ه', 'ژ']

/**
 * Restore the reading order of every line of a document.
 *
 * @param lines The document's lines (after letter-form and kashida repair).
 * @param options Lexicon.
 * @returns One result per line, in order.
 */
export function restoreRunOrder(lines: readonly string[], options?: Readonly<RunOrderOptions> | null): RunOrderLine[] {
  return orderDocument(lines, options).lines
}

/** The repaired lines of a document and whether it was found to be in reading order (not in visual order). */
interface OrderedDocument {
  lines: RunOrderLine[]
  readingOrder: boolean
}

function orderDocument(lines: readonly string[], options?: Readonly<RunOrderOptions> | null): OrderedDocument {
  // One memo of lexicon answers for every counting pass over the document.
  const lexicon = options?.lexicon === undefined ? undefined : memoizeLexicon(options.lexicon)
  const counts = new DocumentCounts(lines, lexicon)
  const lost = options?.lostFinalLetters === true
  // Of the first pass, only a line a document in reading order takes over (an overwhelming margin) reports its uncertain spans.
  // The pass stops once enough lines read clearly better reversed for the document to be in
  // visual order: its lines are then ordered again, and the first pass is read no further.
  const persian = lines.filter((line) => hasPersian(line)).length
  let reversed = 0
  const inVisualOrder = (): boolean => persian > 0 && reversed / persian >= visualDocumentShare
  const firstPass = orderLines(lines, counts, printedOrderCosts, lost, { spansFrom: overwhelmingMargin, shares: false }, undefined, lines, (result, index) => {
    if (result.runs > 1 && result.margin > 1 && hasPersian(lines[index] as string)) reversed += 1
    return inVisualOrder()
  })
  if (!inVisualOrder()) return { lines: firstPass.map((result, index) => inReadingOrderDocument(result, lines[index] as string, index + 1)), readingOrder: true }
  // Many lines read better reversed even against a prior for printed order: the document is
  // in visual order, so a wide gap is a run boundary by default. The counts are then taken
  // again over the reordered lines only (the printed ones hold the pairs of reversed runs in
  // the wrong order), and the lines ordered again, a few times.
  // Letters drawn apart from the end of a run's last word are moved back first, so that
  // the counts and the orderings see whole words.
  const attached = lines.map((line) => (hasPersian(line) ? reattachDetachedLetters(line, counts) : undefined))
  const visualLines = attached.map((result, index) => result?.text ?? (lines[index] as string))
  // The first visual pass keeps the counts of the printed lines (they are taken off as such);
  // the recounts see the words made whole.
  // Only the last pass reports uncertain spans; every pass but the last gives the next its backward shares.
  const lastPass: PassReports = { spansFrom: -Infinity, shares: false }
  const earlierPass: PassReports = { spansFrom: Infinity, shares: true }
  let pass = orderLines(visualLines, counts, visualOrderCosts, lost, recountRounds > 0 ? earlierPass : lastPass, undefined, lines)
  for (let round = 0; round < recountRounds; round += 1) {
    const ordered = pass.map((result) => result.text)
    const recounted = new DocumentCounts(ordered, lexicon)
    tripleSources.set(recounted, tripleSource(pass))
    if (lexicon !== undefined) recountedCompounds.set(recounted, compoundsByFirstWord(documentCompounds(ordered, lexicon)))
    pass = orderLines(visualLines, recounted, visualOrderCosts, lost, round === recountRounds - 1 ? lastPass : earlierPass, pass)
  }
  return { lines: pass.map(({ backwardShare, spacedBackwardShare, contextual, runTexts, ...line }, index) => withDetachedLetters(line, lines[index] as string, index + 1, attached[index])), readingOrder: false }
}

/**
 * A line's run-order result told against the line as printed, where letters were moved back
 * before ordering: the change starts from the printed line and names the moves, columns of
 * uncertain spans are those of the printed line, and pieces left alone as ambiguous are reported.
 */
function withDetachedLetters(result: RunOrderLine, printed: string, lineNumber: number, attached: DetachedLettersResult | undefined): RunOrderLine {
  if (attached === undefined || (attached.moves.length === 0 && attached.ambiguous.length === 0)) return result
  const moved = attached.moves.map((move) => `${move.letters} moved from the front of ${move.printed} to the end of ${move.host}`).join('; ')
  const ordered = result.changes[0]
  const changes: RepairChange[] =
    attached.moves.length === 0
      ? result.changes
      : [ordered === undefined ? { step: 'run-order', line: lineNumber, column: (attached.moves[0] as DetachedLetterMove).from + 1, before: printed, after: result.text, note: `letters drawn apart: ${moved}` } : { ...ordered, before: printed, note: `letters drawn apart: ${moved}; ${ordered.note ?? ''}` }]
  const unresolved = result.unresolved.map((token) => ({ ...token, column: (attached.origins[token.column - 1] ?? token.column - 1) + 1 }))
  for (const token of attached.ambiguous) {
    unresolved.push({ step: 'run-order', line: lineNumber, column: token.from + 1, token: token.token, reason: 'a piece of one letter and a piece of two would each end the last word of its run: left as printed' })
  }
  return { ...result, changes, unresolved }
}

/**
 * A line of a document found to be in reading order (too few lines read clearly better
 * reversed): it stays exactly as printed unless the evidence for another order is
 * overwhelming ({@link overwhelmingMargin}), and never where that order breaks a bracket or
 * quotation pair printed in reading order ({@link readingOrderPairs}). Some extractors give
 * Persian in reading order; there a reordering the pairs only mildly prefer is far more often
 * wrong than right (the document's own lines taught the pairs, and a line's near ties are
 * chance). A line kept as printed although another order scores at least
 * {@link uncertainMargin} higher is reported as uncertain; closer rivals of the printed order
 * are not reported, as the printed order is the document's.
 */
function inReadingOrderDocument(result: OrderedLine, printed: string, lineNumber: number): RunOrderLine {
  const { backwardShare, spacedBackwardShare, contextual, runTexts, ...line } = result
  if (line.margin >= overwhelmingMargin && keepsReadingOrderPairs(printed, line.text)) return line
  const unresolved: UnresolvedToken[] =
    line.margin >= uncertainMargin
      ? [{ step: 'run-order', line: lineNumber, column: 1, token: printed.trim(), reason: `uncertain word order: kept as printed in a document in reading order, though another reading scores ${line.margin.toFixed(2)} higher` }]
      : []
  return { text: printed, changes: [], unresolved, runs: 1, margin: 0 }
}

/**
 * How much better than the printed order a reading must score to replace it in a document in
 * reading order: lines read in reading order by their extractor score at most about 2.6 better
 * reversed (both curated articles, each with the other's counts only), while a line printed in
 * visual order usually scores far more (most lines of a visual-order article 4 or more).
 */
const overwhelmingMargin = 4

/**
 * The bracket and quotation pairs a line prints in reading order: an opening mark glued to the
 * text after it and, later on the line with no mark of its kind between, its closing mark glued
 * to the text before it (`«ائتلاف»`, `(Lister, 2019: 1)`, `(1379)`). Each is returned with what
 * it encloses. A visual-order extractor draws such a pair mirrored (`»…«`, `)…(`), so in a
 * document in reading order the pair is a span of text in reading order.
 */
export function readingOrderPairs(line: string): string[] {
  const pairs: string[] = []
  for (const [open, close] of bracketKinds) {
    const marks = escapeRegExp(open + close)
    const pattern = new RegExp(`${escapeRegExp(open)}(?=[^\\s${marks}])[^${marks}]*?[^\\s${marks}]${escapeRegExp(close)}`, 'gu')
    for (const match of line.matchAll(pattern)) pairs.push(match[0])
  }
  return pairs
}

/** The text with the brackets that regular expressions treat as syntax escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[()[\]]/g, '\\$&')
}

const bracketKinds: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»']
]

/** Whether a reordered line keeps every pair the printed line holds in reading order, whole and with what it encloses. */
export function keepsReadingOrderPairs(printed: string, reordered: string): boolean {
  let rest = reordered
  for (const pair of readingOrderPairs(printed)) {
    const at = rest.indexOf(pair)
    if (at < 0) return false
    rest = rest.slice(0, at) + rest.slice(at + pair.length)
  }
  return true
}

/**
 * Where a visual-order pass reads triples ({@link Scorer.tripleScore}): the counts of the runs
 * the pass before read, each run a line of its own, and each line's runs.
 */
interface TripleSource {
  counts: DocumentCounts
  runs: ReadonlyArray<readonly string[]>
}

/** For the counts a recount pass scores with, its {@link TripleSource}. */
const tripleSources = new WeakMap<DocumentCounts, TripleSource>()

/**
 * The triples of a pass's runs, each read as that pass read it: a run keeps its reading order
 * inside (as printed, or word by word backwards where the pass read it so), while the pass's
 * mistakes are at its cuts, where they would repeat from line to line and vouch for
 * themselves; and a word-reversed line printed as it is would count its triples backwards.
 */
function tripleSource(pass: readonly OrderedLine[]): TripleSource {
  const runs = pass.map((line) => line.runTexts ?? [line.text])
  return { counts: new DocumentCounts(runs.flat(), undefined, { triples: true }), runs }
}

/** How often a visual-order document is ordered again with the counts of its last ordering. */
const recountRounds = 2

/**
 * Weight of the evidence that a reading puts three words in a row as the runs of the document's
 * other lines read them ({@link Scorer.tripleScore}), in a visual-order document. Swept on the
 * two corpus articles (`pnpm quality`, letters-only CER 1400 / 1401; 1.79% / 5.06% without
 * triples): 0.75: 1.79% / 5.04%; 1: 1.79% / 5.04%; 1.25: 1.79% / 4.89%; 1.5: 1.79% / 4.98%;
 * 2: 1.82% / 5.08%. Better than none from 0.75 to 1.5 on 1401 with 1400 unchanged; 2 costs
 * 1400 letters. 1.25, the best of that band.
 */
const trigramWeight = 1.25

/** The highest evidence of one triple, before its weight. */
const maximumTripleScore = 3

/** Pseudo-count added to a triple's count and to the count expected ({@link tripleEvidence}). */
const tripleSmoothing = 0.2

/**
 * Evidence that three words are read in a row: the log ratio of how often the document reads
 * the triple to how often its two pairs would give it by chance, and no more than the log ratio
 * to how often it reads the three the other way round, smoothed and clipped to
 * 0..{@link maximumTripleScore} (a triple never seen is no evidence against). The runs the
 * document is read from are themselves read by a pass that may have left a word-reversed line
 * as printed: a triple seen about as often backwards says nothing of the order. A pair says which
 * word may follow another; a triple says more where the middle word is a preposition or a
 * particle (`ایران به روسیه`, `به دست آوردن`), whose pairs say little. None where the middle
 * word is the conjunction `و`: two words joined by it are read in either order (`ایران و
 * روسیه`, `روسیه و ایران`), and which one a document prefers says nothing of a given line.
 *
 * @param middle The middle word.
 * @param seen How often the document reads the three in a row (the line's own occurrences taken off).
 * @param expected How often its pairs would give it by chance.
 * @param reversed How often the document reads the three the other way round (the line's own occurrences taken off).
 * @returns The evidence, 0 or more.
 */
export function tripleEvidence(middle: string, seen: number, expected: number, reversed: number): number {
  if (middle === oneLetterWord || seen <= 0) return 0
  const evidence = Math.log((seen + tripleSmoothing) / (Math.max(expected, reversed) + tripleSmoothing))
  return Math.min(maximumTripleScore, Math.max(0, evidence))
}

/** Costs of cutting a line into runs when the document is not known to be in visual order. */
const printedOrderCosts: Costs = { multiSpace: 1, singleSpace: 2.5, bracket: 0.5, looseMark: 0, ltr: 0.5, split: 3, detachedStop: 4 }
/**
 * Costs of cutting a line into runs in a document found to be in visual order: a glued word
 * unknown as a whole is then most likely two runs printed without a gap. A cut at a single
 * space between two words costs as much as one sure piece of evidence (a known word glued
 * across the cut, a sequence grammar rules out): since a line's own pairs no longer vouch for
 * its printed order, nothing else holds a run together against pairs seen elsewhere.
 */
const visualOrderCosts: Costs = { multiSpace: -2, singleSpace: 3, bracket: -1, looseMark: -2, ltr: -1, split: 0, reversedRun: 1, detachedStop: 0, zwnjBoundary: -2.5, trigram: trigramWeight }
/**
 * Cost of a reading that ends on a word in the last line of a paragraph ({@link paragraphLastLines}),
 * which holds its sentence end.
 */
const unendedParagraph = impossibleSequence
/**
 * What a visual-order pass gives a line as the previous line's last word when that line's
 * reading ends on a full stop, or that line is the last of its paragraph
 * ({@link paragraphLastLines}: it ends on its sentence end, even where its reading puts a
 * footnote number or a closing mark after the stop, or a damaged line's reading does not end
 * on it), no word being a full stop: the line's reading then starts a
 * sentence, and its first word is scored by its evidence for starting one
 * ({@link Scorer.sentenceEdgeEvidence}, only where positive) instead of as the pair it makes
 * with the word before the stop, which the stop parts from it.
 */
const sentenceEndMark = '.'

/** Whether a line's atoms end on a full stop (or question or exclamation mark). */
function endsOnFullStop(atoms: readonly Atom[]): boolean {
  const last = atoms[atoms.length - 1]
  return last?.kind === 'punct' && fullStop.test(last.text)
}

/** Weight of a word's evidence for ending or starting a sentence at a full stop ({@link Scorer.sentenceEdgeEvidence}). */
const sentenceEdgeWeight = 1
/**
 * Highest evidence that a word ends a sentence (other evidence is clipped to ±1). Persian puts
 * the verb last, and the few words that end most of their occurrences (`است`, `شود`, `کند`)
 * are strong evidence for the full stop after them; that one article never prints a stop after
 * a word is weaker evidence against it. Measured (`pnpm quality:lines`): 1.25 changes nothing,
 * 1.5 gains three lines of 1400 and none of 1401, 2 costs 1401 letters.
 */
const sentenceEndCeiling = 1.5
/** Pseudo-count added to a word's sentence ends (starts) and to those expected. */
const sentenceEdgeSmoothing = 0.5
const fullStop = /^[.؟?!]$/
/** A word is a sentence ender when at least this share of its occurrences have a full stop glued after them. */
const sentenceEnder = 0.2
/** Share of Persian lines that must read clearly better reversed for a document to count as visual. */
const visualDocumentShare = 0.25

/** A run-order {@link RepairStep} that also tells whether its document was found to be in reading order. */
export type RunOrderStep = RepairStep & {
  /** The document is in reading order (too few lines read clearly better reversed): its lines were kept as printed but for overwhelming evidence. */
  readonly readingOrder: boolean
}

/**
 * A run-order step over a whole document: the document is read once for its counts and
 * its lines repaired in order; the step then returns the repair of the line it is given.
 *
 * @param lines The document's lines (after letter-form and kashida repair).
 * @param options Lexicon.
 * @returns A {@link RunOrderStep}.
 */
export function createRunOrderStep(lines: readonly string[], options?: Readonly<RunOrderOptions> | null): RunOrderStep {
  const { lines: results, readingOrder } = orderDocument(lines, options)
  const step: RepairStep = (text, context) => {
    const result = results[context.line - 1]
    if (result && lines[context.line - 1] === text) return { text: result.text, changes: result.changes, unresolved: result.unresolved }
    const [single] = restoreRunOrder([text], options)
    return single ? { text: single.text, changes: relabel(single.changes, context.line), unresolved: relabelUnresolved(single.unresolved, context.line) } : { text, changes: [], unresolved: [] }
  }
  return Object.assign(step, { readingOrder })
}

function relabel(changes: RepairChange[], line: number): RepairChange[] {
  return changes.map((change) => ({ ...change, line }))
}

function relabelUnresolved(tokens: UnresolvedToken[], line: number): UnresolvedToken[] {
  return tokens.map((token) => ({ ...token, line }))
}

function hasPersian(line: string): boolean {
  return /[\u0621-\u064A\u067E-\u06D3]/.test(line)
}

/**
 * What a pass works out beyond each line's order, for the steps after it: the work no one
 * reads is skipped, and its fields are left empty (no spans, shares 0).
 */
interface PassReports {
  /** Uncertain spans are worked out for lines whose margin (0 for a line left as printed) is at least this (-Infinity: every line). */
  spansFrom: number
  /** The backward pair shares are worked out, and each run's text kept (`OrderedLine.runTexts`): a later pass reads them ({@link wordReversedContext}, {@link tripleSource}). */
  shares: boolean
}

/**
 * Order every line. `earlier` (the lines as an earlier pass ordered them) gives each line the
 * first word of the next line, which its last word should lead on to. `counted` are the lines
 * as the counts saw them when there is no earlier pass (default: `lines`). `stop`, told each
 * result in turn, ends the pass early when it says so: the results of the lines before are returned.
 */
function orderLines(
  lines: readonly string[],
  counts: DocumentCounts,
  costs: Costs,
  lostFinalLetters: boolean,
  reports: PassReports,
  earlier?: readonly OrderedLine[],
  counted: readonly string[] = lines,
  stop?: (result: OrderedLine, index: number) => boolean
): OrderedLine[] {
  const results: OrderedLine[] = []
  const following = earlier === undefined ? [] : nextFirstWords(lines, earlier)
  const wordReversed = earlier === undefined ? [] : wordReversedContext(lines, earlier)
  // Only in visual order, where the extractor may have drawn a paragraph's full stop anywhere on its last line.
  const paragraphEnds = costs.reversedRun === undefined ? [] : paragraphLastLines(lines)
  let previous: string | undefined
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string
    // The line as the counts saw it (this pass's input, or the earlier pass's order): its own pairs are taken off.
    const asCounted = earlier?.[index]?.text ?? counted[index] ?? line
    const own = ownPairAdjustments(asCounted, line, wordReversed[index] === true)
    const lineCosts = wordReversed[index] === true && costs.reversedRun !== undefined ? { ...costs, reversedRun: wordReversedBlockRunCost } : costs
    const triples = costs.trigram === undefined ? undefined : tripleSources.get(counts)
    const ownTriples = triples === undefined ? undefined : { counts: triples.counts, own: runTriples(triples.runs[index] ?? []) }
    const result = orderLine(line, index + 1, counts, lineCosts, { previous, next: following[index], contextual: earlier !== undefined, paragraphEnd: paragraphEnds[index] === true }, lostFinalLetters, { pairs: own, ends: sentenceEndsOf(asCounted), triples: ownTriples }, reports)
    results.push(result)
    if (stop?.(result, index) === true) break
    if (hasPersian(line)) {
      const atoms = atomsOf(result.text)
      const words = atoms.filter((atom) => atom.kind === 'word')
      // In visual order, a reading that ends on a full stop, or the last line of a paragraph
      // (which ends on its sentence end however it was read), hands the next line a sentence start, not its last word.
      previous = costs.reversedRun !== undefined && (endsOnFullStop(atoms) || paragraphEnds[index] === true) ? sentenceEndMark : words[words.length - 1]?.text
    } else if (line.trim() !== '') {
      previous = undefined
    }
  }
  return results
}

/**
 * A line as ordered, with the shares of its neighbouring printed words that it reads the other
 * way round ({@link backwardPairShares}): of all of them, and of those at the line's word spacing.
 */
interface OrderedLine extends RunOrderLine {
  backwardShare: number
  spacedBackwardShare: number
  /** The pass that ordered the line knew the word-reversed blocks (it followed an earlier pass). */
  contextual: boolean
  /** Where a pass reports its shares ({@link PassReports.shares}): the text of each run of the reading, in reading order (absent: the line is one run). */
  runTexts?: string[]
}

/**
 * What to add to the counts a line is scored with, for its own pairs (keyed `first second`):
 * the pairs of the line as counted (printed, or as an earlier pass ordered it) are taken off,
 * and a fraction ({@link ownPairWeight}) of each printed pair comes back as a weak prior for
 * the printed order, or, in a word-reversed context, for the pair read the other way.
 */
function ownPairAdjustments(counted: string, printed: string, wordReversed: boolean): PairMap<number> {
  // Keyed by the two words (words hold no space): pair scores look them up without joining them.
  const adjustments = new PairMap<number>()
  const add = (first: string, second: string, value: number): void => {
    adjustments.set(first, second, (adjustments.get(first, second) ?? 0) + value)
  }
  const countedPairs = linePairCounts(counted)
  countedPairs.forEach((first, second, count) => add(first, second, -count))
  const printedPairs = printed === counted ? countedPairs : linePairCounts(printed)
  printedPairs.forEach((first, second, count) => {
    if (wordReversed) add(second, first, (1 - ownPairWeight) * count)
    else add(first, second, (1 - ownPairWeight) * count)
  })
  return adjustments
}

/** What the line as counted adds to the counts, taken off when it is scored: its pairs (adjusted, {@link ownPairAdjustments}) and sentence ends; and the triple counts with the line's own printed triples. */
interface OwnCounts {
  pairs: PairMap<number>
  ends: ReadonlyMap<string, WordEnds>
  triples: LineTriples | undefined
}

/** The counts triples are read from ({@link PrintedTriples}) and the triples the line itself prints there ({@link lineTriples}), taken off. */
interface LineTriples {
  counts: DocumentCounts
  own: ReadonlyMap<string, number>
}

/** The triples of a line's runs as `DocumentCounts` counts them (three words in a row one space apart), keyed by the three words joined by spaces. */
export function runTriples(runs: readonly string[]): Map<string, number> {
  const triples = new Map<string, number>()
  for (const run of runs) {
    const atoms = splitAtoms(run)
    for (let index = 0; index + 2 < atoms.length; index += 1) {
      const [first, second, third] = [atoms[index] as Atom, atoms[index + 1] as Atom, atoms[index + 2] as Atom]
      if (first.kind !== 'word' || second.kind !== 'word' || third.kind !== 'word' || second.gap !== 1 || third.gap !== 1) continue
      const key = `${first.text} ${second.text} ${third.text}`
      triples.set(key, (triples.get(key) ?? 0) + 1)
    }
  }
  return triples
}

/** The word pairs of a line as `DocumentCounts.linePairs` counts them (words one space apart, as printed), keyed by the two words. */
function linePairCounts(line: string): PairMap<number> {
  const pairs = new PairMap<number>()
  const atoms = atomsOf(line)
  for (let index = 0; index + 1 < atoms.length; index += 1) {
    const atom = atoms[index] as Atom
    const next = atoms[index + 1] as Atom
    if (atom.kind === 'word' && next.kind === 'word' && next.gap === 1) pairs.set(atom.text, next.text, (pairs.get(atom.text, next.text) ?? 0) + 1)
  }
  return pairs
}

/**
 * The atoms of a line (`splitAtoms`), not to be changed: the two lines split last are kept, as
 * run order splits each line in turn for its own pairs, its sentence ends and its units.
 */
function atomsOf(line: string): readonly Atom[] {
  for (const entry of recentlySplit) if (entry.line === line) return entry.atoms
  const atoms = splitAtoms(line)
  recentlySplit.unshift({ line, atoms })
  if (recentlySplit.length > 2) recentlySplit.pop()
  return atoms
}

const recentlySplit: Array<{ line: string; atoms: readonly Atom[] }> = []

/**
 * Whether each line stands in a block an earlier pass read largely word by word backwards:
 * between two such lines, or, at the block's edge, next to one while that pass read the line
 * itself partly backwards too. An extractor that writes a text block word by word does so for
 * the whole block, not for one line of it; the neighbouring Persian lines (skipping lines with
 * no Persian) are the evidence, never the line alone. In such a context the line's own pairs
 * are a weak prior for reading it backwards ({@link ownPairAdjustments}), and a run read
 * backwards costs nothing ({@link wordReversedBlockRunCost}).
 *
 * A neighbour's evidence is the share of all its printed pairs it reads the other way where
 * the earlier pass did not know the blocks yet (a word-reversed line is then mostly read as a
 * few runs, and any pair it reverses counts), and the share of its pairs at its word spacing
 * where that pass did: a line that was offered its block's reading and still keeps its words
 * at that spacing in order is a line of many short runs, not one written word by word
 * backwards, however many wide gaps it reverses. The line's own share, at a block's edge, is
 * that of all its pairs.
 */
function wordReversedContext(lines: readonly string[], earlier: readonly OrderedLine[]): boolean[] {
  const persian = lines.map((line) => hasPersian(line))
  const share = (index: number | undefined): number => {
    const line = index === undefined ? undefined : earlier[index]
    return line === undefined ? 0 : line.contextual ? line.spacedBackwardShare : line.backwardShare
  }
  return lines.map((line, index) => {
    let before: number | undefined
    for (let other = index - 1; other >= 0 && before === undefined; other -= 1) if (persian[other]) before = other
    let after: number | undefined
    for (let other = index + 1; other < lines.length && after === undefined; other += 1) if (persian[other]) after = other
    // Between two such lines, or at a block's edge: next to one, the line itself read partly backwards.
    const between = Math.min(share(before), share(after)) >= wordReversedShare
    const edge = (earlier[index]?.backwardShare ?? 0) >= wordReversedShare && Math.max(share(before), share(after)) >= wordReversedShare
    return persian[index] === true && (between || edge)
  })
}

/**
 * Cost of reading a run word by word backwards in a line of a word-reversed block
 * ({@link wordReversedContext}): none. The extractor wrote the block word by word, so backwards
 * is the block's way; a run read as printed must be held by its pairs (0.5 before session 7: a
 * short run between wide gaps with no pair evidence stayed forward, `و ابتکار`, `بازیگری، امکان`).
 */
const wordReversedBlockRunCost = 0

/** Share of a line's words in runs read backwards from which it counts as read word by word backwards (for its neighbours). */
const wordReversedShare = 0.3

/** For each line, the first word of the next Persian line as an earlier pass read it (a line of other text in between: none). */
function nextFirstWords(lines: readonly string[], earlier: readonly RunOrderLine[]): Array<string | undefined> {
  const result: Array<string | undefined> = new Array<string | undefined>(lines.length).fill(undefined)
  let next: string | undefined
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    result[index] = next
    const line = lines[index] as string
    if (hasPersian(line)) next = splitAtoms(earlier[index]?.text ?? line).find((atom) => atom.kind === 'word')?.text
    else if (line.trim() !== '') next = undefined
  }
  return result
}

/** The words around a line: the last of the previous line, the first of the next (as far as known). */
interface LineNeighbours {
  previous: string | undefined
  next: string | undefined
  /** The pass knows which lines stand in word-reversed blocks (it follows an earlier pass). */
  contextual: boolean
  /** The line is the last of its paragraph (`paragraphLastLines`): its reading should end on a sentence end. */
  paragraphEnd?: boolean
}

/**
 * Order one line. Its uncertain spans (the rivals of the chosen reading, each scored) and
 * backward pair shares are worked out only as `reports` asks.
 */
function orderLine(line: string, lineNumber: number, counts: DocumentCounts, costs: Costs, around: LineNeighbours, lostFinalLetters: boolean, own: OwnCounts, reports: PassReports): OrderedLine {
  const unchanged: OrderedLine = { text: line, changes: [], unresolved: [], runs: 1, margin: 0, backwardShare: 0, spacedBackwardShare: 0, contextual: around.contextual }
  if (!hasPersian(line)) return unchanged
  const units = toUnits(line, counts, lostFinalLetters)
  if (units.length < 2 || units.length > maxUnits) return unchanged
  const scorer = new Scorer(units, counts, costs, around.next, own.pairs, own.ends, around.paragraphEnd === true, own.triples)
  try {
    return orderUnits(line, lineNumber, units, scorer, counts, around, reports)
  } finally {
    scorer.release()
  }
}

/** Order a line's units with its {@link Scorer} (see {@link orderLine}). */
function orderUnits(line: string, lineNumber: number, units: Unit[], scorer: Scorer, counts: DocumentCounts, around: LineNeighbours, reports: PassReports): OrderedLine {
  const previous = around.previous
  const unchanged: OrderedLine = { text: line, changes: [], unresolved: [], runs: 1, margin: 0, backwardShare: 0, spacedBackwardShare: 0, contextual: around.contextual }
  const best = scorer.best(previous)
  const identity = scorer.identity(previous)
  const printedRuns: Run[] = [{ first: 0, last: units.length - 1, reversed: false }]
  const text = render(units, best.runs, counts)
  // The best reading may be the printed order itself (one run read as printed): the same text.
  const readAsPrinted = best.runs.length === 1 && !(best.runs[0] as Run).reversed
  const printed = readAsPrinted ? text : render(units, printedRuns, counts)
  const unchangedLine = text === printed
  const chosen = unchangedLine ? printedRuns : best.runs
  const margin = unchangedLine ? 0 : best.score - identity
  const unresolved = margin >= reports.spansFrom ? uncertainSpans(units, chosen, scorer.score(chosen, previous), scorer.neighbours(chosen).map((runs) => ({ runs, score: scorer.score(runs, previous) })), lineNumber) : []
  if (unchangedLine) return { ...unchanged, text: printed, unresolved }
  const backwards = best.runs.filter((run) => run.reversed).length
  const change: RepairChange = {
    step: 'run-order',
    line: lineNumber,
    column: 1,
    before: line,
    after: text,
    note: `${best.runs.length} runs reversed${backwards > 0 ? `, ${backwards} read word by word backwards` : ''}; score ${best.score.toFixed(2)} against ${identity.toFixed(2)} as printed`
  }
  const shares = reports.shares ? backwardPairShares(units, best.runs, counts, scorer.ids) : { backwardShare: 0, spacedBackwardShare: 0 }
  const runTexts = reports.shares ? best.runs.map((run) => render(units, [run], counts)).reverse() : undefined
  return { text, changes: [change], unresolved, runs: best.runs.length + backwards, margin, ...shares, contextual: around.contextual, ...(runTexts === undefined ? {} : { runTexts }) }
}

/**
 * Shares of the line's neighbouring printed words (a space between them) that a reading puts
 * the other way round: a line written word by word backwards has them all reversed, whether
 * it is read as one run backwards or as runs of one word each; a line of a few runs keeps all
 * but the pairs at the run boundaries.
 *
 * The spaced share counts only the pairs at the line's word spacing: the most common gap
 * between its neighbouring words ({@link wordSpacing}). A justified line spaces its words
 * evenly and a run boundary is a gap wider than that, so a line of many short runs read as
 * printed keeps its words at that spacing in order and reverses only its wider gaps, while a
 * line written word by word backwards (with one space or with the wider, even spacing of
 * justified text) has its words at that spacing reversed.
 *
 * Where there is a lexicon, only pairs of words it knows count: a letter drawn apart or a
 * damaged word (`ؤهای`, `ۀلئ`) is printed as a run of its own whichever way its line was
 * written, so the pairs around it say nothing about that.
 */
function backwardPairShares(units: readonly Unit[], runs: readonly Run[], counts: DocumentCounts, ids: Int32Array): { backwardShare: number; spacedBackwardShare: number } {
  const rank = new Map<number, number>()
  readingOrder(units, runs).forEach((position, index) => rank.set(position, index))
  const pairs: Array<{ gap: number; reversed: boolean }> = []
  const known = (position: number): boolean => !counts.hasLexicon || counts.inLexiconOfId(ids[position] as number, (units[position] as Unit).text)
  let previous: number | undefined
  units.forEach((unit, position) => {
    if (unit.kind !== 'word') return
    if (previous !== undefined && unit.gap > 0 && known(position) && known(previous)) pairs.push({ gap: unit.gap, reversed: (rank.get(position) as number) < (rank.get(previous) as number) })
    previous = position
  })
  const spacing = wordSpacing(pairs.map((pair) => pair.gap))
  const share = (among: ReadonlyArray<{ reversed: boolean }>): number => (among.length < minimumPairsForShare ? 0 : among.filter((pair) => pair.reversed).length / among.length)
  return { backwardShare: share(pairs), spacedBackwardShare: share(pairs.filter((pair) => pair.gap === spacing)) }
}

/** The most common of the gaps (the smaller on a tie; 1 when there are none). */
export function wordSpacing(gaps: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1)
  let spacing = 1
  let most = 0
  for (const [gap, count] of counts) {
    if (count > most || (count === most && gap < spacing)) {
      spacing = gap
      most = count
    }
  }
  return spacing
}

/** A line with fewer neighbouring word pairs says nothing about how its block was written. */
const minimumPairsForShare = 3

/** Below this score difference between the chosen reading and its nearest rival, the order is reported as uncertain. */
const uncertainMargin = 2

/**
 * Every reading one decision away from the chosen one (a cut added or removed, a run read the
 * other way) that scores within {@link uncertainMargin} of it is a rival: the words whose place
 * differs between the two (from the first to the last unit they put differently) are reported
 * as an unresolved token, overlapping spans once.
 */
function uncertainSpans(units: readonly Unit[], chosen: readonly Run[], chosenScore: number, rivals: ReadonlyArray<{ runs: Run[]; score: number }>, line: number): UnresolvedToken[] {
  const a = readingOrder(units, chosen)
  const spans: Array<{ from: number; to: number; margin: number }> = []
  for (const rival of rivals) {
    const margin = chosenScore - rival.score
    if (margin >= uncertainMargin) continue
    const b = readingOrder(units, rival.runs)
    let head = 0
    while (head < a.length && a[head] === b[head]) head += 1
    if (head === a.length) continue
    let tail = 0
    while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1
    spans.push({ from: head, to: a.length - tail - 1, margin })
  }
  spans.sort((x, y) => x.from - y.from || y.to - x.to)
  const merged: Array<{ from: number; to: number; margin: number }> = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.from <= last.to) {
      last.to = Math.max(last.to, span.to)
      last.margin = Math.min(last.margin, span.margin)
    } else merged.push({ ...span })
  }
  return merged.map((span) => {
    const positions = a.slice(span.from, span.to + 1)
    const column = Math.min(...positions.map((position) => (units[position] as Unit).start)) + 1
    const token = positions.map((position) => (units[position] as Unit).text).join(' ')
    return { step: 'run-order', line, column, token, reason: `uncertain word order: another reading scores only ${Math.max(0, span.margin).toFixed(2)} lower` }
  })
}

/** How often a word occurs in a line, and how often with a sentence mark glued after it. */
interface WordEnds {
  count: number
  ends: number
  /** Occurrences first in a sentence ({@link startsSentence}). */
  starts: number
}

/** Each word of a line with its occurrences and sentence ends there, counted as {@link DocumentCounts} counts them. */
export function sentenceEndsOf(line: string): Map<string, WordEnds> {
  const ends = new Map<string, WordEnds>()
  const atoms = atomsOf(line)
  atoms.forEach((atom, index) => {
    if (atom.kind !== 'word') return
    const entry = ends.get(atom.text) ?? { count: 0, ends: 0, starts: 0 }
    const next = atoms[index + 1]
    entry.count += 1
    if (next?.kind === 'punct' && next.glued && /^[.؟?!]$/.test(next.text)) entry.ends += 1
    if (startsSentence(atoms, index)) entry.starts += 1
    ends.set(atom.text, entry)
  })
  return ends
}

/** Unit positions in reading order for a reading. */
function readingOrder(units: readonly Unit[], runs: readonly Run[]): number[] {
  const order: number[] = []
  for (let index = runs.length - 1; index >= 0; index -= 1) order.push(...readingSequence(units, runs[index] as Run).map((entry) => entry.position))
  return order
}

/** Atoms of the line, with unknown glued words cut where two known words meet. */
function toUnits(line: string, counts: DocumentCounts, lostFinalLetters: boolean): Unit[] {
  const units: Unit[] = []
  let previous: Atom | undefined
  const atoms = atomsOf(line)
  for (const atom of atoms) {
    const lost = lostFinalLetters && previous?.kind === 'word' && atom.gap >= 2 && wordEndsInLostLetter(previous.text, counts)
    if (lost) {
      const word = units[units.length - 1]
      if (word) word.lostLetter = true
    }
    previous = atom
    const base: Unit = { kind: atom.kind, text: atom.text, start: atom.start, end: atom.start + atom.text.length, gap: lost ? atom.gap - 1 : atom.gap, glued: atom.glued, split: false }
    const cut = atom.kind === 'word' ? pieceCut(atom, atoms, counts) : 0
    if (cut === 0) {
      units.push(base)
      continue
    }
    units.push({ ...base, text: atom.text.slice(0, cut), end: atom.start + cut })
    const rest = atom.text.slice(cut)
    // Three runs may touch: the second piece, unknown as a whole, is cut again where two known words meet.
    const again = splitPoint(rest, counts)
    if (again === 0) units.push({ kind: 'word', text: rest, start: atom.start + cut, end: base.end, gap: 0, glued: true, split: true })
    else {
      units.push({ kind: 'word', text: rest.slice(0, again), start: atom.start + cut, end: atom.start + cut + again, gap: 0, glued: true, split: true })
      units.push({ kind: 'word', text: rest.slice(again), start: atom.start + cut + again, end: base.end, gap: 0, glued: true, split: true })
    }
  }
  units.forEach((unit, index) => {
    unit.touching = unit.glued || units[index + 1]?.glued === true
  })
  return units
}

/**
 * Whether a word atom is one piece of a word split across runs whose other piece the line
 * prints as a word of its own: glued before or after another word of the line, it makes a
 * word the lexicon knows or the document prints at least twice (`ایرا` and `ن`, `ایران`). Such a
 * piece is not cut where two known words meet (`ای|را`): its pieces are joined across the run
 * boundary instead, which the junction's glued-word score does. A PDF breaks a word across runs
 * far more often than a known word reads whole across two of the line's own tokens by chance.
 *
 * @param atom A word atom of the line.
 * @param atoms The line's atoms (`atom` among them).
 * @param counts The document's counts (with the lexicon).
 * @returns True where another word of the line completes the atom into a known word.
 */
export function completesSplitWord(atom: Atom, atoms: readonly Atom[], counts: DocumentCounts): boolean {
  for (const other of atoms) {
    if (other === atom || other.kind !== 'word') continue
    if (counts.known(atom.text + other.text, 2) || counts.known(other.text + atom.text, 2)) return true
  }
  return false
}

/**
 * Where to cut a word atom of the line ({@link splitPoint}, else {@link pluralSplitPoint}; 0: do
 * not cut), unless it is a piece of a word split across runs ({@link completesSplitWord}): such
 * a piece is kept whole, but for a plural or other suffix written after a ZWNJ, which starts a
 * run of its own in any case (`کلها` beside the piece `ش` is still cut before `ها`: `ش|کل` and `ها` are runs that touch).
 *
 * @param atom A word atom of the line.
 * @param atoms The line's atoms.
 * @param counts The document's counts (with the lexicon).
 * @returns The length of the first part, or 0.
 */
export function pieceCut(atom: Atom, atoms: readonly Atom[], counts: DocumentCounts): number {
  const cut = wordCut(atom.text, counts)
  return cut === 0 || zwnjSuffixes.has(atom.text.slice(cut)) || !completesSplitWord(atom, atoms, counts) ? cut : 0
}

/**
 * {@link endsInLostLetter} and the first cut of a word ({@link splitPoint}, else
 * {@link pluralSplitPoint}), once per word and counts: every pass splits every line into units
 * again, and a document prints the same words again and again.
 */
const wordEndsInLostLetter = memoizeByKey(endsInLostLetter)
const wordCut = memoizeByKey((word: string, counts: DocumentCounts) => splitPoint(word, counts) || pluralSplitPoint(word, counts))

/** Whether a word before a wide gap is a known word without its last letter (lost to a space). */
function endsInLostLetter(word: string, counts: DocumentCounts): boolean {
  const completed = lostLetters.some((letter) => counts.known(word + letter))
  if (!completed) return false
  // Nearly always followed by a wide gap here, or unknown to the lexicon while its completion is known.
  return (counts.count(word) >= 2 && counts.wideGapShare(word) >= 0.6) || (counts.hasLexicon && !counts.inLexicon(word) && lostLetters.some((letter) => counts.inLexicon(word + letter)))
}

/** Letters that do not join the letter after them: a suffix glued after one needs no ZWNJ. */
const nonJoining = new Set([...'اآأإٱدذرزژوؤۀة'])
/** The plural suffix in its forms, longest first. */
const pluralForms = ['هایی', 'های', 'ها']

/**
 * Where to cut a plural glued to a word whose last letter joins the next (`همکاریهای`,
 * `احتمالها`; 0: do not cut). Persian writes the plural after such a letter behind a ZWNJ, and a
 * PDF breaks a right-to-left run where a ZWNJ falls, so the two halves are printed as runs of
 * their own: glued, they are two runs that happen to touch (`همکاری|های مستقل`), whatever the
 * lexicon's affix rules make of the whole. A word the lexicon has as a headword (`تنها`,
 * `نهایی`) or the document prints more than once is not cut; nor a plural glued after a
 * letter that does not join (`کشورهای`), which needs no ZWNJ and stays in its run.
 */
export function pluralSplitPoint(word: string, counts: DocumentCounts): number {
  if (counts.count(word) > 1 || counts.isHeadword(word)) return 0
  for (const plural of pluralForms) {
    if (!word.endsWith(plural)) continue
    const stem = word.slice(0, word.length - plural.length)
    const last = stem[stem.length - 1]
    if (stem.length < 2 || last === undefined || nonJoining.has(last) || last === '\u200C') return 0
    return counts.known(stem, 2) ? stem.length : 0
  }
  return 0
}

/** The one Persian word of a single letter, the conjunction. */
const oneLetterWord = 'و'

/**
 * Where to cut a glued word that is unknown as a whole into two known words (0: do not cut).
 * A word longer than two known words (`longestKnownWord`) is text without spaces: not cut,
 * as each cut tried costs the word's length. Where no such cut exists, three runs may touch
 * (`منطقه|گیری|کردن`): the first cut after a known word whose rest cuts into two known words
 * (`nested`: the rest is tried for two words only); `toUnits` cuts the rest again.
 *
 * A part of one letter is cut off only where it is `و` (`وامنیت`): any other letter is no word
 * but a piece, the end of a word split across runs (`نتا` is `نتا|یج`, not `ن` + `تا`), however
 * often the document prints such pieces alone.
 */
export function splitPoint(word: string, counts: DocumentCounts, nested = false): number {
  if (word.length < 3 || word.length > 2 * longestKnownWord || counts.count(word) > 1 || counts.inLexicon(word)) return 0
  let best = 0
  let bestScore = 0
  for (let cut = 1; cut < word.length; cut += 1) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    if (/^[\u200C\u0640]|[\u200C]$/.test(right) || left.endsWith('\u200C')) continue
    const leftCount = counts.count(left) + (counts.inLexicon(left) ? 3 : 0)
    const rightCount = counts.count(right) + (counts.inLexicon(right) ? 3 : 0)
    // A part of one letter only where the other is frequent, and only the conjunction `و`: Persian has no other word of one letter.
    const shortOk = (part: string, other: number): boolean => part.length >= 2 || (other >= 5 && part === oneLetterWord)
    if (leftCount < 2 || rightCount < 2 || !shortOk(left, rightCount) || !shortOk(right, leftCount)) continue
    const score = Math.log(leftCount) + Math.log(rightCount)
    if (score > bestScore) {
      bestScore = score
      best = cut
    }
  }
  if (best === 0 && !nested) {
    // Three runs touching: a known first word, then a rest that cuts into two known words.
    for (let cut = 2; cut < word.length - 2; cut += 1) {
      const left = word.slice(0, cut)
      const leftCount = counts.count(left) + (counts.inLexicon(left) ? 3 : 0)
      if (leftCount < 2) continue
      const inner = splitPoint(word.slice(cut), counts, true)
      if (inner === 0) continue
      const right = word.slice(cut)
      const score = Math.log(leftCount) + Math.log(counts.count(right.slice(0, inner)) + 3) + Math.log(counts.count(right.slice(inner)) + 3)
      if (score > bestScore) {
        bestScore = score
        best = cut
      }
    }
  }
  return best
}

/** A run of the chosen reading: printed units `first..last`, read as printed or word by word backwards. */
interface Run {
  first: number
  last: number
  reversed: boolean
}

class Scorer {
  private readonly units: Unit[]
  private readonly counts: DocumentCounts
  private readonly costs: Costs
  /** prefix[i]: sum of the within-run pair scores of units 0..i, read as printed. */
  private readonly prefix: number[]
  /** backward[i]: the same, each pair read backwards (a word-reversed run); only where the costs allow such runs (else empty). */
  private readonly backward: number[]
  /** wordsBefore[i]: number of word units among units 0..i-1. */
  private readonly wordsBefore: number[]

  /** First word of the next line, which the last word read should lead on to. */
  private readonly next: string | undefined
  /**
   * junctionScores[first * n + second]: `junction(first, second)` once computed (NaN before).
   * `best` asks for the same junction once per cut before it, O(n³) times over O(n²) pairs.
   */
  private readonly junctionScores: Float64Array

  /** Adjustments of the counts for the pairs the line being ordered added to them (see {@link ownPairAdjustments}). */
  private readonly own: PairMap<number>
  /** ownAfter[i]: the adjustments of {@link own} for the pairs unit i's word starts. */
  private readonly ownAfter: Array<ReadonlyMap<string, number> | undefined>
  /** Junction scores of word pairs without own-pair adjustment, for every line scored with the counts ({@link wordJunctionTables}). */
  private readonly wordJunctions: IdPairTable
  /** Pieces that start a frequent counted word, with its glued join score ({@link frequentGluedStarts}). */
  private readonly gluedStarts: ReadonlyMap<string, number>

  /** ids[i]: the counts' id of unit i's word (-1 for a unit that is no word or a word they do not hold); valid while the scorer is in use. */
  readonly ids: Int32Array

  /** leadingMarks[i]: number of units among 0..i-1 that are sentence marks printed at the front of a word ({@link isLeadingMark}). */
  private readonly leadingMarks: number[]

  /** Units that are brackets drawn inside a run ({@link bracketsInsideRuns}). */
  private readonly insideRunBrackets: ReadonlySet<number>

  /** gluedAfterLeftToRight[i]: number of units among 0..i-1 that are Persian words glued after a left-to-right run ({@link isLeftToRightBeforeWord}). */
  private readonly gluedAfterLeftToRight: number[]

  /** bracketsBefore[i]: number of units among 0..i-1 that are brackets drawn inside a run. */
  private readonly bracketsBefore: number[]

  /** How often each word of the line as counted occurs and ends a sentence there ({@link sentenceEndsOf}): taken off its sentence-end share. */
  private readonly ownEnds: ReadonlyMap<string, WordEnds>

  /** starts[i], ends[i], boundaries[i]: `start(i)` (for `previous` {@link startsAfter}), `end(i)` and `boundary(i)` once computed (NaN before). */
  private readonly starts: Float64Array
  private readonly ends: Float64Array
  private readonly boundaries: Float64Array
  /** junctionBounds[i]: `junctionBound(i)` once computed (NaN before). */
  private readonly junctionBounds: Float64Array
  /** The previous line's last word {@link starts} holds scores after (null: none yet). */
  private startsAfter: string | undefined | null = null

  /** tokenFirst[i], tokenLast[i]: the first and last unit of the glued token unit i belongs to. */
  private readonly tokenFirst: Int32Array
  private readonly tokenLast: Int32Array

  /** The scratch tables this Scorer's arrays are views of, until {@link release}. */
  private readonly lease: ScratchLease

  /** The line is the last of its paragraph: a reading that does not end on a sentence end costs {@link unendedParagraph}. */
  private readonly paragraphEnd: boolean

  /** Where triples are counted, and the line's own ones taken off (undefined: no triple evidence). */
  private readonly triples: LineTriples | undefined
  /** tripleIds[i]: the id of unit i's word in the triples' counts (-1 for no word or one they do not hold). */
  private readonly tripleIds: Int32Array
  /** Weight of triple evidence (0: none). */
  private readonly tripleWeight: number
  /** triplePrefix[i]: sum of the scores of the printed triples ending at units 0..i ({@link tripleScore}); empty without triple evidence. */
  private readonly triplePrefix: number[] = []
  /** backwardTriplePrefix[i]: the same, each triple read backwards (in a run read word by word backwards); only where the costs allow such runs. */
  private readonly backwardTriplePrefix: number[] = []
  /** leftTriples[from * n + to], rightTriples[from * n + to]: {@link leftTriple} and {@link rightTriple} once computed (NaN before). */
  private readonly leftTriples: Float64Array
  private readonly rightTriples: Float64Array
  /** tripleBounds[2 * from], tripleBounds[2 * from + 1]: the highest left and right triple from unit `from` ({@link tripleBound}; NaN before). */
  private readonly tripleBounds: Float64Array

  constructor(units: Unit[], counts: DocumentCounts, costs: Costs, next?: string, own: PairMap<number> = new PairMap(), ownEnds: ReadonlyMap<string, WordEnds> = new Map(), paragraphEnd = false, triples?: LineTriples) {
    this.lease = scratch.lease()
    this.paragraphEnd = paragraphEnd
    this.triples = triples
    this.tripleWeight = triples === undefined ? 0 : costs.trigram ?? 0
    this.tripleIds = tripleIdsScratch.take(this.lease, this.tripleWeight > 0 ? units.length : 0, -1)
    if (triples !== undefined && this.tripleWeight > 0) units.forEach((unit, index) => {
      if (unit.kind === 'word') this.tripleIds[index] = triples.counts.wordId(unit.text)
    })
    this.ownEnds = ownEnds
    this.starts = startsScratch.take(this.lease, units.length, Number.NaN)
    this.ends = endsScratch.take(this.lease, units.length, Number.NaN)
    this.boundaries = boundariesScratch.take(this.lease, units.length, Number.NaN)
    this.junctionBounds = junctionBoundsScratch.take(this.lease, units.length, Number.NaN)
    this.tokenFirst = tokenFirstScratch.take(this.lease, units.length, 0)
    this.tokenLast = tokenLastScratch.take(this.lease, units.length, 0)
    for (let index = 0; index < units.length; index += 1) this.tokenFirst[index] = index > 0 && (units[index] as Unit).glued ? (this.tokenFirst[index - 1] as number) : index
    for (let index = units.length - 1; index >= 0; index -= 1) this.tokenLast[index] = index + 1 < units.length && (units[index + 1] as Unit).glued ? (this.tokenLast[index + 1] as number) : index
    this.ids = idsScratch.take(this.lease, units.length, -1)
    units.forEach((unit, index) => {
      if (unit.kind === 'word') this.ids[index] = counts.wordId(unit.text)
    })
    this.next = next
    this.insideRunBrackets = bracketsInsideRuns(units)
    this.gluedAfterLeftToRight = [0]
    units.forEach((unit, index) => this.gluedAfterLeftToRight.push((this.gluedAfterLeftToRight[index] as number) + (isLeftToRightBeforeWord(units, index) ? 1 : 0)))
    this.bracketsBefore = [0]
    units.forEach((_, index) => this.bracketsBefore.push((this.bracketsBefore[index] as number) + (this.insideRunBrackets.has(index) ? 1 : 0)))
    this.leadingMarks = [0]
    units.forEach((unit, index) => this.leadingMarks.push((this.leadingMarks[index] as number) + (isLeadingMark(units, index) ? 1 : 0)))
    this.own = own
    this.ownAfter = units.map((unit) => own.seconds(unit.text))
    this.wordJunctions = wordJunctionTable(counts)
    this.gluedStarts = frequentGluedStarts(counts)
    this.units = units
    this.junctionScores = junctionScratch.take(this.lease, units.length * units.length, Number.NaN)
    this.counts = counts
    this.costs = costs
    this.prefix = [0]
    this.backward = [0]
    this.wordsBefore = [0]
    const backwardRuns = costs.reversedRun !== undefined
    for (let index = 1; index < units.length; index += 1) {
      this.prefix.push((this.prefix[index - 1] as number) + this.adjacent(index, false))
      if (backwardRuns) this.backward.push((this.backward[index - 1] as number) + this.adjacent(index, true))
    }
    for (const unit of units) this.wordsBefore.push((this.wordsBefore[this.wordsBefore.length - 1] as number) + (unit.kind === 'word' ? 1 : 0))
    this.leftTriples = leftTriplesScratch.take(this.lease, this.tripleWeight > 0 ? units.length * units.length : 0, Number.NaN)
    this.rightTriples = rightTriplesScratch.take(this.lease, this.tripleWeight > 0 ? units.length * units.length : 0, Number.NaN)
    this.tripleBounds = tripleBoundsScratch.take(this.lease, this.tripleWeight > 0 ? 2 * units.length : 0, Number.NaN)
    if (this.tripleWeight > 0) {
      let sum = 0
      let backwardSum = 0
      for (let index = 0; index < units.length; index += 1) {
        if (index >= 2 && this.spacedWords(index - 1) && this.spacedWords(index)) {
          sum += this.tripleScore(index - 2, index - 1, index)
          if (backwardRuns) backwardSum += this.tripleScore(index, index - 1, index - 2)
        }
        this.triplePrefix.push(sum)
        this.backwardTriplePrefix.push(backwardSum)
      }
    }
  }

  /** Whether units index-1 and index are words one space apart (a pair as the counts count it). */
  private spacedWords(index: number): boolean {
    const unit = this.units[index]
    const before = this.units[index - 1]
    return unit?.kind === 'word' && before?.kind === 'word' && unit.gap === 1
  }

  /**
   * {@link tripleEvidence} of three units read in a row, times the weight: the triple as the
   * runs of the other lines read it (the line's own triples taken off), against the count its
   * two pairs give it by chance there (the count of the first pair times the share of the
   * middle word's occurrences followed by the third) and the count of the three read the other
   * way round. 0 where one of the units is no word or the counts do not hold it.
   */
  private tripleScore(first: number, second: number, third: number): number {
    const triples = this.triples
    if (triples === undefined) return 0
    const x = this.tripleIds[first] as number
    const y = this.tripleIds[second] as number
    const z = this.tripleIds[third] as number
    const counts = triples.counts
    const counted = counts.tripleCountOfIds(x, y, z)
    if (counted === 0) return 0
    const a = (this.units[first] as Unit).text
    const b = (this.units[second] as Unit).text
    const c = (this.units[third] as Unit).text
    const seen = counted - (triples.own.size === 0 ? 0 : triples.own.get(`${a} ${b} ${c}`) ?? 0)
    if (seen <= 0) return 0
    const backwards = counts.tripleCountOfIds(z, y, x)
    const reversed = backwards === 0 || triples.own.size === 0 ? backwards : Math.max(0, backwards - (triples.own.get(`${c} ${b} ${a}`) ?? 0))
    const expected = (counts.pairCountOfIds(x, y) * counts.pairCountOfIds(y, z)) / Math.max(1, counts.countOfId(y))
    return this.tripleWeight * tripleEvidence(b, seen, expected, reversed)
  }


  /** The scores of the printed triples inside run first..last, read as printed or backwards. */
  private withinTriples(first: number, last: number, reversed = false): number {
    const sums = reversed ? this.backwardTriplePrefix : this.triplePrefix
    return this.tripleWeight > 0 && last - first >= 2 ? (sums[last] as number) - (sums[first + 1] as number) : 0
  }

  /** Triple evidence across a cut: unit `from`, read last in its run with the word before it in that run, then unit `to` (remembered). */
  private leftTriple(from: number, to: number): number {
    const index = from * this.units.length + to
    const known = this.leftTriples[index] as number
    if (!Number.isNaN(known)) return known
    const score = this.spacedWords(from) && (this.units[to] as Unit).kind === 'word' ? this.tripleScore(from - 1, from, to) : 0
    this.leftTriples[index] = score
    return score
  }

  /** Triple evidence across a cut: unit `from`, then unit `to`, read first in its run with the word after it in that run (remembered). */
  private rightTriple(from: number, to: number): number {
    const index = from * this.units.length + to
    const known = this.rightTriples[index] as number
    if (!Number.isNaN(known)) return known
    const score = this.spacedWords(to + 1) && (this.units[from] as Unit).kind === 'word' ? this.tripleScore(from, to, to + 1) : 0
    this.rightTriples[index] = score
    return score
  }

  /**
   * Triple evidence across the cut from unit `from` (read last in a run read as printed that
   * holds the unit before it: `before`) to unit `to` (read first in a run read as printed that
   * holds the unit after it: `after`).
   */
  private triplesAcross(from: number, to: number, before: boolean, after: boolean): number {
    if (this.tripleWeight === 0) return 0
    return (before ? this.leftTriple(from, to) : 0) + (after ? this.rightTriple(from, to) : 0)
  }

  /**
   * The highest triple evidence across any cut read last from unit `from` (`held`: with the unit
   * before it in its run): the highest {@link leftTriple} (where held) plus the highest
   * {@link rightTriple} over the line's units, remembered. Most words start no triple the
   * document reads with a word of the line: their bound is 0, and the search skips as before.
   */
  private tripleBound(from: number, held: boolean): number {
    if (this.triples === undefined || this.tripleWeight === 0) return 0
    const n = this.units.length
    let right = this.tripleBounds[2 * from + 1] as number
    if (Number.isNaN(right)) {
      let left = 0
      right = 0
      const id = this.tripleIds[from] as number
      const counts = this.triples.counts
      // A left triple needs the word before `from` one space from it; a right one, a word one space after `to`.
      const middle = counts.middleOfTripleOfId(id) && this.spacedWords(from)
      const first = counts.startsTripleOfId(id)
      for (let to = 0; to < n && (middle || first); to += 1) {
        if (to === from || (this.units[to] as Unit).kind !== 'word') continue
        if (middle) left = Math.max(left, this.leftTriple(from, to))
        if (first && this.spacedWords(to + 1)) right = Math.max(right, this.rightTriple(from, to))
      }
      this.tripleBounds[2 * from] = left
      this.tripleBounds[2 * from + 1] = right
    }
    return (held ? (this.tripleBounds[2 * from] as number) : 0) + right
  }

  /** Give the scratch tables back: the Scorer (and its {@link ids}) must no longer be used. */
  release(): void {
    this.lease.release()
  }

  /** The printed order's score. */
  identity(previous: string | undefined): number {
    const last = this.units.length - 1
    return this.within(0, last, false) + this.withinTriples(0, last) + this.start(0, previous) + this.end(last)
  }

  /**
   * The best reading: a partition of the units into runs, each read as printed or (where the
   * costs allow it) word by word backwards, the runs taken last printed first.
   */
  best(previous: string | undefined): { runs: Run[]; score: number } {
    const n = this.units.length
    // Orientation 0 reads a run as printed, 1 word by word backwards (where the costs allow it).
    const orientations = this.costs.reversedRun === undefined ? 1 : 2
    // table[(o * n + a) * n + e]: best score of units 0..e cut into runs, the last run being a..e
    // read with orientation o; back and backOrientation: where the run before it starts, and how it is read.
    const size = n * n
    const table = tableScratch.take(this.lease, orientations * size, -Infinity)
    const back = backScratch.take(this.lease, orientations * size, -1)
    const backOrientation = backOrientationScratch.take(this.lease, orientations * size, 0)
    for (let o = 0; o < orientations; o += 1) {
      const reversed = o === 1
      for (let e = 0; e < n; e += 1) {
        const inside = this.inside(0, e, reversed)
        if (inside !== -Infinity) table[o * size + e] = inside + this.end(reversed ? this.readingLast(0, e, true) : e)
      }
    }
    // For the cells of start a: firsts[p * n + start] is the unit read first in run start..a-1
    // read with orientation p; rowOf[from] === a when the best run before a cell read last from
    // unit `from` is known (beforeValue, beforeStart, beforeOrientation).
    const firsts = firstsScratch.take(this.lease, orientations * n, 0)
    const rowOf = rowOfScratch.take(this.lease, 2 * n, 0)
    const beforeValue = beforeValueScratch.take(this.lease, 2 * n, 0)
    const beforeStart = beforeStartScratch.take(this.lease, 2 * n, 0)
    const beforeOrientation = beforeOrientationScratch.take(this.lease, 2 * n, 0)
    // The runs that may come before start a (finite cells ending at a-1), in the order the
    // recurrence tries them (as printed first, then by start): candidateCode[k] = p * n + start,
    // candidateValue[k] its cell's score, `top` the first with the highest score.
    const candidateCode = candidateCodeScratch.take(this.lease, orientations * n, 0)
    const candidateValue = candidateValueScratch.take(this.lease, orientations * n, 0)
    for (let a = 1; a < n; a += 1) {
      const cut = this.boundary(a)
      let candidates = 0
      let top = -1
      for (let p = 0; p < orientations; p += 1) {
        for (let start = 0; start < a; start += 1) {
          const code = p * n + start
          firsts[code] = this.readingFirst(start, a - 1, p === 1)
          const value = table[p * size + start * n + a - 1] as number
          if (value === -Infinity) continue
          if (top < 0 || value > (candidateValue[top] as number)) top = candidates
          candidateCode[candidates] = code
          candidateValue[candidates] = value
          candidates += 1
        }
      }
      for (let o = 0; o < orientations; o += 1) {
        const reversed = o === 1
        for (let f = a; f < n; f += 1) {
          const inside = this.inside(a, f, reversed)
          if (inside === -Infinity) continue
          const from = this.readingLast(a, f, reversed)
          // Whether the run holds a word read before `from` (triple evidence across the cut).
          const held = !reversed && from > a ? 1 : 0
          const slot = 2 * from + held
          // The best run before depends on `from` (and `held`) only: cells read last from the same unit share it.
          if (rowOf[slot] !== a) {
            rowOf[slot] = a
            // The highest total; on a tie, the run tried first. The run with the highest score
            // gives a first total, then a run whose score plus the highest junction score
            // possible from the unit read last (`junctionBound`) falls below the best total
            // found can neither win nor tie, and its junction is not scored.
            let bestValue = -Infinity
            let bestCode = -1
            // A run before read as printed (code < n) holds a word read after the unit read first in it when it starts before a-1 (code < a - 1).
            if (top >= 0) {
              bestCode = candidateCode[top] as number
              const to = firsts[bestCode] as number
              bestValue = (candidateValue[top] as number) + this.junction(from, to) + this.triplesAcross(from, to, held === 1, bestCode < a - 1)
            }
            const bound = this.junctionBound(from) + this.tripleBound(from, held === 1)
            for (let k = 0; k < candidates; k += 1) {
              const value = candidateValue[k] as number
              if (k === top || value + bound < bestValue) continue
              const code = candidateCode[k] as number
              const to = firsts[code] as number
              const total = value + this.junction(from, to) + this.triplesAcross(from, to, held === 1, code < a - 1)
              if (total > bestValue || (total === bestValue && code < bestCode)) {
                bestValue = total
                bestCode = code
              }
            }
            beforeValue[slot] = bestValue
            beforeStart[slot] = bestCode < 0 ? -1 : bestCode % n
            beforeOrientation[slot] = bestCode < 0 ? 0 : Math.floor(bestCode / n)
          }
          const cell = o * size + a * n + f
          table[cell] = (beforeValue[slot] as number) + inside - cut
          back[cell] = beforeStart[slot] as number
          backOrientation[cell] = beforeOrientation[slot] as number
        }
      }
    }
    let bestScore = -Infinity
    let bestStart = 0
    let bestOrientation = 0
    for (let o = 0; o < orientations; o += 1) {
      for (let a = 0; a < n; a += 1) {
        const value = (table[o * size + a * n + n - 1] as number) + this.start(this.readingFirst(a, n - 1, o === 1), previous)
        if (value > bestScore) {
          bestScore = value
          bestStart = a
          bestOrientation = o
        }
      }
    }
    const runs: Run[] = []
    let end = n - 1
    let start = bestStart
    let orientation = bestOrientation
    while (start >= 0) {
      runs.unshift({ first: start, last: end, reversed: orientation === 1 })
      if (start === 0) break
      const cell = orientation * size + start * n + end
      const before = back[cell] as number
      orientation = backOrientation[cell] as number
      end = start - 1
      start = before
    }
    return { runs, score: bestScore }
  }


  /** Score of a reading (runs in printed order), as {@link best} counts it; -Infinity where the costs do not allow it. */
  score(runs: readonly Run[], previous: string | undefined): number {
    let total = 0
    runs.forEach((run, index) => {
      total += this.inside(run.first, run.last, run.reversed)
      if (run.first > 0) total -= this.boundary(run.first)
      const before = runs[index - 1]
      // The run printed before this one is read after it.
      if (before) {
        const from = this.readingLast(run.first, run.last, run.reversed)
        const to = this.readingFirst(before.first, before.last, before.reversed)
        total += this.junction(from, to) + this.triplesAcross(from, to, !run.reversed && from > run.first, !before.reversed && to < before.last)
      }
    })
    const first = runs[runs.length - 1] as Run
    const last = runs[0] as Run
    return total + this.start(this.readingFirst(first.first, first.last, first.reversed), previous) + this.end(this.readingLast(last.first, last.last, last.reversed))
  }

  /** Readings one decision away from `runs`: a cut removed between two runs read as printed, a cut added, a run read the other way. */
  neighbours(runs: readonly Run[]): Run[][] {
    const result: Run[][] = []
    runs.forEach((run, index) => {
      const next = runs[index + 1]
      if (next && run.reversed === next.reversed) result.push([...runs.slice(0, index), { first: run.first, last: next.last, reversed: run.reversed }, ...runs.slice(index + 2)])
      for (let cut = run.first + 1; cut <= run.last; cut += 1) {
        result.push([...runs.slice(0, index), { ...run, last: cut - 1 }, { ...run, first: cut }, ...runs.slice(index + 1)])
      }
      if (this.costs.reversedRun !== undefined) result.push([...runs.slice(0, index), { ...run, reversed: !run.reversed }, ...runs.slice(index + 1)])
    })
    return result.filter((reading) => reading.every((run) => this.inside(run.first, run.last, run.reversed) !== -Infinity))
  }

  /** Score inside run first..last: its pairs, less the cost of reading it backwards (-Infinity where not allowed). */
  private inside(first: number, last: number, reversed: boolean): number {
    // In visual order a left-to-right run (a number, Latin text) glued in front of a Persian word is two runs that touch: never one run.
    if (this.costs.reversedRun !== undefined && (this.gluedAfterLeftToRight[last + 1] as number) > (this.gluedAfterLeftToRight[first + 1] as number)) return -Infinity
    if (!reversed) {
      // In visual order a sentence mark printed at the front of a word is the mark of a run's reading end: never read before that word.
      if (this.costs.reversedRun !== undefined && (this.leadingMarks[last] as number) > (this.leadingMarks[first] as number)) return -Infinity
      return this.within(first, last, false) + this.withinTriples(first, last)
    }
    const words = (this.wordsBefore[last + 1] as number) - (this.wordsBefore[first] as number)
    if (words < 2 || this.costs.reversedRun === undefined) return -Infinity
    // A mirrored bracket pair drawn inside a run shows the run was drawn in reading order, not word by word backwards.
    if ((this.bracketsBefore[last + 1] as number) > (this.bracketsBefore[first] as number)) return -Infinity
    return this.within(first, last, true) + this.withinTriples(first, last, true) - this.costs.reversedRun
  }

  /** The unit read first in run first..last (as {@link tokenStart} finds it). */
  private readingFirst(first: number, last: number, reversed: boolean): number {
    return reversed ? Math.max(first, this.tokenFirst[last] as number) : first
  }

  /** The unit read last in run first..last: the last of the glued token unit `first` starts, not past `last`. */
  private readingLast(first: number, last: number, reversed: boolean): number {
    return reversed ? Math.min(last, this.tokenLast[first] as number) : last
  }

  private within(first: number, last: number, reversed: boolean): number {
    const sums = reversed ? this.backward : this.prefix
    return (sums[last] as number) - (sums[first] as number)
  }

  /** Score of units index-1 and index staying side by side, as printed (or read backwards). */
  private adjacent(index: number, reversed: boolean): number {
    const left = this.units[index - 1] as Unit
    const right = this.units[index] as Unit
    const leftId = this.ids[index - 1] as number
    const rightId = this.ids[index] as number
    if (left.kind === 'word' && right.kind === 'word' && right.gap === 1) return reversed ? pairScore(right.text, left.text, this.counts, this.own, rightId, leftId) : pairScore(left.text, right.text, this.counts, this.own, leftId, rightId)
    // A full stop inside a run read as printed weighs the evidence that the word before it ends a
    // sentence and the word after it starts one, as at a junction: `پرداخت. و` in one run is a
    // sentence starting with `و`, which a reading that ends the line on the stop does not claim.
    if (!reversed) {
      // A verbal prefix stands before its verb, never before a mark (`می «`), as at a junction.
      if (left.kind === 'word' && right.kind === 'punct' && prefixes.has(left.text)) return -impossibleSequence
      if (left.kind === 'word' && right.kind === 'punct' && right.glued && fullStop.test(right.text)) return this.sentenceEdgeEvidence(left.text, 'end')
      if (left.kind === 'punct' && left.glued && fullStop.test(left.text) && right.kind === 'word' && right.gap >= 1) return this.sentenceEdgeEvidence(right.text, 'start')
    }
    return 0
  }

  /**
   * Share of the word's occurrences elsewhere in the document with a sentence mark glued after
   * it: the line's own occurrences are taken off, as a line is no evidence for itself (a full
   * stop the line prints after a word would otherwise vouch for staying there). A word the
   * document prints nowhere else keeps its share in the line, the only evidence there is.
   */
  private sentenceEndShare(word: string): number {
    const own = this.ownEnds.get(word)
    if (own === undefined) return this.counts.sentenceEndShare(word)
    const count = this.counts.count(word) - own.count
    return count <= 0 ? this.counts.sentenceEndShare(word) : Math.max(0, this.counts.sentenceEndShare(word) * this.counts.count(word) - own.ends) / count
  }

  /**
   * Evidence that a word ends (or starts) a sentence, from its occurrences elsewhere in the
   * document against the document's rate: the log ratio of its sentence ends (starts) to those
   * expected at that rate, smoothed and clipped to ±1 (+{@link sentenceEndCeiling} for an end),
   * times {@link sentenceEdgeWeight}. Only
   * in a visual-order document (0 otherwise). The line's own occurrences are taken off.
   */
  private sentenceEdgeEvidence(word: string, edge: 'end' | 'start'): number {
    if (this.costs.reversedRun === undefined) return 0
    const own = this.ownEnds.get(word)
    const count = this.counts.count(word) - (own?.count ?? 0)
    if (count <= 0) return 0
    const edges = (edge === 'end' ? this.counts.sentenceEndCount(word) : this.counts.sentenceStartCount(word)) - (own === undefined ? 0 : edge === 'end' ? own.ends : own.starts)
    const rate = (edge === 'end' ? this.counts.sentenceEndTotal : this.counts.sentenceStartTotal) / this.counts.total
    const score = Math.log((Math.max(0, edges) + sentenceEdgeSmoothing) / (count * rate + sentenceEdgeSmoothing))
    return sentenceEdgeWeight * Math.min(edge === 'end' ? sentenceEndCeiling : 1, Math.max(-1, score))
  }

  /**
   * Whether unit `index` ends a sentence: a full stop (or question or exclamation mark), or a
   * closing bracket printed glued to one (`).`, `.)`), which reading order puts next to it.
   */
  private endsSentence(index: number): boolean {
    const unit = this.units[index] as Unit
    if (unit.kind !== 'punct') return false
    if (fullStop.test(unit.text)) return true
    if (!closing.has(unit.text)) return false
    const after = this.units[index + 1]
    const before = this.units[index - 1]
    return (after !== undefined && after.glued && fullStop.test(after.text)) || (before !== undefined && unit.glued && fullStop.test(before.text))
  }

  /**
   * Whether unit `index` opens a citation that ends a sentence, printed mirrored in visual order:
   * `).Lister, 2019: 1(` or `.)Lister, 2019: 1(` (a closing bracket and a full stop glued to the
   * left-to-right citation, then an opening bracket), read `(Lister, 2019: 1).`: the word read
   * before the bracket ends the sentence.
   */
  private opensSentenceFinalCitation(index: number): boolean {
    const unit = this.units[index] as Unit
    if (unit.kind !== 'punct' || unit.text !== '(') return false
    const citation = this.units[index - 1]
    const inner = this.units[index - 2]
    const outer = this.units[index - 3]
    if (citation?.kind !== 'ltr' || !citation.glued || inner === undefined || outer === undefined || !inner.glued) return false
    return (fullStop.test(inner.text) && outer.text === ')') || (inner.text === ')' && fullStop.test(outer.text))
  }

  /** Cost of cutting the line between units index-1 and index (remembered per unit). */
  private boundary(index: number): number {
    const known = this.boundaries[index] as number
    if (!Number.isNaN(known)) return known
    const cost = this.boundaryCost(index)
    this.boundaries[index] = cost
    return cost
  }

  private boundaryCost(index: number): number {
    const left = this.units[index - 1] as Unit
    const right = this.units[index] as Unit
    const after = this.units[index + 1]
    if (right.kind === 'punct' && sentencePunctuation.has(right.text) && right.glued && left.kind !== 'punct' && (after === undefined || after.gap > 0)) {
      // In a visual-order document, a full stop glued after a word that seldom ends sentences
      // here is as likely the stop of the run to its right, drawn at that run's left end.
      const detachable = this.costs.reversedRun !== undefined && left.kind === 'word' && after !== undefined && /^[.؟?!]$/.test(right.text) && this.sentenceEndShare(left.text) < sentenceEnder
      return detachable ? this.costs.detachedStop : 4
    }
    if (this.insideRunBrackets.has(index - 1) || this.insideRunBrackets.has(index)) return right.gap >= 2 ? this.costs.multiSpace : this.costs.singleSpace
    if (isBracket(left) || isBracket(right)) return this.costs.bracket
    // A mark glued after a bracket drawn inside a run (`نای(،`) closes the bracket inside that run: the space after it is an ordinary gap.
    if (left.kind === 'punct' && left.glued && this.insideRunBrackets.has(index - 2) && right.kind === 'word') return right.gap >= 2 ? this.costs.multiSpace : this.costs.singleSpace
    if (isLooseMark(left, this.units[index - 2]) || isLooseMark(right, left)) return this.costs.looseMark
    // A comma glued to the word before it, then one space: the comma closes that word inside a
    // run, and the space after it is an ordinary space between words. So is a full stop after a
    // word that often ends sentences here; after another word, a glued full stop is as likely
    // the end of the sentence of the next run, drawn to its left in visual order (`بنابراین. دانند می`).
    const closes = left.kind === 'punct' && sentencePunctuation.has(left.text) && left.glued && right.kind === 'word' && right.gap === 1
    const before = this.units[index - 2]
    if (closes && before?.kind === 'word' && (!/^[.؟?!]$/.test(left.text) || this.sentenceEndShare(before.text) >= sentenceEnder)) return this.costs.singleSpace
    // In visual order a sentence mark glued to its word closes that word inside its run, and a
    // gap of two or more spaces after it is a run boundary like any wide gap (`دادند،   پس`).
    if (this.costs.reversedRun !== undefined && left.kind === 'punct' && left.glued && sentencePunctuation.has(left.text) && right.kind === 'word' && right.gap >= 2) return this.costs.multiSpace
    if (left.kind === 'punct' || right.kind === 'punct') return 0
    if (left.kind === 'ltr' || right.kind === 'ltr') return this.costs.ltr
    if (right.split) return this.costs.split
    // A ZWNJ breaks a run: a suffix or a compound's second part printed as a word of its own starts a run, a verbal prefix ends one.
    if (right.gap >= 1 && this.costs.zwnjBoundary !== undefined && ((right.kind === 'word' && (zwnjSuffixes.has(right.text) || compoundSecondParts.has(right.text))) || (left.kind === 'word' && prefixes.has(left.text)))) return Math.min(this.costs.zwnjBoundary, right.gap >= 2 ? this.costs.multiSpace : this.costs.singleSpace)
    if (right.gap >= 2) return this.costs.multiSpace
    if (right.gap === 1) return this.costs.singleSpace
    return 3
  }

  /**
   * The highest score {@link junctionScore} can give any junction from unit `first`: from a
   * word to a word, {@link wordJunctionBase} or, where the word starts a longer counted word,
   * that word's glued join score ({@link frequentGluedStarts}), where it is the first word of a
   * document compound, {@link documentCompoundJoinScore}, or a full stop after it with the
   * word's evidence for ending a sentence; from anything else, 0.5 before a sentence mark or
   * a word's evidence for starting a sentence after a sentence end. A little is added, so that
   * rounding cannot put a score above it.
   */
  private junctionBound(first: number): number {
    const known = this.junctionBounds[first] as number
    if (!Number.isNaN(known)) return known
    const unit = this.units[first] as Unit
    const bound =
      unit.kind !== 'word'
        ? Math.max(0.5, sentenceEdgeWeight) + boundMargin
        : Math.max(wordJunctionBase, 0.5 + sentenceEdgeWeight * sentenceEndCeiling, this.gluedStarts.get(unit.text) ?? -Infinity, recountedCompounds.get(this.counts)?.has(unit.text) === true ? documentCompoundJoinScore : -Infinity) + boundMargin
    this.junctionBounds[first] = bound
    return bound
  }

  /** Score of unit `first` being followed, in reading order, by unit `second` across a cut. */
  private junction(first: number, second: number): number {
    const index = first * this.units.length + second
    const known = this.junctionScores[index] as number
    if (!Number.isNaN(known)) return known
    const score = this.junctionScore(first, second)
    if (junctionBoundsChecked && score > this.junctionBound(first)) {
      throw new Error(`run order: junction ${(this.units[first] as Unit).text} → ${(this.units[second] as Unit).text} scores ${score}, above its bound ${this.junctionBound(first)}`)
    }
    this.junctionScores[index] = score
    return score
  }

  /** The junction score itself: {@link junctionBound} must stay above whatever it can give (the DP skips runs by that bound). */
  private junctionScore(first: number, second: number): number {
    const x = this.units[first] as Unit
    const y = this.units[second] as Unit
    if (x.kind === 'word' && y.kind === 'word') {
      const xId = this.ids[first] as number
      const yId = this.ids[second] as number
      if (xId >= 0 && yId >= 0 && this.ownAfter[first]?.get(y.text) === undefined) {
        let score = this.wordJunctions.get(xId, yId)
        if (score === undefined) {
          score = Math.max(pairScore(x.text, y.text, this.counts, noOwnPairs, xId, yId), joinScore(x.text, y.text, this.counts))
          if (this.wordJunctions.size >= maximumWordJunctions) this.wordJunctions.clear()
          this.wordJunctions.set(xId, yId, score)
        }
        return score
      }
      const join = xId >= 0 && yId >= 0 ? wordJoinScoreOfIds(xId, yId, x.text, y.text, this.counts) : wordJoinScore(x.text, y.text, this.counts)
      return Math.max(pairScore(x.text, y.text, this.counts, this.own, xId, yId), join)
    }
    // A suffix is bound to the word before it: it never follows a sentence mark, as it never starts a line.
    if (x.kind === 'punct' && sentencePunctuation.has(x.text) && y.kind === 'word' && suffixes.has(y.text)) return -impossibleSequence
    // A verbal prefix stands before its verb: never before a mark of any kind (`می «`, `می)`).
    if (x.kind === 'word' && y.kind === 'punct' && prefixes.has(x.text)) return -impossibleSequence
    if (y.kind === 'punct' && sentencePunctuation.has(y.text)) {
      if (x.kind === 'word' && cannotEndClause(x.text)) return -impossibleSequence
      if (x.kind === 'punct') return isBracket(x) ? 0.5 : -1
      return 0.5 + (x.kind === 'word' && fullStop.test(y.text) ? this.sentenceEdgeEvidence(x.text, 'end') : 0)
    }
    if (y.kind === 'word' && this.endsSentence(first)) return this.sentenceEdgeEvidence(y.text, 'start')
    if (x.kind === 'word' && this.opensSentenceFinalCitation(second)) return this.sentenceEdgeEvidence(x.text, 'end')
    return 0
  }

  /** Score of the reading starting with unit `index`, after the previous line's last word (remembered per unit for one `previous`). */
  private start(index: number, previous: string | undefined): number {
    if (previous !== this.startsAfter) {
      this.startsAfter = previous
      this.starts.fill(Number.NaN)
    }
    const known = this.starts[index] as number
    if (!Number.isNaN(known)) return known
    const score = this.startScore(index, previous)
    this.starts[index] = score
    return score
  }

  private startScore(index: number, previous: string | undefined): number {
    const unit = this.units[index] as Unit
    if (unit.kind === 'punct') return sentencePunctuation.has(unit.text) ? -2 : 0
    if (unit.kind !== 'word') return 0
    let score = suffixes.has(unit.text) ? -3 : 0
    // After a line that ends its sentence, the first word starts one: only a word that often does so here gains.
    if (previous === sentenceEndMark) return score + Math.max(0, this.sentenceEdgeEvidence(unit.text, 'start'))
    if (previous !== undefined) score += Math.max(0, pairScore(previous, unit.text, this.counts, this.own)) - (isImpossibleSequence(previous, unit.text) ? impossibleSequence : 0)
    return score
  }

  /** Score of the reading ending with unit `index`, before the next line's first word (remembered per unit). */
  private end(index: number): number {
    const known = this.ends[index] as number
    if (!Number.isNaN(known)) return known
    const score = this.endScore(index)
    this.ends[index] = score
    return score
  }

  private endScore(index: number): number {
    const unit = this.units[index] as Unit
    if (unit.kind !== 'word') return 0
    let score = prefixes.has(unit.text) ? -2 : 0
    // The last line of a paragraph ends on its sentence end, not on a word.
    if (this.paragraphEnd) score -= unendedParagraph
    if (this.next !== undefined) score += Math.max(0, pairScore(unit.text, this.next, this.counts, this.own)) - (isImpossibleSequence(unit.text, this.next) ? impossibleSequence : 0)
    return score
  }
}

/**
 * The tables of the line being ordered (its junction scores, the DP's cells, the scores
 * remembered per unit), reused from line to line: each {@link Scorer} leases them until
 * {@link Scorer.release} (a Scorer made while another holds them gets fresh arrays).
 */
const scratch = new ScratchPool()
const junctionScratch = new ScratchFloat64Array(scratch)
const tableScratch = new ScratchFloat64Array(scratch)
const backScratch = new ScratchInt32Array(scratch)
const backOrientationScratch = new ScratchInt32Array(scratch)
const startsScratch = new ScratchFloat64Array(scratch)
const endsScratch = new ScratchFloat64Array(scratch)
const boundariesScratch = new ScratchFloat64Array(scratch)
const junctionBoundsScratch = new ScratchFloat64Array(scratch)
const tokenFirstScratch = new ScratchInt32Array(scratch)
const tokenLastScratch = new ScratchInt32Array(scratch)
const idsScratch = new ScratchInt32Array(scratch)
const firstsScratch = new ScratchInt32Array(scratch)
const rowOfScratch = new ScratchInt32Array(scratch)
const beforeValueScratch = new ScratchFloat64Array(scratch)
const beforeStartScratch = new ScratchInt32Array(scratch)
const beforeOrientationScratch = new ScratchInt32Array(scratch)
const candidateCodeScratch = new ScratchInt32Array(scratch)
const candidateValueScratch = new ScratchFloat64Array(scratch)
const leftTriplesScratch = new ScratchFloat64Array(scratch)
const tripleIdsScratch = new ScratchInt32Array(scratch)
const tripleBoundsScratch = new ScratchFloat64Array(scratch)
const rightTriplesScratch = new ScratchFloat64Array(scratch)

/** What {@link Scorer.junctionBound} adds to its bound against rounding. */
const boundMargin = 1e-6

/** Whether every junction score computed is checked against its bound ({@link checkJunctionBounds}). */
let junctionBoundsChecked = false

/**
 * Check every junction score the run-order search computes against the bound it prunes by,
 * and throw where one is above it: the pruning changes no output only while the bound holds,
 * so a test turns this on over many documents after any change to the scores. Module-internal
 * (not exported by the package); off by default.
 *
 * @param enabled Whether to check.
 */
export function checkJunctionBounds(enabled: boolean): void {
  junctionBoundsChecked = enabled
}

/** First unit of the glued token (units with no space between) that unit `index` belongs to, not before `first`. */
function tokenStart(units: readonly Unit[], first: number, index: number): number {
  let start = index
  while (start > first && (units[start] as Unit).glued) start -= 1
  return start
}

/**
 * Brackets drawn inside a run: a pair printed mirrored, `)` first and `(` after it, each glued
 * to the Persian words it encloses (`نظری )سازگاری نظریه با مورد( به`). A right-to-left run
 * drawn in one go keeps its text in reading order with each bracket's glyph mirrored, so such
 * a pair shows that the run goes on through both brackets; brackets that are run boundaries
 * come out reversed with their runs and look unmirrored (`(`…`)`). A pair around a
 * left-to-right run (a Latin citation) is not counted: its brackets belong to the right-to-left
 * text around it and are drawn apart from it.
 */
function bracketsInsideRuns(units: readonly Unit[]): Set<number> {
  const inside = new Set<number>()
  units.forEach((unit, open) => {
    if (unit.kind !== 'punct' || unit.text !== ')') return
    const first = units[open + 1]
    if (first?.kind !== 'word' || !first.glued) return
    for (let close = open + 1; close < units.length; close += 1) {
      const other = units[close] as Unit
      if (other.kind === 'ltr' || (isBracket(other) && other.text !== '(')) return
      if (other.text === '(') {
        if (other.glued && units[close - 1]?.kind === 'word') inside.add(open).add(close)
        return
      }
    }
  })
  return inside
}

/**
 * A sentence mark printed at the front of a word, with a space or the line's start before it
 * (`.یابد`, `،شوروی`). A visual-order extractor writes a mark where it is drawn: at the left
 * end of the run (or word) it ends, so it belongs after the run's last word in reading order
 * (the word itself, in a run written word by word backwards), never before the word it is
 * glued to. A mark between two words of a run read as printed is ruled out; cutting the mark
 * off, or reading the run backwards, places it.
 */
function isLeadingMark(units: readonly Unit[], index: number): boolean {
  const unit = units[index] as Unit
  const next = units[index + 1]
  return unit.kind === 'punct' && sentencePunctuation.has(unit.text) && next?.kind === 'word' && next.glued && (index === 0 || unit.gap >= 1)
}

/**
 * A Persian word printed glued after a left-to-right run: a number (`1400نوری`, `2022بنابر`, a
 * footnote digit `3قدرت`) or a Latin citation ending in its page (`Bergsman, 2001: 25اختصاص`).
 * Digits and Latin text are written left to right, a run of their own in a right-to-left line,
 * so in a visual-order line the two are runs that touch, never one run read as printed.
 */
function isLeftToRightBeforeWord(units: readonly Unit[], index: number): boolean {
  const unit = units[index] as Unit
  const before = units[index - 1]
  return unit.kind === 'word' && unit.glued && before?.kind === 'ltr'
}

/** A sentence mark with a space before it (or first on the line): in visual order, a run of its own. */
function isLooseMark(unit: Unit, before: Unit | undefined): boolean {
  return unit.kind === 'punct' && sentencePunctuation.has(unit.text) && (before === undefined || !unit.glued || before.kind === 'punct')
}

function isBracket(unit: Unit): boolean {
  return unit.kind === 'punct' && (opening.has(unit.text) || closing.has(unit.text))
}

/**
 * Evidence that two word pieces belong to one word ({@link joinScore}), computed once per
 * pair and counts: a document's lines put the same words side by side again and again (a
 * pair is asked for six times on average).
 */
const wordJoinScore = memoizeByPair(joinScore)

/** {@link wordJoinScore} of two words the counts hold, by the counts' ids of the words. */
const wordJoinScoreOfIds = memoizeByIdPair(joinScore)

/**
 * The junction scores of pairs of words the counts hold, read in this order, for lines that do
 * not print them as a pair of their own (no own-pair adjustment), by the counts' word ids: the
 * same for every line scored with the counts, so each is computed once per counts (at most
 * {@link maximumWordJunctions} held, then the table starts again empty).
 */
const wordJunctionTables = new WeakMap<DocumentCounts, IdPairTable>()

/** The table of {@link wordJunctionTables} for the counts. */
function wordJunctionTable(counts: DocumentCounts): IdPairTable {
  let table = wordJunctionTables.get(counts)
  if (table === undefined) {
    table = new IdPairTable()
    wordJunctionTables.set(counts, table)
  }
  return table
}

/** Word junction scores a table of {@link wordJunctionTables} holds at most. */
const maximumWordJunctions = 1 << 19

/** No own-pair adjustments. */
const noOwnPairs = new PairMap<number>()

/**
 * How much of a line's own pair occurrence is taken off when that line is scored. A pair seen
 * only in the line itself says nothing about the line's order (a word-reversed line would vouch
 * for its own printed order), but most runs do keep reading order, so a fifth of the occurrence
 * stays as a weak prior for the order as printed.
 */
const ownPairWeight = 0.8

/**
 * Association of two words read in this order: positive when seen together more than chance
 * (the line's own pairs adjusted by `own`). `firstId` and `secondId` are the counts' ids of
 * the words (`counts.wordId`), when the caller holds them.
 */
function pairScore(first: string, second: string, counts: DocumentCounts, own: PairMap<number>, firstId = counts.wordId(first), secondId = counts.wordId(second)): number {
  const seen = Math.max(0, counts.pairCountOfIds(firstId, secondId) + (own.get(first, second) ?? 0)) + counts.lexiconPairOfIds(firstId, secondId, first, second)
  const expected = (counts.countOfId(firstId) * counts.countOfId(secondId)) / counts.pairTotal
  const score = Math.min(maximumPairScore, Math.max(-1, Math.log((seen + 0.2) / (0.2 + expected))))
  return isImpossibleSequence(first, second) || prefixRulesOut(first, second, counts) ? Math.min(score, 0) - impossibleSequence : score
}

/**
 * Whether a verbal prefix printed apart (`می`, `نمی`) cannot stand before the word: the lexicon
 * knows the word but not the prefixed form ({@link knownNotAfterPrefix}: `نمی|بودن`, `می|دولت`).
 * The prefix stands only before a verb stem, so such a pair is ruled out as grammar rules out
 * `می|ها` (`isImpossibleSequence`), inside a run as across a cut; a word the lexicon does not
 * know keeps the benefit of the doubt.
 *
 * @param first The word read first.
 * @param second The word read right after it.
 * @param counts The document's counts (with the lexicon).
 * @returns True for a verbal prefix before a word it cannot take.
 */
export function prefixRulesOut(first: string, second: string, counts: DocumentCounts): boolean {
  return prefixes.has(first) && knownNotAfterPrefix(second, counts)
}

/** The highest pair score ({@link pairScore}). */
const maximumPairScore = 4
/** Join score of two pieces the lexicon knows joined by a ZWNJ ({@link joinScore}). */
const zwnjJoinScore = 3
/**
 * Join score of two words the lexicon knows as one compound written with a ZWNJ, neither of
 * them a bound suffix, a verbal prefix or a closed-class word ({@link compoundJoinsAcrossRuns}):
 * above the cost of a single-space cut, so that the compound is read whole across a run
 * boundary at one space even against a pair the document prints elsewhere. Swept on the two
 * corpus articles (`pnpm quality:lines`, letters wrong on the compared lines, 1400 / 1401):
 * 3 (the ZWNJ score before): 756 / 1,957; 4: 756 / 1,887; 4.5 and 5: 770 / 1,859 (two near
 * ties of 1400 flip with the recounted pairs, `آن|ها`); 6: 809 / 1,845. With the later rules of
 * session 8 up to the suffix rule: 4: 741 / 1,745; 4.5: 755 / 1,718. A value in a band chosen
 * on two articles: 4 is the highest that changes no line of 1400.
 */
const compoundJoinScore = 4
/**
 * The compounds of content words that a visual-order document prints as one, for the counts
 * taken over its lines as a pass ordered them: `documentCompounds` (the ZWNJ step's) over those
 * lines, each compound's first word with its second words, neither a suffix, a verbal prefix
 * nor a preposition or conjunction ({@link compoundJoinsAcrossRuns}).
 */
const recountedCompounds = new WeakMap<DocumentCounts, ReadonlyMap<string, ReadonlySet<string>>>()

/**
 * The document compounds of `documentCompounds` (keys `first second`) that join across runs
 * ({@link compoundJoinsAcrossRuns}), by first word.
 *
 * @param compounds Keys `first second`.
 * @returns Each first word with its second words.
 */
export function compoundsByFirstWord(compounds: ReadonlySet<string>): Map<string, Set<string>> {
  const firsts = new Map<string, Set<string>>()
  for (const key of compounds) {
    const [first = '', second = ''] = key.split(' ')
    if (!compoundJoinsAcrossRuns(first, second)) continue
    const seconds = firsts.get(first) ?? new Set<string>()
    seconds.add(second)
    firsts.set(first, seconds)
  }
  return firsts
}

/**
 * Join score of two words the document prints as one compound ({@link recountedCompounds}):
 * the first word is followed by the second in most of its occurrences, so wherever a line
 * prints the second before the first, a run boundary at the compound's ZWNJ is the likely
 * reason. Twice the highest pair score: above a single-space cut plus the best pair it breaks,
 * so that a misread phrase printed the same way on several lines (`«روی سیاست دنباله»`, whose
 * pair `روی سیاست` each such line vouches for) no longer holds the halves apart. Swept on the
 * two corpus articles (`pnpm quality:lines`, letters wrong on the compared lines, 1400 / 1401;
 * 732 / 1,701 without the rule): 4 and below change nothing, 5: 732 / 1,679; 6 and 7: 732 /
 * 1,648; 8 and 10: 732 / 1,640 (a broad band).
 */
const documentCompoundJoinScore = 2 * maximumPairScore

/** Join score of a verbal prefix and a word that may be a verb stem ({@link joinScore}). */
const prefixJoinScore = 2.5

/** Join score of two pieces whose glued form is known and counted `count` times in the document ({@link joinScore}). */
function gluedJoinScore(partsKnown: boolean, count: number): number {
  return (partsKnown ? 1.5 : 3) + Math.log(1 + count) / 2
}

/**
 * The highest junction score between two words that {@link joinScore} and {@link pairScore}
 * can give whatever the words, counting a glued form as known but not counted: any higher score
 * comes from a glued form counted often enough ({@link frequentGluedStarts}).
 */
const wordJunctionBase = Math.max(maximumPairScore, zwnjJoinScore, compoundJoinScore, prefixJoinScore, unknownHostSuffix, gluedJoinScore(false, 0), gluedJoinScore(true, 0))

/**
 * For the counts: each piece that starts a longer counted word whose glued join score would
 * pass {@link wordJunctionBase}, with the highest such score (remembered per counts).
 */
function frequentGluedStarts(counts: DocumentCounts): ReadonlyMap<string, number> {
  let starts = gluedStarts.get(counts)
  if (starts === undefined) {
    const found = new Map<string, number>()
    counts.forEachWord((word, count) => {
      const score = Math.max(gluedJoinScore(false, count), gluedJoinScore(true, count))
      if (!(score > wordJunctionBase)) return
      for (let length = 1; length < word.length; length += 1) {
        const start = word.slice(0, length)
        if (!((found.get(start) ?? -Infinity) >= score)) found.set(start, score)
      }
    })
    starts = found
    gluedStarts.set(counts, starts)
  }
  return starts
}

const gluedStarts = new WeakMap<DocumentCounts, ReadonlyMap<string, number>>()

/** Evidence that two pieces belong to one word (glued or with a ZWNJ). */
function joinScore(first: string, second: string, counts: DocumentCounts): number {
  let score = -Infinity
  // Two words the document prints as one compound: nothing else weighs as much.
  if (recountedCompounds.get(counts)?.get(first)?.has(second) === true) return documentCompoundJoinScore
  // A verbal prefix is followed by a verb stem, never by a suffix or a closed-class word (`می|ها`).
  if (prefixes.has(first) && isImpossibleSequence(first, second)) return score
  const glued = first + second
  if (counts.known(glued)) {
    const partsKnown = counts.known(first, 2) && counts.known(second, 2)
    score = Math.max(score, gluedJoinScore(partsKnown, counts.count(glued)))
  }
  if (counts.inLexicon(`${first}\u200C${second}`)) score = Math.max(score, compoundJoinsAcrossRuns(first, second) ? compoundJoinScore : zwnjJoinScore)
  // A suffix follows a content word: never a preposition or conjunction (`به|های`), whatever the lexicon does not know.
  if (suffixes.has(second) && first.length >= 2 && !prefixes.has(first) && !cannotEndClause(first)) score = Math.max(score, unknownHostSuffix)
  // A compound's second part printed apart is bound to the word before it as a suffix is.
  if (compoundSecondParts.has(second) && first.length >= 2 && !prefixes.has(first) && !cannotEndClause(first)) score = Math.max(score, unknownHostSuffix)
  if (prefixes.has(first) && second.length >= 2 && !suffixes.has(second) && !knownNotAfterPrefix(second, counts)) score = Math.max(score, prefixJoinScore)
  return score
}

/**
 * Whether two words that the lexicon knows joined by a ZWNJ are a compound of two content
 * words (`پیاده‌روی`, `شکل‌دهنده`), whose halves a PDF prints as runs of their own (it breaks a
 * run where a ZWNJ falls), rather than a word and a bound suffix (`کشور‌ها`: the lexicon's
 * ZWNJ forms include suffixed ones), a verbal prefix and its verb, or a closed-class word and
 * the word after it (`به‌عنوان`, which a text may as well write with a space inside a run).
 *
 * @param first The first half.
 * @param second The second half.
 * @returns True when neither half is a suffix, a verbal prefix or a preposition or conjunction.
 */
export function compoundJoinsAcrossRuns(first: string, second: string): boolean {
  return !suffixes.has(second) && !prefixes.has(first) && !cannotEndClause(first)
}

/**
 * Whether a word is one the verbal prefix `می`/`نمی` cannot stand before: the lexicon knows the
 * word but not the prefixed form (`می|تهاجمی`, while `می‌کند` is known). Persian writes the
 * prefix only before a verb stem, and a word list that holds a word holds its present-tense
 * forms with `می‌`; a word the lexicon does not know (a damaged word, a piece) keeps the benefit
 * of the doubt.
 */
function knownNotAfterPrefix(word: string, counts: DocumentCounts): boolean {
  return counts.hasLexicon && counts.inLexicon(word) && !counts.inLexicon(`می\u200C${word}`) && !counts.inLexicon(`می${word}`)
}

/** Whether the junction of two pieces should be written without a space. */
function joinsTight(x: Unit, y: Unit, counts: DocumentCounts): boolean {
  if (x.kind === 'word' && y.kind === 'word') {
    const glued = x.text + y.text
    return counts.known(glued) && !(counts.known(x.text, 3) && counts.known(y.text, 3) && counts.count(glued) < 2)
  }
  if (y.kind === 'punct' && (sentencePunctuation.has(y.text) || closing.has(y.text))) return true
  if (x.kind === 'punct' && opening.has(x.text)) return true
  if (y.kind === 'ltr' && /^[\d\u06F0-\u06F9]{1,2}$/.test(y.text) && y.touching === true && (x.kind === 'word' || closing.has(x.text))) return true
  return false
}

/** Write the runs in reading order: the last printed run first; a backwards run token by token from its end. */
function render(units: Unit[], runs: readonly Run[], counts: DocumentCounts): string {
  let text = ''
  let previous: Unit | undefined
  let firstOfRun = true
  const append = (unit: Unit, glued: boolean): void => {
    if (previous !== undefined) {
      const tight = firstOfRun ? joinsTight(previous, unit, counts) : glued
      if (!tight) text += previous.lostLetter === true ? '  ' : ' '
    }
    text += unit.text
    previous = unit
    firstOfRun = false
  }
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    const run = runs[index] as Run
    firstOfRun = true
    // A run read as printed is its units in order (what readingSequence gives, without building it).
    if (!run.reversed) {
      for (let position = run.first; position <= run.last; position += 1) append(units[position] as Unit, (units[position] as Unit).gap === 0)
      continue
    }
    for (const { position, glued } of readingSequence(units, run)) append(units[position] as Unit, glued)
  }
  return text
}

/**
 * The unit positions of a run in reading order. A backwards run is read glued token by glued
 * token from its end, each token in its own order, except that a sentence mark printed at the
 * front of a token (`.است`, where visual order put it) goes to its end.
 */
function readingSequence(units: readonly Unit[], run: Run): Array<{ position: number; glued: boolean }> {
  if (!run.reversed) return Array.from({ length: run.last - run.first + 1 }, (_, offset) => ({ position: run.first + offset, glued: (units[run.first + offset] as Unit).gap === 0 }))
  const sequence: Array<{ position: number; glued: boolean }> = []
  let end = run.last
  while (end >= run.first) {
    const start = tokenStart(units, run.first, end)
    const token = Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
    const lead = units[start] as Unit
    if (token.length > 1 && lead.kind === 'punct' && sentencePunctuation.has(lead.text)) token.push(token.shift() as number)
    token.forEach((position, offset) => sequence.push({ position, glued: offset > 0 }))
    end = start - 1
  }
  return sequence
}
