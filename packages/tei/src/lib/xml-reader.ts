/**
 * XML text to a small element tree, with saxes: a strict, namespace-aware XML 1.0 parser
 * that checks well-formedness (names, characters, entities) and reads no DTD, so no
 * external entity is ever fetched or expanded.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { teiError, type Place } from './tei-error.js'

/** The TEI namespace. */
export const teiNamespace = 'http://www.tei-c.org/ns/1.0'

/** An element read from XML. */
export interface ReadElement {
  /** Local name for TEI elements; `{namespace}local` for others. */
  readonly name: string
  /** Attributes by qualified name (`xml:id`, `type`). */
  readonly attributes: ReadonlyMap<string, string>
  readonly children: ReadonlyArray<ReadNode>
  /** Where its start tag ends, 1-based. */
  readonly place: Place
}

/** A child: element or text (entities resolved, CDATA as text). */
export type ReadNode = ReadElement | string

interface Building {
  name: string
  attributes: Map<string, string>
  children: ReadNode[]
  place: Place
}

function nameOf(tag: SaxesTagNS): string {
  return tag.uri === teiNamespace ? tag.local : `{${tag.uri}}${tag.local}`
}

/**
 * Parse an XML document into elements; throws a `MatnError` (`E_INPUT`, rule `tei-read`)
 * at the first well-formedness error.
 *
 * @param xml The document.
 */
export function parseXml(xml: string): ReadElement {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: Building[] = []
  let root: Building | undefined
  let failure: Error | undefined
  const here = (): Place => ({ line: parser.line, column: parser.column + 1 })
  parser.on('error', (error) => {
    failure ??= teiError('tei-read', `Not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, here())
  })
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>()
    for (const attribute of Object.values(tag.attributes)) attributes.set(attribute.name, attribute.value)
    const building: Building = { name: nameOf(tag), attributes, children: [], place: here() }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(building)
    else root = building
    stack.push(building)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (text: string): void => {
    const parent = stack[stack.length - 1]
    if (!parent) return
    const last = parent.children[parent.children.length - 1]
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text
    else parent.children.push(text)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.write(xml).close()
  if (failure) throw failure
  if (!root) throw teiError('tei-read', 'The document has no root element', { line: 1, column: 1 })
  return root
}

/**
 * The element children of an element.
 *
 * @param node The element.
 */
export function childElements(node: ReadElement): ReadElement[] {
  return node.children.filter((child): child is ReadElement => typeof child !== 'string')
}

/**
 * The first child element with a name, if any.
 *
 * @param node The element.
 * @param name Local name of a TEI element.
 */
export function childElement(node: ReadElement, name: string): ReadElement | undefined {
  return childElements(node).find((child) => child.name === name)
}

/**
 * The text of an element and its descendants, concatenated.
 *
 * @param node The element.
 */
export function textContent(node: ReadElement): string {
  return node.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('')
}
