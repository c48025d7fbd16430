/**
 * The contract shared by every repair step of `@matn/ingest`: a step takes one line of
 * extracted text and returns the repaired line, what it changed and what it could not resolve.
 */

/** One change a repair step made. */
export interface RepairChange {
  /** Name of the step (`letter-forms`, `run-order`, `glyph-map`, `zwnj`, …). */
  step: string
  /** 1-based line of the raw input. */
  line: number
  /** 1-based column in the text the step received. */
  column: number
  /** Text before the change. */
  before: string
  /** Text after the change. */
  after: string
  /** Why, when the step weighed candidates (scores, the rule that fired). */
  note?: string
}

/** A token a step could not resolve: it stays as printed and is reported. */
export interface UnresolvedToken {
  step: string
  /** 1-based line of the raw input. */
  line: number
  /** 1-based column in the text the step received. */
  column: number
  token: string
  reason: string
}

/** What a repair step returns for one line. */
export interface RepairResult {
  text: string
  changes: RepairChange[]
  unresolved: UnresolvedToken[]
}

/** Persian word statistics that steps consult to choose between candidate readings. */
export interface PersianLexicon {
  /** Number of distinct words known. */
  readonly size: number
  /** Whether the word (normalized Persian letters, ZWNJ kept) is known. */
  has(word: string): boolean
  /**
   * Whether the word list has the word as an entry of its own, not only as an affixed form
   * its affix rules generate (absent: every known word counts as an entry).
   */
  isHeadword?(word: string): boolean
  /** Count of the word in the lexicon's counts (0 when unknown). */
  frequency(word: string): number
  /** Count of the word pair in running text (0 when unseen). */
  bigram(first: string, second: string): number
}

/** What a step knows about the line it repairs. */
export interface LineContext {
  /** 1-based line of the raw input. */
  line: number
  lexicon?: PersianLexicon
}

/** A repair step over one line. */
export type RepairStep = (text: string, context: LineContext) => RepairResult
