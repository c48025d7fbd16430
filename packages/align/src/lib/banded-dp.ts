/**
 * Monotone alignment by dynamic programming over beads, searched coarse to fine so that
 * time and memory grow linearly with document length: a long pair of documents is first
 * aligned as blocks of two sentences (recursively), and the fine search is confined to a
 * band around the projected coarse path (as vecalign does). Links never cross.
 */

/** A bead shape: how many English and Persian sentences it takes. */
export interface BeadShape {
  readonly en: number
  readonly fa: number
}

/** The beads of parallel alignment: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2. */
export const parallelShapes: readonly BeadShape[] = Object.freeze([
  { en: 1, fa: 1 },
  { en: 1, fa: 0 },
  { en: 0, fa: 1 },
  { en: 2, fa: 1 },
  { en: 1, fa: 2 },
  { en: 2, fa: 2 }
])

/** One bead of a path: English `[en, en + enCount)` with Persian `[fa, fa + faCount)`. */
export interface PathStep {
  en: number
  fa: number
  enCount: number
  faCount: number
}

/** Where the search may go: for each English prefix length i, the Persian prefix lengths `low[i]..high[i]`. */
export interface SearchRegion {
  low: Int32Array
  high: Int32Array
}

/** An alignment problem the dynamic program can solve. */
export interface AlignmentProblem {
  readonly enCount: number
  readonly faCount: number
  /**
   * Score (log-odds, higher is better) of the bead of shape `shape` ending at prefix lengths
   * (i, j): English `[i − shape.en, i)` with Persian `[j − shape.fa, j)`.
   */
  beadScore(i: number, j: number, shape: BeadShape): number
  /** Called before the cells of English prefix i are filled (a chance to cache). */
  startRow?(i: number, low: number, high: number): void
  /** The same problem over blocks of two consecutive sentences per side. */
  coarsen(): AlignmentProblem
}

/** Limits of {@link alignMonotone}. */
export interface MonotoneOptions {
  /** Largest number of cells searched in full before going coarse to fine (default 1,000,000). */
  maxCells?: number
  /** Sentences either side of the projected coarse path searched at the finest level (default 5). */
  band?: number
  /** The same at coarser levels, where a miss is corrected below (default 3). */
  coarseBand?: number
}

/**
 * The best monotone path of beads through a problem, coarse to fine when it is large.
 *
 * @param problem What to align.
 * @param shapes Allowed bead shapes.
 * @param options Size limits.
 * @returns The beads in order; together they cover every sentence exactly once.
 */
export function alignMonotone(
  problem: AlignmentProblem,
  shapes: readonly BeadShape[],
  options?: Readonly<MonotoneOptions> | null
): PathStep[] {
  const maxCells = options?.maxCells ?? 1_000_000
  const band = options?.band ?? 5
  const { enCount, faCount } = problem
  if ((enCount + 1) * (faCount + 1) <= maxCells || Math.min(enCount, faCount) <= 4) {
    return bestPath(problem, fullRegion(enCount, faCount), shapes)
  }
  const coarseBand = options?.coarseBand ?? 3
  const coarsePath = alignMonotone(problem.coarsen(), shapes, { ...options, band: coarseBand, coarseBand })
  const points: Array<[number, number]> = [[0, 0]]
  let i = 0
  let j = 0
  for (const step of coarsePath) {
    i += step.enCount
    j += step.faCount
    points.push([Math.min(2 * i, enCount), Math.min(2 * j, faCount)])
  }
  return bestPath(problem, regionAroundPath(enCount, faCount, points, band), shapes)
}

/**
 * The region of every cell.
 *
 * @param enCount English sentences.
 * @param faCount Persian sentences.
 */
export function fullRegion(enCount: number, faCount: number): SearchRegion {
  return { low: new Int32Array(enCount + 1), high: new Int32Array(enCount + 1).fill(faCount) }
}

/**
 * The cells within `band` Persian sentences of a monotone polyline, row by row (the
 * polyline is drawn with its neighbouring rows, so the region is connected).
 *
 * @param enCount English sentences.
 * @param faCount Persian sentences.
 * @param points Monotone points from (0, 0) to (enCount, faCount).
 * @param band Half-width.
 */
export function regionAroundPath(
  enCount: number,
  faCount: number,
  points: ReadonlyArray<readonly [number, number]>,
  band: number
): SearchRegion {
  const pathLow = new Int32Array(enCount + 1).fill(faCount)
  const pathHigh = new Int32Array(enCount + 1).fill(0)
  const mark = (i: number, from: number, to: number): void => {
    pathLow[i] = Math.min(pathLow[i] as number, from)
    pathHigh[i] = Math.max(pathHigh[i] as number, to)
  }
  mark(0, 0, 0)
  mark(enCount, faCount, faCount)
  for (let k = 1; k < points.length; k++) {
    const [i0, j0] = points[k - 1] as readonly [number, number]
    const [i1, j1] = points[k] as readonly [number, number]
    if (i1 === i0) {
      mark(i0, j0, j1)
      continue
    }
    for (let i = i0; i <= i1; i++) {
      const from = j0 + ((j1 - j0) * Math.max(0, i - i0 - 1)) / (i1 - i0)
      const to = j0 + ((j1 - j0) * Math.min(i1 - i0, i - i0 + 1)) / (i1 - i0)
      mark(i, Math.floor(from), Math.ceil(to))
    }
  }
  const low = new Int32Array(enCount + 1)
  const high = new Int32Array(enCount + 1)
  for (let i = 0; i <= enCount; i++) {
    low[i] = Math.max(0, (pathLow[i] as number) - band)
    high[i] = Math.min(faCount, (pathHigh[i] as number) + band)
  }
  return { low, high }
}

/**
 * The best path inside a region (Viterbi over beads).
 *
 * @param problem What to align.
 * @param region Cells allowed; must hold (0, 0) and (enCount, faCount).
 * @param shapes Allowed bead shapes.
 * @returns The beads in order.
 */
export function bestPath(problem: AlignmentProblem, region: SearchRegion, shapes: readonly BeadShape[]): PathStep[] {
  const { enCount, faCount } = problem
  const { low, high } = region
  const offsets = new Float64Array(enCount + 2)
  for (let i = 0; i <= enCount; i++) {
    offsets[i + 1] = (offsets[i] as number) + Math.max(0, (high[i] as number) - (low[i] as number) + 1)
  }
  const cells = offsets[enCount + 1] as number
  const score = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY)
  const back = new Uint8Array(cells).fill(255)
  const cellOf = (i: number, j: number): number =>
    j < (low[i] as number) || j > (high[i] as number) ? -1 : (offsets[i] as number) + j - (low[i] as number)
  if (cellOf(0, 0) < 0 || cellOf(enCount, faCount) < 0) throw new Error('search region misses a corner')
  score[cellOf(0, 0)] = 0
  for (let i = 0; i <= enCount; i++) {
    const from = low[i] as number
    const to = high[i] as number
    problem.startRow?.(i, from, to)
    const base = (offsets[i] as number) - from
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue
      let best = Number.NEGATIVE_INFINITY
      let choice = 255
      for (let k = 0; k < shapes.length; k++) {
        const shape = shapes[k] as BeadShape
        const pi = i - shape.en
        const pj = j - shape.fa
        if (pi < 0 || pj < 0) continue
        const cell = cellOf(pi, pj)
        if (cell < 0) continue
        const previous = score[cell] as number
        if (previous === Number.NEGATIVE_INFINITY) continue
        const value = previous + problem.beadScore(i, j, shape)
        if (value > best) {
          best = value
          choice = k
        }
      }
      score[base + j] = best
      back[base + j] = choice
    }
  }
  const steps: PathStep[] = []
  let i = enCount
  let j = faCount
  while (i > 0 || j > 0) {
    const choice = back[cellOf(i, j)] as number
    const shape = shapes[choice]
    if (!shape) throw new Error('no path through the search region')
    i -= shape.en
    j -= shape.fa
    steps.push({ en: i, fa: j, enCount: shape.en, faCount: shape.fa })
  }
  return steps.reverse()
}
