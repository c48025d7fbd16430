/**
 * Ids and text of one TEI document being read: strips the corpus prefix from ids and
 * pointers and decodes them, and reads text with its `<g>` characters.
 */
import { teiError } from './tei-error.js'
import { decodeXmlId, parseGeneratedXmlId, type GeneratedIdFamily } from './xml-ids.js'
import type { ReadElement } from './xml-reader.js'

/** Reads ids, pointers and text of one TEI document. */
export class TeiReaderContext {
  /**
   * @param prefix The prefix of every id (`<article xml:id>.` inside a `teiCorpus`, else empty).
   */
  constructor(readonly prefix: string) {}

  private strip(value: string, node: ReadElement): string {
    if (!value.startsWith(this.prefix)) throw teiError('tei-read', `\`${value}\` lacks the prefix \`${this.prefix}\` of its document`, node.place)
    return value.slice(this.prefix.length)
  }

  /**
   * The matn id of an `xml:id`.
   *
   * @param xmlId The `xml:id`.
   * @param node The element it is on (for the error's place).
   */
  id(xmlId: string, node: ReadElement): string {
    const id = decodeXmlId(this.strip(xmlId, node))
    if (id === undefined || id.length === 0) throw teiError('tei-read', `\`${xmlId}\` is not an id matn wrote`, node.place)
    return id
  }

  /**
   * The matn value inside an id the writer made up (`bib_walt1987` → `walt1987`).
   *
   * @param family Its family.
   * @param value The `xml:id`, or a pointer `#…` to it.
   * @param node The element it is on.
   */
  generated(family: GeneratedIdFamily, value: string, node: ReadElement): string {
    const xmlId = this.strip(value.startsWith('#') ? value.slice(1) : value, node)
    const id = parseGeneratedXmlId(family, xmlId)
    if (id === undefined) throw teiError('tei-read', `\`${value}\` is not a \`${family}_\` id`, node.place)
    return id
  }

  /**
   * The matn id a pointer (`#fa-p1-s1`) points to.
   *
   * @param pointer The pointer.
   * @param node The element it is on.
   */
  target(pointer: string, node: ReadElement): string {
    if (!pointer.startsWith('#')) throw teiError('tei-read', `\`${pointer}\` is not a pointer into the document`, node.place)
    return this.id(pointer.slice(1), node)
  }

  /**
   * The text of an element: its text and its descendants', a `<g ref="#char_…"/>` read as
   * the character it stands for.
   *
   * @param node The element.
   */
  text(node: ReadElement): string {
    const ref = node.name === 'g' ? node.attributes.get('ref') : undefined
    if (ref === undefined) return node.children.map((child) => (typeof child === 'string' ? child : this.text(child))).join('')
    const code = Number.parseInt(this.generated('char', ref, node), 16)
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw teiError('tei-read', `\`${ref}\` names no character`, node.place)
    return String.fromCodePoint(code)
  }
}
