/**
 * An article as one TEI P5 document, a list of articles as a `teiCorpus`.
 */
import type { Article } from '@matn/core'
import { indexArticle } from './article-index.js'
import { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { teiNamespace } from './xml-reader.js'
import { writeHeader } from './write-header.js'
import { writeStandOff } from './write-standoff.js'
import { writeText } from './write-text.js'
import { encodeXmlId } from './xml-ids.js'
import { element, isXmlChar, mixedElement, serializeXml, type XmlElement } from './xml-writer.js'

/** Options of {@link articleToTei}. */
export interface ArticleToTeiOptions {
  /**
   * Write where each segment and citation is in the Markdown source (default `true`).
   * Without them, `teiToArticle` reads every position as line 1, column 1, offset 0.
   */
  positions?: boolean
}

/** Options of {@link corpusToTei}. */
export interface CorpusToTeiOptions extends ArticleToTeiOptions {
  /** Title of the corpus (default `matn corpus`). */
  title?: string
}

const emptyOptions = Object.freeze({})

/** The `xml:id` of an article's `TEI` element (its id, `.` escaped too). */
function articleXmlId(id: string): string {
  if (id.length === 0) throw teiError('tei-write', 'The article id is empty')
  return encodeXmlId(id, { keepDots: false })
}

function mainLanguage(article: Article): string {
  const count = { fa: 0, en: 0 }
  for (const segment of article.segments) if (segment.kind !== 'title' && segment.kind !== 'keyword') count[segment.lang]++
  return count.en > count.fa ? 'en' : 'fa'
}

/**
 * The `TEI` element of an article; inside a corpus, every id gets the article's prefix.
 *
 * @param article The article.
 * @param prefix `''`, or `<article xml:id>.` inside a `teiCorpus`.
 * @param options Whether to write source positions.
 */
function articleElement(article: Article, prefix: string, options: Readonly<ArticleToTeiOptions>): XmlElement {
  const index = indexArticle(article)
  const context = new TeiWriterContext(prefix)
  const text = writeText(article, index, context)
  const standOff = writeStandOff(article, index, context, { positions: options.positions ?? true })
  const header = writeHeader(article, context)
  const footnoteOrder = article.footnotes.flatMap((footnote) => footnote.segments)
  const written = [...header.order, ...text.flowOrder, ...footnoteOrder]
  const mismatch = article.segments.findIndex((segment, position) => written[position] !== segment.id)
  if (mismatch >= 0 || written.length !== article.segments.length) {
    const segment = article.segments[mismatch]
    throw teiError(
      'tei-write',
      `Segment \`${segment?.id ?? written[article.segments.length] ?? ''}\` is out of document order: segments must be titles, keywords, text, then footnotes (as parseArticle lists them)`,
      segment?.position.start
    )
  }
  const attributes = { 'xml:id': articleXmlId(article.id), 'xml:lang': mainLanguage(article) }
  return element('TEI', attributes, [header.header, text.text, ...(standOff ? [standOff] : [])])
}

/**
 * Write an article as a TEI P5 document (see docs/tei.md for the mapping). The output is
 * deterministic: the same article gives the same bytes.
 *
 * @param article The article (as `parseArticle` returns it, alignments included).
 * @param options Whether to write source positions.
 * @returns The XML document, UTF-8, ending with a newline.
 * @throws `MatnError` (`E_INPUT`, rule `tei-write`) when the article's fields contradict
 *   each other so that its TEI could not be read back to it.
 */
export function articleToTei(article: Article, options?: Readonly<ArticleToTeiOptions> | null): string {
  const tei = articleElement(article, '', options ?? emptyOptions)
  return serializeXml({ ...tei, attributes: [['xmlns', teiNamespace], ...tei.attributes] })
}

/**
 * Write articles as one `teiCorpus`: a corpus header, then each article's `TEI`, its ids
 * prefixed with its own id and `.` (`ghani-askarian-1400.fa-p1-s1`) so they stay unique.
 *
 * @param articles The articles, in the order to write them; ids must be unique.
 * @param options The corpus title; whether to write source positions.
 */
export function corpusToTei(articles: readonly Article[], options?: Readonly<CorpusToTeiOptions> | null): string {
  const settings: Readonly<CorpusToTeiOptions> = options ?? emptyOptions
  const title = settings.title ?? 'matn corpus'
  if (articles.length === 0) throw teiError('tei-write', 'A teiCorpus needs at least one article')
  if ([...title].some((character) => !isXmlChar(character.codePointAt(0) ?? 0))) throw teiError('tei-write', 'The corpus title holds a character XML cannot hold')
  const seen = new Set<string>()
  for (const article of articles) {
    if (seen.has(article.id)) throw teiError('tei-write', `Article id \`${article.id}\` is used twice in the corpus`)
    seen.add(article.id)
  }
  const langs = (['fa', 'en'] as const).filter((lang) => articles.some((article) => article.segments.some((segment) => segment.lang === lang)))
  const header = element('teiHeader', undefined, [
    element('fileDesc', undefined, [
      element('titleStmt', undefined, [mixedElement('title', undefined, [title])]),
      element('publicationStmt', undefined, [mixedElement('authority', undefined, ['matn'])]),
      element('sourceDesc', undefined, [mixedElement('p', undefined, [`${articles.length} article${articles.length === 1 ? '' : 's'}, each described in its own header.`])])
    ]),
    element('profileDesc', undefined, [
      element('langUsage', undefined, (langs.length > 0 ? langs : (['fa', 'en'] as const)).map((lang) => mixedElement('language', { ident: lang }, [lang === 'fa' ? 'Persian' : 'English'])))
    ])
  ])
  const teis = articles.map((article) => articleElement(article, `${articleXmlId(article.id)}.`, settings))
  return serializeXml(element('teiCorpus', { xmlns: teiNamespace }, [header, ...teis]))
}
