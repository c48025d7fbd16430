import { alignMonotone, parallelShapes, type AlignmentProblem, type BeadShape, type MonotoneOptions } from './banded-dp.js'
import { lengthDelta } from './similarity.js'
import { visibleLength } from './tokenize.js'
import type { AlignmentLink } from './types.js'

/** Options of {@link galeChurch}. */
export interface GaleChurchOptions extends MonotoneOptions {
  /**
   * Persian characters per English character (c). Default: the ratio of the two documents'
   * total lengths (Gale and Church used c = 1 for languages of similar length; Persian
   * writes fewer characters than English for the same text).
   */
  ratio?: number
  /** Variance per character (s²); default 6.8, Gale and Church's estimate. */
  variance?: number
}

/** Prior probabilities of the bead shapes, from Gale and Church (1993), split evenly between directions. */
export const galeChurchPriors: Readonly<Record<string, number>> = Object.freeze({
  '1-1': 0.89,
  '1-0': 0.0099 / 2,
  '0-1': 0.0099 / 2,
  '2-1': 0.089 / 2,
  '1-2': 0.089 / 2,
  '2-2': 0.011
})

const priorByShape = Float64Array.from({ length: 9 }, (_, k) => galeChurchPriors[`${Math.floor(k / 3)}-${k % 3}`] ?? 0)

/**
 * Gale and Church's cost of a bead, in nats: `−ln P(shape) − ln 2(1 − Φ(|δ|))`.
 *
 * @param enLength Characters of the English side.
 * @param faLength Characters of the Persian side.
 * @param shape The bead shape.
 * @param ratio c.
 * @param variance s².
 */
export function galeChurchCost(
  enLength: number,
  faLength: number,
  shape: BeadShape,
  ratio: number,
  variance: number
): number {
  const prior = shape.en <= 2 && shape.fa <= 2 ? priorByShape[3 * shape.en + shape.fa] : undefined
  if (prior === undefined || prior === 0) return Number.POSITIVE_INFINITY
  const delta = Math.abs(lengthDelta(enLength, faLength, ratio, variance))
  return -Math.log(prior) - logErfc(delta / Math.SQRT2)
}

/**
 * Align two lists of sentences by length alone (Gale and Church 1993): the baseline every
 * matn evaluation reports. Lengths are characters other than white space.
 *
 * @param en English sentences.
 * @param fa Persian sentences.
 * @param options Length model and search limits.
 * @returns Links covering every sentence once, in order; `score` is `2(1 − Φ(|δ|))`.
 */
export function galeChurch(
  en: readonly string[],
  fa: readonly string[],
  options?: Readonly<GaleChurchOptions> | null
): AlignmentLink[] {
  return galeChurchLengths(en.map(visibleLength), fa.map(visibleLength), options)
}

/**
 * {@link galeChurch} on lengths.
 *
 * @param enLengths English sentence lengths.
 * @param faLengths Persian sentence lengths.
 * @param options Length model and search limits.
 */
export function galeChurchLengths(
  enLengths: readonly number[],
  faLengths: readonly number[],
  options?: Readonly<GaleChurchOptions> | null
): AlignmentLink[] {
  const enTotal = enLengths.reduce((sum, length) => sum + length, 0)
  const faTotal = faLengths.reduce((sum, length) => sum + length, 0)
  const ratio = options?.ratio ?? (enTotal > 0 && faTotal > 0 ? faTotal / enTotal : 1)
  const variance = options?.variance ?? 6.8
  const problem = new LengthProblem(Float64Array.from(enLengths), Float64Array.from(faLengths), ratio, variance)
  return alignMonotone(problem, parallelShapes, options).map((step) => {
    const enSide = range(step.en, step.enCount)
    const faSide = range(step.fa, step.faCount)
    const enLength = enSide.reduce((sum, index) => sum + (enLengths[index] as number), 0)
    const faLength = faSide.reduce((sum, index) => sum + (faLengths[index] as number), 0)
    const delta = Math.abs(lengthDelta(enLength, faLength, ratio, variance))
    return { en: enSide, fa: faSide, score: Math.min(1, Math.exp(logErfc(delta / Math.SQRT2))) }
  })
}

class LengthProblem implements AlignmentProblem {
  readonly enCount: number
  readonly faCount: number

  constructor(
    private readonly enLengths: Float64Array,
    private readonly faLengths: Float64Array,
    private readonly ratio: number,
    private readonly variance: number
  ) {
    this.enCount = enLengths.length
    this.faCount = faLengths.length
  }

  beadScore(i: number, j: number, shape: BeadShape): number {
    let enLength = 0
    let faLength = 0
    for (let k = i - shape.en; k < i; k++) enLength += this.enLengths[k] as number
    for (let k = j - shape.fa; k < j; k++) faLength += this.faLengths[k] as number
    return -galeChurchCost(enLength, faLength, shape, this.ratio, this.variance)
  }

  coarsen(): AlignmentProblem {
    return new LengthProblem(pairSums(this.enLengths), pairSums(this.faLengths), this.ratio, this.variance)
  }
}

/**
 * ln erfc(z) for z ≥ 0 without underflow: the Chebyshev fit of Numerical Recipes' `erfcc`
 * (fractional error below 1.2e-7), taken in logs.
 *
 * @param z A non-negative number.
 */
export function logErfc(z: number): number {
  const x = Math.abs(z)
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  return Math.log(t) - x * x + poly
}

function pairSums(values: Float64Array): Float64Array {
  const result = new Float64Array(Math.ceil(values.length / 2))
  for (let k = 0; k < values.length; k++) result[k >> 1] = (result[k >> 1] as number) + (values[k] as number)
  return result
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k)
}
