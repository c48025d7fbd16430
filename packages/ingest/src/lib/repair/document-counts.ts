import { splitAtoms, type Atom } from './atoms.js'
import { memoizeLexicon } from './lexicon-memo.js'
import { IdPairTable } from './pair-map.js'
import type { PersianLexicon } from './types.js'
import { WordIds } from './word-ids.js'

/** Lexicon pair counts a {@link DocumentCounts} remembers at most (then it starts again empty). */
const maximumLexiconPairs = 1 << 19

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
  /** The counted words' ids: each table below is indexed by them. */
  private readonly ids = new WordIds()
  private readonly words: number[] = []
  private readonly pairs = new IdPairTable()
  /** Each counted pair's index (its order of first sight), for {@link triples}. */
  private readonly pairIndexes = new IdPairTable()
  /** Counts of three words in a row one space apart, by the index of the first two as a pair and the id of the third. */
  private readonly triples = new IdPairTable()
  /** tripleRoles[id]: 1 when the word is first in a counted triple, 2 when it is second (both: 3). */
  private readonly tripleRoles: number[] = []
  private readonly wide: number[] = []
  private readonly sentenceEnds: number[] = []
  private readonly sentenceStarts: number[] = []
  /** Number of word occurrences with a sentence mark glued after them. */
  readonly sentenceEndTotal: number
  /** Number of word occurrences right after a sentence mark glued to the word before it. */
  readonly sentenceStartTotal: number
  private readonly lexicon: PersianLexicon | undefined
  /** The lexicon's pair counts asked for, by word ids ({@link lexiconPairOfIds}). */
  private readonly lexiconPairs = new IdPairTable()
  /** Whether the lexicon knows each counted word, by id: 1 it does, 0 it does not, -1 not asked yet ({@link inLexiconOfId}). */
  #inLexiconById: Int8Array | undefined

  /**
   * @param lines The document's lines (after letter-form and kashida repair).
   * @param lexicon Optional Persian lexicon whose counts are added to the document's (its
   *   answers are remembered: it must not change while in use).
   * @param options `triples`: count three words in a row too ({@link tripleCountOfIds}; default: not, all its answers 0).
   */
  constructor(lines: readonly string[], lexicon?: PersianLexicon, options?: Readonly<{ triples?: boolean }>) {
    const countTriples = options?.triples === true
    // The lexicon may analyse affixes on every call: its answers are remembered (once per
    // document when the caller passes a memoized lexicon, as `repairLines` does).
    this.lexicon = lexicon === undefined ? undefined : memoizeLexicon(lexicon)
    let total = 0
    let pairTotal = 0
    let endTotal = 0
    let startTotal = 0
    for (const line of lines) {
      const atoms = splitAtoms(line)
      // The id of the word at `index`, once it has been counted (the next atom's, before).
      let id = -1
      // The index of the pair that ends at the word at `index` (-1: none).
      let pairBefore = -1
      for (let index = 0; index < atoms.length; index += 1) {
        const atom = atoms[index]
        if (atom?.kind !== 'word') continue
        total += 1
        if (id === -1) id = this.#wordIdCounting(atom.text)
        this.words[id] = (this.words[id] as number) + 1
        const next = atoms[index + 1]
        if (next !== undefined && next.gap >= 2) this.wide[id] = (this.wide[id] as number) + 1
        if (next?.kind === 'punct' && next.glued && /^[.؟?!]$/.test(next.text)) {
          this.sentenceEnds[id] = (this.sentenceEnds[id] as number) + 1
          endTotal += 1
        }
        if (startsSentence(atoms, index)) {
          this.sentenceStarts[id] = (this.sentenceStarts[id] as number) + 1
          startTotal += 1
        }
        const nextId = next?.kind === 'word' ? this.#wordIdCounting(next.text) : -1
        let pairAfter = -1
        if (nextId !== -1 && (next as Atom).gap === 1) {
          pairTotal += 1
          this.pairs.add(id, nextId, 1)
          if (countTriples) pairAfter = this.#pairIndex(id, nextId)
          if (pairBefore !== -1) {
            this.triples.add(pairBefore, nextId, 1)
            this.#markTriple(atoms, index, id)
          }
        }
        pairBefore = pairAfter
        id = nextId
      }
    }
    this.total = Math.max(total, 1)
    this.pairTotal = Math.max(pairTotal, 1)
    this.sentenceEndTotal = endTotal
    this.sentenceStartTotal = startTotal
  }

  /** The id of a word met while counting (its tables start at 0). */
  #wordIdCounting(word: string): number {
    const id = this.ids.intern(word)
    if (id === this.words.length) {
      this.words.push(0)
      this.wide.push(0)
      this.sentenceEnds.push(0)
      this.sentenceStarts.push(0)
      this.tripleRoles.push(0)
    }
    return id
  }

  /** The index of a counted pair (given one at its first sight). */
  #pairIndex(first: number, second: number): number {
    let index = this.pairIndexes.get(first, second)
    if (index === undefined) {
      index = this.pairIndexes.size
      this.pairIndexes.set(first, second, index)
    }
    return index
  }

  /** Mark the first and second word of the triple counted whose middle word is the atom at `index` (id `middle`). */
  #markTriple(atoms: readonly Atom[], index: number, middle: number): void {
    const first = this.ids.find((atoms[index - 1] as Atom).text)
    this.tripleRoles[first] = (this.tripleRoles[first] as number) | 1
    this.tripleRoles[middle] = (this.tripleRoles[middle] as number) | 2
  }

  /**
   * How often three words occur in a row, one space apart, in this order (by the counts' ids;
   * 0 when any is -1).
   */
  tripleCountOfIds(first: number, second: number, third: number): number {
    if (first < 0 || second < 0 || third < 0) return 0
    const pair = this.pairIndexes.get(first, second)
    return pair === undefined ? 0 : this.triples.get(pair, third) ?? 0
  }

  /** Whether the word (by id) is first in some counted triple ({@link tripleCountOfIds}). */
  startsTripleOfId(id: number): boolean {
    return id >= 0 && ((this.tripleRoles[id] as number) & 1) !== 0
  }

  /** Whether the word (by id) is second in some counted triple ({@link tripleCountOfIds}). */
  middleOfTripleOfId(id: number): boolean {
    return id >= 0 && ((this.tripleRoles[id] as number) & 2) !== 0
  }

  /**
   * The id of a counted word (-1 for a word the document does not hold): the `…OfIds`
   * methods answer for ids what the methods of the same name answer for words, without
   * hashing the words again.
   */
  wordId(word: string): number {
    return this.ids.find(word)
  }

  /** Call `visit` with each counted word and its count, in order of first sight. */
  forEachWord(visit: (word: string, count: number) => void): void {
    for (let id = 0; id < this.words.length; id += 1) visit(this.ids.word(id) as string, this.words[id] as number)
  }

  /** How often the word occurs in the document. */
  count(word: string): number {
    return this.countOfId(this.ids.find(word))
  }

  /** {@link count} of a word id (0 for -1). */
  countOfId(id: number): number {
    return id < 0 ? 0 : (this.words[id] as number)
  }

  /** Share of the word's occurrences inside a line that a gap of two or more spaces follows. */
  wideGapShare(word: string): number {
    const id = this.ids.find(word)
    return id < 0 ? 0 : (this.wide[id] as number) / (this.words[id] as number)
  }

  /** Share of the word's occurrences with a full stop (or question or exclamation mark) glued after it. */
  sentenceEndShare(word: string): number {
    const id = this.ids.find(word)
    return id < 0 ? 0 : (this.sentenceEnds[id] as number) / (this.words[id] as number)
  }

  /** How often the word occurs with a full stop (or question or exclamation mark) glued after it. */
  sentenceEndCount(word: string): number {
    const id = this.ids.find(word)
    return id < 0 ? 0 : (this.sentenceEnds[id] as number)
  }

  /** How often the word occurs right after a full stop (or question or exclamation mark) glued to the word before it, with a space between: first in a sentence. */
  sentenceStartCount(word: string): number {
    const id = this.ids.find(word)
    return id < 0 ? 0 : (this.sentenceStarts[id] as number)
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
    return this.pairCountOfIds(this.ids.find(first), this.ids.find(second))
  }

  /** {@link pairCount} of two word ids (0 when either is -1). */
  pairCountOfIds(first: number, second: number): number {
    return first < 0 || second < 0 ? 0 : this.pairs.get(first, second) ?? 0
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
   * {@link inLexicon} of a word, given its id (`wordId`) as well: for a word the document
   * holds, the answer is remembered by the id (no string to hash when asked again).
   */
  inLexiconOfId(id: number, word: string): boolean {
    if (this.lexicon === undefined) return false
    if (id < 0) return this.lexicon.has(word)
    if (this.#inLexiconById === undefined) this.#inLexiconById = new Int8Array(this.words.length).fill(-1)
    let known = this.#inLexiconById[id] as number
    if (known === -1) {
      known = this.lexicon.has(word) ? 1 : 0
      this.#inLexiconById[id] = known
    }
    return known === 1
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

  /**
   * {@link lexiconPair} of two words, given their ids (`wordId`) as well: for words the
   * document holds, the answer is remembered by the ids (at most {@link maximumLexiconPairs}
   * of them, then the memo starts again empty).
   */
  lexiconPairOfIds(firstId: number, secondId: number, first: string, second: string): number {
    if (this.lexicon === undefined) return 0
    if (firstId < 0 || secondId < 0) return this.lexicon.bigram(first, second)
    let count = this.lexiconPairs.get(firstId, secondId)
    if (count === undefined) {
      count = this.lexicon.bigram(first, second)
      if (this.lexiconPairs.size >= maximumLexiconPairs) this.lexiconPairs.clear()
      this.lexiconPairs.set(firstId, secondId, count)
    }
    return count
  }

  /** Whether a lexicon was given. */
  get hasLexicon(): boolean {
    return this.lexicon !== undefined
  }
}

/** Whether the word atom at `index` starts a sentence: a full stop (or question or exclamation mark) glued to a word before it, then a space. */
export function startsSentence(atoms: readonly Atom[], index: number): boolean {
  const atom = atoms[index]
  const mark = atoms[index - 1]
  return atom?.kind === 'word' && atom.gap >= 1 && mark?.kind === 'punct' && mark.glued && /^[.؟?!]$/.test(mark.text) && atoms[index - 2]?.kind === 'word'
}
