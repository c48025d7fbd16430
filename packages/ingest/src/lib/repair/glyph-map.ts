/**
 * Glyph-map decoding: undo the damage of a PDF font whose glyph-to-Unicode map is broken
 * (see `glyph-map-channel.ts`). Each token gets candidate readings from the inverse
 * substitutions; a noisy-channel model (channel cost per change × lexicon unigram prior ×
 * bigram context, summed over the line by forward–backward) picks one, and a reading
 * replaces the printed token only when its posterior is high. Nothing is invented: a token
 * without a confident reading stays as printed and is reported.
 */
import { compoundAnalyses, type CompoundAnalysis } from './compound-words.js'
import { ezafeCannotPrecede } from './ezafe.js'
import { loadPersianLexicon, longestKnownWord } from './lexicon.js'
import { zwnj } from './lexicon-text.js'
import { memoizeByKey, memoizeByPair } from './memo.js'
import { defaultGlyphChannel, glyphForm, joinsFollowing } from './glyph-map-channel.js'
import type { GlyphChannel, GlyphForm } from './glyph-map-channel.js'
import type { LineContext, PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './types.js'

/** Options of `createGlyphMapDecoder` and `detectGlyphMapDamage`. */
export interface GlyphMapOptions {
  /** The broken map to undo (default: `defaultGlyphChannel`, measured on the 001 source). */
  readonly channel?: GlyphChannel
  /** Posterior a reading needs to replace a printed token the lexicon does not know (default 0.6). */
  readonly threshold?: number
  /** Posterior a reading needs to replace a printed token the lexicon knows (default 0.5: the lexicon also lists rare forms its affix rules generate, such as a damaged word read as a known inflection). */
  readonly thresholdKnown?: number
  /**
   * Whether the spaces after a token are evidence of a glyph lost at its end (default true):
   * set to false when an earlier step normalized the spacing of the line.
   */
  readonly spacingEvidence?: boolean
  /**
   * Extra evidence, as a natural-log likelihood ratio, that a printed token lost its final
   * glyph, by printed token (`prepareGlyphMapDecoder` derives it from the whole document).
   */
  readonly lostGlyphEvidence?: ReadonlyMap<string, number>
  /**
   * Share of the document's Persian tokens that are unknown and read as known words by deleting
   * kashida ی alone (`prepareGlyphMapDecoder` measures it). With it, each line's own share moves
   * the kashida cost: a justified line is stretched all along, a line set loose has no kashida.
   */
  readonly kashidaShare?: number
  /**
   * Natural-log likelihood ratio of a kashida ی in a token whose run (the words between two gaps
   * of two spaces or more, or the line's ends) holds another word with a kashida ی
   * (`kashidaRunEvidence` measures it on the document): justification stretches the words of a
   * run together. For such a token it replaces the line's share.
   */
  readonly kashidaRunRatio?: number
}

/** One candidate reading of a printed token (or of two printed tokens around a lost glyph). */
export interface GlyphCandidate {
  /** The reading. */
  readonly word: string
  /** Natural log of the channel probability of printing the token(s) given the reading. */
  readonly channelLogProbability: number
  /** Number of edits the reading undoes (substitutions, kashida, lost glyphs). */
  readonly edits: number
  /** Number of those edits that delete a kashida printed as ی. */
  readonly kashida: number
  /** Whether the reading restores a glyph lost at the end of the token (printed as a space). */
  readonly restoresFinalGlyph: boolean
}

/** What `detectGlyphMapDamage` measured. */
export interface GlyphMapDetection {
  /** Whether the text shows the broken-map damage. */
  readonly damaged: boolean
  /** Persian word tokens of two letters or more. */
  readonly tokens: number
  /** Tokens the lexicon does not know (even with a ZWNJ inserted). */
  readonly unknown: number
  /** Unknown tokens that have a reading the lexicon knows under the inverse map. */
  readonly recoverable: number
  /** `recoverable / tokens` (0 for no tokens). */
  readonly rate: number
}

/**
 * Log-probability of each kind of edit in the channel. In a damaged document a broken glyph
 * is nearly always printed broken, so edits cost little; the cost is a mild preference for
 * the printed text when the lexicon cannot tell.
 */
const substitutionLogProbability = Math.log(0.6)
const kashidaLogProbability = Math.log(0.1)
/**
 * A line's kashida share is smoothed toward the document's with this many tokens' weight, and
 * moves the kashida cost by at most these factors (as natural logs).
 */
const kashidaSmoothingTokens = 10
const kashidaAdjustmentRange = [Math.log(0.2), Math.log(5)] as const
const lostGlyphLogProbability = Math.log(0.5)
/**
 * Evidence of the spacing after a token: a glyph lost at the end of a word leaves its space
 * next to the real one. Log-ratios of P(spaces | lost glyph) to P(spaces | no lost glyph)
 * for one, two, and three or more spaces (measured on the 001 source: after a lost glyph
 * 5%, 82%, 13%; elsewhere 80%, 3%, 6%, the rest at line ends; rounded here).
 */
const spacingLogRatios = [0, Math.log(0.05 / 0.85), Math.log(0.8 / 0.05), Math.log(0.15 / 0.1)] as const
/**
 * A wide gap that runs into a left-to-right run (digits, Latin letters) says nothing about a
 * lost glyph: an extractor leaves extra space where the writing direction changes as often as
 * where a glyph was lost (`سال  356` beside `مقال  1400`, the ۀ of `مقالۀ` lost).
 */
const leftToRightStart = /^[0-9\u06F0-\u06F9\u0660-\u0669A-Za-z]/
/** At most this many edits per candidate, and this many kashida deletions among them. */
const maximumEdits = 4
const maximumKashida = 3
/**
 * Tokens longer than this keep their printed reading only (and are reported unresolved when
 * unknown): every edit keeps the length but a kashida deletion (at most `maximumKashida`),
 * so no reading of a longer token is a known word (`longestKnownWord`). Text without spaces
 * is such a token; its readings would grow with its length to the power of the edits.
 */
const maximumDecodedLength = longestKnownWord + maximumKashida
/** Unknown tokens up to this length are tried as words printed without a space (`gluedReading`). */
const maximumGluedLength = 24
/** Candidates kept per token after ranking by unigram score (the printed token is always kept). */
const maximumCandidates = 8
/**
 * Unigram prior: count plus a pseudo-count for listed words, over an assumed corpus size. A
 * word the lexicon knows only as an affixed form of a headword (`سیخت`, `سیخ` + `ت`) gets a
 * smaller pseudo-count: the affix rules spread a headword's share over many forms, most of
 * them rare, so a damaged word that happens to read as such a form is less likely that form
 * than a headword reading.
 */
const listedPseudoCount = 0.5
const affixedPseudoCount = 0.05
const unknownPseudoCount = 0.0005
const assumedCorpusSize = 50_000
/**
 * Weight of the unigram prior in the interpolated bigram model: large, because a few
 * articles' counts say little about which words follow a frequent word.
 */
const bigramSmoothing = 100
/**
 * Posterior the readings of a token that agree on its printed letters (and differ only in a glyph
 * restored at its end) need together to replace the printed letters when no one reading is
 * confident (0.6, the reading threshold: two more false corrections on synthetic damage of 1400,
 * a rare form read as a common one; 0.8 and 0.95 alike, none; see docs/quality.md).
 */
const lettersThreshold = 0.8
/** Share of recoverable tokens from which a text counts as damaged, and the minimum count. */
const detectionRate = 0.04
const detectionMinimum = 3

const persianToken = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/g

interface InverseRule {
  readonly original: string
  readonly forms: readonly GlyphForm[]
}

interface Token {
  readonly text: string
  /** 0-based offset in the line. */
  readonly start: number
  readonly end: number
  /** `text` with Arabic ي and ك as Persian letters (`normalizeLetters`), as the channel reads it. */
  readonly normalized: string
}

interface LatticeNode {
  readonly first: number
  readonly last: number
  readonly word: string
  readonly channel: number
  readonly printed: boolean
  readonly restoresFinalGlyph: boolean
  /** The reading restores a glyph lost at the start of the token (printed as a space before it). */
  readonly restoresInitialGlyph?: boolean
}

/**
 * Make a glyph-map decoding step. The step uses `context.lexicon` (or the full lexicon when
 * absent); run it only on text that `detectGlyphMapDamage` finds damaged.
 *
 * @param options Channel and acceptance thresholds.
 * @returns The repair step (`step: 'glyph-map'`).
 */
export function createGlyphMapDecoder(options?: Readonly<GlyphMapOptions> | null): RepairStep {
  const settings = decoderSettings(options)
  return (text: string, context: LineContext): RepairResult => decodeLine(text, context, settings)
}

/**
 * A glyph-map decoding step for the passes over one document (`prepareGlyphMapDecoder`): each
 * pass may give lines another lexicon, but every such lexicon must answer `has` (and so whether
 * a token is known) exactly as `knownWords` does. What depends on that alone (a line's token
 * chains, its kashida share, which tokens are known) is worked out once per line and reused by
 * the next pass over the same line; what depends on counts is computed again.
 *
 * @param options Channel and acceptance thresholds (as for `createGlyphMapDecoder`).
 * @param knownWords The lexicon whose `has` every context lexicon shares.
 * @returns The repair step.
 */
export function createDocumentGlyphMapDecoder(options: Readonly<GlyphMapOptions> | null | undefined, knownWords: PersianLexicon): RepairStep {
  const settings: DecoderSettings = { ...decoderSettings(options), knownWords, lines: new Map() }
  return (text: string, context: LineContext): RepairResult => decodeLine(text, context, settings)
}

/** Glyph-map decoding with the default channel and thresholds (see `createGlyphMapDecoder`). */
export const decodeGlyphMap: RepairStep = createGlyphMapDecoder()

/**
 * Decide whether text shows the broken-map damage: the share of its tokens that the
 * lexicon does not know but whose inverse-map reading it knows.
 *
 * @param text Any amount of text (a line or a whole document; more text, surer answer).
 * @param lexicon The lexicon.
 * @param options The channel (other options are ignored).
 * @returns The counts and the decision.
 */
export function detectGlyphMapDamage(
  text: string,
  lexicon: PersianLexicon,
  options?: Readonly<GlyphMapOptions> | null
): GlyphMapDetection {
  const channel = options?.channel ?? defaultGlyphChannel
  // Each printed type is judged once: a text prints the same words again and again.
  const printedTypes = new Map<string, number>()
  for (const match of text.matchAll(persianToken)) printedTypes.set(match[0], (printedTypes.get(match[0]) ?? 0) + 1)
  let tokens = 0
  let unknown = 0
  let recoverable = 0
  for (const [printed, count] of printedTypes) {
    if (printed.length < 2) continue
    tokens += count
    const verdict = damageVerdict(normalizeLetters(printed), lexicon, channel)
    if (verdict === 'known') continue
    unknown += count
    if (verdict === 'recoverable') recoverable += count
  }
  const rate = tokens === 0 ? 0 : recoverable / tokens
  return { damaged: recoverable >= detectionMinimum && rate >= detectionRate, tokens, unknown, recoverable, rate }
}

/** What the damage detector finds in one printed type (letters normalized). */
type DamageVerdict = 'known' | 'unknown' | 'recoverable'

/** Verdicts already given, by channel, then by lexicon and type: the pipeline asks about the raw and the prepared text of one document, and the channel estimate about the prepared text too. */
const damageVerdicts = new WeakMap<GlyphChannel, (token: string, lexicon: PersianLexicon) => DamageVerdict>()

/** Whether the lexicon knows a type, and if not whether a reading at most two edits away is known; once per type, lexicon and channel. */
function damageVerdict(token: string, lexicon: PersianLexicon, channel: GlyphChannel): DamageVerdict {
  let verdict = damageVerdicts.get(channel)
  if (verdict === undefined) {
    verdict = memoizeByKey((type: string, known: PersianLexicon): DamageVerdict => {
      if (isKnown(type, known)) return 'known'
      return candidatesOf(type, channel, false).some((reading) => reading.edits <= 2 && known.has(reading.word)) ? 'recoverable' : 'unknown'
    })
    damageVerdicts.set(channel, verdict)
  }
  return verdict(token, lexicon)
}

/**
 * Candidate readings of one printed token under the inverse of the channel: every
 * combination of inverse substitutions (checked against the letter forms of the reading),
 * deleted kashida ی, and a lost glyph restored at the end, up to four edits. The printed
 * token itself is the first candidate.
 *
 * @param token A printed Persian token (no spaces).
 * @param channel The broken map (default: `defaultGlyphChannel`).
 * @returns The readings, printed token first, each once.
 */
export function glyphMapCandidates(token: string, channel: GlyphChannel = defaultGlyphChannel): GlyphCandidate[] {
  return [...candidatesOf(normalizeLetters(token), channel, false)]
}

interface DecoderSettings {
  readonly channel: GlyphChannel
  readonly threshold: number
  readonly thresholdKnown: number
  readonly spacingEvidence: boolean
  readonly lostGlyphEvidence: ReadonlyMap<string, number>
  readonly kashidaShare: number | undefined
  readonly kashidaRunRatio: number | undefined
  /** Answers `has` as every context lexicon does (`createDocumentGlyphMapDecoder`); else the context lexicon is asked. */
  readonly knownWords?: PersianLexicon
  /** With `knownWords`: each line's token chains and kashida adjustment, from the pass before, until the next pass takes them. */
  readonly lines?: Map<string, LineAnalysis>
}

/** What decoding a line works out from `has` answers alone. */
interface LineAnalysis {
  readonly chains: Token[][]
  /** The kashida adjustment of each token, by its start in the line. */
  readonly kashidaAdjustments: ReadonlyMap<number, number>
}

function decoderSettings(options: Readonly<GlyphMapOptions> | null | undefined): DecoderSettings {
  return {
    channel: options?.channel ?? defaultGlyphChannel,
    threshold: options?.threshold ?? 0.6,
    thresholdKnown: options?.thresholdKnown ?? 0.5,
    spacingEvidence: options?.spacingEvidence ?? true,
    lostGlyphEvidence: options?.lostGlyphEvidence ?? new Map(),
    kashidaShare: options?.kashidaShare,
    kashidaRunRatio: options?.kashidaRunRatio
  }
}

/** A line's token chains and kashida adjustment, taken from the pass before when it left them, else worked out (and left for the next pass). */
function analyseLine(text: string, known: PersianLexicon, settings: DecoderSettings): LineAnalysis {
  const kept = settings.lines?.get(text)
  if (kept !== undefined) {
    settings.lines?.delete(text)
    return kept
  }
  const lineAdjustment = settings.kashidaShare === undefined ? 0 : lineKashidaAdjustment(text, settings.channel, known, settings.kashidaShare)
  const analysis: LineAnalysis = {
    chains: tokenChains(text),
    kashidaAdjustments: tokenKashidaAdjustments(text, settings.channel, known, lineAdjustment, settings.kashidaRunRatio)
  }
  settings.lines?.set(text, analysis)
  return analysis
}

function decodeLine(text: string, context: LineContext, settings: DecoderSettings): RepairResult {
  const { threshold, thresholdKnown } = settings
  const lexicon = context.lexicon ?? loadPersianLexicon()
  const changes: RepairChange[] = []
  const unresolved: UnresolvedToken[] = []
  const edits: Array<{ start: number; end: number; replacement: string }> = []
  const known = settings.knownWords ?? lexicon
  const { chains, kashidaAdjustments } = analyseLine(text, known, settings)
  // Unknown tokens with no known or no confident reading, and letters printed alone: maybe pieces of one word split across runs.
  const pieces: Token[] = []
  // Unknown tokens read as compounds the word list lacks (`compoundReading`): words, not unresolved.
  const compounds: Array<{ token: Token; word: string; analysis: CompoundAnalysis; share: number }> = []
  for (const chain of chains) {
    const nodes = buildLattice(chain, text, lexicon, known, settings, kashidaAdjustments)
    // Only the printed reading at every token: that is the path, and no posterior is asked for.
    const { path, posterior, sameLetters } =
      nodes.length === chain.length && nodes.every((node) => node.printed && node.first === node.last)
        ? { path: nodes, posterior: new Map<LatticeNode, number>(), sameLetters: () => 0 }
        : decodeChain(chain.length, nodes, lexicon)
    for (const node of path) {
      const first = chain[node.first]
      const last = chain[node.last]
      if (first === undefined || last === undefined) continue
      const printed = text.slice(first.start, last.end)
      const printedKnown = chain.slice(node.first, node.last + 1).every((token) => isKnown(token.text, known))
      if (node.printed) {
        if (!printedKnown && first.text.length > maximumDecodedLength) {
          unresolved.push(unresolvedToken(context, first, `${first.text.length} letters without a space: longer than any word, not decoded`))
        } else if (!printedKnown && first.text.length > 1) {
          const compound = compoundReading(first.normalized, settings.channel, lexicon, threshold)
          if (compound !== undefined) {
            // A compound the word list lacks, unless it is the piece of a word split across runs (below).
            compounds.push({ token: first, ...compound })
            pieces.push(first)
            continue
          }
          const glued = gluedReading(first.normalized, settings.channel, lexicon)
          if (glued === undefined) {
            unresolved.push(unresolvedToken(context, first, 'unknown word with no known reading under the glyph map'))
            pieces.push(first)
          } else {
            edits.push({ start: first.start, end: first.end, replacement: glued.join('') })
            changes.push({
              step: 'glyph-map',
              line: context.line,
              column: first.start + 1,
              before: first.text,
              after: glued.join(''),
              note: `read as words printed without a space: ${glued.map((part) => `\`${part}\``).join(' + ')}`
            })
          }
        } else if (!printedKnown && first.text.length === 1) {
          pieces.push(first)
        }
        continue
      }
      const probability = posterior.get(node) ?? 0
      if (probability < (printedKnown ? thresholdKnown : threshold)) {
        // Unsure whether a glyph was lost at the end, sure of the letters printed: read those.
        const letters = printedLetters(node)
        const lettersProbability = node.first === node.last && letters !== first.normalized && lexicon.has(letters) ? sameLetters(node) : 0
        if (lettersProbability >= Math.max(lettersThreshold, printedKnown ? thresholdKnown : threshold)) {
          edits.push({ start: first.start, end: first.end, replacement: letters })
          changes.push({
            step: 'glyph-map',
            line: context.line,
            column: first.start + 1,
            before: first.text,
            after: letters,
            note: `letters at posterior ${lettersProbability.toFixed(2)} (best \`${node.word}\` at ${probability.toFixed(2)}; a glyph lost at the end left open); printed \`${printed}\``
          })
          continue
        }
        if (!printedKnown) {
          const reason = `no confident reading: best \`${node.word}\` at posterior ${probability.toFixed(2)}`
          for (let index = node.first; index <= node.last; index++) {
            const token = chain[index]
            if (token !== undefined) unresolved.push(unresolvedToken(context, token, reason))
          }
          if (node.first === node.last) pieces.push(first)
        }
        continue
      }
      let end = last.end
      // A glyph lost at the end of a word left a space: the restored letter takes its place.
      if (node.restoresFinalGlyph && /^ {2}/.test(text.slice(end))) end += 1
      let start = first.start
      // So does one lost at the start, unless the glyph before the gap was restored into it.
      if (node.restoresInitialGlyph === true && / {2}$/.test(text.slice(0, start)) && !(edits.at(-1)?.end === start - 1)) start -= 1
      edits.push({ start, end, replacement: node.word })
      changes.push({
        step: 'glyph-map',
        line: context.line,
        column: start + 1,
        before: text.slice(start, end),
        after: node.word,
        note: `posterior ${probability.toFixed(2)}; printed \`${printed}\``
      })
    }
  }
  const split = splitWordPieces(pieces, settings.channel, lexicon, threshold)
  for (const compound of compounds) {
    if (split.paired.has(compound.token) || compound.word === compound.token.normalized) continue
    edits.push({ start: compound.token.start, end: compound.token.end, replacement: compound.word })
    changes.push({
      step: 'glyph-map',
      line: context.line,
      column: compound.token.start + 1,
      before: compound.token.text,
      after: compound.word,
      note: `read as a compound: \`${compound.analysis.prefix}\` + \`${compound.analysis.stem}\` (share ${compound.share.toFixed(2)})`
    })
  }
  for (const piece of split.decoded) {
    edits.push({ start: piece.token.start, end: piece.token.end, replacement: piece.reading })
    changes.push({ step: 'glyph-map', line: context.line, column: piece.token.start + 1, before: piece.token.text, after: piece.reading, note: `${splitPieceNote} \`${piece.word}\`` })
  }
  const decodedPieces = new Set(changes.filter((change) => change.note?.startsWith(splitPieceNote) === true).map((change) => change.column))
  // The edits do not overlap: the text between them, and each replacement, in order (one join,
  // not a new copy of the line per edit).
  const parts: string[] = []
  let at = 0
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, edit.start), edit.replacement)
    at = edit.end
  }
  parts.push(text.slice(at))
  const result = parts.join('')
  return { text: result, changes, unresolved: decodedPieces.size === 0 ? unresolved : unresolved.filter((token) => !decodedPieces.has(token.column)) }
}

/** How a change to a piece of a split word begins its note (the word follows): the piece is no word of its own. */
export const splitPieceNote = 'piece of a word printed apart, read in'

/**
 * A line with more candidate pieces than this is not a printed line of running text (one holds
 * a few dozen words): its pieces are not paired, since every pair is tried (the square of their
 * number), and they stay as printed and reported.
 */
const maximumPairedPieces = 48

/** A piece of a word split across runs, decoded as part of that word. */
interface DecodedPiece {
  readonly token: Token
  /** The piece's letters as the word has them. */
  readonly reading: string
  /** The word. */
  readonly word: string
}

/**
 * Decode pieces of words split across runs. A visual-order extraction prints a word broken
 * between two runs as two tokens, often far apart on the line (`ائیتلا … ف`, `تسی … لیاات`),
 * each damaged by the broken map as part of the whole word, so neither has a known reading alone.
 * Two such tokens of a line (unknown with no known or no confident reading, or letters printed alone) whose
 * letters joined, in one order, have a known reading under the channel (no glyph lost at its end)
 * are the two pieces of that word, when the reading is confident (its share of the joined
 * readings' channel × unigram score at least `threshold`) and neither token could pair with
 * another. Each piece is given its part of the reading (`تس` and `لیحات` of `تسلیحات`); putting
 * the pieces together is run order's work. Returns the pieces the reading changes, and every
 * token paired (a paired compound is a piece, not a word of its own).
 */
function splitWordPieces(
  pieces: readonly Token[],
  channel: GlyphChannel,
  lexicon: PersianLexicon,
  threshold: number
): { decoded: DecodedPiece[]; paired: ReadonlySet<Token> } {
  const paired = new Set<Token>()
  if (pieces.length < 2 || pieces.length > maximumPairedPieces) return { decoded: [], paired }
  const matches: Array<{ first: Token; second: Token; word: string; parts: readonly [string, string] }> = []
  for (const first of pieces) {
    for (const second of pieces) {
      if (first === second) continue
      const joined = first.normalized + second.normalized
      if (joined.length < 3 || joined.length > maximumDecodedLength) continue
      const scored: Array<{ word: string; score: number; parts: readonly [string, string] | undefined }> = []
      for (const reading of candidatesOf(joined, channel, false)) {
        if (reading.restoresFinalGlyph || !lexicon.has(reading.word)) continue
        scored.push({ word: reading.word, score: reading.channelLogProbability + unigramLogProbability(reading.word, lexicon), parts: pieceParts(first.normalized, second.normalized, reading.word, channel) })
      }
      const best = scored.reduce<(typeof scored)[number] | undefined>((top, entry) => (top === undefined || entry.score > top.score ? entry : top), undefined)
      if (best?.parts === undefined) continue
      const share = 1 / scored.reduce((sum, entry) => sum + Math.exp(entry.score - best.score), 0)
      if (share >= threshold) matches.push({ first, second, word: best.word, parts: best.parts })
    }
  }
  const uses = new Map<Token, number>()
  for (const match of matches) for (const token of [match.first, match.second]) uses.set(token, (uses.get(token) ?? 0) + 1)
  const decoded: DecodedPiece[] = []
  for (const match of matches) {
    if (uses.get(match.first) !== 1 || uses.get(match.second) !== 1) continue
    const [firstPart, secondPart] = match.parts
    paired.add(match.first)
    paired.add(match.second)
    if (firstPart !== match.first.normalized) decoded.push({ token: match.first, reading: firstPart, word: match.word })
    if (secondPart !== match.second.normalized) decoded.push({ token: match.second, reading: secondPart, word: match.word })
  }
  return { decoded, paired }
}

/**
 * The parts of `word` that two printed pieces stand for, when exactly one cut of the word makes
 * each part the piece's letters under the channel's letter edits (inverse substitutions, kashida
 * ی deleted); the word's letter forms were checked when it was read.
 */
function pieceParts(first: string, second: string, word: string, channel: GlyphChannel): readonly [string, string] | undefined {
  let parts: readonly [string, string] | undefined
  for (let cut = 1; cut < word.length; cut++) {
    if (!readsAs(first, word.slice(0, cut), channel) || !readsAs(second, word.slice(cut), channel)) continue
    if (parts !== undefined) return undefined
    parts = [word.slice(0, cut), word.slice(cut)]
  }
  return parts
}

/** Whether printed letters read as `target` under the channel's letter edits alone (no lost glyph). */
function readsAs(printed: string, target: string, channel: GlyphChannel): boolean {
  const failed = new Set<number>()
  const visit = (index: number, at: number): boolean => {
    if (index === printed.length) return at === target.length
    const key = index * (target.length + 1) + at
    if (failed.has(key)) return false
    const letter = printed[index]
    const wanted = target[at]
    const matches =
      (wanted !== undefined && (letter === wanted || channel.substitutions.some((rule) => rule.printed === letter && rule.original === wanted)) && visit(index + 1, at + 1)) ||
      (channel.kashidaAsYeh && letter === 'ی' && visit(index + 1, at))
    if (!matches) failed.add(key)
    return matches
  }
  return visit(0, 0)
}

function unresolvedToken(context: LineContext, token: Token, reason: string): UnresolvedToken {
  return { step: 'glyph-map', line: context.line, column: token.start + 1, token: token.text, reason }
}

/** Persian tokens of the line, grouped in chains separated only by white space. */
function tokenChains(text: string): Token[][] {
  const chains: Token[][] = []
  let chain: Token[] = []
  let lastEnd = -1
  for (const match of text.matchAll(persianToken)) {
    const start = match.index
    if (chain.length > 0 && !/^\s+$/.test(text.slice(lastEnd, start))) {
      chains.push(chain)
      chain = []
    }
    chain.push({ text: match[0], start, end: start + match[0].length, normalized: normalizeLetters(match[0]) })
    lastEnd = start + match[0].length
  }
  if (chain.length > 0) chains.push(chain)
  return chains
}

/**
 * Kashida evidence of a text: its Persian tokens of two letters or more, and those among them
 * that the lexicon does not know and that deleting kashida ی alone turns into a known word.
 *
 * @param text A line or a document.
 * @param channel The broken map (no kashida ی: no evidence).
 * @param lexicon The lexicon.
 * @returns The two counts.
 */
export function kashidaEvidence(text: string, channel: GlyphChannel, lexicon: PersianLexicon): { tokens: number; kashida: number } {
  let tokens = 0
  let kashida = 0
  for (const match of text.matchAll(persianToken)) {
    const token = normalizeLetters(match[0])
    if (token.length < 2) continue
    tokens++
    if (!channel.kashidaAsYeh || !token.includes('ی') || isKnown(token, lexicon)) continue
    if (candidatesOf(token, channel, false).some((reading) => reading.kashida > 0 && reading.edits === reading.kashida && lexicon.has(reading.word))) kashida++
  }
  return { tokens, kashida }
}

/** What a token shows of kashida: a kashida ی, a ی that may be a letter or a kashida in a known word, no kashida in a known word, or nothing clear. */
type KashidaShown = 'kashida' | 'letter' | 'none' | 'unclear'

/** {@link kashidaShown} once per token, lexicon and channel: a document prints the same words again and again. */
const kashidaShownMemo = new WeakMap<GlyphChannel, (token: string, lexicon: PersianLexicon) => KashidaShown>()

/**
 * What a printed token (letters normalized) shows of kashida, where it has two joined letters
 * (a place for a kashida): `kashida` when the lexicon does not know it and a known reading
 * deletes a kashida ی (among other edits, maybe); `letter` when the lexicon knows it and it holds
 * a ی after a joining letter, not at its end (a place a kashida could be); `none` when the
 * lexicon knows it and it holds no such ی; else `unclear` (an unknown token with no kashida
 * reading is damaged some other way, or not a word: it shows nothing either way).
 */
function kashidaShown(token: string, channel: GlyphChannel, lexicon: PersianLexicon): KashidaShown {
  let shown = kashidaShownMemo.get(channel)
  if (shown === undefined) {
    shown = memoizeByKey((type: string, known: PersianLexicon): KashidaShown => {
      const stretchable = [...type].some((letter, index) => index < type.length - 1 && joinsFollowing(letter))
      if (!stretchable || !channel.kashidaAsYeh) return 'unclear'
      const yehInside = [...type].some((letter, index) => letter === 'ی' && index > 0 && index < type.length - 1 && joinsFollowing(type[index - 1]))
      if (isKnown(type, known)) return yehInside ? 'letter' : 'none'
      if (!yehInside) return 'unclear'
      return candidatesOf(type, channel, false).some((reading) => reading.kashida > 0 && known.has(reading.word)) ? 'kashida' : 'unclear'
    })
    kashidaShownMemo.set(channel, shown)
  }
  return shown(token, lexicon)
}

/** The Persian tokens of two letters or more of each run of a line (words between gaps of two spaces or more), with what each shows of kashida. */
function kashidaRuns(text: string, channel: GlyphChannel, lexicon: PersianLexicon): Array<Array<{ start: number; shown: KashidaShown }>> {
  const runs: Array<Array<{ start: number; shown: KashidaShown }>> = []
  let run: Array<{ start: number; shown: KashidaShown }> = []
  let lastEnd = -1
  for (const match of text.matchAll(persianToken)) {
    if (lastEnd >= 0 && / {2}/.test(text.slice(lastEnd, match.index))) {
      runs.push(run)
      run = []
    }
    lastEnd = match.index + match[0].length
    if (match[0].length >= 2) run.push({ start: match.index, shown: kashidaShown(normalizeLetters(match[0]), channel, lexicon) })
  }
  runs.push(run)
  return runs
}

/** What the rest of a token's run shows: another word with a kashida ی, words that could show one and none does, or nothing either way. */
function runEvidence(run: ReadonlyArray<{ shown: KashidaShown }>, index: number): 'present' | 'absent' | undefined {
  let absent = false
  for (let other = 0; other < run.length; other++) {
    if (other === index) continue
    const shown = run[other]?.shown
    if (shown === 'kashida') return 'present'
    if (shown === 'letter' || shown === 'none') absent = true
  }
  return absent ? 'absent' : undefined
}

/** Words of each kind a document must show before its run evidence is measured. */
const minimumRunEvidence = 10

/**
 * Measure on a document how much a token's run tells about a kashida ی in it: among tokens with
 * a kashida ی and known tokens whose ی could be one (`شیدند`, `شدند` stretched), each in a run
 * with other words that show kashida or its absence, the share whose run holds another word
 * with a kashida ی, one share against the other, as a natural log (clipped to the range of the
 * line adjustment). A document whose runs are stretched as wholes gives a ratio above 0; one
 * stretched word by word, near 0.
 *
 * @param lines The document's lines (letter forms Persian, kashida characters removed).
 * @param channel The broken map (no kashida ی: no evidence).
 * @param lexicon The lexicon.
 * @returns The ratio, or `undefined` when the document shows fewer than ten words of either kind with evidence.
 */
export function kashidaRunEvidence(lines: readonly string[], channel: GlyphChannel, lexicon: PersianLexicon): number | undefined {
  if (!channel.kashidaAsYeh) return undefined
  const counts = { kashida: { present: 0, absent: 0 }, letter: { present: 0, absent: 0 } }
  for (const line of lines) {
    for (const run of kashidaRuns(line, channel, lexicon)) {
      run.forEach((token, index) => {
        if (token.shown !== 'kashida' && token.shown !== 'letter') return
        const evidence = runEvidence(run, index)
        if (evidence !== undefined) counts[token.shown][evidence]++
      })
    }
  }
  const kashidaTotal = counts.kashida.present + counts.kashida.absent
  const letterTotal = counts.letter.present + counts.letter.absent
  if (kashidaTotal < minimumRunEvidence || letterTotal < minimumRunEvidence) return undefined
  const ratio = Math.log((counts.kashida.present + 0.5) / (kashidaTotal + 1)) - Math.log((counts.letter.present + 0.5) / (letterTotal + 1))
  return Math.min(kashidaAdjustmentRange[1], Math.max(kashidaAdjustmentRange[0], ratio))
}

/**
 * Each token's kashida adjustment: the document's run ratio where another word of its run has a
 * kashida ی, else the line's. (Where the rest of the run shows none, that is weak evidence
 * against: a kashida stretches one or two words of a run, not each; measured and left out, see
 * docs/quality.md.)
 */
function tokenKashidaAdjustments(text: string, channel: GlyphChannel, lexicon: PersianLexicon, lineAdjustment: number, runRatio: number | undefined): Map<number, number> {
  const adjustments = new Map<number, number>()
  if (runRatio === undefined) {
    if (lineAdjustment !== 0) for (const match of text.matchAll(persianToken)) adjustments.set(match.index, lineAdjustment)
    return adjustments
  }
  for (const run of kashidaRuns(text, channel, lexicon)) {
    run.forEach((token, index) => {
      adjustments.set(token.start, runEvidence(run, index) === 'present' ? runRatio : lineAdjustment)
    })
  }
  return adjustments
}

/** Natural-log factor on the kashida probability of a line: its own kashida share against the document's. */
function lineKashidaAdjustment(text: string, channel: GlyphChannel, lexicon: PersianLexicon, documentShare: number): number {
  if (documentShare <= 0) return 0
  const { tokens, kashida } = kashidaEvidence(text, channel, lexicon)
  const share = (kashida + kashidaSmoothingTokens * documentShare) / (tokens + kashidaSmoothingTokens)
  return Math.min(kashidaAdjustmentRange[1], Math.max(kashidaAdjustmentRange[0], Math.log(share / documentShare)))
}

function buildLattice(chain: Token[], text: string, lexicon: PersianLexicon, known: PersianLexicon, settings: DecoderSettings, kashidaAdjustments: ReadonlyMap<number, number>): LatticeNode[] {
  const { channel, spacingEvidence, lostGlyphEvidence } = settings
  const nodes: LatticeNode[] = []
  chain.forEach((token, index) => {
    const kashidaAdjustment = kashidaAdjustments.get(token.start) ?? 0
    // A letter printed alone is a piece of a word the run layout split (`رفتا ر`), not a word
    // that lost its final glyph: it keeps its printed reading (joined with a neighbour below).
    // Two letters are read at most one edit away: a reading two edits from two printed letters
    // (`ند` as `نبش`) is likelier a piece of a split word (`توا|نند`) than a word damaged twice.
    const readings = latticeReadings(token, channel)
    const spaces = /^ */.exec(text.slice(token.end))?.[0].length ?? 0
    const atEnd = token.end + spaces >= text.length
    const beforeLeftToRight = spaces >= 2 && leftToRightStart.test(text.slice(token.end + spaces))
    const spacing =
      (!spacingEvidence || atEnd || beforeLeftToRight ? 0 : spacingLogRatios[Math.min(spaces, 3)] ?? 0) +
      (lostGlyphEvidence.get(token.normalized) ?? 0)
    // A glyph lost at the end leaves one space more than the word's own: the word after two
    // spaces is its neighbour in the run, and an ezafe `ۀ` cannot stand before some words
    // (`ezafeCannotPrecede`). After three or more, a run may end there (its neighbour is elsewhere).
    const ezafeRuledOut = spaces === 2 && ezafeCannotPrecede(text.slice(token.end + spaces))
    for (const reading of rank(readings, lexicon)) {
      if (ezafeRuledOut && reading.restoresFinalGlyph && reading.word.endsWith('\u06C0')) continue
      nodes.push({
        first: index,
        last: index,
        word: reading.word,
        channel: reading.channelLogProbability + reading.kashida * kashidaAdjustment + (reading.restoresFinalGlyph ? spacing : 0),
        printed: reading.edits === 0,
        restoresFinalGlyph: reading.restoresFinalGlyph
      })
    }
    nodes.push(...initialGlyphNodes(token, index, text, readings, known, settings, kashidaAdjustment))
    const next = chain[index + 1]
    if (next !== undefined && /^ +$/.test(text.slice(token.end, next.start))) {
      const joined = `${token.normalized}\u0000${next.normalized}`
      for (const reading of rank(candidatesOf(joined, channel, true), lexicon)) {
        if (!lexicon.has(reading.word)) continue
        nodes.push({
          first: index,
          last: index + 1,
          word: reading.word,
          channel: reading.channelLogProbability + reading.kashida * kashidaAdjustment,
          printed: false,
          restoresFinalGlyph: false
        })
      }
    }
  })
  return nodes
}

/**
 * Readings of an unknown token that restore a glyph lost at its start: a letter that joins no
 * following letter is printed as a space in its isolated form, so at the start of a word
 * (`ژئوپلیتیکی` printed ` ئوپلیتیکی`) it leaves a wide gap before the rest. Each reading of the
 * rest (no glyph lost at its end) with the lost letter in front, when the lexicon knows it and
 * a wide gap inside the line comes before the token (without spacing evidence, never); the
 * spaces before the token weigh as the spaces after a token do for a final glyph.
 */
function initialGlyphNodes(
  token: Token,
  index: number,
  text: string,
  readings: readonly GlyphCandidate[],
  lexicon: PersianLexicon,
  settings: DecoderSettings,
  kashidaAdjustment: number
): LatticeNode[] {
  const lost = settings.channel.substitutions.filter((rule) => rule.printed === '' && rule.forms.includes('isolated') && !joinsFollowing(rule.original))
  if (lost.length === 0 || token.text.length < 2 || isKnown(token.text, lexicon)) return []
  // One space before the token is the space between words, and a token at the start of a line
  // starts a run: no sign of a lost glyph (a piece of a split word, `مد اوم`, would otherwise read
  // as a rare word with a lost letter in front).
  if (!settings.spacingEvidence) return []
  // The spaces right before the token, counted back from it (a pattern anchored at the end of
  // the text before it would scan that whole text for every token of a long line).
  let spaces = 0
  while (spaces < token.start && text.charCodeAt(token.start - spaces - 1) === 0x20) spaces += 1
  if (spaces < 2 || spaces === token.start) return []
  const spacing = spacingLogRatios[Math.min(spaces, 3)] ?? 0
  const nodes: LatticeNode[] = []
  for (const rule of lost) {
    for (const reading of readings) {
      const word = rule.original + reading.word
      if (reading.restoresFinalGlyph || reading.edits >= maximumEdits || !lexicon.has(word)) continue
      nodes.push({
        first: index,
        last: index,
        word,
        channel: reading.channelLogProbability + lostGlyphLogProbability + reading.kashida * kashidaAdjustment + spacing,
        printed: false,
        restoresFinalGlyph: false,
        restoresInitialGlyph: true
      })
    }
  }
  return nodes
}

/** The reading of each letter printed alone: one list per letter, so that `rank` finds its ranking again. */
const singleLetterReadings = new Map<string, readonly GlyphCandidate[]>()
/** The readings at most one edit away, one list per list of readings (`rank` keeps its rankings by list). */
const withinOneEdit = new WeakMap<readonly GlyphCandidate[], readonly GlyphCandidate[]>()

/**
 * The readings the lattice weighs for a printed token (see `buildLattice`), the same list each
 * time the same token comes again: a one- or two-letter token is among the commonest (و, به,
 * از…), and a new list would make `rank` rank it again each time. Callers must not change it.
 */
function latticeReadings(token: Token, channel: GlyphChannel): readonly GlyphCandidate[] {
  if (token.text.length === 1) {
    let single = singleLetterReadings.get(token.normalized)
    if (single === undefined) {
      single = [{ word: token.normalized, channelLogProbability: 0, edits: 0, kashida: 0, restoresFinalGlyph: false }]
      singleLetterReadings.set(token.normalized, single)
    }
    return single
  }
  const all = candidatesOf(token.normalized, channel, false)
  if (token.text.length !== 2) return all
  let near = withinOneEdit.get(all)
  if (near === undefined) {
    near = all.filter((reading) => reading.edits <= 1)
    withinOneEdit.set(all, near)
  }
  return near
}

/** Rankings already made, by the list of readings (the memo of `candidatesOf` keeps one list per printed text), then by lexicon. */
const rankings = new WeakMap<readonly GlyphCandidate[], WeakMap<PersianLexicon, readonly GlyphCandidate[]>>()

/** `rankReadings`, once per list of readings and lexicon: a document prints the same words again and again. */
function rank(readings: readonly GlyphCandidate[], lexicon: PersianLexicon): readonly GlyphCandidate[] {
  let byLexicon = rankings.get(readings)
  if (byLexicon === undefined) {
    byLexicon = new WeakMap()
    rankings.set(readings, byLexicon)
  }
  let ranked = byLexicon.get(lexicon)
  if (ranked === undefined) {
    ranked = rankReadings(readings, lexicon)
    byLexicon.set(lexicon, ranked)
  }
  return ranked
}

/** The printed reading plus the best other readings by channel × unigram score. */
function rankReadings(readings: readonly GlyphCandidate[], lexicon: PersianLexicon): GlyphCandidate[] {
  const [printed, ...others] = readings
  const scored = others
    .map((reading) => ({ reading, score: reading.channelLogProbability + unigramLogProbability(reading.word, lexicon) }))
    .filter((entry) => lexicon.has(entry.reading.word))
    .sort((a, b) => b.score - a.score)
    .slice(0, maximumCandidates)
    .map((entry) => entry.reading)
  return printed === undefined || printed.word.includes('\u0000') ? scored : [printed, ...scored]
}

/** A node's reading without the glyph it restores at the end (one letter), if any. */
function printedLetters(node: LatticeNode): string {
  return node.restoresFinalGlyph ? node.word.slice(0, -1) : node.word
}

/**
 * Forward–backward and Viterbi over the lattice of one chain: the best path, with the posterior
 * of each node on it, and `sameLetters`: the summed posterior of the nodes over the same single
 * token that read its printed letters alike, with or without a glyph restored at the end
 * (`printedLetters`; none restoring one at the start). Scores are kept in arrays by node index
 * and each position's nodes as lists of indices, in lattice order.
 */
function decodeChain(
  length: number,
  nodes: LatticeNode[],
  lexicon: PersianLexicon
): { path: LatticeNode[]; posterior: Map<LatticeNode, number>; sameLetters: (node: LatticeNode) => number } {
  const startingAt = indicesBy(nodes, length, (node) => node.first)
  const endingAt = indicesBy(nodes, length, (node) => node.last)
  const forward = new Float64Array(nodes.length).fill(-Infinity)
  const bestScore = new Float64Array(nodes.length).fill(-Infinity)
  const bestPrevious = new Int32Array(nodes.length).fill(-1)
  const terms: number[] = []
  for (let position = 0; position < length; position++) {
    const previous = position > 0 ? (endingAt[position - 1] as number[]) : []
    for (const index of startingAt[position] as number[]) {
      const node = nodes[index] as LatticeNode
      const own = node.channel
      if (previous.length === 0) {
        const score = own + unigramLogProbability(node.word, lexicon)
        forward[index] = score
        bestScore[index] = score
        continue
      }
      terms.length = 0
      let viterbiBest = -Infinity
      let viterbiPrevious = -1
      for (const before of previous) {
        const transition = bigramLogProbability((nodes[before] as LatticeNode).word, node.word, lexicon)
        terms.push((forward[before] as number) + transition)
        const viterbi = (bestScore[before] as number) + transition
        if (viterbi > viterbiBest) {
          viterbiBest = viterbi
          viterbiPrevious = before
        }
      }
      forward[index] = own + logSumExp(terms)
      bestScore[index] = own + viterbiBest
      bestPrevious[index] = viterbiPrevious
    }
  }
  const backward = new Float64Array(nodes.length).fill(-Infinity)
  for (let position = length - 1; position >= 0; position--) {
    const following = position + 1 < length ? (startingAt[position + 1] as number[]) : []
    for (const index of endingAt[position] as number[]) {
      if (following.length === 0) {
        backward[index] = 0
        continue
      }
      const word = (nodes[index] as LatticeNode).word
      terms.length = 0
      for (const after of following) {
        const node = nodes[after] as LatticeNode
        terms.push(bigramLogProbability(word, node.word, lexicon) + node.channel + (backward[after] as number))
      }
      backward[index] = logSumExp(terms)
    }
  }
  const finals = length > 0 ? (endingAt[length - 1] as number[]) : []
  terms.length = 0
  for (const index of finals) terms.push(forward[index] as number)
  const total = logSumExp(terms)
  let last = -1
  let lastScore = -Infinity
  for (const index of finals) {
    const score = bestScore[index] as number
    if (score > lastScore) {
      lastScore = score
      last = index
    }
  }
  const path: LatticeNode[] = []
  const posterior = new Map<LatticeNode, number>()
  for (let index = last; index >= 0; index = bestPrevious[index] as number) {
    const node = nodes[index] as LatticeNode
    path.unshift(node)
    posterior.set(node, Math.exp((forward[index] as number) + (backward[index] as number) - total))
  }
  const sameLetters = (node: LatticeNode): number => {
    const letters = printedLetters(node)
    let sum = 0
    // Only the nodes starting where it starts: linear in the chain's length over all its tokens.
    for (const index of startingAt[node.first] ?? []) {
      const other = nodes[index] as LatticeNode
      if (other.last !== node.last || other.restoresInitialGlyph === true || printedLetters(other) !== letters) continue
      sum += Math.exp((forward[index] as number) + (backward[index] as number) - total)
    }
    return sum
  }
  return { path, posterior, sameLetters }
}

/** For each position 0..length-1, the indices of the nodes whose `key` is that position, in lattice order. */
function indicesBy(nodes: readonly LatticeNode[], length: number, key: (node: LatticeNode) => number): number[][] {
  const groups: number[][] = Array.from({ length }, () => [])
  nodes.forEach((node, index) => groups[key(node)]?.push(index))
  return groups
}

function unigramLogProbability(word: string, lexicon: PersianLexicon): number {
  const pseudoCount = !lexicon.has(word) ? unknownPseudoCount : lexicon.isHeadword?.(word) === false ? affixedPseudoCount : listedPseudoCount
  const count = lexicon.frequency(word) + pseudoCount
  return Math.log(count / assumedCorpusSize)
}

/**
 * Interpolated bigram: (pair count + smoothing × prior) / (count of the first word + smoothing).
 * Computed once per pair and lexicon: forward and backward ask for the same transitions, and
 * a document's lines for the same word pairs.
 */
const bigramLogProbability = memoizeByPair(computeBigramLogProbability)

function computeBigramLogProbability(first: string, second: string, lexicon: PersianLexicon): number {
  const prior = Math.exp(unigramLogProbability(second, lexicon))
  return Math.log((lexicon.bigram(first, second) + bigramSmoothing * prior) / (lexicon.frequency(first) + bigramSmoothing))
}

/** The one-letter word a glued token may hold between two others (`gluedReading`). */
const gluedConjunction = 'و'

/**
 * Read an unknown token as known words printed without a space between them (the extraction
 * lost the space; each word was shaped on its own, so each part is decoded on its own): the
 * best split into parts of two letters or more, or the conjunction `و` as printed between two of
 * them (Persian writes it solid inside compound numbers and pairs, `هفتادوششمین`, `گفتوگو`; at the
 * start of a token `و` is a damaged `ک`), each part a known reading
 * (no lost final glyph: that would have left a space), by channel and unigram score. Only a split
 * that undoes at least one edit is returned (an undamaged glued word is left to run order, which
 * cuts it).
 */
function gluedReading(token: string, channel: GlyphChannel, lexicon: PersianLexicon): string[] | undefined {
  if (token.length < 4 || token.length > maximumGluedLength) return undefined
  const partScore = new Map<string, { word: string; score: number; edits: number } | null>()
  const bestPart = (part: string): { word: string; score: number; edits: number } | null => {
    let result = partScore.get(part)
    if (result === undefined) {
      result = null
      for (const reading of candidatesOf(part, channel, false)) {
        if (reading.restoresFinalGlyph || !lexicon.has(reading.word)) continue
        const score = reading.channelLogProbability + unigramLogProbability(reading.word, lexicon)
        if (result === null || score > result.score) result = { word: reading.word, score, edits: reading.edits }
      }
      partScore.set(part, result)
    }
    return result
  }
  // The conjunction is read as printed (no word is `ک` alone).
  const conjunction = { word: gluedConjunction, score: unigramLogProbability(gluedConjunction, lexicon), edits: 0 }
  // best[end]: the best split of token.slice(0, end).
  const best: Array<{ score: number; edits: number; parts: string[] } | undefined> = [{ score: 0, edits: 0, parts: [] }]
  for (let end = 1; end <= token.length; end++) {
    for (let start = 0; start <= end - 1; start++) {
      const before = best[start]
      if (before === undefined) continue
      const text = token.slice(start, end)
      if (text.length === 1 && (text !== gluedConjunction || start === 0 || end === token.length)) continue
      const part = text.length === 1 ? conjunction : bestPart(text)
      if (part === null) continue
      const score = before.score + part.score
      const current = best[end]
      if (current === undefined || score > current.score) best[end] = { score, edits: before.edits + part.edits, parts: [...before.parts, part.word] }
    }
  }
  const result = best[token.length]
  if (result === undefined || result.parts.length < 2 || result.edits === 0) return undefined
  return result.parts
}

/**
 * Read an unknown token with no known reading as a compound the word list lacks: among its
 * readings (no glyph lost at the end: that would have left a space) those that are a derivational
 * prefix and a headword (`compoundAnalyses`; `بیازتعریف` read `بازتعریف`, `باز` + `تعریف`, a
 * kashida printed as ی deleted), scored by channel and the headword's unigram prior; the best,
 * when its share of those scores is at least `threshold`. Tried before a glued reading: one word
 * the prefix makes is a likelier reading than several short words printed without a space
 * (`بینیانهنی`: `بیناذهنی`, not `بین` + `یا` + `ذهنی`).
 */
function compoundReading(
  token: string,
  channel: GlyphChannel,
  lexicon: PersianLexicon,
  threshold: number
): { word: string; analysis: CompoundAnalysis; share: number } | undefined {
  let best: { word: string; analysis: CompoundAnalysis; score: number } | undefined
  const scores: number[] = []
  for (const reading of candidatesOf(token, channel, false)) {
    if (reading.restoresFinalGlyph) continue
    const analysis = compoundAnalyses(reading.word, lexicon)[0]
    if (analysis === undefined) continue
    const score = reading.channelLogProbability + unigramLogProbability(analysis.stem, lexicon)
    scores.push(score)
    if (best === undefined || score > best.score) best = { word: reading.word, analysis, score }
  }
  if (best === undefined) return undefined
  const top = best.score
  const share = 1 / scores.reduce((sum, score) => sum + Math.exp(score - top), 0)
  return share >= threshold ? { word: best.word, analysis: best.analysis, share } : undefined
}

/** Whether the lexicon knows the token as is or with one ZWNJ inserted (`میشود`); once per token and lexicon. */
const isKnown = memoizeByKey(isKnownAsIsOrWithZwnj)

function isKnownAsIsOrWithZwnj(token: string, lexicon: PersianLexicon): boolean {
  if (lexicon.has(token)) return true
  // Trying a ZWNJ at every place is quadratic, and no known word is that long.
  if (token.length >= longestKnownWord) return false
  for (let index = 1; index < token.length; index++) {
    if (lexicon.has(token.slice(0, index) + zwnj + token.slice(index))) return true
  }
  return false
}

/** Readings already enumerated, by channel, then by printed text (`joined` ones keyed with a leading `\u0000`). */
const candidateMemo = new WeakMap<GlyphChannel, Map<string, readonly GlyphCandidate[]>>()
/** Printed texts whose readings the memo of one channel holds before it starts again empty. */
const maximumMemoized = 100_000

/**
 * The readings of a printed text (see `enumerateCandidates`), enumerated once per channel:
 * a document prints the same words again and again, and both decoding passes and the
 * damage detector ask for them. Callers must not change the returned list.
 */
function candidatesOf(printed: string, channel: GlyphChannel, joined: boolean): readonly GlyphCandidate[] {
  let memo = candidateMemo.get(channel)
  if (memo === undefined) {
    memo = new Map()
    candidateMemo.set(channel, memo)
  }
  const key = joined ? `\u0000${printed}` : printed
  let readings = memo.get(key)
  if (readings === undefined) {
    readings = enumerateCandidates(printed, channel, joined)
    if (memo.size >= maximumMemoized) memo.clear()
    memo.set(key, readings)
  }
  return readings
}

/**
 * Enumerate readings by depth-first search over the printed letters. With `joined`, the
 * printed text holds one `\u0000` where two tokens met: a lost glyph that does not join the
 * next letter must fill it.
 */
function enumerateCandidates(printed: string, channel: GlyphChannel, joined: boolean): GlyphCandidate[] {
  if (printed.length > maximumDecodedLength) return joined ? [] : [{ word: printed, channelLogProbability: 0, edits: 0, kashida: 0, restoresFinalGlyph: false }]
  const inverse = new Map<string, InverseRule[]>()
  const lost: InverseRule[] = []
  for (const substitution of channel.substitutions) {
    if (substitution.printed === '') lost.push(substitution)
    else inverse.set(substitution.printed, [...(inverse.get(substitution.printed) ?? []), substitution])
  }
  const results = new Map<string, GlyphCandidate>()
  const checks: Array<{ index: number; forms: readonly GlyphForm[] }> = []
  const accept = (word: string, logProbability: number, edits: number, kashida: number, restoresFinalGlyph: boolean): void => {
    if (!checks.every((check) => check.forms.includes(glyphForm(word, check.index)))) return
    const known = results.get(word)
    if (known === undefined || known.channelLogProbability < logProbability) {
      results.set(word, { word, channelLogProbability: logProbability, edits, kashida, restoresFinalGlyph })
    }
  }
  // `trailingKashida`: the last printed letter was read as a kashida, which needs a glyph after it.
  const visit = (
    index: number,
    built: string,
    logProbability: number,
    edits: number,
    kashida: number,
    trailingKashida = false
  ): void => {
    if (index === printed.length) {
      if (!trailingKashida) accept(built, logProbability, edits, kashida, false)
      if (joined || edits >= maximumEdits) return
      for (const rule of lost) {
        checks.push({ index: built.length, forms: rule.forms })
        accept(built + rule.original, logProbability + lostGlyphLogProbability, edits + 1, kashida, true)
        checks.pop()
      }
      return
    }
    const letter = printed[index] ?? ''
    if (letter === '\u0000') {
      if (edits >= maximumEdits) return
      for (const rule of lost) {
        if (joinsFollowing(rule.original) || !rule.forms.includes('isolated')) continue
        checks.push({ index: built.length, forms: rule.forms })
        visit(index + 1, built + rule.original, logProbability + lostGlyphLogProbability, edits + 1, kashida)
        checks.pop()
      }
      return
    }
    visit(index + 1, built + letter, logProbability, edits, kashida)
    if (edits >= maximumEdits) return
    for (const rule of inverse.get(letter) ?? []) {
      checks.push({ index: built.length, forms: rule.forms })
      visit(index + 1, built + rule.original, logProbability + substitutionLogProbability, edits + 1, kashida)
      checks.pop()
    }
    const isKashida =
      channel.kashidaAsYeh && letter === 'ی' && kashida < maximumKashida && joinsFollowing(built.slice(-1))
    if (isKashida) {
      const trailing = index === printed.length - 1
      if (!trailing || !joined) {
        visit(index + 1, built, logProbability + kashidaLogProbability, edits + 1, kashida + 1, trailing)
      }
    }
  }
  visit(0, '', 0, 0, 0)
  const printedReading = results.get(printed)
  const others = [...results.values()].filter((reading) => reading.word !== printed && reading.word !== '')
  return printedReading === undefined ? others : [printedReading, ...others]
}

/** Arabic ي and ك as the Persian letters the channel is written in. */
export function normalizeLetters(token: string): string {
  // Most tokens hold neither: two searches cost less than two replacements that find nothing.
  return token.includes('ي') || token.includes('ك') ? token.replace(/ي/g, 'ی').replace(/ك/g, 'ک') : token
}

function logSumExp(values: readonly number[]): number {
  let maximum = -Infinity
  for (const value of values) if (value > maximum) maximum = value
  if (maximum === -Infinity) return -Infinity
  let sum = 0
  for (const value of values) sum += Math.exp(value - maximum)
  return maximum + Math.log(sum)
}
