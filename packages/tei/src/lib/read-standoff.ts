/**
 * Read the `standOff` of a matn TEI document: source positions, the parsed fields of each
 * citation, and the alignment links (the inverse of write-standoff.ts).
 */
import type { AlignmentSource, Calendar, OriginalDate, Span, TaggedCitation, UndatedStatus } from '@matn/core'
import { featureStructureToJson, type JsonValue } from './feature-structure.js'
import type { TeiReaderContext } from './tei-reader-context.js'
import { teiError } from './tei-error.js'
import { childElements, type ReadElement } from './xml-reader.js'

/** Citation fields kept in an `fs type="citation"`. */
export type CitationFields = Pick<TaggedCitation, 'raw' | 'start' | 'end' | 'authors' | 'etAl' | 'year' | 'yearSuffix' | 'calendar' | 'pages' | 'original' | 'undated' | 'ibid' | 'titleAsAuthor'>

/** An alignment link as written: its position in the article's list and its targets. */
export interface LinkRecord {
  position: number
  targets: string[]
  score: number
  source: AlignmentSource
  node: ReadElement
}

/** What the stand-off part holds. */
export interface ReadStandOff {
  readonly positions: ReadonlyMap<string, Span>
  /** Citation fields by matn citation id. */
  readonly citationFields: ReadonlyMap<string, CitationFields>
  readonly links: readonly LinkRecord[]
}

function fail(reason: string, node: ReadElement): never {
  throw teiError('tei-read', reason, node.place)
}

function readSpan(node: ReadElement, context: TeiReaderContext): Span {
  const match = /^(\d+):(\d+):(\d+) (\d+):(\d+):(\d+)$/.exec(context.text(node))
  if (!match) fail('A source position reads `line:column:offset line:column:offset`', node)
  const [line, column, offset, endLine, endColumn, endOffset] = match.slice(1).map(Number) as [number, number, number, number, number, number]
  return { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: endOffset } }
}

function field<T>(fields: Record<string, JsonValue>, name: string, check: (value: JsonValue | undefined) => value is T & JsonValue, node: ReadElement): T {
  const value = fields[name]
  if (!check(value)) fail(`The citation feature \`${name}\` is missing or of the wrong type`, node)
  return value
}

const isString = (value: JsonValue | undefined): value is string => typeof value === 'string'
const isNumber = (value: JsonValue | undefined): value is number => typeof value === 'number'
const isNumberOrNull = (value: JsonValue | undefined): value is number | null => value === null || typeof value === 'number'
const isBoolean = (value: JsonValue | undefined): value is boolean => typeof value === 'boolean'
const isStrings = (value: JsonValue | undefined): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')
const isCalendar = (value: JsonValue | undefined): value is Calendar => value === 'gregorian' || value === 'solar-hijri' || value === 'lunar-hijri'
const isCalendarOrNull = (value: JsonValue | undefined): value is Calendar | null => value === null || isCalendar(value)
const isOptionalUndated = (value: JsonValue | undefined): value is UndatedStatus =>
  value === undefined || value === 'no-date' || value === 'in-press' || value === 'forthcoming'
const isOptionalOriginal = (value: JsonValue | undefined): value is OriginalDate & JsonValue =>
  value === undefined ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 2 &&
    Number.isInteger(value['year']) && isCalendar(value['calendar']))
const isOptionalTrue = (value: JsonValue | undefined): value is true => value === undefined || value === true
const isOptionalString = (value: JsonValue | undefined): value is string => value === undefined || typeof value === 'string'

function readCitationFields(node: ReadElement, context: TeiReaderContext): CitationFields {
  const fields = featureStructureToJson(node, context)
  return {
    raw: field(fields, 'raw', isString, node),
    start: field(fields, 'start', isNumber, node),
    end: field(fields, 'end', isNumber, node),
    authors: field(fields, 'authors', isStrings, node),
    etAl: field(fields, 'etAl', isBoolean, node),
    year: field(fields, 'year', isNumberOrNull, node),
    yearSuffix: field<string | undefined>(fields, 'yearSuffix', isOptionalString, node) ?? null,
    calendar: field(fields, 'calendar', isCalendarOrNull, node),
    pages: field<string | undefined>(fields, 'pages', isOptionalString, node) ?? null,
    // Present only on reprints, undated works, ibid.s and titles cited as authors, as in the model.
    ...optional('original', field<OriginalDate | undefined>(fields, 'original', isOptionalOriginal, node)),
    ...optional('undated', field<UndatedStatus | undefined>(fields, 'undated', isOptionalUndated, node)),
    ...optional('ibid', field<true | undefined>(fields, 'ibid', isOptionalTrue, node)),
    ...optional('titleAsAuthor', field<true | undefined>(fields, 'titleAsAuthor', isOptionalTrue, node))
  }
}

function optional<K extends string, V>(name: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [name]: value } as Record<K, V>)
}

function readLink(node: ReadElement, source: AlignmentSource, context: TeiReaderContext): LinkRecord {
  const id = node.attributes.get('xml:id')
  const position = id === undefined ? Number.NaN : Number(context.generated('link', id, node))
  if (!Number.isInteger(position) || position < 1) fail('An alignment link needs an `xml:id` `link_<position>`', node)
  const targets = (node.attributes.get('target') ?? '').split(/\s+/).filter(Boolean).map((pointer) => context.target(pointer, node))
  const score = Number(node.attributes.get('cert') ?? node.attributes.get('n'))
  if (!Number.isFinite(score)) fail('An alignment link needs its score in `@cert` (or `@n`)', node)
  return { position, targets, score, source, node }
}

/**
 * Read the stand-off part (absent parts read as empty).
 *
 * @param standOff The `standOff` element, if any.
 * @param context The document being read.
 */
export function readStandOff(standOff: ReadElement | undefined, context: TeiReaderContext): ReadStandOff {
  const positions = new Map<string, Span>()
  const citationFields = new Map<string, CitationFields>()
  const links: LinkRecord[] = []
  for (const part of standOff ? childElements(standOff) : []) {
    const type = part.attributes.get('type')
    if (part.name === 'spanGrp' && type === 'source-position') {
      for (const span of childElements(part)) positions.set(context.target(span.attributes.get('target') ?? '', span), readSpan(span, context))
    } else if (part.name === 'fs' && type === 'citation') {
      citationFields.set(context.generated('cit', part.attributes.get('xml:id') ?? '', part), readCitationFields(part, context))
    } else if (part.name === 'linkGrp' && type === 'alignment') {
      const source = part.attributes.get('subtype')
      if (source !== 'curated' && source !== 'auto') fail('An alignment `linkGrp` needs `@subtype` curated or auto', part)
      for (const link of childElements(part)) if (link.name === 'link' || link.name === 'ptr') links.push(readLink(link, source, context))
    }
  }
  return { positions, citationFields, links }
}
