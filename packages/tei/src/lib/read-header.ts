/**
 * Read an article's metadata and its title and keyword segments back from its `teiHeader`
 * (the inverse of write-header.ts).
 */
import type { ArticleDate, ArticleMeta, Author, Bilingual, Lang, Segment } from '@matn/core'
import { featureStructureToJson } from './feature-structure.js'
import type { SegmentFactory } from './segment-factory.js'
import type { TeiReaderContext } from './tei-reader-context.js'
import { teiError } from './tei-error.js'
import { childElement, childElements, type ReadElement } from './xml-reader.js'

/** What the header holds. */
export interface ReadHeader {
  readonly meta: ArticleMeta
  /** Title segments, then keyword segments, in document order. */
  readonly segments: readonly Segment[]
}

function required(parent: ReadElement, name: string): ReadElement {
  const found = childElement(parent, name)
  if (!found) throw teiError('tei-read', `\`${parent.name}\` has no \`${name}\``, parent.place)
  return found
}

function lang(node: ReadElement): Lang {
  const value = node.attributes.get('xml:lang')
  if (value !== 'fa' && value !== 'en') throw teiError('tei-read', `\`${node.name}\` needs \`xml:lang\` fa or en`, node.place)
  return value
}

function bilingual(nodes: readonly ReadElement[], context: TeiReaderContext): Bilingual | undefined {
  if (nodes.length === 0) return undefined
  const value: Bilingual = {}
  for (const node of nodes) value[lang(node)] = context.text(node)
  return value
}

function readAuthor(node: ReadElement, context: TeiReaderContext): Author {
  const children = childElements(node)
  const name = bilingual(children.filter((child) => child.name === 'persName'), context) ?? {}
  const affiliation = bilingual(children.filter((child) => child.name === 'affiliation'), context)
  const email = children.find((child) => child.name === 'email')
  const role = node.attributes.get('role')
  const author: Author = { name }
  if (affiliation) author.affiliation = affiliation
  if (email) author.email = context.text(email)
  if (role === 'corresp' || role === 'non-corresp') author.corresponding = role === 'corresp'
  return author
}

function readDate(imprint: ReadElement, type: string): ArticleDate | undefined {
  const date = childElements(imprint).find((child) => child.name === 'date' && child.attributes.get('type') === type)
  if (!date) return undefined
  const solar = date.attributes.get('when-custom')
  const gregorian = date.attributes.get('when')
  if (solar === undefined || gregorian === undefined) throw teiError('tei-read', `The ${type} date needs \`@when\` and \`@when-custom\``, date.place)
  return { solar, gregorian }
}

function readScope(imprint: ReadElement, unit: string): ReadElement | undefined {
  return childElements(imprint).find((child) => child.name === 'biblScope' && child.attributes.get('unit') === unit)
}

function textOf(node: ReadElement | undefined, context: TeiReaderContext): string | undefined {
  return node ? context.text(node) : undefined
}

/** Volume and issue: numbers carry `@from` and `@to`, strings do not. */
function numberOrString(scope: ReadElement | undefined, context: TeiReaderContext): number | string | undefined {
  if (!scope) return undefined
  const text = context.text(scope)
  if (!scope.attributes.has('from')) return text
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value)) throw teiError('tei-read', `\`biblScope\` with \`@from\` holds \`${text}\`, not a number`, scope.place)
  return value
}

/**
 * Read the header.
 *
 * @param header The `teiHeader` element.
 * @param context The document being read.
 * @param segments Makes segments (ids, positions, derived fields).
 */
export function readHeader(header: ReadElement, context: TeiReaderContext, segments: SegmentFactory): ReadHeader {
  const fileDesc = required(header, 'fileDesc')
  const titleStmt = required(fileDesc, 'titleStmt')
  const publicationStmt = required(fileDesc, 'publicationStmt')
  const profileDesc = childElement(header, 'profileDesc')
  const made: Segment[] = []

  const title: Bilingual = {}
  for (const node of childElements(titleStmt).filter((child) => child.name === 'title' && child.attributes.get('type') === 'main')) {
    const text = context.text(node)
    title[lang(node)] = text
    const id = node.attributes.get('xml:id')
    if (id !== undefined) made.push(segments.make(context.id(id, node), lang(node), 'title', text, { section: [], page: null }))
  }
  const authors = childElements(titleStmt)
    .filter((child) => child.name === 'author')
    .map((node) => readAuthor(node, context))

  const idno = childElements(publicationStmt).find((child) => child.name === 'idno' && child.attributes.get('type') === 'matn')
  if (!idno) throw teiError('tei-read', '`publicationStmt` has no `idno type="matn"`', publicationStmt.place)
  const licence = childElement(publicationStmt, 'availability')
  const licenceNode = licence ? childElement(licence, 'licence') : undefined

  const keywords: { fa: string[]; en: string[] } = { fa: [], en: [] }
  const textClass = profileDesc ? childElement(profileDesc, 'textClass') : undefined
  for (const group of textClass ? childElements(textClass).filter((child) => child.name === 'keywords') : []) {
    const groupLang = lang(group)
    for (const term of childElements(group).filter((child) => child.name === 'term')) {
      const text = context.text(term)
      keywords[groupLang].push(text)
      const id = term.attributes.get('xml:id')
      if (id !== undefined) made.push(segments.make(context.id(id, term), groupLang, 'keyword', text, { section: [], page: null }))
    }
  }

  const biblStruct = childElement(required(fileDesc, 'sourceDesc'), 'biblStruct')
  const monogr = biblStruct ? childElement(biblStruct, 'monogr') : undefined
  const imprint = monogr ? childElement(monogr, 'imprint') : undefined
  const provenance = biblStruct ? childElements(biblStruct).find((child) => child.name === 'note' && child.attributes.get('type') === 'provenance') : undefined
  const source = provenance ? childElement(provenance, 'fs') : undefined
  // Keys in the order of the model, so the JSON of a read article matches the parser's.
  const meta: ArticleMeta = {
    id: context.text(idno),
    title,
    authors,
    journal: monogr ? bilingual(childElements(monogr).filter((child) => child.name === 'title' && child.attributes.get('level') === 'j'), context) : undefined,
    volume: imprint ? numberOrString(readScope(imprint, 'volume'), context) : undefined,
    issue: imprint ? numberOrString(readScope(imprint, 'issue'), context) : undefined,
    pages: imprint ? textOf(readScope(imprint, 'page'), context) : undefined,
    received: imprint ? readDate(imprint, 'received') : undefined,
    accepted: imprint ? readDate(imprint, 'accepted') : undefined,
    keywords,
    source: source ? featureStructureToJson(source, context) : undefined,
    license: licenceNode ? context.text(licenceNode) : undefined
  }
  for (const key of Object.keys(meta) as Array<keyof ArticleMeta>) if (meta[key] === undefined) delete meta[key]
  return { meta, segments: made }
}
