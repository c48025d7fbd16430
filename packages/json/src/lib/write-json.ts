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
