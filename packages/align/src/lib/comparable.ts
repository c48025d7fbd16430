import { FeatureSpace, weighTokens } from './features.js'
import { learnDictionary } from './learn-dictionary.js'
import { domainLexicon, type Lexicon } from './lexicon.js'
import { sigmoid } from './parallel.js'
import { sectionAffinity, type SectionRole } from './sections.js'
import { beadEvidence, defaultEvidenceModel, matchMasks, maskWeight, sideEvidence, type EvidenceModel } from './similarity.js'
import { documentOf } from './token-document.js'
import { tokenizeEnglish, tokenizePersian, type TokenizedSentence } from './tokenize.js'
import type { AlignmentLink } from './types.js'
import { packVectors, type VectorSet } from './vector-set.js'

/** What is known of a sentence's place in its document. */
export interface SentenceContext {
  /** The role of its section (abstract, introduction, …). */
  role?: SectionRole
  /** Sentences with the same group (a paragraph, a table row) may be linked together. */
  group?: string
}

/** Options of comparable alignment. */
export interface ComparableOptions {
  /** Word and phrase translations (default: the domain lexicon). */
  lexicon?: Lexicon
  /** Learn a dictionary from a first pass and align again (default true). */
  learn?: boolean
  /** Overrides of the evidence model. */
  evidence?: Partial<EvidenceModel>
  /** Context of each English sentence (same length as `en`). */
  enContext?: readonly SentenceContext[]
  /** Context of each Persian sentence (same length as `fa`). */
  faContext?: readonly SentenceContext[]
  /** Pairs known to correspond (titles, keywords) that join the first pass's links when learning. */
  seeds?: ReadonlyArray<readonly [string, string]>
}

/** Parameters of the comparable model; see docs/alignment.md. */
const model = Object.freeze({
  /** Prior that an English sentence has a counterpart. */
  linkProbability: 0.9,
  /** Share of links that continue near the previous one (the rest jump by section). */
  continuation: 0.5,
  /** P(the next link starts d sentences after the previous link's end), d = 0…4. */
  jump: [0.25, 0.45, 0.15, 0.1, 0.05],
  /** Prior of a one-sentence unit versus a unit of several sentences. */
  single: 0.8,
  /** Length carries less weight for paraphrase than for translation. */
  lengthWeight: 0.5,
  /** Candidate units kept per English sentence. */
  candidates: 30,
  /** Best single sentences grown into multi-sentence units, per English sentence. */
  seeds: 10,
  /** Best single sentences a unit may grow with (besides the seed's neighbours). */
  pool: 15,
  /** Least English coverage a further Persian sentence must add to join a unit. */
  coverageGain: 0.1,
  /** Least evidence (nats) a further Persian sentence must add to join a unit: odds of 20 to 1. */
  growthCost: Math.log(20),
  /** Most Persian sentences in one link. */
  maxSentences: 6
})

/** Persian sentences an English sentence may link to, in document order. */
interface Unit {
  sentences: number[]
  start: number
  end: number
}

/**
 * Align an English text with a comparable Persian one (an extended abstract with the full
 * article): each English sentence links to zero, one or a few Persian sentences anywhere,
 * preferring sections whose role fits and continuing near the previous link. A hidden
 * Markov model over the English sentences (states: candidate Persian units and "none";
 * emissions: the evidence model; transitions: a mixture of a short forward jump and a
 * section-weighted jump anywhere) is decoded by Viterbi. Candidate units are single
 * sentences and units grown from the best ones by adding sentences that raise the
 * evidence by at least ln 20 and the English coverage by at least 10%. Consecutive
 * English sentences linked to the same Persian sentences become one link. A dictionary is
 * learned from the first decoding (and the seeds) only when there are at least 50 pairs;
 * the match rate and length model are not re-estimated (comparable links are partial,
 * estimates from them are biased).
 *
 * @param en English sentences.
 * @param fa Persian sentences.
 * @param options Lexicon, contexts, learning.
 * @returns One link per English sentence or run of sentences (null links for those with
 *   no counterpart); Persian sentences without a counterpart are not listed.
 */
export function alignComparable(
  en: readonly string[],
  fa: readonly string[],
  options?: Readonly<ComparableOptions> | null
): AlignmentLink[] {
  const enTokens = en.map(tokenizeEnglish)
  const faTokens = fa.map(tokenizePersian)
  const lexicon = options?.lexicon ?? domainLexicon()
  const evidence: EvidenceModel = { ...defaultEvidenceModel, lengthWeight: model.lengthWeight, ...options?.evidence }
  let result = decode(enTokens, faTokens, lexicon, evidence, options)
  if (options?.learn !== false && en.length > 0 && fa.length > 0) {
    const pairs: Array<[TokenizedSentence, TokenizedSentence]> = []
    const confident = result.links.filter((link) => link.fa.length > 0 && link.score >= 0.5)
    for (const link of confident) {
      for (const e of link.en) pairs.push([enTokens[e] as TokenizedSentence, concatSentences(link.fa.map((f) => faTokens[f] as TokenizedSentence))])
    }
    for (const [seedEn, seedFa] of options?.seeds ?? []) pairs.push([tokenizeEnglish(seedEn), tokenizePersian(seedFa)])
    const learned = learnDictionary(pairs, lexicon)
    if (learned.size > 0) result = decode(enTokens, faTokens, lexicon.clone().merge(learned), evidence, options)
  }
  return result.links
}

interface Decoded {
  links: AlignmentLink[]
}

function decode(
  enTokens: readonly TokenizedSentence[],
  faTokens: readonly TokenizedSentence[],
  lexicon: Lexicon,
  baseEvidence: EvidenceModel,
  options: Readonly<ComparableOptions> | null | undefined
): Decoded {
  const tokens = weighTokens(documentOf(enTokens), documentOf(faTokens), lexicon, new FeatureSpace())
  const enVectors = packVectors(tokens.en, baseEvidence.matchRate)
  const faVectors = packVectors(tokens.fa, baseEvidence.matchRate)
  const masks = new MaskTable(enVectors, faVectors)
  const scorer = new UnitScorer(enVectors, faVectors, masks, baseEvidence)
  const groups = (options?.faContext ?? []).map((context) => context.group)
  const faRoles = (options?.faContext ?? []).map((context) => context.role)
  const states: Array<Array<{ unit: Unit; emission: number; logPrior: number }>> = []
  for (let e = 0; e < enVectors.count; e++) {
    const role = options?.enContext?.[e]?.role
    const singles = faTokens.map((_, f) => ({ f, emission: scorer.evidence(e, [f]), affinity: affinityOf(role, faRoles[f]) }))
    const ranked = [...singles].sort((a, b) => b.emission + b.affinity - (a.emission + a.affinity))
    const pool = ranked.slice(0, model.pool).map((single) => single.f)
    const units: Array<{ unit: Unit; emission: number; affinity: number }> = singles.map((single) => ({
      unit: makeUnit([single.f]),
      emission: single.emission,
      affinity: single.affinity + Math.log(model.single)
    }))
    const grown = new Set<string>()
    for (const seed of ranked.slice(0, model.seeds)) {
      const neighbours = [seed.f - 1, seed.f + 1].filter((f) => f >= 0 && f < faVectors.count && (!options?.faContext || (groups[f] !== undefined && groups[f] === groups[seed.f])))
      const sentences = grow(e, [seed.f], [...new Set([...neighbours, ...pool])], scorer)
      const key = sentences.join()
      if (sentences.length < 2 || grown.has(key)) continue
      grown.add(key)
      units.push({ unit: makeUnit(sentences), emission: scorer.evidence(e, sentences), affinity: seed.affinity + Math.log(1 - model.single) })
    }
    const logZ = logSumExp(units.map((unit) => unit.affinity))
    const scored = units.map((unit) => ({ unit: unit.unit, emission: unit.emission, logPrior: unit.affinity - logZ }))
    scored.sort((a, b) => b.emission + b.logPrior - (a.emission + a.logPrior))
    states.push(scored.slice(0, model.candidates))
  }
  const sets: number[][] = viterbi(states).map((unit) => unit?.sentences ?? [])
  return { links: mergeRuns(sets, scorer) }
}

/** The best sequence of units (undefined: no counterpart) for the English sentences. */
function viterbi(states: ReadonlyArray<ReadonlyArray<{ unit: Unit; emission: number; logPrior: number }>>): Array<Unit | undefined> {
  const logLink = Math.log(model.linkProbability)
  const logNull = Math.log(1 - model.linkProbability)
  let previous: Array<{ unit: Unit | undefined; score: number; back: number }> = []
  const history: Array<Array<{ unit: Unit | undefined; score: number; back: number }>> = []
  states.forEach((candidates, e) => {
    const current: Array<{ unit: Unit | undefined; score: number; back: number }> = []
    const options = [...candidates.map((candidate) => candidate as { unit: Unit | undefined; emission: number; logPrior: number }), { unit: undefined, emission: 0, logPrior: 0 }]
    for (const option of options) {
      let best = Number.NEGATIVE_INFINITY
      let back = -1
      if (e === 0) best = option.unit ? logLink + option.logPrior : logNull
      previous.forEach((state, index) => {
        const transition = option.unit ? logLink + Math.log(mixture(state.unit, option.unit, option.logPrior)) : logNull
        const value = state.score + transition
        if (value > best) {
          best = value
          back = index
        }
      })
      current.push({ unit: option.unit, score: best + option.emission, back })
    }
    history.push(current)
    previous = current
  })
  const result: Array<Unit | undefined> = new Array(states.length)
  let index = previous.reduce((best, state, k) => (state.score > (previous[best]?.score ?? Number.NEGATIVE_INFINITY) ? k : best), 0)
  for (let e = states.length - 1; e >= 0; e--) {
    const state = history[e]?.[index]
    result[e] = state?.unit
    index = state?.back ?? 0
  }
  return result
}

/** P(unit | previous unit): a short forward jump or a section-weighted jump anywhere. */
function mixture(previous: Unit | undefined, unit: Unit, logPrior: number): number {
  const anywhere = Math.exp(logPrior)
  if (!previous) return anywhere
  const distance = unit.start - previous.end
  const near = (model.jump[distance] ?? 0) * (unit.sentences.length > 1 ? 1 - model.single : model.single)
  return model.continuation * near + (1 - model.continuation) * anywhere
}

/**
 * Grow a unit greedily: add the sentence of the pool that raises the link's evidence most,
 * as long as the evidence rises by the growth cost and the English coverage gains enough.
 */
function grow(e: number, seed: number[], pool: readonly number[], scorer: UnitScorer): number[] {
  const result = [...seed]
  let evidence = scorer.evidence(e, result)
  let coverage = scorer.englishCoverage(e, result)
  while (result.length < model.maxSentences) {
    let best: { f: number; evidence: number; coverage: number } | undefined
    for (const f of pool) {
      if (result.includes(f)) continue
      const candidate = [...result, f]
      const value = scorer.evidence(e, candidate)
      if (value > evidence + model.growthCost && (!best || value > best.evidence)) best = { f, evidence: value, coverage: scorer.englishCoverage(e, candidate) }
    }
    if (!best || best.coverage - coverage < model.coverageGain) break
    result.push(best.f)
    evidence = best.evidence
    coverage = best.coverage
  }
  return result.sort((a, b) => a - b)
}

function makeUnit(sentences: number[]): Unit {
  const sorted = [...sentences].sort((a, b) => a - b)
  return { sentences: sorted, start: sorted[0] as number, end: sorted[sorted.length - 1] as number }
}

/** Links from per-sentence choices: runs of English sentences with the same Persian set become one link. */
function mergeRuns(sets: readonly number[][], scorer: UnitScorer): AlignmentLink[] {
  const links: AlignmentLink[] = []
  sets.forEach((fa, e) => {
    const last = links[links.length - 1]
    if (last && fa.length > 0 && last.fa.join() === fa.join() && last.en[last.en.length - 1] === e - 1) {
      last.en.push(e)
      return
    }
    links.push({ en: [e], fa: [...fa], score: 0 })
  })
  for (const link of links) {
    link.score =
      link.fa.length > 0
        ? sigmoid(scorer.linkEvidence(link.en, link.fa))
        : 1 - sigmoid(scorer.bestSingle(link.en[0] as number))
  }
  return links
}

/** Match masks of every English sentence against every Persian one, computed on demand. */
class MaskTable {
  private readonly rows: Array<Uint32Array | undefined>

  constructor(
    private readonly en: VectorSet,
    private readonly fa: VectorSet
  ) {
    this.rows = new Array(en.count)
  }

  get(e: number, f: number): Uint32Array {
    let row = this.rows[e]
    if (!row) {
      row = new Uint32Array(4 * this.fa.count)
      for (let k = 0; k < this.fa.count; k++) matchMasks(this.en, e, this.fa, k, row, 4 * k)
      this.rows[e] = row
    }
    return row.subarray(4 * f, 4 * f + 4)
  }
}

class UnitScorer {
  constructor(
    private readonly en: VectorSet,
    private readonly fa: VectorSet,
    private readonly masks: MaskTable,
    private readonly model: EvidenceModel
  ) {}

  /** Evidence that English e is rendered by the Persian sentences. */
  evidence(e: number, sentences: readonly number[]): number {
    return this.linkEvidence([e], sentences)
  }

  /** Evidence of a link of several English and Persian sentences. */
  linkEvidence(enSentences: readonly number[], faSentences: readonly number[]): number {
    let lexical = 0
    let enLength = 0
    let faLength = 0
    for (const e of enSentences) {
      let low = 0
      let high = 0
      for (const f of faSentences) {
        const m = this.masks.get(e, f)
        low |= m[0] as number
        high |= m[1] as number
      }
      lexical += sideEvidence(this.en, e, low, high, faSentences.length)
      enLength += this.en.lengths[e] as number
    }
    for (const f of faSentences) {
      let low = 0
      let high = 0
      for (const e of enSentences) {
        const m = this.masks.get(e, f)
        low |= m[2] as number
        high |= m[3] as number
      }
      lexical += sideEvidence(this.fa, f, low, high, enSentences.length)
      faLength += this.fa.lengths[f] as number
    }
    return beadEvidence(lexical / 2, enLength, faLength, this.model)
  }

  /** Share of English e's token weight matched by the Persian sentences. */
  englishCoverage(e: number, sentences: readonly number[]): number {
    const total = this.en.total[e] as number
    if (total <= 0) return 0
    let low = 0
    let high = 0
    for (const f of sentences) {
      const m = this.masks.get(e, f)
      low |= m[0] as number
      high |= m[1] as number
    }
    return maskWeight(this.en, e, low, high) / total
  }

  /** The best evidence of English e against any one Persian sentence. */
  bestSingle(e: number): number {
    let best = Number.NEGATIVE_INFINITY
    for (let f = 0; f < this.fa.count; f++) best = Math.max(best, this.evidence(e, [f]))
    return best
  }
}

function affinityOf(enRole: SectionRole | undefined, faRole: SectionRole | undefined): number {
  if (!enRole || !faRole) return 0
  return sectionAffinity[enRole][faRole] ?? 0
}

function concatSentences(sentences: readonly TokenizedSentence[]): TokenizedSentence {
  return { tokens: sentences.flatMap((sentence) => sentence.tokens), length: sentences.reduce((sum, sentence) => sum + sentence.length, 0) }
}

function logSumExp(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY
  for (const value of values) if (value > max) max = value
  if (!Number.isFinite(max)) return max
  return max + Math.log(values.reduce((sum, value) => sum + Math.exp(value - max), 0))
}
