import { alignMonotone, bestPath, parallelShapes, regionAroundPath, type MonotoneOptions, type PathStep } from './banded-dp.js'
import { EvidenceProblem, type ShapePriors } from './evidence-problem.js'
import { FeatureSpace, weighTokens, type DocumentStatistics } from './features.js'
import { galeChurchPriors } from './gale-church.js'
import { learnDictionary } from './learn-dictionary.js'
import { domainLexicon, type Lexicon } from './lexicon.js'
import { defaultEvidenceModel, type EvidenceModel } from './similarity.js'
import { tokenizeDocument, type TokenizedDocument } from './token-document.js'
import { tokenizeEnglish, tokenizePersian, type TokenizedSentence } from './tokenize.js'
import type { AlignmentLink } from './types.js'
import { packVectors } from './vector-set.js'

/** Options of parallel alignment. */
export interface ParallelOptions extends MonotoneOptions {
  /** Word and phrase translations (default: the domain lexicon, {@link domainLexicon}). */
  lexicon?: Lexicon
  /** Learn a dictionary from a first pass and align again (default true). */
  learn?: boolean
  /** Overrides of the evidence model (the rest is estimated from the documents). */
  evidence?: Partial<EvidenceModel>
}

/** Log priors of the bead shapes: Gale and Church's probabilities. */
const logPriors: ShapePriors = Object.freeze(
  Object.fromEntries(Object.entries(galeChurchPriors).map(([shape, probability]) => [shape, Math.log(probability)]))
)

/**
 * Align a document with its translation: monotone beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
 * scored by the evidence model (lexicon, names, numbers, Latin strings, length) with
 * Gale and Church's priors, searched coarse to fine in time and memory linear in length.
 * With `learn`, a dictionary is learned from the confident 1-1 links of a first pass, the
 * match rate and length model are re-estimated, and the second pass searches within
 * `coarseBand` sentences of the first path.
 *
 * @param en English sentences.
 * @param fa Persian sentences.
 * @param options Lexicon, learning, search limits.
 * @returns Links covering every sentence exactly once, in order, never crossing.
 */
export function alignParallel(
  en: readonly string[],
  fa: readonly string[],
  options?: Readonly<ParallelOptions> | null
): AlignmentLink[] {
  // Tokens live through both passes: kept flat, each distinct token once.
  const enTokens = tokenizeDocument(en, tokenizeEnglish)
  const faTokens = tokenizeDocument(fa, tokenizePersian)
  const lexicon = options?.lexicon ?? domainLexicon()
  const model = initialModel(enTokens, faTokens, options?.evidence)
  if (options?.learn === false || en.length === 0 || fa.length === 0) {
    const only = runPass(enTokens, faTokens, lexicon, model, options, undefined, undefined)
    return toLinks(only.path, only.problem)
  }
  // The first pass runs in its own call, so that its vectors can be collected before the second.
  const { refinedLexicon, refined, path, statistics } = learnFromFirstPass(enTokens, faTokens, lexicon, model, options)
  const second = runPass(enTokens, faTokens, refinedLexicon, refined, options, path, statistics)
  return toLinks(second.path, second.problem)
}

/**
 * Run a first pass and learn from its confident 1-1 links a dictionary, the match rate and
 * the length model; returns them with the pass's path and statistics (nothing that holds
 * its vectors).
 */
function learnFromFirstPass(
  enTokens: TokenizedDocument,
  faTokens: TokenizedDocument,
  lexicon: Lexicon,
  model: EvidenceModel,
  options: Readonly<ParallelOptions> | null | undefined
): { refinedLexicon: Lexicon; refined: EvidenceModel; path: PathStep[]; statistics: DocumentStatistics } {
  const pass = runPass(enTokens, faTokens, lexicon, model, options, undefined, undefined)
  const confident = pass.path.filter((step) => step.enCount === 1 && step.faCount === 1 && pass.problem.evidence(step.en, 1, step.fa, 1) > 0)
  const pairs = confident.map((step) => [enTokens.sentence(step.en), faTokens.sentence(step.fa)] as [TokenizedSentence, TokenizedSentence])
  const learned = learnDictionary(pairs, lexicon)
  const refined = {
    ...model,
    ...estimateLength(pairs, options?.evidence),
    matchRate: options?.evidence?.matchRate ?? estimateMatchRate(confident.map((step) => pass.problem.expectedMatches(step.en, step.fa)), model.matchRate)
  }
  return { refinedLexicon: lexicon.clone().merge(learned), refined, path: pass.path, statistics: pass.statistics }
}

interface Pass {
  path: PathStep[]
  problem: EvidenceProblem
  statistics: DocumentStatistics
}

function runPass(
  enTokens: TokenizedDocument,
  faTokens: TokenizedDocument,
  lexicon: Lexicon,
  model: EvidenceModel,
  options: Readonly<ParallelOptions> | null | undefined,
  previous: PathStep[] | undefined,
  statistics: DocumentStatistics | undefined
): Pass {
  const tokens = weighTokens(enTokens, faTokens, lexicon, new FeatureSpace(), statistics)
  const enVectors = packVectors(tokens.en, model.matchRate)
  const faVectors = packVectors(tokens.fa, model.matchRate)
  const problem = new EvidenceProblem(enVectors, faVectors, tokens.en, tokens.fa, model, logPriors)
  if (!previous) return { path: alignMonotone(problem, parallelShapes, options), problem, statistics: tokens.statistics }
  const points: Array<[number, number]> = [[0, 0]]
  let i = 0
  let j = 0
  for (const step of previous) {
    i += step.enCount
    j += step.faCount
    points.push([i, j])
  }
  const region = regionAroundPath(enVectors.count, faVectors.count, points, options?.coarseBand ?? 3)
  return { path: bestPath(problem, region, parallelShapes), problem, statistics: tokens.statistics }
}

/** The evidence model before any alignment: c from the documents' total lengths, s² = 6.8. */
function initialModel(en: TokenizedDocument, fa: TokenizedDocument, overrides: Partial<EvidenceModel> | undefined): EvidenceModel {
  const enTotal = en.lengths.subarray(0, en.count).reduce((sum, length) => sum + length, 0)
  const faTotal = fa.lengths.subarray(0, fa.count).reduce((sum, length) => sum + length, 0)
  return {
    ...defaultEvidenceModel,
    lengthRatio: enTotal > 0 && faTotal > 0 ? faTotal / enTotal : 1,
    ...overrides
  }
}

/**
 * Gale–Church c and s² re-estimated from aligned pairs (maximum likelihood under their
 * model); the defaults stay when there are fewer than 10 pairs.
 *
 * @param pairs Aligned sentence pairs.
 * @param overrides Values fixed by the caller.
 */
export function estimateLength(
  pairs: ReadonlyArray<readonly [TokenizedSentence | undefined, TokenizedSentence | undefined]>,
  overrides?: Partial<EvidenceModel>
): Partial<EvidenceModel> {
  const usable = pairs.filter(([en, fa]) => en && fa && en.length > 0 && fa.length > 0) as Array<[TokenizedSentence, TokenizedSentence]>
  if (usable.length < 10) return {}
  const ratio = overrides?.lengthRatio ?? usable.reduce((sum, [, fa]) => sum + fa.length, 0) / usable.reduce((sum, [en]) => sum + en.length, 0)
  let squares = 0
  let basis = 0
  for (const [en, fa] of usable) {
    squares += (fa.length - ratio * en.length) ** 2
    basis += (en.length + fa.length / ratio) / 2
  }
  const variance = overrides?.lengthVariance ?? Math.max(1, squares / basis)
  return { lengthRatio: ratio, lengthVariance: variance }
}

/**
 * The share of expected tokens that confident links match, in [0.2, 0.9]; the prior value
 * stays when fewer than 30 expected tokens were seen.
 *
 * @param counts Matched and expected tokens of each confident link.
 * @param prior The value to keep without enough data.
 */
export function estimateMatchRate(counts: ReadonlyArray<{ matched: number; expected: number }>, prior: number): number {
  const matched = counts.reduce((sum, count) => sum + count.matched, 0)
  const expected = counts.reduce((sum, count) => sum + count.expected, 0)
  if (expected < 30) return prior
  return Math.min(0.9, Math.max(0.2, matched / expected))
}

function toLinks(path: readonly PathStep[], problem: EvidenceProblem): AlignmentLink[] {
  return path.map((step) => {
    const en = Array.from({ length: step.enCount }, (_, k) => step.en + k)
    const fa = Array.from({ length: step.faCount }, (_, k) => step.fa + k)
    if (step.enCount > 0 && step.faCount > 0) {
      return { en, fa, score: sigmoid(problem.evidence(step.en, step.enCount, step.fa, step.faCount)) }
    }
    const neighbours =
      step.enCount > 0
        ? [step.fa - 1, step.fa].filter((f) => f >= 0 && f < problem.faCount).map((f) => problem.evidence(step.en, 1, f, 1))
        : [step.en - 1, step.en].filter((e) => e >= 0 && e < problem.enCount).map((e) => problem.evidence(e, 1, step.fa, 1))
    return { en, fa, score: 1 - sigmoid(Math.max(Number.NEGATIVE_INFINITY, ...neighbours)) }
  })
}

/**
 * The logistic function: log-odds → probability.
 *
 * @param value Log-odds.
 */
export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}
