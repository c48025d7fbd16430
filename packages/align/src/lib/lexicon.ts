import domainData from './domain-lexicon.json' with { type: 'json' }
import { tokenizeEnglish, tokenizePersian } from './tokenize.js'

/** A multi-word lexicon entry: it matches when every content word of a side is present. */
export interface PhraseEntry {
  en: readonly string[]
  fa: readonly string[]
}

/**
 * A bilingual English–Persian lexicon over matching keys (English Porter stems, Persian
 * `persianStem` keys of `normalizePersian` text), so that entries meet inflected words.
 * One-word pairs are word translations; a pair with several content words on either side
 * is a phrase, matched only when all of its words occur (`balance of power` ↔ `موازنۀ قوا`).
 */
export class Lexicon {
  /** English key → Persian keys it translates to. */
  readonly words = new Map<string, Set<string>>()
  /** Multi-word entries, in the order added. */
  readonly phrases: PhraseEntry[] = []
  /** Persian keys that occur in some entry (a Persian word the lexicon knows). */
  readonly persianKeys = new Set<string>()
  private readonly phraseKeys = new Set<string>()
  private pairs = 0

  /** Number of distinct word pairs and phrases. */
  get size(): number {
    return this.pairs + this.phrases.length
  }

  /**
   * Add a pair as printed; both sides are tokenized and stemmed.
   *
   * @param en English word or phrase.
   * @param fa Persian word or phrase.
   * @returns Whether anything was added (false for an empty side or a known pair).
   */
  add(en: string, fa: string): boolean {
    const enKeys = unique(tokenizeEnglish(en).tokens.map((token) => token.key))
    const faKeys = unique(tokenizePersian(fa).tokens.map((token) => token.key))
    return this.addKeys(enKeys, faKeys)
  }

  /**
   * Add a pair of already computed matching keys.
   *
   * @param enKeys English keys (one for a word).
   * @param faKeys Persian keys (one for a word).
   * @returns Whether anything was added.
   */
  addKeys(enKeys: readonly string[], faKeys: readonly string[]): boolean {
    if (enKeys.length === 0 || faKeys.length === 0) return false
    for (const key of faKeys) this.persianKeys.add(key)
    if (enKeys.length === 1 && faKeys.length === 1) {
      const en = enKeys[0] as string
      const fa = faKeys[0] as string
      let set = this.words.get(en)
      if (!set) this.words.set(en, (set = new Set()))
      if (set.has(fa)) return false
      set.add(fa)
      this.pairs++
      return true
    }
    const id = `${enKeys.join(' ')}\t${faKeys.join(' ')}`
    if (this.phraseKeys.has(id)) return false
    this.phraseKeys.add(id)
    this.phrases.push({ en: [...enKeys], fa: [...faKeys] })
    return true
  }

  /**
   * Add every pair of another lexicon.
   *
   * @param other The lexicon to copy from.
   * @returns This lexicon.
   */
  merge(other: Lexicon): this {
    for (const [en, set] of other.words) for (const fa of set) this.addKeys([en], [fa])
    for (const phrase of other.phrases) this.addKeys(phrase.en, phrase.fa)
    return this
  }

  /**
   * A copy of this lexicon.
   */
  clone(): Lexicon {
    return new Lexicon().merge(this)
  }
}

let domain: Lexicon | undefined

/**
 * The curated domain lexicon shipped with matn (`src/lib/domain-lexicon.json`): international
 * relations and political science terms, general academic vocabulary, places and peoples.
 * Returns a fresh copy each call, so callers may add to it.
 */
export function domainLexicon(): Lexicon {
  if (!domain) {
    domain = new Lexicon()
    for (const pairs of Object.values(domainData.sections)) {
      for (const [en, fa] of pairs as string[][]) domain.add(en ?? '', fa ?? '')
    }
  }
  return domain.clone()
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
