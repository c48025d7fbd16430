/**
 * JSON values as TEI feature structures (`fs`), and back. An object is an `fs` with one
 * `f` per key (the key encoded as an XML name), a string `<string>`, a number
 * `<numeric value>`, a boolean `<binary value>`, null `<symbol value="null"/>`, an array
 * `<vColl org="list">`. Used for what TEI has no element for: the free-form provenance
 * record of an article (`meta.source`) and the parsed fields of each citation.
 */
import type { TeiReaderContext } from './tei-reader-context.js'
import type { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { decodeXmlId, encodeXmlId } from './xml-ids.js'
import { childElements, type ReadElement } from './xml-reader.js'
import { element, mixedElement, type XmlAttributes, type XmlElement } from './xml-writer.js'

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * A JSON value as a feature value element.
 *
 * @param value The value (`undefined` inside objects is left out, as JSON does).
 * @param context Where the text is written (characters XML cannot hold become `g`).
 */
export function jsonToFeatureValue(value: unknown, context: TeiWriterContext): XmlElement {
  if (value === null) return element('symbol', { value: 'null' })
  if (typeof value === 'string') return mixedElement('string', undefined, context.text(value))
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw teiError('tei-write', `The number ${value} has no JSON form`)
    return element('numeric', { value })
  }
  if (typeof value === 'boolean') return element('binary', { value: String(value) })
  if (Array.isArray(value)) return element('vColl', { org: 'list' }, value.map((item) => jsonToFeatureValue(item, context)))
  if (typeof value === 'object') return jsonToFeatureStructure(value as Record<string, unknown>, context)
  throw teiError('tei-write', `A value of type ${typeof value} has no JSON form`)
}

/**
 * A JSON object as an `fs`.
 *
 * @param object The object.
 * @param context Where the text is written.
 * @param attributes Attributes of the `fs` (`type`, `xml:id`).
 */
export function jsonToFeatureStructure(object: Readonly<Record<string, unknown>>, context: TeiWriterContext, attributes?: XmlAttributes): XmlElement {
  const features = Object.entries(object)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => element('f', { name: featureName(key) }, [jsonToFeatureValue(value, context)]))
  return element('fs', attributes, features)
}

/** `f/@name` must be an XML name: the key encoded, `_` for the empty key. */
function featureName(key: string): string {
  return key === '' ? '_' : encodeXmlId(key)
}

function fail(reason: string, node: ReadElement): never {
  throw teiError('tei-read', reason, node.place)
}

/**
 * A feature value element as JSON.
 *
 * @param node `string`, `numeric`, `binary`, `symbol`, `vColl` or `fs`.
 * @param context The document being read.
 */
export function featureValueToJson(node: ReadElement, context: TeiReaderContext): JsonValue {
  switch (node.name) {
    case 'string':
      return context.text(node)
    case 'numeric': {
      const value = Number(node.attributes.get('value'))
      if (!Number.isFinite(value)) fail('`numeric` needs a number in `@value`', node)
      return value
    }
    case 'binary': {
      const value = node.attributes.get('value')
      if (value !== 'true' && value !== 'false') fail('`binary` needs `@value` true or false', node)
      return value === 'true'
    }
    case 'symbol':
      if (node.attributes.get('value') !== 'null') fail('matn writes only `<symbol value="null"/>`', node)
      return null
    case 'vColl':
      return childElements(node).map((child) => featureValueToJson(child, context))
    case 'fs':
      return featureStructureToJson(node, context)
    default:
      return fail(`\`${node.name}\` is not a feature value matn writes`, node)
  }
}

/**
 * An `fs` as a JSON object.
 *
 * @param node The `fs` element.
 * @param context The document being read.
 */
export function featureStructureToJson(node: ReadElement, context: TeiReaderContext): { [key: string]: JsonValue } {
  const entries = childElements(node).map((feature): [string, JsonValue] => {
    if (feature.name !== 'f') fail('An `fs` holds `f` elements only', feature)
    const name = feature.attributes.get('name') ?? ''
    const key = name === '_' ? '' : decodeXmlId(name)
    if (key === undefined || name === '') fail('`f/@name` is not an encoded key', feature)
    const [value] = childElements(feature)
    if (!value) fail(`Feature \`${key}\` has no value`, feature)
    return [key, featureValueToJson(value, context)]
  })
  // fromEntries defines own properties: a key `__proto__` stays data.
  return Object.fromEntries(entries)
}
