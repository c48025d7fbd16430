import type { AlignmentSource, Article } from '@matn/core'
import { segmentLookup } from './segment-lookup.js'

/** One aligned sentence pair in the Hugging Face `translation` shape. */
export interface TranslationPair {
  /** The English and Persian text (several segments of one side joined by a space). */
  translation: { en: string; fa: string }
  /** Id of the article. */
  article: string
  /** Ids of the linked segments on each side, in document order. */
  link: { en: string[]; fa: string[] }
  /** Whether a person (`curated`) or the aligner (`auto`) made the link. */
  source: AlignmentSource
  /** The link's score. */
  score: number
}

/**
 * The aligned sentence pairs of an article, one per alignment link with text on both sides,
 * in the order of `article.alignments`. Links with an empty side (1–0, 0–1) have no
 * translation and are left out; {@link countTranslationPairs} says how many.
 *
 * @param article The article.
 * @returns The pairs.
 * @throws {MatnError} `E_SCHEMA` when a link names an unknown segment.
 */
export function translationPairs(article: Article): TranslationPair[] {
  const segment = segmentLookup(article)
  return article.alignments
    .filter((alignment) => alignment.en.length > 0 && alignment.fa.length > 0)
    .map((alignment, index) => {
      const where = `alignment ${index + 1}`
      return {
        translation: {
          en: alignment.en.map((id) => segment(id, where).text).join(' '),
          fa: alignment.fa.map((id) => segment(id, where).text).join(' ')
        },
        article: article.id,
        link: { en: [...alignment.en], fa: [...alignment.fa] },
        source: alignment.source,
        score: alignment.score
      }
    })
}

/**
 * How many alignment links of an article have text on both sides (become pairs) and how
 * many have an empty side.
 *
 * @param article The article.
 */
export function countTranslationPairs(article: Article): { pairs: number; oneSided: number } {
  const pairs = article.alignments.filter((alignment) => alignment.en.length > 0 && alignment.fa.length > 0).length
  return { pairs, oneSided: article.alignments.length - pairs }
}
