import { CitationIndex, type CitationHit, type CitationQuery, type CitedWork } from './citation-index.js'
import type { Article } from './model.js'

/**
 * A collection of articles with citation lookup across all of them.
 *
 * @example
 *   const corpus = new Corpus([article])
 *   corpus.findCitations({ author: 'Walt', year: 1987 })
 */
export class Corpus {
  /** The articles, in the order given. */
  readonly articles: readonly Article[]
  private index: CitationIndex | undefined

  /**
   * @param articles The articles (ids must be unique).
   */
  constructor(articles: Iterable<Article>) {
    this.articles = [...articles]
    const seen = new Set<string>()
    for (const article of this.articles) {
      if (seen.has(article.id)) throw new TypeError(`Duplicate article id \`${article.id}\``)
      seen.add(article.id)
    }
  }

  /**
   * Every citation matching the query, in either language, with its segment, the
   * neighbouring sentences and the aligned segments of the other language.
   *
   * @param query Author, year, calendar, key, page, lang, undated, ibid: all given fields must match.
   */
  findCitations(query: Readonly<CitationQuery>): CitationHit[] {
    return this.citationIndex().find(query)
  }

  /** The works cited in the corpus with their counts, most cited first. */
  works(): CitedWork[] {
    return this.citationIndex().works()
  }

  /**
   * The article with this id, if any.
   *
   * @param id Article id.
   */
  article(id: string): Article | undefined {
    return this.articles.find((article) => article.id === id)
  }

  private citationIndex(): CitationIndex {
    this.index ??= new CitationIndex(this.articles)
    return this.index
  }
}
