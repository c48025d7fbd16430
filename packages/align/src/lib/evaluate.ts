/** A link by sentence keys (indices or ids) on each side; either side may be empty. */
export interface ScoredLink<Key = number | string> {
  en: readonly Key[]
  fa: readonly Key[]
}

/** Precision, recall and F1. */
export interface PrecisionRecall {
  precision: number
  recall: number
  f1: number
}

/** Counts behind strict and lax precision and recall, summable over documents. */
export interface AlignmentCounts {
  /** Test links (null links included) identical to a gold link. */
  strictPrecisionHits: number
  /** Test links (null links included) overlapping a gold link on both sides, or identical. */
  laxPrecisionHits: number
  /** Test links counted for precision (those with at least one side). */
  testLinks: number
  /** Gold links (not null) identical to a test link. */
  strictRecallHits: number
  /** Gold links (not null) overlapping a test link (not null) on both sides. */
  laxRecallHits: number
  /** Gold links counted for recall (those with both sides). */
  goldLinks: number
}

/** Strict and lax scores. */
export interface AlignmentScores {
  strict: PrecisionRecall
  lax: PrecisionRecall
  counts: AlignmentCounts
}

/**
 * Compare test links with gold links the way Bleualign and vecalign do. Strict: a link
 * counts when the same link (same sentences on both sides) is on the other list. Lax: a
 * link counts when some link of the other list shares a sentence on each side with it
 * (null links can only count strictly). Precision is over all test links, null links
 * included; recall is over the gold links with both sides against the test links with both
 * sides, so null links count for precision only.
 *
 * @param gold Reference links.
 * @param test Links to score.
 */
export function countAlignment<Key>(gold: ReadonlyArray<ScoredLink<Key>>, test: ReadonlyArray<ScoredLink<Key>>): AlignmentCounts {
  const goldSet = dedupe(gold)
  const testSet = dedupe(test)
  const precision = matches(goldSet, testSet)
  const recall = matches(testSet.filter(isTwoSided), goldSet.filter(isTwoSided))
  return {
    strictPrecisionHits: precision.strict,
    laxPrecisionHits: precision.lax,
    testLinks: testSet.length,
    strictRecallHits: recall.strict,
    laxRecallHits: recall.lax,
    goldLinks: goldSet.filter(isTwoSided).length
  }
}

/**
 * Add counts of several documents (scores are computed on the sums, as vecalign does).
 *
 * @param counts Per-document counts.
 */
export function sumCounts(counts: readonly AlignmentCounts[]): AlignmentCounts {
  const total: AlignmentCounts = { strictPrecisionHits: 0, laxPrecisionHits: 0, testLinks: 0, strictRecallHits: 0, laxRecallHits: 0, goldLinks: 0 }
  for (const count of counts) for (const key of Object.keys(total) as Array<keyof AlignmentCounts>) total[key] += count[key]
  return total
}

/**
 * Strict and lax precision, recall and F1 from counts.
 *
 * @param counts Summed counts.
 */
export function scoreCounts(counts: AlignmentCounts): AlignmentScores {
  return {
    strict: prf(counts.strictPrecisionHits, counts.testLinks, counts.strictRecallHits, counts.goldLinks),
    lax: prf(counts.laxPrecisionHits, counts.testLinks, counts.laxRecallHits, counts.goldLinks),
    counts
  }
}

/**
 * {@link countAlignment} then {@link scoreCounts} for one document.
 *
 * @param gold Reference links.
 * @param test Links to score.
 */
export function scoreAlignment<Key>(gold: ReadonlyArray<ScoredLink<Key>>, test: ReadonlyArray<ScoredLink<Key>>): AlignmentScores {
  return scoreCounts(countAlignment(gold, test))
}

function prf(precisionHits: number, tests: number, recallHits: number, golds: number): PrecisionRecall {
  const precision = tests > 0 ? precisionHits / tests : 0
  const recall = golds > 0 ? recallHits / golds : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

interface NormalLink<Key> {
  en: Key[]
  fa: Key[]
  id: string
}

function dedupe<Key>(links: ReadonlyArray<ScoredLink<Key>>): Array<NormalLink<Key>> {
  const seen = new Map<string, NormalLink<Key>>()
  for (const link of links) {
    if (link.en.length === 0 && link.fa.length === 0) continue
    const en = [...link.en].sort(compare)
    const fa = [...link.fa].sort(compare)
    const id = JSON.stringify([en, fa])
    if (!seen.has(id)) seen.set(id, { en, fa, id })
  }
  return [...seen.values()]
}

function compare<Key>(a: Key, b: Key): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

function isTwoSided<Key>(link: NormalLink<Key>): boolean {
  return link.en.length > 0 && link.fa.length > 0
}

/** How many links of `candidates` match some link of `reference`, strictly and laxly. */
function matches<Key>(reference: Array<NormalLink<Key>>, candidates: Array<NormalLink<Key>>): { strict: number; lax: number } {
  const ids = new Set(reference.map((link) => link.id))
  const pairs = new Set<string>()
  for (const link of reference) for (const en of link.en) for (const fa of link.fa) pairs.add(JSON.stringify([en, fa]))
  let strict = 0
  let lax = 0
  for (const link of candidates) {
    if (ids.has(link.id)) {
      strict++
      lax++
      continue
    }
    if (link.en.some((en) => link.fa.some((fa) => pairs.has(JSON.stringify([en, fa]))))) lax++
  }
  return { strict, lax }
}
