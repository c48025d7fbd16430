import type { AlignmentProblem, BeadShape } from './banded-dp.js'
import { concatTokens, packVector, type SentenceVector, type WeightedTokens } from './features.js'
import { beadEvidence, bitCount, matchMasks, sideEvidence, type EvidenceModel } from './similarity.js'

/** Log prior of each bead shape, keyed `en-fa`. */
export type ShapePriors = Readonly<Record<string, number>>

/**
 * Remembers the match masks of English sentence e against a range of Persian sentences,
 * for the few English sentences the dynamic program's current row needs.
 */
class MaskRows {
  private readonly slots: Array<{ en: number; from: number; to: number; masks: Uint32Array }> = []
  private readonly scratch = new Uint32Array(4)

  constructor(
    private readonly en: readonly SentenceVector[],
    private readonly fa: readonly SentenceVector[]
  ) {}

  /** Compute the masks of English e against Persian [from, to). */
  ensure(e: number, from: number, to: number): void {
    if (e < 0 || e >= this.en.length) return
    const start = Math.max(0, from)
    const end = Math.min(this.fa.length, to)
    const slot = this.slots.find((candidate) => candidate.en === e)
    if (slot && slot.from <= start && slot.to >= end) return
    const masks = new Uint32Array(4 * Math.max(0, end - start))
    const vector = this.en[e] as SentenceVector
    for (let f = start; f < end; f++) matchMasks(vector, this.fa[f] as SentenceVector, masks, 4 * (f - start))
    const fresh = { en: e, from: start, to: end, masks }
    if (slot) Object.assign(slot, fresh)
    else {
      this.slots.push(fresh)
      if (this.slots.length > 3) this.slots.shift()
    }
  }

  /** The four masks of English e and Persian f (valid until the next call). */
  get(e: number, f: number): Uint32Array {
    for (const slot of this.slots) {
      if (slot.en === e && f >= slot.from && f < slot.to) return slot.masks.subarray(4 * (f - slot.from), 4 * (f - slot.from) + 4)
    }
    matchMasks(this.en[e] as SentenceVector, this.fa[f] as SentenceVector, this.scratch)
    return this.scratch
  }
}

/**
 * Parallel alignment scored by the evidence model: a bead's score is its log prior plus,
 * for beads with both sides, its evidence (lexical and length log-odds).
 */
export class EvidenceProblem implements AlignmentProblem {
  readonly enCount: number
  readonly faCount: number
  private readonly rows: MaskRows

  constructor(
    readonly en: readonly SentenceVector[],
    readonly fa: readonly SentenceVector[],
    private readonly enTokens: readonly WeightedTokens[],
    private readonly faTokens: readonly WeightedTokens[],
    readonly model: Readonly<EvidenceModel>,
    private readonly priors: ShapePriors
  ) {
    this.enCount = en.length
    this.faCount = fa.length
    this.rows = new MaskRows(en, fa)
  }

  startRow(i: number, low: number, high: number): void {
    this.rows.ensure(i - 1, low - 2, high)
    this.rows.ensure(i - 2, low - 2, high)
  }

  beadScore(i: number, j: number, shape: BeadShape): number {
    const prior = this.priors[`${shape.en}-${shape.fa}`] ?? Number.NEGATIVE_INFINITY
    if (shape.en === 0 || shape.fa === 0) return prior
    return prior + this.evidence(i - shape.en, shape.en, j - shape.fa, shape.fa)
  }

  /**
   * Evidence (nats) that English `[e0, e0 + enCount)` and Persian `[f0, f0 + faCount)` are a bead.
   */
  evidence(e0: number, enCount: number, f0: number, faCount: number): number {
    return beadEvidence(this.lexical(e0, enCount, f0, faCount), this.length(this.en, e0, enCount), this.length(this.fa, f0, faCount), this.model)
  }

  /** Lexical log-likelihood ratio of a bead (exact union of matches on each side). */
  lexical(e0: number, enCount: number, f0: number, faCount: number): number {
    let sum = 0
    for (let e = e0; e < e0 + enCount; e++) {
      let low = 0
      let high = 0
      for (let f = f0; f < f0 + faCount; f++) {
        const masks = this.rows.get(e, f)
        low |= masks[0] as number
        high |= masks[1] as number
      }
      sum += sideEvidence(this.en[e] as SentenceVector, low, high, faCount)
    }
    for (let f = f0; f < f0 + faCount; f++) {
      let low = 0
      let high = 0
      for (let e = e0; e < e0 + enCount; e++) {
        const masks = this.rows.get(e, f)
        low |= masks[2] as number
        high |= masks[3] as number
      }
      sum += sideEvidence(this.fa[f] as SentenceVector, low, high, enCount)
    }
    return sum / 2
  }

  /**
   * Expected tokens of English e and Persian f, and how many of them the other matches
   * (to estimate the match rate).
   */
  expectedMatches(e: number, f: number): { matched: number; expected: number } {
    const masks = this.rows.get(e, f)
    const en = this.en[e] as SentenceVector
    const fa = this.fa[f] as SentenceVector
    return {
      matched:
        bitCount((masks[0] as number) & en.expectedLow) +
        bitCount((masks[1] as number) & en.expectedHigh) +
        bitCount((masks[2] as number) & fa.expectedLow) +
        bitCount((masks[3] as number) & fa.expectedHigh),
      expected: bitCount(en.expectedLow) + bitCount(en.expectedHigh) + bitCount(fa.expectedLow) + bitCount(fa.expectedHigh)
    }
  }

  coarsen(): AlignmentProblem {
    const enBlocks = pairBlocks(this.enTokens)
    const faBlocks = pairBlocks(this.faTokens)
    const pack = (block: WeightedTokens): SentenceVector => packVector(block, this.model.matchRate)
    return new EvidenceProblem(enBlocks.map(pack), faBlocks.map(pack), enBlocks, faBlocks, this.model, this.priors)
  }

  private length(vectors: readonly SentenceVector[], start: number, count: number): number {
    let sum = 0
    for (let k = start; k < start + count; k++) sum += (vectors[k] as SentenceVector).length
    return sum
  }
}

function pairBlocks(tokens: readonly WeightedTokens[]): WeightedTokens[] {
  const blocks: WeightedTokens[] = []
  for (let k = 0; k < tokens.length; k += 2) blocks.push(concatTokens(tokens.slice(k, k + 2)))
  return blocks
}
