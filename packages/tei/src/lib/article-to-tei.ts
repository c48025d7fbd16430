/**
 * An article as one TEI P5 document, a list of articles as a `teiCorpus`.
 */
import type { Article, Lang } from '@matn/core'
import { indexArticle } from './article-index.js'
import { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { teiNamespace } from './xml-reader.js'
import { writeHeader } from './write-header.js'
import { writeStandOff } from './write-standoff.js'
import { writeText } from './write-text.js'
import { encodeXmlId } from './xml-ids.js'
import { element, isXmlChar, mixedElement, serializeXml, serializeXmlBlock, type XmlElement } from './xml-writer.js'

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

/** What the header of a `teiCorpus` says about its articles. */
export interface TeiCorpusSummary {
  /** Number of articles. */
  articles: number
  /** Languages that segments of the articles are in. */
  langs: Iterable<Lang>
}

/** One article of a `teiCorpus` written piece by piece (see {@link teiCorpusHead}). */
export interface TeiCorpusMember {
  /** The article's `TEI` element, indented as inside the corpus, ending with a newline. */
  xml: string
  /** Languages of the article's segments, for the corpus header. */
  langs: Lang[]
}

/**
 * The start of a `teiCorpus` (XML declaration, `<teiCorpus>`, the corpus header):
 * `teiCorpusHead(summary)`, then each {@link teiCorpusMember}'s `xml` in order, then
 * {@link teiCorpusTail} give the bytes of {@link corpusToTei}, so a corpus can be written one
 * article at a time (the header needs the summary: write the members to a scratch file first).
 *
 * @param summary How many articles, which languages.
 * @param options The corpus title.
 * @throws `MatnError` (`E_INPUT`, rule `tei-write`) for no article or a title XML cannot hold.
 */
export function teiCorpusHead(summary: Readonly<TeiCorpusSummary>, options?: Readonly<CorpusToTeiOptions> | null): string {
  if (summary.articles === 0) throw teiError('tei-write', 'A teiCorpus needs at least one article')
  const title = corpusTitle(options)
  const present = new Set(summary.langs)
  const langs = (['fa', 'en'] as const).filter((lang) => present.has(lang))
  const count = summary.articles
  const header = element('teiHeader', undefined, [
    element('fileDesc', undefined, [
      element('titleStmt', undefined, [mixedElement('title', undefined, [title])]),
      element('publicationStmt', undefined, [mixedElement('authority', undefined, ['matn'])]),
      element('sourceDesc', undefined, [mixedElement('p', undefined, [`${count} article${count === 1 ? '' : 's'}, each described in its own header.`])])
    ]),
    element('profileDesc', undefined, [
      element('langUsage', undefined, (langs.length > 0 ? langs : (['fa', 'en'] as const)).map((lang) => mixedElement('language', { ident: lang }, [lang === 'fa' ? 'Persian' : 'English'])))
    ])
  ])
  const root = serializeXml(element('teiCorpus', { xmlns: teiNamespace }, [header]))
  // The root with only its header, cut before its end tag.
  return root.slice(0, root.length - teiCorpusTail.length)
}

/** The end of a `teiCorpus` written piece by piece (see {@link teiCorpusHead}). */
export const teiCorpusTail = '</teiCorpus>\n'

/**
 * One article of a `teiCorpus` written piece by piece (see {@link teiCorpusHead}): its ids
 * prefixed with its own id and `.`, as in {@link corpusToTei}.
 *
 * @param article The article.
 * @param options Whether to write source positions.
 */
export function teiCorpusMember(article: Article, options?: Readonly<ArticleToTeiOptions> | null): TeiCorpusMember {
  const xml = `${serializeXmlBlock(articleElement(article, `${articleXmlId(article.id)}.`, options ?? emptyOptions), 1)}\n`
  const langs = (['fa', 'en'] as const).filter((lang) => article.segments.some((segment) => segment.lang === lang))
  return { xml, langs }
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
  if (articles.length === 0) throw teiError('tei-write', 'A teiCorpus needs at least one article')
  corpusTitle(settings)
  const seen = new Set<string>()
  for (const article of articles) {
    if (seen.has(article.id)) throw teiError('tei-write', `Article id \`${article.id}\` is used twice in the corpus`)
    seen.add(article.id)
  }
  const members = articles.map((article) => teiCorpusMember(article, settings))
  const head = teiCorpusHead({ articles: articles.length, langs: members.flatMap((member) => member.langs) }, settings)
  return head + members.map((member) => member.xml).join('') + teiCorpusTail
}

/** The corpus title (default `matn corpus`), refused when XML cannot hold it. */
function corpusTitle(options: Readonly<CorpusToTeiOptions> | null | undefined): string {
  const title = options?.title ?? 'matn corpus'
  if ([...title].some((character) => !isXmlChar(character.codePointAt(0) ?? 0))) throw teiError('tei-write', 'The corpus title holds a character XML cannot hold')
  return title
}
