/**
 * Persian word keys and tokens shared by the lexicon, its generator and the steps that
 * consult it: one normalization so that a word is looked up the way it was counted.
 */

/** Zero-width non-joiner, the in-word separator of Persian orthography. */
export const zwnj = '\u200C'

/** Every character that can be part of a Persian word token (letters, hamza marks, ZWNJ). */
const wordCharacters =
  '\u0621-\u063A\u0641-\u0652\u0654\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C'

/** A run of Persian word characters. */
export const persianWordPattern = new RegExp(`[${wordCharacters}]+`, 'g')

const keyLetterMap: Readonly<Record<string, string>> = Object.freeze({
  '\u064A': '\u06CC', // ي
  '\u0649': '\u06CC', // ى
  '\u0643': '\u06A9', // ك
  '\u0629': '\u0647' // ة
})

/**
 * The lookup key of a word: Arabic letter variants to Persian, هٔ to ۀ (the ezafe form stays
 * distinct from ه: counts keep them apart, the word list is consulted without it),
 * diacritics, kashida and stray joiners removed, ZWNJ inside the word kept.
 *
 * @param word One word as printed or curated.
 * @returns The key under which the lexicon stores and looks up the word.
 */
export function persianWordKey(word: string): string {
  const letters = persianLetterKey(word)
  // Most words carry no joiner: the clean-up below would leave them as they are.
  if (!letters.includes(zwnj)) return letters
  return letters.replace(/\u200C{2,}/g, zwnj).replace(/^\u200C+|\u200C+$/g, '')
}

/**
 * The letter normalization of `persianWordKey` without the joiner clean-up, for affixes
 * whose leading ZWNJ is part of them.
 *
 * @param text A word or a part of one.
 * @returns The text with letters normalized and diacritics and kashida removed.
 */
export function persianLetterKey(text: string): string {
  // Most words need no change: find that out without building a new string.
  if (!needsLetterKey(text)) return text
  let key = ''
  for (const character of text.replace(/\u0647\u0654/g, '\u06C0')) {
    const code = character.charCodeAt(0)
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0654 || code === 0x0670 || code === 0x0640) {
      continue
    }
    key += keyLetterMap[character] ?? character
  }
  return key
}

/** Whether `persianLetterKey` changes the text: a letter variant, diacritic, hamza above or kashida in it. */
function needsLetterKey(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x0629 || code > 0x0670) continue
    if (code === 0x0629 || code === 0x0640 || code === 0x0643 || code === 0x0649 || code === 0x064a) return true
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0654 || code === 0x0670) return true
  }
  return false
}

/**
 * Split running text into chains of Persian words: words separated only by white space
 * stay in one chain; punctuation, digits or Latin text between two words start a new chain,
 * so no word pair is counted across them.
 *
 * @param text Running text.
 * @returns Chains of word keys, in reading order.
 */
export function persianWordChains(text: string): string[][] {
  const chains: string[][] = []
  let chain: string[] = []
  let lastEnd = 0
  for (const match of text.matchAll(persianWordPattern)) {
    const key = persianWordKey(match[0])
    const between = text.slice(lastEnd, match.index)
    if (!/^\s*$/.test(between) && chain.length > 0) {
      chains.push(chain)
      chain = []
    }
    if (key !== '') chain.push(key)
    lastEnd = match.index + match[0].length
  }
  if (chain.length > 0) chains.push(chain)
  return chains
}

/**
 * Encode text into printable ASCII, one code for each character of `alphabet` (codes from
 * 0x21 up, skipping digits, the quote and the backslash); other characters stay. The
 * generated lexicon data is stored this way so that bundlers that escape non-ASCII
 * characters (six bytes each) do not triple its size.
 *
 * @param text Text whose characters are mostly in `alphabet`.
 * @param alphabet The characters to encode, at most 82.
 * @returns The encoded text.
 */
export function encodeAscii(text: string, alphabet: string): string {
  const codes = asciiCodes(alphabet.length)
  let result = ''
  for (const character of text) {
    const index = alphabet.indexOf(character)
    result += index === -1 ? character : String.fromCharCode(codes[index] ?? 0)
  }
  return result
}

/**
 * Decode text made by `encodeAscii` with the same alphabet.
 *
 * @param text Encoded text.
 * @param alphabet The alphabet it was encoded with.
 * @returns The original text.
 */
export function decodeAscii(text: string, alphabet: string): string {
  const table = decodingTable(alphabet)
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    result += (code < 0x80 ? table[code] : undefined) ?? text[index]
  }
  return result
}

/** Decoding tables by alphabet: the word list decodes each of its 100,000 entries with the same one. */
const decodingTables = new Map<string, ReadonlyArray<string | undefined>>()

/** The character each printable ASCII code stands for under `alphabet` (`undefined`: itself). */
function decodingTable(alphabet: string): ReadonlyArray<string | undefined> {
  let table = decodingTables.get(alphabet)
  if (table === undefined) {
    const entries = new Array<string | undefined>(0x80).fill(undefined)
    asciiCodes(alphabet.length).forEach((code, index) => {
      entries[code] = alphabet[index] ?? ''
    })
    table = entries
    decodingTables.set(alphabet, table)
  }
  return table
}

function asciiCodes(count: number): number[] {
  const codes: number[] = []
  for (let code = 0x21; codes.length < count; code++) {
    if (code > 0x7e) throw new RangeError('Alphabet too large for printable ASCII')
    if (code === 0x22 || code === 0x5c || (code >= 0x30 && code <= 0x39)) continue
    codes.push(code)
  }
  return codes
}
