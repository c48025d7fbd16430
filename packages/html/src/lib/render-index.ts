import type { Article, Lang } from '@matn/core'
import { h, type Html } from './html-builder.js'
import { dirOf } from './locale.js'
import { renderPage } from './page-shell.js'

/** Options of `renderIndex`. */
export interface RenderIndexOptions {
  /** Path of the assets folder from the page (default `assets`). */
  readonly assets?: string
  /** Link to an article's page (default `<id>.html`). */
  readonly hrefOf?: (article: Article) => string
  /** Title of the page (default `matn corpus`). */
  readonly title?: string
}

const emptyOptions: Readonly<RenderIndexOptions> = Object.freeze({})

/**
 * Render the index page of a corpus: one entry per article with its titles, authors,
 * dates and counts (segments per language, citations, footnotes, alignment links), each
 * linking to the article's page. All corpus text is escaped.
 *
 * @param articles The articles, in the order to list them.
 * @param options Options.
 * @returns The HTML document.
 */
export function renderIndex(articles: readonly Article[], options?: Readonly<RenderIndexOptions> | null): string {
  const settings = options ?? emptyOptions
  const title = settings.title ?? 'matn corpus'
  const hrefOf = settings.hrefOf ?? ((article: Article) => `${article.id}.html`)
  return renderPage({ title, assets: settings.assets ?? 'assets', bodyClass: 'matn-index' }, [
    h(
      'main',
      { id: 'reader', class: 'index' },
      h('h1', null, title),
      h('p', null, `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, English and Persian side by side.`),
      h('ol', { class: 'article-list' }, articles.map((article) => entry(article, hrefOf(article))))
    )
  ]).value
}

function entry(article: Article, href: string): Html {
  const { meta } = article
  const count = (lang: Lang): number =>
    article.segments.filter((segment) => segment.lang === lang && segment.kind !== 'title' && segment.kind !== 'keyword').length
  const curated = article.alignments.filter((link) => link.source === 'curated').length
  const automatic = article.alignments.length - curated
  const titles = (['fa', 'en'] as const)
    .filter((lang) => meta.title[lang])
    .map((lang) => h('span', { class: `title title-${lang}`, lang, dir: dirOf(lang) }, meta.title[lang]))
  const authors = meta.authors.map((author) => author.name.fa ?? author.name.en ?? '').filter(Boolean)
  return h(
    'li',
    { 'data-article': article.id },
    h('h2', null, h('a', { href }, titles.length > 0 ? titles : article.id)),
    authors.length > 0 ? h('p', { class: 'authors', lang: 'fa', dir: 'rtl' }, authors.join('، ')) : null,
    h(
      'p',
      { class: 'counts' },
      h('code', null, article.id),
      meta.received ? ` · received ${meta.received.gregorian} (${meta.received.solar} SH)` : null,
      ` · ${count('en')} English and ${count('fa')} Persian segments · ${article.citations.length} citations · `,
      `${article.footnotes.length} footnotes · ${curated} curated and ${automatic} automatic alignment links`
    )
  )
}
