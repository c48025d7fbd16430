/**
 * Glyph-map decoding over a whole document: decide once whether the document shows the
 * damage, then let the document help decode itself. A word type printed again and again
 * with the wide gap of a lost final glyph has lost it; words the first pass read with
 * confidence become counts that the second pass consults.
 */
import { loadPersianLexicon } from './lexicon.js'
import { memoizeLexicon } from './lexicon-memo.js'
import { persianWordKey } from './lexicon-text.js'
import { createDocumentGlyphMapDecoder, detectGlyphMapDamage, glyphMapCandidates, kashidaEvidence, kashidaRunEvidence, normalizeLetters, splitPieceNote } from './glyph-map.js'
import type { GlyphMapDetection, GlyphMapOptions } from './glyph-map.js'
import { documentGlyphChannel } from './glyph-map-estimate.js'
import { defaultGlyphChannel, type GlyphChannel } from './glyph-map-channel.js'
import type { LineContext, PersianLexicon, RepairResult, RepairStep } from './types.js'

/** What `prepareGlyphMapDecoder` is told about the document. */
export interface GlyphMapDocumentContext {
  /** The lexicon (default: the full lexicon; leave out the article being measured). */
  lexicon?: PersianLexicon
  /** The document's broken map, when already estimated (default: `estimateGlyphChannel` on the lines). */
  glyphChannel?: GlyphChannel
}

/** A document-level glyph-map step and what the detector found. */
export interface GlyphMapDocumentStep extends RepairStep {
  /** The detector's verdict on the whole document; the step changes nothing when not damaged. */
  readonly detection: GlyphMapDetection
}

/**
 * Weight of a document count against a lexicon count: a word the document itself reads with
 * confidence (same topic, same names) says more about its other occurrences than a count in
 * other curated articles (was 0.5; 1, 2, 4 and 16 measured, 2 to 16 alike, see docs/lexicon.md).
 */
const documentCountWeight = 4
/** A printed type counts as having lost its final glyph when at least this share of its
 * occurrences inside a line (at least `minimumOccurrences`) are followed by two spaces or more. */
const wideGapShare = 0.75
const minimumOccurrences = 3
/** Natural-log likelihood ratio added for such a type (and taken off for a type whose occurrences are nearly all followed by one space). */
const wideGapLogRatio = Math.log(4)
/**
 * A printed type counts as having kept its final glyph when at most this share of its occurrences
 * inside a line (at least `minimumOccurrences`) are followed by two spaces or more: a type that lost
 * a glyph wherever it is printed shows the lost glyph's space most of the time (82% on the 001
 * source), so one printed with one space nearly always did not lose one.
 */
const narrowGapShare = 0.25

const persianToken = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/g

/**
 * Prepare glyph-map decoding for one document (the `prepare` form of a pipeline step).
 * The broken map is `options.channel`, else `context.glyphChannel`, else estimated from the
 * lines (`documentGlyphChannel`, with `defaultGlyphChannel` as the known table). When `detectGlyphMapDamage` does not find the damage of that
 * map in the whole document, the step
 * returns every line unchanged. Otherwise it decodes in two passes: the first with the
 * lexicon and the document's spacing, the second also with the counts of the words the
 * first pass read with confidence (changed tokens, and printed tokens with no other known
 * reading).
 *
 * @param lines The document's lines, in logical order (as the step will receive them).
 * @param context The lexicon.
 * @param options Channel and thresholds (as for `createGlyphMapDecoder`).
 * @returns The line step, with the detector's verdict.
 */
export function prepareGlyphMapDecoder(
  lines: readonly string[],
  context?: Readonly<GlyphMapDocumentContext> | null,
  options?: Readonly<GlyphMapOptions> | null
): GlyphMapDocumentStep {
  const lexicon = context?.lexicon ?? loadPersianLexicon()
  // The map is read from the document itself unless the caller gives it.
  const channel = options?.channel ?? context?.glyphChannel ?? documentGlyphChannel(lines, lexicon, [defaultGlyphChannel])
  const detection = detectGlyphMapDamage(lines.join('\n'), lexicon, { channel })
  if (!detection.damaged) {
    return Object.assign((text: string): RepairResult => ({ text, changes: [], unresolved: [] }), { detection })
  }
  const lostGlyphEvidence = gapTypes(lines, options?.spacingEvidence !== false)
  for (const [token, ratio] of options?.lostGlyphEvidence ?? []) lostGlyphEvidence.set(token, ratio)
  const evidence = kashidaEvidence(lines.join('\n'), channel, lexicon)
  const kashidaShare = options?.kashidaShare ?? (evidence.tokens === 0 ? 0 : evidence.kashida / evidence.tokens)
  const withWords = withDocumentWords(lexicon, documentWords(lines, lexicon, channel))
  // Both passes know the same words (the second adds counts only): what decoding a line works out from that alone is worked out once.
  const kashidaRunRatio = options?.kashidaRunRatio ?? kashidaRunEvidence(lines, channel, lexicon)
  const decode = createDocumentGlyphMapDecoder({ ...options, channel, lostGlyphEvidence, kashidaShare, ...(kashidaRunRatio === undefined ? {} : { kashidaRunRatio }) }, withWords)
  const counts = new DocumentCounts()
  const unambiguous = new Map<string, boolean>()
  lines.forEach((line, index) => {
    const result = decode(line, { line: index + 1, lexicon: withWords })
    const changeAt = new Map(result.changes.map((change) => [change.column - 1, change]))
    const words: Array<string | undefined> = []
    let coveredUntil = -1
    for (const match of line.matchAll(persianToken)) {
      if (match.index < coveredUntil) continue // the second token of a joined pair
      const change = changeAt.get(match.index)
      if (change !== undefined) {
        // A piece of a split word is no word: it breaks pairs.
        words.push(change.note?.startsWith(splitPieceNote) === true ? undefined : change.after)
        coveredUntil = match.index + change.before.length
      } else {
        // One space after the token: no glyph was lost at its end, so readings that restore one do not make it ambiguous.
        const wideGap = /^ {2}/.test(line.slice(match.index + match[0].length))
        words.push(isUnambiguous(match[0], withWords, unambiguous, wideGap, channel) ? match[0] : undefined)
      }
    }
    counts.add(words)
  })
  const documentLexicon = memoizeLexicon(counts.over(withWords))
  return Object.assign(
    (text: string, lineContext: LineContext): RepairResult => decode(text, { ...lineContext, lexicon: documentLexicon }),
    { detection }
  )
}

/**
 * Words of the document the lexicon does not know: printed types of two letters or more that
 * occur at least `minimumOccurrences` times and have no reading under the channel that the
 * lexicon knows or that is a more frequent document word. A broken map damages a word the same
 * way wherever it occurs, so a name or term printed again and again in one form is that word
 * (`شویلر`), while a rarer type that reads as it under the channel (`شیویلر`, a kashida printed
 * as ی) is a damaged copy of it. By count, most frequent first.
 */
function documentWords(lines: readonly string[], lexicon: PersianLexicon, channel: GlyphChannel): Map<string, number> {
  const seen = new Map<string, number>()
  for (const line of lines) {
    for (const match of line.matchAll(persianToken)) {
      const type = normalizeLetters(match[0])
      if (type.length >= 2) seen.set(type, (seen.get(type) ?? 0) + 1)
    }
  }
  const words = new Map<string, number>()
  const ordered = [...seen].filter(([, count]) => count >= minimumOccurrences).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const isHeadword = (word: string): boolean => lexicon.has(word) && lexicon.isHeadword?.(word) !== false
  for (const [type, count] of ordered) {
    if (isHeadword(type)) continue
    // An unknown type with a known reading is a damaged word; a type known only as an affixed
    // form is the document's word unless a reading is a headword.
    const blocks = lexicon.has(type) ? isHeadword : (word: string): boolean => lexicon.has(word)
    const readings = glyphMapCandidates(type, channel).slice(1)
    if (readings.some((reading) => blocks(reading.word) || words.has(reading.word))) continue
    words.set(type, count)
  }
  return words
}

/** The lexicon plus the document's own words (`documentWords`), each counted as a headword. */
function withDocumentWords(base: PersianLexicon, words: ReadonlyMap<string, number>): PersianLexicon {
  if (words.size === 0) return base
  return Object.freeze({
    size: base.size + words.size,
    has: (word: string) => base.has(word) || words.has(normalizeLetters(word)),
    isHeadword: (word: string) => words.has(normalizeLetters(word)) || (base.isHeadword?.(word) ?? true),
    frequency: (word: string) => base.frequency(word) + documentCountWeight * (words.get(normalizeLetters(word)) ?? 0),
    bigram: (first: string, second: string) => base.bigram(first, second)
  })
}

/**
 * Printed types nearly always followed by a wide gap inside a line (evidence for a lost final
 * glyph) and, with `narrow` (the document's spacing is as extracted), those nearly always
 * followed by one space (evidence against: where an earlier step normalized the spacing, every
 * type is).
 */
function gapTypes(lines: readonly string[], narrow: boolean): Map<string, number> {
  const seen = new Map<string, { total: number; wide: number }>()
  for (const line of lines) {
    for (const match of line.matchAll(persianToken)) {
      const rest = line.slice(match.index + match[0].length)
      const spaces = /^ */.exec(rest)?.[0].length ?? 0
      if (spaces === rest.length) continue // at the end of the line
      const type = normalizeLetters(match[0])
      const entry = seen.get(type) ?? { total: 0, wide: 0 }
      entry.total++
      if (spaces >= 2) entry.wide++
      seen.set(type, entry)
    }
  }
  const evidence = new Map<string, number>()
  for (const [type, { total, wide }] of seen) {
    if (total >= minimumOccurrences && wide / total >= wideGapShare) evidence.set(type, wideGapLogRatio)
    else if (narrow && total >= minimumOccurrences && wide / total <= narrowGapShare) evidence.set(type, -wideGapLogRatio)
  }
  return evidence
}

/**
 * A printed word the lexicon knows and that has no other known reading (with `lostGlyph`
 * false, readings that restore a glyph lost at its end do not count).
 */
function isUnambiguous(word: string, lexicon: PersianLexicon, cache: Map<string, boolean>, lostGlyph: boolean, channel: GlyphChannel): boolean {
  const key = `${lostGlyph ? 1 : 0}${word}`
  let result = cache.get(key)
  if (result === undefined) {
    result = lexicon.has(word) && glyphMapCandidates(word, channel).every((reading) => reading.word === word || (!lostGlyph && reading.restoresFinalGlyph) || !lexicon.has(reading.word))
    cache.set(key, result)
  }
  return result
}

/** Word and word-pair counts of a document's confident readings. */
class DocumentCounts {
  readonly #unigrams = new Map<string, number>()
  readonly #bigrams = new Map<string, number>()

  /** Add one line's words; `undefined` marks a word not trusted (it breaks pairs). */
  add(words: ReadonlyArray<string | undefined>): void {
    let previous: string | undefined
    for (const word of words) {
      if (word === undefined) {
        previous = undefined
        continue
      }
      const key = persianWordKey(word)
      this.#unigrams.set(key, (this.#unigrams.get(key) ?? 0) + 1)
      if (previous !== undefined) {
        const pair = `${previous} ${key}`
        this.#bigrams.set(pair, (this.#bigrams.get(pair) ?? 0) + 1)
      }
      previous = key
    }
  }

  /** A lexicon whose counts are the base counts plus these, weighted. */
  over(base: PersianLexicon): PersianLexicon {
    const unigrams = this.#unigrams
    const bigrams = this.#bigrams
    return Object.freeze({
      size: base.size,
      has: (word: string) => base.has(word),
      isHeadword: (word: string) => base.isHeadword?.(word) ?? true,
      frequency: (word: string) => base.frequency(word) + documentCountWeight * (unigrams.get(persianWordKey(word)) ?? 0),
      bigram: (first: string, second: string) =>
        base.bigram(first, second) +
        documentCountWeight * (bigrams.get(`${persianWordKey(first)} ${persianWordKey(second)}`) ?? 0)
    })
  }
}
