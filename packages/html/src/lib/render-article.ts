import { dominantScript, type Article, type ArticleDate, type Author, type Bilingual, type Citation, type Footnote, type Lang, type Segment } from '@matn/core'
import { groupCitedWorks, type CitationPlace, type CitedWorkPlaces } from './cited-works.js'
import { jsonForScript } from './escape.js'
import { h, join, trusted, type Child, type Html } from './html-builder.js'
import { bodyBlocks, type Block } from './layout.js'
import { dirOf, labels, localDigits } from './locale.js'
import { locateCitations } from './locate-citations.js'
import { renderPage } from './page-shell.js'

/** Options of `renderArticle`. */
export interface RenderArticleOptions {
  /**
   * Every article of the corpus (the article itself included), so the citation panel can
   * list places in the other articles too. Default: the article alone.
   */
  readonly corpus?: readonly Article[]
  /** Path of the assets folder from the page (default `assets`). */
  readonly assets?: string
  /** Link to an article's page from this page (default `<id>.html`). */
  readonly hrefOf?: (article: Article) => string
  /** Link to the index page, or null for none (default `index.html`). */
  readonly indexHref?: string | null
}

const emptyOptions: Readonly<RenderArticleOptions> = Object.freeze({})
const langs: readonly Lang[] = ['en', 'fa']
/** Other articles citing a work listed on a page, at most. */
const otherArticleLimit = 20
/** Citations up to this length are kept on one line. */
const shortCitation = 40

/**
 * Render an article as a standalone bilingual HTML page: English and Persian side by side,
 * every segment an element with `data-segment`, citations linked to a panel of every
 * place their work is cited, footnotes as popovers, printed pages in the margin, and the
 * metadata header. All corpus text is escaped. The page expects the viewer's assets
 * (stylesheet, script, fonts) in `options.assets`; `writeHtml` writes them.
 *
 * @param article The article.
 * @param options Options.
 * @returns The HTML document.
 */
export function renderArticle(article: Article, options?: Readonly<RenderArticleOptions> | null): string {
  const settings = options ?? emptyOptions
  const context = new ArticleContext(article, settings)
  const title = [article.meta.title.fa, article.meta.title.en].filter(Boolean).join(' — ') || article.id
  return renderPage({ title, assets: settings.assets ?? 'assets', bodyClass: 'matn-article' }, [
    h('a', { class: 'skip-link', href: '#reader' }, 'Skip to the text'),
    settings.indexHref === null ? null : h('nav', { class: 'crumbs', 'aria-label': 'Corpus' }, h('a', { href: settings.indexHref ?? 'index.html' }, 'All articles')),
    context.header(),
    legend(article),
    h('main', { id: 'reader', class: 'reader' }, langs.map((lang) => context.column(lang))),
    context.worksCited(),
    citationPanel(),
    h('div', { id: 'matn-status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'popovers' }, context.footnotePopovers()),
    h('script', { type: 'application/json', id: 'matn-alignments' }, trusted(jsonForScript(article.alignments)))
  ]).value
}

/** Everything the parts of one page share: lookups and the cited works. */
class ArticleContext {
  private readonly segments: Map<string, Segment>
  private readonly citations: Map<string, Citation>
  private readonly works: CitedWorkPlaces[]
  private readonly workOfCitation = new Map<string, CitedWorkPlaces>()
  private readonly footnoteByLabel: Map<string, Footnote>
  private readonly pageSeen = new Map<Lang, number>()

  constructor(
    private readonly article: Article,
    private readonly settings: Readonly<RenderArticleOptions>
  ) {
    this.segments = new Map(article.segments.map((segment) => [segment.id, segment]))
    this.citations = new Map(article.citations.map((citation) => [citation.id, citation]))
    const corpus = settings.corpus?.includes(article) ? settings.corpus : [article, ...(settings.corpus ?? [])]
    this.works = groupCitedWorks(corpus)
      .filter((work) => work.places.some((place) => place.article === article))
      .map((work, index) => ({ ...work, id: `w${index + 1}` }))
    for (const work of this.works) {
      for (const place of work.places) if (place.article === article) this.workOfCitation.set(place.citation.id, work)
    }
    this.footnoteByLabel = new Map(article.footnotes.map((footnote) => [footnote.label, footnote]))
  }

  header(): Html {
    const { meta } = this.article
    const titles = (['fa', 'en'] as const).map((lang) => {
      const segment = this.article.segments.find((item) => item.kind === 'title' && item.lang === lang)
      const text = segment?.text ?? meta.title[lang]
      if (!text) return null
      return h('span', { class: `title title-${lang}`, lang, dir: dirOf(lang), 'data-segment': segment?.id, tabindex: segment ? -1 : undefined }, text)
    })
    return h(
      'header',
      { class: 'meta' },
      h('h1', null, titles),
      h('div', { class: 'meta-columns' }, langs.map((lang) => this.metaColumn(lang)))
    )
  }

  private metaColumn(lang: Lang): Html {
    const { meta } = this.article
    const words = labels[lang]
    const keywordSegments = this.article.segments.filter((segment) => segment.kind === 'keyword' && segment.lang === lang)
    const keywords: Child[] =
      keywordSegments.length > 0
        ? keywordSegments.map((segment) => h('li', null, h('span', { 'data-segment': segment.id, tabindex: -1 }, segment.text)))
        : meta.keywords[lang].map((keyword) => h('li', null, keyword))
    const journal = bilingualText(meta.journal, lang)
    const issue = [
      meta.volume !== undefined ? `${lang === 'fa' ? 'دورهٔ' : 'Vol.'} ${localDigits(meta.volume, lang)}` : null,
      meta.issue !== undefined ? `${lang === 'fa' ? 'شمارهٔ' : 'No.'} ${localDigits(meta.issue, lang)}` : null,
      meta.pages !== undefined ? `${lang === 'fa' ? 'صفحه‌های' : 'pp.'} ${localDigits(meta.pages, lang)}` : null
    ].filter((part): part is string => part !== null)
    const method = typeof meta.source?.['method'] === 'string' ? meta.source['method'] : undefined
    return h(
      'section',
      { class: `meta-column meta-${lang}`, lang, dir: dirOf(lang), 'aria-label': lang === 'fa' ? 'مشخصات مقاله' : 'Article details' },
      meta.authors.length > 0 ? h('ul', { class: 'authors' }, meta.authors.map((author) => authorItem(author, lang))) : null,
      journal || issue.length > 0
        ? h('p', { class: 'journal' }, journal ? h('span', { lang: journal.lang, dir: dirOf(journal.lang) }, journal.text) : null, journal && issue.length > 0 ? (lang === 'fa' ? '، ' : ', ') : null, issue.join(lang === 'fa' ? '، ' : ', '))
        : null,
      meta.received || meta.accepted
        ? h('dl', { class: 'dates' }, dateEntry(words.received, meta.received, lang), dateEntry(words.accepted, meta.accepted, lang))
        : null,
      keywords.length > 0 ? h('div', { class: 'keywords' }, h('h2', null, words.keywords), h('ul', null, keywords)) : null,
      lang === 'en' && (meta.license || method)
        ? h('p', { class: 'provenance' }, meta.license ? ['License: ', meta.license] : null, meta.license && method ? '. ' : null, method ? ['Source: ', method] : null)
        : null
    )
  }

  column(lang: Lang): Html {
    const blocks = bodyBlocks(this.article.segments, lang)
    const headings = blocks.filter((block) => block.type === 'heading')
    const words = labels[lang]
    return h(
      'section',
      { class: `column column-${lang}`, lang, dir: dirOf(lang), 'aria-labelledby': `column-${lang}` },
      h('h2', { id: `column-${lang}`, class: 'visually-hidden' }, words.column),
      headings.length > 0
        ? h(
            'nav',
            { class: 'toc', 'aria-label': `${words.contents} (${words.column})` },
            h('ol', null, headings.map((block) => h('li', { 'data-depth': Math.min(block.depth, 4) }, h('a', { href: `#${anchorOf(block.segment.id)}` }, block.segment.text))))
          )
        : null,
      blocks.map((block) => this.block(block, lang)),
      this.notes(lang)
    )
  }

  private block(block: Block, lang: Lang): Html {
    switch (block.type) {
      case 'heading': {
        const level = Math.min(block.depth + 2, 6)
        return join([this.pageMark(block.segment, 'div'), h(`h${level}`, segmentAttributes(block.segment, 'heading'), this.segmentContent(block.segment))])
      }
      case 'paragraph':
        return h(
          'p',
          null,
          block.segments.map((segment, index) => [index > 0 ? ' ' : null, this.pageMark(segment), this.sentence(segment)])
        )
      case 'table': {
        const first = block.rows.flat().find((cell): cell is Segment => cell !== undefined)
        // Row 1 is the header row; when it is empty (no header printed) it is left out.
        const [firstRow, ...body] = block.rows
        const head = firstRow?.some((cell) => cell !== undefined) ? firstRow : undefined
        const cell = (tag: 'th' | 'td', segment: Segment | undefined): Html =>
          h(tag, tag === 'th' ? { scope: 'col' } : null, segment ? this.sentence(segment) : null)
        return h(
          'div',
          { class: 'table-wrap' },
          first ? this.pageMark(first, 'div') : null,
          h(
            'table',
            { lang, dir: dirOf(lang) },
            head ? h('thead', null, h('tr', null, head.map((segment) => cell('th', segment)))) : null,
            body.length > 0 ? h('tbody', null, body.map((row) => h('tr', null, row.map((segment) => cell('td', segment))))) : null
          )
        )
      }
    }
  }

  private sentence(segment: Segment): Html {
    return h('span', segmentAttributes(segment, 'seg'), this.segmentContent(segment))
  }

  /** A segment's text with its citations linked and its footnote markers after it. */
  private segmentContent(segment: Segment): Html {
    const citations = segment.citations
      .map((id) => this.citations.get(id))
      .filter((citation) => citation !== undefined)
    const { pieces, unlocated } = locateCitations(segment.text, citations)
    const citationLink = (text: string, id: string): Html => {
      const work = this.workOfCitation.get(id)
      return h(
        'a',
        {
          class: text.length <= shortCitation ? 'cite cite-short' : 'cite',
          href: work ? `#work-${work.id}` : undefined,
          'data-citation': id,
          'data-work': work?.id,
          dir: scriptDir(text),
          'aria-haspopup': 'dialog'
        },
        text
      )
    }
    return join([
      pieces.map((piece) => (piece.type === 'text' ? piece.text : citationLink(piece.text, piece.citation.id))),
      unlocated.map((citation) => [' ', citationLink(citation.raw, citation.id)]),
      segment.footnotes.map((label) => this.footnoteMarker(label, segment.lang))
    ])
  }

  private footnoteMarker(label: string, lang: Lang): Html {
    const footnote = this.footnoteByLabel.get(label)
    if (!footnote) return h('sup', { class: 'fn-missing', title: `Footnote ${label} has no text` }, '*')
    return h(
      'button',
      {
        type: 'button',
        class: 'fn-ref',
        popovertarget: `fn-popover-${footnote.n}`,
        'aria-label': `${labels.en.footnote} ${footnote.n}`,
        'data-footnote': footnote.label
      },
      localDigits(footnote.n, lang)
    )
  }

  /** A printed page number in the margin, where the page changes in a column. */
  private pageMark(segment: Segment, tag: 'span' | 'div' = 'span'): Html | null {
    if (segment.page === null) return null
    const previous = this.pageSeen.get(segment.lang)
    if (previous === segment.page) return null
    this.pageSeen.set(segment.lang, segment.page)
    return h(
      tag,
      { class: 'page-number', role: 'doc-pagebreak', 'aria-label': `${labels.en.page} ${segment.page}`, 'data-page': segment.page },
      `${segment.lang === 'fa' ? 'ص' : 'p.'} ${localDigits(segment.page, segment.lang)}`
    )
  }

  private notes(lang: Lang): Html | null {
    const inColumn = this.article.footnotes.filter((footnote) => {
      const marker = footnote.segment ? this.segments.get(footnote.segment) : undefined
      return (marker?.lang ?? footnote.lang) === lang
    })
    const listed = new Set(this.article.footnotes.flatMap((footnote) => footnote.segments))
    const loose = this.article.segments.filter((segment) => segment.kind === 'footnote' && segment.lang === lang && !listed.has(segment.id))
    if (inColumn.length === 0 && loose.length === 0) return null
    const words = labels[lang]
    return h(
      'section',
      { class: 'notes', 'aria-labelledby': `notes-${lang}` },
      h('h3', { id: `notes-${lang}` }, words.notes),
      h(
        'ol',
        null,
        inColumn.map((footnote) =>
          h(
            'li',
            { id: `fn-${footnote.n}`, value: footnote.n, lang: footnote.lang, dir: dirOf(footnote.lang), 'data-label': footnote.label },
            this.footnoteSentences(footnote),
            ' ',
            footnote.segment
              ? h('a', { class: 'fn-back', href: `#${anchorOf(footnote.segment)}`, 'aria-label': `Back to the text of footnote ${footnote.n}` }, '↩')
              : h('span', { class: 'fn-orphan' }, `(${words.noMarker})`)
          )
        ),
        loose.map((segment) => h('li', null, this.sentence(segment)))
      )
    )
  }

  private footnoteSentences(footnote: Footnote): Child[] {
    const own = footnote.segments.map((id) => this.segments.get(id)).filter((segment) => segment !== undefined)
    if (own.length === 0) return [footnote.text]
    return own.map((segment, index) => [index > 0 ? ' ' : null, this.sentence(segment)])
  }

  footnotePopovers(): Html[] {
    return this.article.footnotes
      .filter((footnote) => footnote.segment !== null)
      .map((footnote) =>
        h(
          'div',
          { id: `fn-popover-${footnote.n}`, class: 'fn-popover', popover: 'auto', role: 'note', lang: footnote.lang, dir: dirOf(footnote.lang) },
          h('span', { class: 'fn-number' }, `${localDigits(footnote.n, footnote.lang)}. `),
          footnote.text,
          ' ',
          h('a', { href: `#fn-${footnote.n}`, class: 'fn-goto' }, footnote.lang === 'fa' ? 'در یادداشت‌ها' : 'In the notes')
        )
      )
  }

  worksCited(): Html | null {
    if (this.works.length === 0) return null
    return h(
      'section',
      { id: 'works', class: 'works', 'aria-labelledby': 'works-title' },
      h('h2', { id: 'works-title' }, 'Works cited', ' · ', h('span', { lang: 'fa', dir: 'rtl' }, 'منابع ارجاع‌شده')),
      h(
        'ol',
        null,
        this.works.map((work) =>
          h(
            'li',
            { id: `work-${work.id}`, class: 'work', 'data-keys': work.keys.join(' ') },
            h('h3', { class: 'work-title' }, workLabel(work)),
            langs.map((lang) => this.placeList(work, lang)),
            this.otherArticles(work)
          )
        )
      )
    )
  }

  private placeList(work: CitedWorkPlaces, lang: Lang): Html | null {
    const places = work.places.filter((place) => place.article === this.article && place.segment.lang === lang)
    if (places.length === 0) return null
    return h(
      'section',
      { class: `places places-${lang}` },
      h('h4', null, `${labels[lang].column} (${places.length})`),
      h('ol', null, places.map((place) => this.placeItem(place)))
    )
  }

  /**
   * The other articles of the corpus that cite the work: one line each (how many places,
   * in which languages, linking to the first), at most `otherArticleLimit` of them, so a
   * page's size does not grow with the corpus.
   */
  private otherArticles(work: CitedWorkPlaces): Html | null {
    const byArticle = new Map<Article, CitationPlace[]>()
    for (const place of work.places) {
      if (place.article === this.article) continue
      const list = byArticle.get(place.article) ?? []
      list.push(place)
      byArticle.set(place.article, list)
    }
    if (byArticle.size === 0) return null
    const hrefOf = this.settings.hrefOf ?? defaultHref
    const shown = [...byArticle].slice(0, otherArticleLimit)
    const more = byArticle.size - shown.length
    return h(
      'section',
      { class: 'places places-other' },
      h('h4', null, `Other articles (${byArticle.size})`),
      h(
        'ul',
        null,
        shown.map(([article, places]) => {
          const count = (lang: Lang): number => places.filter((place) => place.segment.lang === lang).length
          const first = places[0] as CitationPlace
          return h(
            'li',
            { 'data-article': article.id },
            h('a', { href: `${hrefOf(article)}#${anchorOf(first.segment.id)}` }, article.id),
            ` · ${places.length} ${places.length === 1 ? 'place' : 'places'} (${count('en')} English, ${count('fa')} Persian)`
          )
        }),
        more > 0 ? h('li', null, `and ${more} more`) : null
      )
    )
  }

  private placeItem(place: CitationPlace): Html {
    const { article, segment, citation } = place
    const sectionId = segment.section[segment.section.length - 1]
    const section = sectionId ? this.segments.get(sectionId)?.text : undefined
    const { pieces } = locateCitations(segment.text, [citation])
    const where = [segment.page !== null ? `p. ${segment.page}` : null, section ?? null].filter(
      (part): part is string => part !== null
    )
    return h(
      'li',
      { 'data-place': segment.id, 'data-article': article.id, 'data-citation': citation.id },
      h(
        'a',
        { href: `#${anchorOf(segment.id)}` },
        where.length > 0 ? h('span', { class: 'place-where', dir: 'auto' }, where.join(' · ')) : null,
        ' ',
        h(
          'span',
          { class: 'place-text', lang: segment.lang, dir: dirOf(segment.lang) },
          pieces.map((piece) => (piece.type === 'citation' ? h('mark', { dir: scriptDir(piece.text), class: piece.text.length <= shortCitation ? 'cite-short' : undefined }, piece.text) : piece.text))
        )
      )
    )
  }

}

/** The element id of a segment (`s-fa-p1-s2`). */
export function anchorOf(segmentId: string): string {
  return `s-${segmentId}`
}

/** `dir` of a run of text by its dominant script, so a Latin citation keeps its order in Persian text. */
function scriptDir(text: string): 'rtl' | 'ltr' | undefined {
  const script = dominantScript(text)
  return script ? dirOf(script) : undefined
}

function defaultHref(article: Article): string {
  return `${article.id}.html`
}

function segmentAttributes(segment: Segment, className: string): Record<string, string | number> {
  return { id: anchorOf(segment.id), class: className, 'data-segment': segment.id, 'data-kind': segment.kind, tabindex: -1 }
}

function workLabel(work: CitedWorkPlaces): Child[] {
  const first = work.places[0]?.citation
  const etAl = first?.etAl ? ' et al.' : ''
  const calendar = work.calendar === 'solar-hijri' ? ' (Solar Hijri)' : work.calendar === 'lunar-hijri' ? ' (lunar Hijri)' : ''
  const authors = work.authors.join(', ')
  // A reprint shows its first publication after the edition cited, as author–date styles print it: `1999 [1900]`.
  const original = first?.original ? ` [${first.original.year}]` : ''
  return [
    // A work cited by its title in the author position is a title, not a person.
    first?.titleAsAuthor ? h('cite', { dir: 'auto' }, authors) : h('span', { dir: 'auto' }, authors),
    `${etAl} ${workYear(work, first?.yearSuffix ?? null)}${original}${calendar}`
  ]
}

/** What the works list prints for a year: `1987a`, or `n.d.`, `in press`, `forthcoming` (`n.d.-a`). */
function workYear(work: CitedWorkPlaces, suffix: string | null): string {
  if (work.year !== null) return `${work.year}${suffix ?? ''}`
  const printed = work.undated === 'in-press' ? 'in press' : work.undated === 'forthcoming' ? 'forthcoming' : 'n.d.'
  return suffix ? `${printed}-${suffix}` : printed
}

function bilingualText(value: Bilingual | undefined, lang: Lang): { text: string; lang: Lang } | undefined {
  if (!value) return undefined
  const own = value[lang]
  if (own) return { text: own, lang }
  const otherLang: Lang = lang === 'fa' ? 'en' : 'fa'
  const other = value[otherLang]
  return other ? { text: other, lang: otherLang } : undefined
}

function authorItem(author: Author, lang: Lang): Html {
  const name = bilingualText(author.name, lang)
  // A name is shown in the other language when missing; an affiliation is not repeated.
  const affiliation = author.affiliation?.[lang] ? { text: author.affiliation[lang], lang } : undefined
  const email = author.email && /^[^\s@<>"'()]+@[^\s@<>"'()]+$/.test(author.email) ? author.email : undefined
  return h(
    'li',
    null,
    name ? h('span', { class: 'author-name', lang: name.lang, dir: dirOf(name.lang) }, name.text) : null,
    author.corresponding ? h('span', { class: 'corresponding' }, lang === 'fa' ? ' (نویسندهٔ مسئول)' : ' (corresponding author)') : null,
    affiliation ? [h('br', null), h('span', { class: 'affiliation', lang: affiliation.lang, dir: dirOf(affiliation.lang) }, affiliation.text)] : null,
    lang === 'en' && author.email
      ? [h('br', null), email ? h('a', { href: `mailto:${email}`, class: 'email' }, email) : h('span', { class: 'email' }, author.email)]
      : null
  )
}

function dateEntry(label: string, date: ArticleDate | undefined, lang: Lang): Child {
  if (!date) return null
  const solar = lang === 'fa' ? localDigits(date.solar.replace(/-/g, '/'), 'fa') : date.solar
  return [
    h('dt', null, label),
    h(
      'dd',
      null,
      lang === 'fa'
        ? [h('span', { class: 'date-solar' }, solar), ' (', h('time', { datetime: date.gregorian, dir: 'ltr' }, date.gregorian), ')']
        : [h('time', { datetime: date.gregorian }, date.gregorian), ' (Solar Hijri ', h('span', { class: 'date-solar' }, solar), ')']
    )
  ]
}

function legend(article: Article): Html {
  const curated = article.alignments.filter((link) => link.source === 'curated').length
  const automatic = article.alignments.length - curated
  return h(
    'p',
    { class: 'legend' },
    'Select a sentence (click, or focus it and use ↑ ↓; Enter jumps to its translation) to highlight its aligned counterpart: ',
    h('span', { class: 'swatch swatch-curated' }, `curated link (${curated})`),
    ' ',
    h('span', { class: 'swatch swatch-auto' }, `automatic link (${automatic})`),
    article.alignments.length === 0 ? '. This article has no alignment yet.' : '.'
  )
}

function citationPanel(): Html {
  return h(
    'dialog',
    { id: 'citation-panel', class: 'citation-panel', 'aria-labelledby': 'citation-panel-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'citation-panel-title', tabindex: -1 }, 'Cited at'),
      h('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close' }, '×')
    ),
    h('div', { class: 'panel-body' })
  )
}
