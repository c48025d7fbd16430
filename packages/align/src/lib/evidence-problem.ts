import type { AlignmentProblem, BeadShape } from './banded-dp.js'
import { pairBlocks, type TokenLists } from './features.js'
import { beadEvidence, bitCount, matchMasks, sideEvidence, type EvidenceModel } from './similarity.js'
import { packVectors, type VectorSet } from './vector-set.js'

/** Log prior of each bead shape, keyed `en-fa`. */
export type ShapePriors = Readonly<Record<string, number>>

/** The priors as a table indexed `3 · en + fa` (−∞ for shapes without a prior). */
function priorTable(priors: ShapePriors): Float64Array {
  const table = new Float64Array(9).fill(Number.NEGATIVE_INFINITY)
  for (let en = 0; en < 3; en++) for (let fa = 0; fa < 3; fa++) table[3 * en + fa] = priors[`${en}-${fa}`] ?? Number.NEGATIVE_INFINITY
  return table
}

/**
 * Remembers the match masks of English sentence e against a range of Persian sentences,
 * for the few English sentences the dynamic program's current row needs.
 */
class MaskRows {
  private readonly slots: Array<{ en: number; from: number; to: number; masks: Uint32Array }> = []
  private readonly scratch = new Uint32Array(4)

  constructor(
    private readonly en: VectorSet,
    private readonly fa: VectorSet
  ) {}

  /** Compute the masks of English e against Persian [from, to). */
  ensure(e: number, from: number, to: number): void {
    if (e < 0 || e >= this.en.count) return
    const start = Math.max(0, from)
    const end = Math.min(this.fa.count, to)
    let slot = this.slots.find((candidate) => candidate.en === e)
    if (slot && slot.from <= start && slot.to >= end) return
    if (!slot) {
      slot = this.slots.length >= 3 ? (this.slots.shift() as (typeof this.slots)[number]) : { en: e, from: 0, to: 0, masks: new Uint32Array(64) }
      this.slots.push(slot)
    }
    const size = 4 * Math.max(0, end - start)
    if (slot.masks.length < size) slot.masks = new Uint32Array(Math.max(size, 2 * slot.masks.length))
    Object.assign(slot, { en: e, from: start, to: end })
    for (let f = start; f < end; f++) matchMasks(this.en, e, this.fa, f, slot.masks, 4 * (f - start))
  }

  /** Make sure some masks of English e are kept (the rest is computed when asked). */
  ensureAny(e: number, from: number, to: number): void {
    if (!this.slots.some((slot) => slot.en === e)) this.ensure(e, from, to)
  }

  /** The buffer the last {@link MaskRows.locate} points into. */
  buffer: Uint32Array = new Uint32Array(4)

  /**
   * Where the four masks of English e and Persian f are: sets {@link MaskRows.buffer} and
   * returns the offset in it (valid until the next call).
   */
  locate(e: number, f: number): number {
    for (const slot of this.slots) {
      if (slot.en === e && f >= slot.from && f < slot.to) {
        this.buffer = slot.masks
        return 4 * (f - slot.from)
      }
    }
    matchMasks(this.en, e, this.fa, f, this.scratch)
    this.buffer = this.scratch
    return 0
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
  private readonly table: Float64Array

  constructor(
    readonly en: VectorSet,
    readonly fa: VectorSet,
    private readonly enTokens: TokenLists,
    private readonly faTokens: TokenLists,
    readonly model: Readonly<EvidenceModel>,
    private readonly priors: ShapePriors
  ) {
    this.enCount = en.count
    this.faCount = fa.count
    this.rows = new MaskRows(en, fa)
    this.table = priorTable(priors)
  }

  startRow(i: number, low: number, high: number): void {
    this.rows.ensure(i - 1, low - 2, high)
    this.rows.ensureAny(i - 2, low - 2, high)
  }

  beadScore(i: number, j: number, shape: BeadShape): number {
    const prior = this.table[3 * shape.en + shape.fa] as number
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
        const at = this.rows.locate(e, f)
        low |= this.rows.buffer[at] as number
        high |= this.rows.buffer[at + 1] as number
      }
      sum += sideEvidence(this.en, e, low, high, faCount)
    }
    for (let f = f0; f < f0 + faCount; f++) {
      let low = 0
      let high = 0
      for (let e = e0; e < e0 + enCount; e++) {
        const at = this.rows.locate(e, f)
        low |= this.rows.buffer[at + 2] as number
        high |= this.rows.buffer[at + 3] as number
      }
      sum += sideEvidence(this.fa, f, low, high, enCount)
    }
    return sum / 2
  }

  /**
   * Expected tokens of English e and Persian f, and how many of them the other matches
   * (to estimate the match rate).
   */
  expectedMatches(e: number, f: number): { matched: number; expected: number } {
    const at = this.rows.locate(e, f)
    const masks = this.rows.buffer
    const enLow = this.en.expectedLow[e] as number
    const enHigh = this.en.expectedHigh[e] as number
    const faLow = this.fa.expectedLow[f] as number
    const faHigh = this.fa.expectedHigh[f] as number
    return {
      matched: bitCount((masks[at] as number) & enLow) + bitCount((masks[at + 1] as number) & enHigh) + bitCount((masks[at + 2] as number) & faLow) + bitCount((masks[at + 3] as number) & faHigh),
      expected: bitCount(enLow) + bitCount(enHigh) + bitCount(faLow) + bitCount(faHigh)
    }
  }

  coarsen(): AlignmentProblem {
    const enBlocks = pairBlocks(this.enTokens)
    const faBlocks = pairBlocks(this.faTokens)
    const rate = this.model.matchRate
    return new EvidenceProblem(packVectors(enBlocks, rate), packVectors(faBlocks, rate), enBlocks, faBlocks, this.model, this.priors)
  }

  private length(vectors: VectorSet, start: number, count: number): number {
    let sum = 0
    for (let k = start; k < start + count; k++) sum += vectors.lengths[k] as number
    return sum
  }
}
