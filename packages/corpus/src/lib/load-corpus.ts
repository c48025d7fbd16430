import { Corpus, type Article } from '@matn/core'
import { corpusJson } from './corpus-data.js'

/**
 * The bundled corpus: the curated articles of the matn repository, parsed when the package
 * was built. Each call returns a fresh `Corpus` (its articles are yours to change).
 *
 * @returns A `Corpus` with `articles`, `findCitations`, `works` and `article(id)`.
 * @example
 *   const corpus = loadCorpus()
 *   corpus.findCitations({ author: 'Walt', year: 1987 })
 */
export function loadCorpus(): Corpus {
  const { articles } = JSON.parse(corpusJson) as { articles: Article[] }
  return new Corpus(articles)
}
