/**
 * The `standOff` of an article: the alignment as `linkGrp type="alignment"` (one group of
 * curated links, one of automatic links; a link per alignment, its score in `@cert`), the
 * parsed fields of each citation as an `fs type="citation"` (which its `ref/@ana` points
 * to), and where each segment and citation is in the Markdown source as a
 * `spanGrp type="source-position"`.
 */
import type { Alignment, Article, Citation, Lang, Span } from '@matn/core'
import type { ArticleIndex } from './article-index.js'
import { jsonToFeatureStructure } from './feature-structure.js'
import type { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { element, mixedElement, type XmlElement } from './xml-writer.js'

function alignmentLink(alignment: Alignment, position: number, index: ArticleIndex, context: TeiWriterContext): XmlElement {
  const ids = [...alignment.fa.map((id) => ({ id, lang: 'fa' as Lang })), ...alignment.en.map((id) => ({ id, lang: 'en' as Lang }))]
  for (const { id, lang } of ids) {
    const segment = index.segmentById.get(id)
    if (!segment || segment.lang !== lang) {
      throw teiError('tei-write', `Alignment ${position} lists \`${id}\` under \`${lang}\`, which is not a \`${lang}\` segment of the article`)
    }
  }
  if (ids.length === 0) throw teiError('tei-write', `Alignment ${position} links no segment`)
  if (!Number.isFinite(alignment.score)) throw teiError('tei-write', `Alignment ${position} has a score that is not a number`)
  if (alignment.source !== 'curated' && alignment.source !== 'auto') throw teiError('tei-write', `Alignment ${position} has source \`${String(alignment.source)}\``)
  const probability = alignment.score >= 0 && alignment.score <= 1
  const attributes = {
    'xml:id': context.generatedId('link', String(position)),
    target: ids.map(({ id }) => context.pointer(context.id(id))).join(' '),
    cert: probability ? alignment.score : undefined,
    n: probability ? undefined : alignment.score
  }
  // TEI wants two or more targets on a link; a segment aligned to nothing is a ptr.
  return element(ids.length > 1 ? 'link' : 'ptr', attributes)
}

function alignmentGroups(article: Article, index: ArticleIndex, context: TeiWriterContext): XmlElement[] {
  return (['curated', 'auto'] as const).flatMap((source) => {
    const links = article.alignments
      .map((alignment, position) => ({ alignment, position: position + 1 }))
      .filter(({ alignment }) => alignment.source === source)
      .map(({ alignment, position }) => alignmentLink(alignment, position, index, context))
    return links.length > 0 ? [element('linkGrp', { type: 'alignment', subtype: source }, links)] : []
  })
}

function citationFeatures(citation: Citation, context: TeiWriterContext): XmlElement {
  const fields = {
    raw: citation.raw,
    start: citation.start,
    end: citation.end,
    authors: citation.authors,
    etAl: citation.etAl,
    year: citation.year,
    yearSuffix: citation.yearSuffix ?? undefined,
    calendar: citation.calendar,
    pages: citation.pages ?? undefined,
    original: citation.original,
    undated: citation.undated,
    ibid: citation.ibid,
    titleAsAuthor: citation.titleAsAuthor
  }
  return jsonToFeatureStructure(fields, context, { 'xml:id': context.generatedId('cit', citation.id), type: 'citation' })
}

function formatSpan(span: Span): string {
  const point = (p: Span['start']) => `${p.line}:${p.column}:${p.offset}`
  return `${point(span.start)} ${point(span.end)}`
}

function sourcePositions(article: Article, context: TeiWriterContext): XmlElement | undefined {
  const spans = [...article.segments, ...article.citations].map((item) =>
    mixedElement('span', { target: context.pointer(context.id(item.id)) }, [formatSpan(item.position)])
  )
  return spans.length > 0 ? element('spanGrp', { type: 'source-position' }, spans) : undefined
}

/**
 * Write the `standOff` of an article, or `undefined` when it would be empty.
 *
 * @param article The article.
 * @param index Its lookups.
 * @param context Ids and characters of the document being written.
 * @param options Whether to write source positions.
 */
export function writeStandOff(
  article: Article,
  index: ArticleIndex,
  context: TeiWriterContext,
  options: { positions: boolean }
): XmlElement | undefined {
  const positions = options.positions ? sourcePositions(article, context) : undefined
  const parts = [
    ...alignmentGroups(article, index, context),
    ...article.citations.map((citation) => citationFeatures(citation, context)),
    ...(positions ? [positions] : [])
  ]
  return parts.length > 0 ? element('standOff', undefined, parts) : undefined
}
