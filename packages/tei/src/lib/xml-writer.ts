/**
 * A small XML tree and its serializer: escapes every value, indents element-only content
 * two spaces a level, and writes mixed content (text with inline elements) on one line
 * untouched, so the text survives a parse byte for byte.
 */

/** An XML element built by the TEI writer. */
export interface XmlElement {
  readonly name: string
  readonly attributes: ReadonlyArray<readonly [string, string]>
  readonly children: readonly XmlNode[]
  /** Mixed content: written on one line, no indentation added inside. */
  readonly mixed: boolean
}

/** A child: an element or text (escaped when written). */
export type XmlNode = XmlElement | string

/** Attribute values; `undefined` and `null` leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | undefined | null>>

function toAttributeList(attributes: XmlAttributes | undefined): Array<readonly [string, string]> {
  const list: Array<readonly [string, string]> = []
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined && value !== null) list.push([name, String(value)])
  }
  return list
}

/**
 * An element whose content is elements only (indented when written).
 *
 * @param name Qualified name.
 * @param attributes Attributes, in the order given.
 * @param children Child elements.
 */
export function element(name: string, attributes?: XmlAttributes, children: readonly XmlElement[] = []): XmlElement {
  return { name, attributes: toAttributeList(attributes), children, mixed: false }
}

/**
 * An element with mixed content (text and inline elements), written on one line.
 *
 * @param name Qualified name.
 * @param attributes Attributes, in the order given.
 * @param children Text and inline elements.
 */
export function mixedElement(name: string, attributes: XmlAttributes | undefined, children: readonly XmlNode[]): XmlElement {
  return { name, attributes: toAttributeList(attributes), children, mixed: true }
}

/**
 * Whether a code point may appear in an XML 1.0 document at all (even as a character
 * reference).
 *
 * @param code The code point.
 */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (character) => textEntities[character] ?? character)
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (character) => attributeEntities[character] ?? character)
}

const textEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }
const attributeEntities: Readonly<Record<string, string>> = {
  ...textEntities,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;'
}

function assertXmlText(text: string): void {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (!isXmlChar(code)) {
      throw new Error(`Internal error: U+${code.toString(16).toUpperCase()} must be written as <g>, not as text`)
    }
  }
}

function openTag(node: XmlElement, selfClosing: boolean): string {
  let tag = `<${node.name}`
  for (const [name, value] of node.attributes) {
    assertXmlText(value)
    tag += ` ${name}="${escapeAttribute(value)}"`
  }
  return tag + (selfClosing ? '/>' : '>')
}

function writeInline(node: XmlNode): string {
  if (typeof node === 'string') {
    assertXmlText(node)
    return escapeText(node)
  }
  if (node.children.length === 0) return openTag(node, true)
  return `${openTag(node, false)}${node.children.map(writeInline).join('')}</${node.name}>`
}

function writeBlock(node: XmlElement, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth)
  if (node.mixed || node.children.length === 0) {
    lines.push(indent + writeInline(node))
    return
  }
  lines.push(indent + openTag(node, false))
  for (const child of node.children) {
    if (typeof child === 'string') throw new Error('Internal error: text inside element-only content')
    writeBlock(child, depth + 1, lines)
  }
  lines.push(`${indent}</${node.name}>`)
}

/**
 * Serialize a document: XML declaration, the root element, a final newline.
 *
 * @param root The root element (its namespace declarations among its attributes).
 */
export function serializeXml(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>']
  writeBlock(root, 0, lines)
  return `${lines.join('\n')}\n`
}

/**
 * Serialize an element as it appears at a depth inside a document written by
 * {@link serializeXml} (indented, without a final newline), for documents written piece by piece.
 *
 * @param node The element.
 * @param depth Its depth (the root is 0).
 */
export function serializeXmlBlock(node: XmlElement, depth: number): string {
  const lines: string[] = []
  writeBlock(node, depth, lines)
  return lines.join('\n')
}
