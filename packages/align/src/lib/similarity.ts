import { slotFields, type VectorSet } from './vector-set.js'

/**
 * The evidence model every matn mode scores with. A candidate bead (English sentences E,
 * Persian sentences F) gets a log-odds score, in nats, that F translates E rather than
 * being unrelated:
 *
 *     evidence(E, F) = ½ Σ_{tokens t of E and F} llr(t) + lengthWeight · lengthLogOdds(|E|, |F|)
 *
 * A token is matched when the other side of the bead shares one of its features: a
 * lexicon translation, a transliterated name, a number or year in any digit system, a
 * Latin string (citation, acronym), a lexicon phrase. With q the token's chance of an
 * accidental match (the share of the other side's sentences that match it, so common
 * words weigh little) and `matchRate` the chance that a translation shows it,
 * `llr(t) = ln(matchRate / q)` for a matched token, `ln((1 − matchRate) / (1 − q))` for an
 * expected token left unmatched (a word the lexicon translates, an English number), and 0
 * otherwise: a naive-Bayes log-likelihood ratio. Each match is seen from both sides,
 * hence the ½. `lengthLogOdds` compares the Gale–Church length deviation δ under a true
 * bead (standard normal) with its spread under a random pairing (normal, σ = 3).
 */
export interface EvidenceModel {
  /** Probability that a translation shows a token the lexicon can translate. */
  matchRate: number
  /** Persian characters per English character (Gale–Church c). */
  lengthRatio: number
  /** Variance of Persian length per English character (Gale–Church s²). */
  lengthVariance: number
  /** Weight of the length term (1 for translations, less for paraphrase). */
  lengthWeight: number
}

/** Defaults of {@link EvidenceModel}: match rate ½, Gale–Church's c = 1 and s² = 6.8. */
export const defaultEvidenceModel: Readonly<EvidenceModel> = Object.freeze({
  matchRate: 0.5,
  lengthRatio: 1,
  lengthVariance: 6.8,
  lengthWeight: 1
})

/** Spread of δ for a random pairing, in standard deviations of a true bead. */
const randomSpread = 3
const lengthFloor = -8

/**
 * Log-odds that two lengths belong to a true bead: `ln N(δ; 0, 1) − ln N(δ; 0, 3²)`, with
 * δ the Gale–Church deviation `(lFa − c·lEn) / √(s²·lEn)`; never below −8.
 *
 * @param enLength English characters.
 * @param faLength Persian characters.
 * @param model Length parameters.
 */
export function lengthLogOdds(enLength: number, faLength: number, model: Readonly<EvidenceModel>): number {
  const delta = lengthDelta(enLength, faLength, model.lengthRatio, model.lengthVariance)
  const value = Math.log(randomSpread) - (delta * delta * (1 - 1 / (randomSpread * randomSpread))) / 2
  return Math.max(lengthFloor, value)
}

/**
 * Gale–Church's length deviation δ: `(l2 − c·l1) / √(s²·m)`, where m is the mean of l1
 * and l2/c as in their program (so that empty sides are defined).
 *
 * @param enLength Length of the English side (l1).
 * @param faLength Length of the Persian side (l2).
 * @param ratio c.
 * @param variance s².
 */
export function lengthDelta(enLength: number, faLength: number, ratio: number, variance: number): number {
  const basis = (enLength + faLength / ratio) / 2 || 1
  return (faLength - ratio * enLength) / Math.sqrt(variance * basis)
}

/**
 * The harmonic mean of two coverages, 0 when either side has nothing to cover.
 *
 * @param enMatched English weight matched.
 * @param enTotal English weight.
 * @param faMatched Persian weight matched.
 * @param faTotal Persian weight.
 */
export function coverageSimilarity(enMatched: number, enTotal: number, faMatched: number, faTotal: number): number {
  if (enTotal <= 0 || faTotal <= 0) return 0
  const en = enMatched / enTotal
  const fa = faMatched / faTotal
  return en + fa > 0 ? (2 * en * fa) / (en + fa) : 0
}

/**
 * The evidence (log-odds, nats) of a bead from its lexical log-likelihood ratio and lengths.
 *
 * @param lexical Lexical log-likelihood ratio (see {@link sideEvidence}).
 * @param enLength English characters.
 * @param faLength Persian characters.
 * @param model The model.
 */
export function beadEvidence(lexical: number, enLength: number, faLength: number, model: Readonly<EvidenceModel>): number {
  return lexical + model.lengthWeight * lengthLogOdds(enLength, faLength, model)
}

/**
 * The log-likelihood ratio of one sentence's tokens given which of them the other side of
 * the bead matches.
 *
 * @param vectors The sentences of one side.
 * @param v The sentence.
 * @param low Matched slots 0–31.
 * @param high Matched slots 32–63.
 * @param others Number of sentences on the other side of the bead (the more, the likelier an accidental match).
 */
export function sideEvidence(vectors: VectorSet, v: number, low: number, high: number, others: number): number {
  const hit = others >= 2 ? 3 : 1
  let sum = others >= 2 ? (vectors.missTwo[v] as number) : (vectors.missOne[v] as number)
  const values = vectors.values
  const base = (vectors.valueStart[v] as number) + hit
  let bits = low >>> 0
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits)
    sum += (values[base + slotFields * bit] as number) - (values[base + slotFields * bit + 1] as number)
    bits = (bits & ~(1 << bit)) >>> 0
  }
  bits = high >>> 0
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits) + 32
    sum += (values[base + slotFields * bit] as number) - (values[base + slotFields * bit + 1] as number)
    bits = (bits & ~(1 << (bit - 32))) >>> 0
  }
  return sum
}

/**
 * Which tokens of each side the other side matches: ORs the owner masks of the shared
 * feature ids. Writes `[enLow, enHigh, faLow, faHigh]` into `out`.
 *
 * @param en English vectors.
 * @param e The English sentence.
 * @param fa Persian vectors.
 * @param f The Persian sentence.
 * @param out Four 32-bit masks.
 * @param offset Where in `out` to write.
 */
export function matchMasks(en: VectorSet, e: number, fa: VectorSet, f: number, out: Uint32Array, offset = 0): void {
  let enLow = 0
  let enHigh = 0
  let faLow = 0
  let faHigh = 0
  const a = en.features
  const b = fa.features
  let i = en.featureStart[e] as number
  let j = fa.featureStart[f] as number
  const aEnd = en.featureStart[e + 1] as number
  const bEnd = fa.featureStart[f + 1] as number
  while (i < aEnd && j < bEnd) {
    const x = a[i] as number
    const y = b[j] as number
    if (x < y) i += 3
    else if (x > y) j += 3
    else {
      enLow |= a[i + 1] as number
      enHigh |= a[i + 2] as number
      faLow |= b[j + 1] as number
      faHigh |= b[j + 2] as number
      i += 3
      j += 3
    }
  }
  out[offset] = enLow
  out[offset + 1] = enHigh
  out[offset + 2] = faLow
  out[offset + 3] = faHigh
}

/**
 * The weight of the token slots a mask selects.
 *
 * @param vectors The sentences of one side.
 * @param v The sentence.
 * @param low Slots 0–31.
 * @param high Slots 32–63.
 */
export function maskWeight(vectors: VectorSet, v: number, low: number, high: number): number {
  const values = vectors.values
  const base = vectors.valueStart[v] as number
  let sum = 0
  let bits = low >>> 0
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits)
    sum += values[base + slotFields * bit] as number
    bits = (bits & ~(1 << bit)) >>> 0
  }
  bits = high >>> 0
  while (bits !== 0) {
    const bit = 31 - Math.clz32(bits)
    sum += values[base + slotFields * (bit + 32)] as number
    bits = (bits & ~(1 << bit)) >>> 0
  }
  return sum
}

/**
 * Number of set bits of a 32-bit mask.
 *
 * @param mask A mask.
 */
export function bitCount(mask: number): number {
  let value = mask >>> 0
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
