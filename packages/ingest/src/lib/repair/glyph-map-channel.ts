/**
 * The damage channel of a PDF font whose glyph-to-Unicode map is broken: some contextual
 * forms of some letters come out as another letter, some come out as a space, and the
 * kashida comes out as an extra ی. The default table is the one measured on the 001 source
 * (see docs/lexicon.md); the channel also runs forward, to make synthetic test pairs.
 */

/** Contextual form of a letter inside a word. */
export type GlyphForm = 'isolated' | 'initial' | 'medial' | 'final'

/** One broken glyph: a letter in some of its forms printed as another text (`''`: lost). */
export interface GlyphSubstitution {
  /** The letter as written. */
  readonly original: string
  /** What the font's map gives for it; `''` when the glyph came out as a space. */
  readonly printed: string
  /** The forms of `original` that are broken. */
  readonly forms: readonly GlyphForm[]
}

/** A broken glyph map: the substitutions and whether the kashida came out as `ی`. */
export interface GlyphChannel {
  readonly substitutions: readonly GlyphSubstitution[]
  /** Whether a kashida (justification stretch) was printed as an extra ی. */
  readonly kashidaAsYeh: boolean
}

/** Letters that join the following letter (dual-joining); all others join only the preceding one. */
const dualJoining = new Set('بپتثجچحخسشصضطظعغفقکگلمنهیئيكـ')

/** The broken map measured on the 001 source (see docs/lexicon.md for the counts). */
export const defaultGlyphChannel: GlyphChannel = Object.freeze({
  substitutions: Object.freeze([
    { original: 'ک', printed: 'و', forms: ['initial'] },
    { original: 'ب', printed: 'د', forms: ['medial'] },
    { original: 'ح', printed: 'ا', forms: ['medial'] },
    { original: 'پ', printed: 'ل', forms: ['medial'] },
    { original: 'غ', printed: 'ر', forms: ['initial'] },
    { original: 'ذ', printed: 'ن', forms: ['isolated'] },
    { original: 'ش', printed: '', forms: ['final'] },
    { original: 'ع', printed: '', forms: ['final'] },
    { original: 'ۀ', printed: '', forms: ['final'] },
    { original: 'ژ', printed: '', forms: ['isolated'] }
  ] satisfies GlyphSubstitution[]),
  kashidaAsYeh: true
})

/** Whether the letter joins the letter after it. */
export function joinsFollowing(letter: string | undefined): boolean {
  return letter !== undefined && dualJoining.has(letter)
}

/**
 * The contextual form of the letter at `index` in `word` (a word without ZWNJ or a part
 * between two ZWNJ).
 */
export function glyphForm(word: string, index: number): GlyphForm {
  const joinedBefore = index > 0 && joinsFollowing(word[index - 1])
  const joinedAfter = index < word.length - 1 && joinsFollowing(word[index])
  if (joinedBefore) return joinedAfter ? 'medial' : 'final'
  return joinedAfter ? 'initial' : 'isolated'
}

/** Options of `applyGlyphDamage`. */
export interface GlyphDamageOptions {
  /** The broken map (default: `defaultGlyphChannel`). */
  readonly channel?: GlyphChannel
  /** Probability of a kashida (printed ی) after each joining letter (default 0.05). */
  readonly kashidaRate?: number
  /** Source of randomness in [0, 1) for the kashida (default: a fixed-seed generator). */
  readonly random?: () => number
}

/**
 * Run the damage channel forward over clean text: what a PDF with the broken map would
 * give. ZWNJ is dropped (it joins nothing and the damaged PDFs lose it); a lost glyph
 * becomes a space. Deterministic for a given `random`.
 *
 * @param text Clean Persian text in logical order.
 * @param options Channel, kashida rate and randomness.
 * @returns The damaged text.
 */
export function applyGlyphDamage(text: string, options?: Readonly<GlyphDamageOptions> | null): string {
  const channel = options?.channel ?? defaultGlyphChannel
  const kashidaRate = options?.kashidaRate ?? 0.05
  const random = options?.random ?? seededRandom(1)
  return text.replace(/[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+/g, (word) =>
    word
      .split('\u200C')
      .map((part) => damagePart(part, channel, kashidaRate, random))
      .join(' ')
  )
}

function damagePart(part: string, channel: GlyphChannel, kashidaRate: number, random: () => number): string {
  let result = ''
  for (let index = 0; index < part.length; index++) {
    const letter = part[index] ?? ''
    const form = glyphForm(part, index)
    const substitution = channel.substitutions.find(
      (entry) => entry.original === letter && entry.forms.includes(form)
    )
    result += substitution === undefined ? letter : substitution.printed === '' ? ' ' : substitution.printed
    const joinsNext = form === 'initial' || form === 'medial'
    if (channel.kashidaAsYeh && joinsNext && random() < kashidaRate) result += 'ی'
  }
  return result
}

/**
 * A small deterministic pseudo-random generator (mulberry32), for reproducible damage.
 *
 * @param seed Any 32-bit integer.
 * @returns A function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
