import { KIND, characterTable } from './char-class.js'

/**
 * The working memory of one scan: three nested partitions of a paragraph, each a list of
 * start offsets into the level below (the end of item i is the start of item i + 1):
 * tokens partition the characters, nodes (words, punctuation, symbols, white space)
 * partition the tokens, sentences partition the nodes. A merge removes a boundary, so
 * every rule rewrites its list in place from left to right, in linear time.
 *
 * Tokens and nodes are what parse-latin builds as nlcst nodes, without the objects: a
 * word node's children are exactly the tokens between its start and the next node's.
 */
/** `nodeJoin` value: the node is part of the word before it. */
export const JOINS_PREVIOUS = 1
/** `nodeJoin` value: the node is part of the word after it. */
export const JOINS_NEXT = 2

export class ScanState {
  text = ''
  readonly table: Uint8Array = characterTable()
  /** Character offset where token i starts; `tokenStart[tokenCount]` is the text length. */
  tokenStart = new Int32Array(256)
  /** Kind of token i (white space, word, punctuation, symbol). */
  tokenKind = new Uint8Array(256)
  tokenCount = 0
  /** Token index where node i starts; `nodeStart[nodeCount]` is `tokenCount`. */
  nodeStart = new Int32Array(256)
  /** Kind of node i. */
  nodeKind = new Uint8Array(256)
  /**
   * Full stops the sentence rules move into a word without merging nodes: `JOINS_PREVIOUS`
   * (part of the word before, `etc.`) or `JOINS_NEXT` (part of the word after, `.NET`).
   */
  nodeJoin = new Uint8Array(256)
  nodeCount = 0
  /** Node index where sentence i starts; `sentenceStart[sentenceCount]` is `nodeCount`. */
  sentenceStart = new Int32Array(64)
  sentenceCount = 0

  /**
   * Split a text into tokens the way parse-latin's tokenizer does: a token is a run of
   * white space, a run of word characters, or a run of one repeated punctuation or
   * symbol character (a surrogate continues the run it follows). Nodes start as tokens.
   *
   * @param text The paragraph.
   */
  tokenize(text: string): void {
    this.text = text
    const length = text.length
    if (this.tokenStart.length < length + 1) this.grow(length + 1)
    const { table, tokenStart, tokenKind, nodeStart, nodeKind } = this
    let count = 0
    let previousKind = -1
    let previousUnit = -1
    for (let index = 0; index < length; index++) {
      const unit = text.charCodeAt(index)
      const kind = (table[unit] as number) & KIND
      if (
        kind !== previousKind ||
        (kind >= 2 && unit !== previousUnit && (unit < 0xd800 || unit > 0xdfff))
      ) {
        tokenStart[count] = index
        tokenKind[count] = kind
        nodeStart[count] = count
        nodeKind[count] = kind
        count++
      }
      previousKind = kind
      previousUnit = unit
    }
    tokenStart[count] = length
    nodeStart[count] = count
    this.tokenCount = count
    this.nodeCount = count
    this.sentenceCount = 0
  }

  private grow(size: number): void {
    const capacity = Math.max(size, this.tokenStart.length * 2)
    this.tokenStart = new Int32Array(capacity)
    this.tokenKind = new Uint8Array(capacity)
    this.nodeStart = new Int32Array(capacity)
    this.nodeKind = new Uint8Array(capacity)
    this.nodeJoin = new Uint8Array(capacity)
  }

  /** Make room for `size` sentence boundaries. */
  reserveSentences(size: number): void {
    if (this.sentenceStart.length < size) this.sentenceStart = new Int32Array(Math.max(size, this.sentenceStart.length * 2))
  }

  /** Character offset where node i starts. */
  nodeFrom(node: number): number {
    return this.tokenStart[this.nodeStart[node] as number] as number
  }

  /** Character offset where node i ends (exclusive). */
  nodeTo(node: number): number {
    return this.tokenStart[this.nodeStart[node + 1] as number] as number
  }

  /** Whether token i is exactly the one character `unit`. */
  tokenIs(token: number, unit: number): boolean {
    const start = this.tokenStart[token] as number
    return (this.tokenStart[token + 1] as number) - start === 1 && this.text.charCodeAt(start) === unit
  }

  /** Whether node i is a punctuation or symbol node that is exactly the one character `unit`. */
  markIs(node: number, unit: number): boolean {
    return (this.nodeKind[node] as number) >= 2 && this.tokenIs(this.nodeStart[node] as number, unit)
  }

  /** Whether every character of token i has the class flag `flag`. */
  tokenAll(token: number, flag: number): boolean {
    const end = this.tokenStart[token + 1] as number
    for (let index = this.tokenStart[token] as number; index < end; index++) {
      if (((this.table[this.text.charCodeAt(index)] as number) & flag) === 0) return false
    }
    return true
  }

  /** Whether token i is a run of one character that has the class flag `flag`. */
  tokenRunOf(token: number, flag: number): boolean {
    const start = this.tokenStart[token] as number
    const end = this.tokenStart[token + 1] as number
    const first = this.text.charCodeAt(start)
    if (((this.table[first] as number) & flag) === 0) return false
    for (let index = start + 1; index < end; index++) if (this.text.charCodeAt(index) !== first) return false
    return true
  }

  /** The text of node i. */
  nodeText(node: number): string {
    return this.text.slice(this.nodeFrom(node), this.nodeTo(node))
  }
}
