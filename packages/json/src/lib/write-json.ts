import type { Article, Corpus } from '@matn/core'
import { canonicalize } from './canonical.js'
import { corpusSchema } from './schemas.js'

/**
 * Serialize an article as the JSON that {@link readArticle} reads: keys in schema order,
 * two-space indentation, a final newline. The same article always gives the same bytes.
 *
 * @param article The article.
 * @returns The JSON text.
 */
export function articleToJson(article: Article): string {
  return `${JSON.stringify(canonicalize(article), null, 2)}\n`
}

/**
 * Serialize articles as a corpus document, `{ "articles": [...] }`, in the given order.
 *
 * @param articles The articles, or a `Corpus`.
 * @returns The JSON text.
 */
export function corpusToJson(articles: readonly Article[] | Corpus): string {
  const list = 'articles' in articles ? articles.articles : articles
  return `${JSON.stringify(canonicalize({ articles: list }, corpusSchema), null, 2)}\n`
}

/** The start of a corpus document written one article at a time (see {@link corpusJsonItem}). */
export const corpusJsonHead = '{\n  "articles": ['

/**
 * One article of a corpus document written one article at a time: `corpusJsonHead`, then
 * `corpusJsonItem(articleToJson(article), index)` for each article in order, then
 * `corpusJsonTail(count)` give the bytes of `corpusToJson(articles)`, without holding the
 * corpus in memory.
 *
 * @param articleJson The article's JSON, as {@link articleToJson} writes it.
 * @param index 0-based position of the article in the corpus.
 * @returns The text to append.
 */
export function corpusJsonItem(articleJson: string, index: number): string {
  // Split on \n only: JSON.stringify leaves U+2028 and U+2029 raw, and they are not line breaks here.
  const lines = articleJson.endsWith('\n') ? articleJson.slice(0, -1) : articleJson
  return `${index === 0 ? '\n' : ',\n'}    ${lines.split('\n').join('\n    ')}`
}

/**
 * The end of a corpus document written one article at a time (see {@link corpusJsonItem}).
 *
 * @param count Number of articles written.
 * @returns The text to append.
 */
export function corpusJsonTail(count: number): string {
  return count === 0 ? ']\n}\n' : '\n  ]\n}\n'
}
