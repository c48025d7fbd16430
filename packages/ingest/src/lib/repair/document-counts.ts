import { splitAtoms } from './atoms.js'
import { memoizeLexicon } from './lexicon-memo.js'
import { PairMap } from './pair-map.js'
import type { PersianLexicon } from './types.js'

/**
 * Word and word-pair counts gathered from the document being repaired. Within a printed run
 * the extraction keeps logical order even when it reverses the runs of a line, so the pairs
 * of words separated by a single space are, in the main, pairs in reading order; words glued
 * across runs or split by them are rare against their intact occurrences elsewhere.
 */
export class DocumentCounts {
  /** Number of word occurrences counted. */
  readonly total: number
  /** Number of adjacent word pairs counted. */
  readonly pairTotal: number
  private readonly words = new Map<string, number>()
  private readonly pairs = new PairMap<number>()
  private readonly wide = new Map<string, number>()
  private readonly sentenceEnds = new Map<string, number>()
  private readonly lexicon: PersianLexicon | undefined

  /**
   * @param lines The document's lines (after letter-form and kashida repair).
   * @param lexicon Optional Persian lexicon whose counts are added to the document's (its
   *   answers are remembered: it must not change while in use).
   */
  constructor(lines: readonly string[], lexicon?: PersianLexicon) {
    // The lexicon may analyse affixes on every call: its answers are remembered (once per
    // document when the caller passes a memoized lexicon, as `repairLines` does).
    this.lexicon = lexicon === undefined ? undefined : memoizeLexicon(lexicon)
    let total = 0
    let pairTotal = 0
    for (const line of lines) {
      const atoms = splitAtoms(line)
      for (let index = 0; index < atoms.length; index += 1) {
        const atom = atoms[index]
        if (atom?.kind !== 'word') continue
        total += 1
        this.words.set(atom.text, (this.words.get(atom.text) ?? 0) + 1)
        const next = atoms[index + 1]
        if (next !== undefined && next.gap >= 2) this.wide.set(atom.text, (this.wide.get(atom.text) ?? 0) + 1)
        if (next?.kind === 'punct' && next.glued && /^[.؟?!]$/.test(next.text)) this.sentenceEnds.set(atom.text, (this.sentenceEnds.get(atom.text) ?? 0) + 1)
        if (next?.kind === 'word' && next.gap === 1) {
          pairTotal += 1
          this.pairs.set(atom.text, next.text, (this.pairs.get(atom.text, next.text) ?? 0) + 1)
        }
      }
    }
    this.total = Math.max(total, 1)
    this.pairTotal = Math.max(pairTotal, 1)
  }

  /** How often the word occurs in the document. */
  count(word: string): number {
    return this.words.get(word) ?? 0
  }

  /** Share of the word's occurrences inside a line that a gap of two or more spaces follows. */
  wideGapShare(word: string): number {
    const count = this.count(word)
    return count === 0 ? 0 : (this.wide.get(word) ?? 0) / count
  }

  /** Share of the word's occurrences with a full stop (or question or exclamation mark) glued after it. */
  sentenceEndShare(word: string): number {
    const count = this.words.get(word) ?? 0
    return count === 0 ? 0 : (this.sentenceEnds.get(word) ?? 0) / count
  }

  /**
   * The word pairs one line adds to the counts (words one space apart, as printed), keyed
   * `first second`: a line's own pairs are no evidence for its own order, so run order takes
   * them off when it scores that line.
   *
   * @param line A line of the document as counted.
   * @returns How often each pair occurs in the line.
   */
  static linePairs(line: string): Map<string, number> {
    const pairs = new Map<string, number>()
    const atoms = splitAtoms(line)
    atoms.forEach((atom, index) => {
      const next = atoms[index + 1]
      if (atom.kind !== 'word' || next?.kind !== 'word' || next.gap !== 1) return
      const key = `${atom.text} ${next.text}`
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    })
    return pairs
  }

  /** How often the pair occurs with a single space between, in this order. */
  pairCount(first: string, second: string): number {
    return this.pairs.get(first, second) ?? 0
  }

  /** Whether the word is known: seen at least `minimum` times here, or in the lexicon. */
  known(word: string, minimum = 1): boolean {
    return this.count(word) >= minimum || this.inLexicon(word)
  }

  /** Whether the lexicon (when there is one) knows the word. */
  inLexicon(word: string): boolean {
    return this.lexicon !== undefined && this.lexicon.has(word)
  }

  /**
   * Whether the lexicon has the word as an entry of its own, not only as a form its affix
   * rules generate (a lexicon without that distinction: whether it knows the word).
   */
  isHeadword(word: string): boolean {
    if (this.lexicon === undefined) return false
    return this.lexicon.isHeadword === undefined ? this.lexicon.has(word) : this.lexicon.isHeadword(word)
  }

  /** Count of the pair in the lexicon's running-text counts (0 without a lexicon). */
  lexiconPair(first: string, second: string): number {
    return this.lexicon === undefined ? 0 : this.lexicon.bigram(first, second)
  }

  /** Whether a lexicon was given. */
  get hasLexicon(): boolean {
    return this.lexicon !== undefined
  }
}
