/**
 * Read matn TEI back into articles: `teiToArticle` for a `TEI` document,
 * `teiCorpusToArticles` for a `teiCorpus`. Reading what `articleToTei` wrote gives the
 * article back, field for field.
 */
import type { Alignment, Article, Segment } from '@matn/core'
import { readHeader } from './read-header.js'
import { readStandOff } from './read-standoff.js'
import { readText } from './read-text.js'
import { SegmentFactory } from './segment-factory.js'
import { TeiReaderContext } from './tei-reader-context.js'
import { teiError } from './tei-error.js'
import { decodeXmlId } from './xml-ids.js'
import { childElement, childElements, parseXml, type ReadElement } from './xml-reader.js'

function alignmentsOf(links: ReturnType<typeof readStandOff>['links'], segmentById: ReadonlyMap<string, Segment>): Alignment[] {
  const seen = new Set<number>()
  return [...links]
    .sort((a, b) => a.position - b.position)
    .map((link) => {
      if (seen.has(link.position)) throw teiError('tei-read', `Two alignment links have position ${link.position}`, link.node.place)
      seen.add(link.position)
      const alignment: Alignment = { en: [], fa: [], score: link.score, source: link.source }
      for (const id of link.targets) {
        const segment = segmentById.get(id)
        if (!segment) throw teiError('tei-read', `Alignment link ${link.position} points to \`${id}\`, which is no segment`, link.node.place)
        alignment[segment.lang].push(id)
      }
      return alignment
    })
}

function readArticle(tei: ReadElement, prefix: string): Article {
  const xmlId = tei.attributes.get('xml:id')
  const id = xmlId === undefined ? undefined : decodeXmlId(xmlId)
  if (id === undefined || id.length === 0) throw teiError('tei-read', '`TEI` needs the article id in `xml:id`', tei.place)
  const context = new TeiReaderContext(prefix)
  const header = childElement(tei, 'teiHeader')
  const text = childElement(tei, 'text')
  if (!header || !text) throw teiError('tei-read', '`TEI` needs a `teiHeader` and a `text`', tei.place)
  const standOff = readStandOff(childElement(tei, 'standOff'), context)
  const factory = new SegmentFactory(standOff.positions)
  const { meta, segments: headerSegments } = readHeader(header, context, factory)
  const body = readText(text, context, factory, standOff.citationFields)
  const segments = [...headerSegments, ...body.flow, ...body.footnotes.flatMap((entry) => entry.segments)]
  const segmentById = new Map(segments.map((segment) => [segment.id, segment]))
  const citations = segments.flatMap((segment) => segment.citations.map((citationId) => body.citationById.get(citationId)).filter((citation) => citation !== undefined))
  return {
    id,
    meta,
    segments,
    citations,
    footnotes: body.footnotes.map((entry) => entry.footnote),
    alignments: alignmentsOf(standOff.links, segmentById)
  }
}

/**
 * Read a TEI document written by `articleToTei` back into the article.
 *
 * @param xml The document.
 * @returns The article: ids, text, pages, sections, citations with their raw text,
 *   offsets and parsed fields, footnotes, metadata and alignments as written.
 * @throws `MatnError` (`E_INPUT`, rule `tei-read`, with line and column) when the XML is
 *   not well-formed or not a matn TEI document.
 */
export function teiToArticle(xml: string): Article {
  const root = parseXml(xml)
  if (root.name !== 'TEI') {
    throw teiError('tei-read', `The root element is \`${root.name}\`, not \`TEI\`${root.name === 'teiCorpus' ? ': use teiCorpusToArticles' : ''}`, root.place)
  }
  return readArticle(root, '')
}

/**
 * Read a `teiCorpus` written by `corpusToTei` back into its articles.
 *
 * @param xml The document.
 * @throws `MatnError` (`E_INPUT`, rule `tei-read`) as {@link teiToArticle} does.
 */
export function teiCorpusToArticles(xml: string): Article[] {
  const root = parseXml(xml)
  if (root.name !== 'teiCorpus') throw teiError('tei-read', `The root element is \`${root.name}\`, not \`teiCorpus\``, root.place)
  return childElements(root)
    .filter((child) => child.name === 'TEI')
    .map((tei) => readArticle(tei, `${tei.attributes.get('xml:id') ?? ''}.`))
}
