import type { Token, TokenKind, TokenizedSentence } from './tokenize.js'

const kinds: readonly TokenKind[] = ['word', 'latin', 'number']

/**
 * The tokens of one side of a document in flat arrays: each distinct token (kind, key,
 * surface) is kept once, as a type, and each sentence is a run of type numbers. A long
 * document has millions of tokens and few types; an object per token is what the garbage
 * collector spent its time on.
 */
export class TokenizedDocument {
  /** One token object per type (shared: do not change). */
  readonly types: Token[] = []
  /** Per type, a number for its key (equal keys of any kind, equal numbers): inverse frequencies count keys. */
  readonly typeKey: number[] = []
  /** Per type, a number for its kind and key: a sentence counts a token once by this number. */
  readonly typeToken: number[] = []
  /** The key strings, by key number. */
  readonly keys: string[] = []
  /** Sentence s is `sentenceTypes[sentenceStart[s] … sentenceStart[s + 1])`. */
  sentenceStart: Int32Array
  sentenceTypes: Int32Array
  /** Gale–Church length of each sentence. */
  lengths: Int32Array
  /** Number of sentences. */
  count = 0
  /** Number of distinct (kind, key) pairs. */
  tokenCount = 0
  private used = 0
  private readonly typeIds = kinds.map(() => new Map<string, Map<string, number>>())
  private readonly keyIds = new Map<string, number>()
  private readonly tokenIds = kinds.map(() => new Map<string, number>())

  /** @param capacity Expected number of sentences (the arrays grow beyond it). */
  constructor(capacity = 16) {
    this.sentenceStart = new Int32Array(capacity + 1)
    this.sentenceTypes = new Int32Array(Math.max(16, 8 * capacity))
    this.lengths = new Int32Array(capacity)
  }

  /**
   * Append a sentence.
   *
   * @param sentence A tokenized sentence (not kept).
   */
  add(sentence: TokenizedSentence): void {
    if (this.count + 1 >= this.sentenceStart.length) {
      this.sentenceStart = grown(this.sentenceStart, 2 * this.sentenceStart.length) as Int32Array
      this.lengths = grown(this.lengths, this.sentenceStart.length) as Int32Array
    }
    const needed = this.used + sentence.tokens.length
    if (needed > this.sentenceTypes.length) this.sentenceTypes = grown(this.sentenceTypes, Math.max(needed, 2 * this.sentenceTypes.length)) as Int32Array
    for (const token of sentence.tokens) this.sentenceTypes[this.used++] = this.typeOf(token)
    this.lengths[this.count] = sentence.length
    this.count++
    this.sentenceStart[this.count] = this.used
  }

  /**
   * Sentence s as a tokenized sentence (its token objects are the shared types).
   *
   * @param s Sentence index.
   */
  sentence(s: number): TokenizedSentence {
    const tokens: Token[] = []
    for (let at = this.sentenceStart[s] as number; at < (this.sentenceStart[s + 1] as number); at++) {
      tokens.push(this.types[this.sentenceTypes[at] as number] as Token)
    }
    return { tokens, length: this.lengths[s] as number }
  }

  private typeOf(token: Token): number {
    const byKey = this.typeIds[kinds.indexOf(token.kind)] as Map<string, Map<string, number>>
    let bySurface = byKey.get(token.key)
    if (!bySurface) byKey.set(token.key, (bySurface = new Map()))
    let type = bySurface.get(token.surface)
    if (type !== undefined) return type
    type = this.types.length
    bySurface.set(token.surface, type)
    this.types.push(token)
    let key = this.keyIds.get(token.key)
    if (key === undefined) {
      this.keyIds.set(token.key, (key = this.keys.length))
      this.keys.push(token.key)
    }
    this.typeKey.push(key)
    const tokenIds = this.tokenIds[kinds.indexOf(token.kind)] as Map<string, number>
    let tokenId = tokenIds.get(token.key)
    if (tokenId === undefined) tokenIds.set(token.key, (tokenId = this.tokenCount++))
    this.typeToken.push(tokenId)
    return type
  }
}

/**
 * A document side from its sentences, tokenized one at a time (so that only the flat form
 * of the whole side is kept).
 *
 * @param texts The sentences.
 * @param tokenize `tokenizeEnglish` or `tokenizePersian`.
 */
export function tokenizeDocument(texts: readonly string[], tokenize: (text: string) => TokenizedSentence): TokenizedDocument {
  const document = new TokenizedDocument(texts.length)
  for (const text of texts) document.add(tokenize(text))
  return document
}

/**
 * A document side from sentences already tokenized.
 *
 * @param sentences The sentences.
 */
export function documentOf(sentences: readonly TokenizedSentence[]): TokenizedDocument {
  const document = new TokenizedDocument(sentences.length)
  for (const sentence of sentences) document.add(sentence)
  return document
}

/** A copy of `array` with room for `length` elements. */
function grown(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length)
  copy.set(array.subarray(0, Math.min(array.length, length)))
  return copy
}
