/**
 * State shared while writing one TEI document: the prefix its ids get inside a
 * `teiCorpus`, and the characters XML cannot hold that its text used (declared once in
 * the header's `charDecl`, written in the text as `<g ref="#char_1"/>`).
 */
import { encodeXmlId, generatedXmlId, type GeneratedIdFamily } from './xml-ids.js'
import { isXmlChar, mixedElement, type XmlNode } from './xml-writer.js'
import { teiError } from './tei-error.js'

/** Ids, pointers and text of one TEI document being written. */
export class TeiWriterContext {
  private readonly charsUsed = new Set<number>()

  /**
   * @param prefix Prepended to every id (`ghani-askarian-1400.`) inside a `teiCorpus`; empty otherwise.
   */
  constructor(readonly prefix: string) {}

  /**
   * The `xml:id` of a matn id (segment, citation).
   *
   * @param id The matn id.
   */
  id(id: string): string {
    if (id.length === 0) throw teiError('tei-write', 'An id is empty: TEI needs a non-empty `xml:id`')
    return this.prefix + encodeXmlId(id)
  }

  /**
   * The `xml:id` of something the writer names (`bib_walt1987`).
   *
   * @param family What it names.
   * @param id The matn value it is made from.
   */
  generatedId(family: GeneratedIdFamily, id: string): string {
    return this.prefix + generatedXmlId(family, id)
  }

  /**
   * A pointer (`#…`) to an `xml:id`.
   *
   * @param xmlId The target's `xml:id`.
   */
  pointer(xmlId: string): string {
    return `#${xmlId}`
  }

  /**
   * Text as XML nodes: characters XML cannot hold (C0 controls, lone surrogates, U+FFFE…)
   * become `<g ref="#char_…"/>` pointing at their declaration.
   *
   * @param text The text.
   */
  text(text: string): XmlNode[] {
    const nodes: XmlNode[] = []
    let run = ''
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0
      if (isXmlChar(code)) {
        run += character
        continue
      }
      if (run) nodes.push(run)
      run = ''
      this.charsUsed.add(code)
      nodes.push(mixedElement('g', { ref: this.pointer(this.charId(code)) }, []))
    }
    if (run) nodes.push(run)
    return nodes
  }

  /**
   * The `xml:id` of the declaration of a character XML cannot hold.
   *
   * @param code Its code point.
   */
  charId(code: number): string {
    return this.generatedId('char', code.toString(16))
  }

  /** Code points written as `<g>`, ascending. */
  usedChars(): number[] {
    return [...this.charsUsed].sort((a, b) => a - b)
  }
}
