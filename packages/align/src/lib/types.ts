/**
 * A link between sentences of two lists, by 0-based index. An empty side marks a sentence
 * with no counterpart (a null link).
 */
export interface AlignmentLink {
  en: number[]
  fa: number[]
  /** Confidence in [0, 1]; for a null link, the confidence that there is no counterpart. */
  score: number
}
