/**
 * Interning of words: each distinct word gets an id, 0, 1, 2, … in order of first sight,
 * so that tables about words and pairs of words can be arrays and `IdPairTable`s (`pair-map.ts`).
 */
export class WordIds {
  readonly #ids = new Map<string, number>()
  readonly #words: string[] = []

  /** Number of words held. */
  get size(): number {
    return this.#words.length
  }

  /** The word's id, giving it the next one when it has none. */
  intern(word: string): number {
    let id = this.#ids.get(word)
    if (id === undefined) {
      id = this.#words.length
      this.#ids.set(word, id)
      this.#words.push(word)
    }
    return id
  }

  /** The word's id, or -1 when it has none. */
  find(word: string): number {
    return this.#ids.get(word) ?? -1
  }

  /** The word of an id (`undefined` for an id not given). */
  word(id: number): string | undefined {
    return this.#words[id]
  }
}
