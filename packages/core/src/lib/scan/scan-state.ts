import { KIND, PUNCTUATION, characterTable } from './char-class.js'

/** `nodeKind` of a node merged into its left neighbour. */
export const MERGED = 4
/** `nodeJoin` value: the node is part of the word before it. */
export const JOINS_PREVIOUS = 1
/** `nodeJoin` value: the node is part of the word after it. */
export const JOINS_NEXT = 2

/**
 * The working memory of one scan, reused from paragraph to paragraph.
 *
 * Tokens partition the characters as parse-latin's tokenizer does. Nodes (what parse-latin
 * builds as word, punctuation, symbol and white-space nodes) partition the tokens: a node
 * is named by its first token and linked to its neighbours, and a merge absorbs the right
 * neighbour into the left one in constant time. A word node's children are exactly the
 * tokens it spans. Sentences partition the nodes by the node each one starts at.
 *
 * Every rule of the reference parsers fires at a punctuation or symbol node, so rules
 * visit only those (`marks`), never the words and spaces between them.
 */
export class ScanState {
  text = ''
  readonly table: Uint8Array = characterTable()
  /** Character offset where token i starts; `tokenStart[tokenCount]` is the text length. */
  tokenStart: Int32Array = new Int32Array(256)
  tokenCount = 0
  /** Kind of the node that starts at token i (`MERGED` when it was absorbed). */
  nodeKind: Uint8Array = new Uint8Array(256)
  /** First token of the node after node i (`tokenCount` after the last). */
  nodeNext: Int32Array = new Int32Array(256)
  /** First token of the node before node i (-1 before the first; `nodePrev[tokenCount]` is the last node). */
  nodePrev: Int32Array = new Int32Array(256)
  /**
   * Full stops the sentence rules move into a word without merging nodes: `JOINS_PREVIOUS`
   * (part of the word before, `etc.`) or `JOINS_NEXT` (part of the word after, `.net`).
   */
  nodeJoin: Uint8Array = new Uint8Array(256)
  /** Punctuation and symbol nodes still standing, in order. */
  marks: Int32Array = new Int32Array(64)
  markCount = 0
  /** Node each sentence starts at; `sentenceStart[sentenceCount]` is `tokenCount`. */
  sentenceStart: Int32Array = new Int32Array(64)
  sentenceCount = 0

  /**
   * Split a paragraph into tokens the way parse-latin's tokenizer does: a token is a run of
   * white space, a run of word characters, or a run of one repeated punctuation or symbol
   * character (a surrogate continues the run it follows). Each token starts as a node.
   * The paragraph may be a range of a larger text, scanned in place (a slice of a document
   * is slower to read character by character than the document itself): offsets stay those
   * of `text`, and nothing outside the range is read.
   *
   * @param text The paragraph, or a document holding it.
   * @param from Where the paragraph starts in `text`.
   * @param to Where it ends (exclusive).
   */
  tokenize(text: string, from = 0, to = text.length): void {
    this.text = text
    const length = to
    if (this.tokenStart.length < to - from + 1) this.grow(to - from + 1)
    const { table, tokenStart, nodeKind, nodeNext, nodePrev } = this
    let marks = this.marks
    let markCount = 0
    let count = 0
    let index = from
    while (index < length) {
      const unit = text.charCodeAt(index)
      const kind = (table[unit] as number) & KIND
      tokenStart[count] = index
      nodeKind[count] = kind
      nodeNext[count] = count + 1
      nodePrev[count] = count - 1
      index++
      if (kind < PUNCTUATION) {
        while (index < length && ((table[text.charCodeAt(index)] as number) & KIND) === kind) index++
      } else {
        if (markCount === marks.length) marks = this.growMarks()
        marks[markCount++] = count
        let previous = unit
        while (index < length) {
          const next = text.charCodeAt(index)
          if (((table[next] as number) & KIND) !== kind || (next !== previous && (next < 0xd800 || next > 0xdfff))) break
          previous = next
          index++
        }
      }
      count++
    }
    tokenStart[count] = length
    nodePrev[count] = count - 1
    this.tokenCount = count
    this.markCount = markCount
    this.sentenceCount = 0
  }

  private grow(size: number): void {
    const capacity = Math.max(size, this.tokenStart.length * 2)
    this.tokenStart = new Int32Array(capacity)
    this.nodeKind = new Uint8Array(capacity)
    this.nodeNext = new Int32Array(capacity)
    this.nodePrev = new Int32Array(capacity)
    this.nodeJoin = new Uint8Array(capacity)
  }

  private growMarks(): Int32Array {
    const marks = new Int32Array(this.marks.length * 2)
    marks.set(this.marks)
    this.marks = marks
    return marks
  }

  /** Make room for `size` sentence boundaries. */
  reserveSentences(size: number): void {
    if (this.sentenceStart.length < size) this.sentenceStart = new Int32Array(Math.max(size, this.sentenceStart.length * 2))
  }

  /** Absorb the node after `node` into it. */
  absorbNext(node: number): void {
    const absorbed = this.nodeNext[node] as number
    const after = this.nodeNext[absorbed] as number
    this.nodeNext[node] = after
    this.nodePrev[after] = node
    this.nodeKind[absorbed] = MERGED
  }

  /** Drop the marks that are no longer punctuation or symbol nodes. */
  compactMarks(): void {
    const { marks, nodeKind } = this
    let write = 0
    for (let read = 0; read < this.markCount; read++) {
      const mark = marks[read] as number
      const kind = nodeKind[mark] as number
      if (kind === PUNCTUATION || kind === PUNCTUATION + 1) marks[write++] = mark
    }
    this.markCount = write
  }

  /** Character offset where node i ends (exclusive). */
  nodeTo(node: number): number {
    return this.tokenStart[this.nodeNext[node] as number] as number
  }

  /** Whether token i is exactly the one character `unit`. */
  tokenIs(token: number, unit: number): boolean {
    const start = this.tokenStart[token] as number
    return (this.tokenStart[token + 1] as number) - start === 1 && this.text.charCodeAt(start) === unit
  }

  /** Whether node i is a standing punctuation or symbol node that is exactly the one character `unit`. */
  markIs(node: number, unit: number): boolean {
    const kind = this.nodeKind[node] as number
    return (kind === PUNCTUATION || kind === PUNCTUATION + 1) && this.tokenIs(node, unit)
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
    return this.text.slice(this.tokenStart[node] as number, this.nodeTo(node))
  }
}
