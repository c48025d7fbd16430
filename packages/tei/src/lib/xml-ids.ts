/**
 * Reversible mapping between matn ids (any string) and `xml:id` values (XML NCNames).
 *
 * A character is kept as is when every XML processor accepts it in a name (ASCII letters,
 * digits, `-`, `.`, Latin-1 letters, the Arabic letters, digits and marks of XML 1.0's
 * original name tables); any other character, `_` included, becomes `_` + its code point in
 * lower-case hexadecimal + `_` (`a b` → `a_20_b`, `1x` → `_31_x`). Encoded ids therefore
 * hold an even number of `_`, which keeps them apart from the ids the TEI writer makes up
 * itself (`bib_walt1987`, `fn_180-1`: a word, one `_`, an encoded id).
 */

const asciiName = /^[A-Za-z]$/
const asciiNameChar = /^[A-Za-z0-9.-]$/

/** Arabic-script and Latin-1 ranges that XML 1.0 (all editions) accepts as name start characters. */
const nameStartRanges: ReadonlyArray<readonly [number, number]> = [
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff],
  [0x0621, 0x063a],
  [0x0641, 0x064a],
  [0x0671, 0x06b7],
  [0x06ba, 0x06be],
  [0x06c0, 0x06ce],
  [0x06d0, 0x06d3],
  [0x06d5, 0x06d5]
]

/** Arabic-script digits, marks and the tatweel, which XML 1.0 accepts inside (not at the start of) names. */
const nameCharRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0640, 0x0640],
  [0x064b, 0x0652],
  [0x0660, 0x0669],
  [0x0670, 0x0670],
  [0x06f0, 0x06f9]
]

function inRanges(code: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([low, high]) => code >= low && code <= high)
}

function keepsAsIs(character: string, first: boolean, keepDots: boolean): boolean {
  if (character === '.' && !keepDots) return false
  const code = character.codePointAt(0) ?? 0
  if (code < 0x80) return first ? asciiName.test(character) : asciiNameChar.test(character)
  if (inRanges(code, nameStartRanges)) return true
  return !first && inRanges(code, nameCharRanges)
}

/** Options of {@link encodeXmlId}. */
export interface EncodeXmlIdOptions {
  /** Keep `.` as is (default); `false` escapes it (article ids, which a `teiCorpus` joins to inner ids with `.`). */
  keepDots?: boolean
  /** The result starts the name (default), so a leading digit, `-` or `.` is escaped. */
  start?: boolean
}

/**
 * Encode any string as an NCName, reversibly (see the module comment). The empty string
 * encodes to the empty string, which is not an NCName: callers reject empty ids.
 *
 * @param id The id to encode.
 * @param options How to encode.
 */
export function encodeXmlId(id: string, options?: Readonly<EncodeXmlIdOptions> | null): string {
  const keepDots = options?.keepDots ?? true
  let result = ''
  let first = options?.start ?? true
  for (const character of id) {
    result += keepsAsIs(character, first, keepDots) ? character : `_${(character.codePointAt(0) ?? 0).toString(16)}_`
    first = false
  }
  return result
}

/**
 * Decode an id written by {@link encodeXmlId}; `undefined` when `value` is not such an
 * encoding (an `_` without its closing `_`, or a code point out of range).
 *
 * @param value The `xml:id` (or pointer without `#`) to decode.
 */
export function decodeXmlId(value: string): string | undefined {
  let result = ''
  let index = 0
  while (index < value.length) {
    const underscore = value.indexOf('_', index)
    if (underscore < 0) {
      result += value.slice(index)
      break
    }
    result += value.slice(index, underscore)
    const close = value.indexOf('_', underscore + 1)
    const hex = close < 0 ? '' : value.slice(underscore + 1, close)
    if (!/^[0-9a-f]{1,6}$/.test(hex)) return undefined
    const code = Number.parseInt(hex, 16)
    if (code > 0x10ffff) return undefined
    result += String.fromCodePoint(code)
    index = close + 1
  }
  return result
}

/** The families of ids the TEI writer makes up; each is `<family>_<encoded id>`. */
export type GeneratedIdFamily = 'bib' | 'fn' | 'cit' | 'link' | 'cal' | 'char'

/**
 * An id the writer makes up: `bib_walt1987`, `fn_180-1`, `link_3` (the encoded part does
 * not start the name, so a leading digit stays). Its odd number of `_` keeps it apart from
 * every encoded matn id, and the family words are not prefixes of one another.
 *
 * @param family What the id names.
 * @param id The matn value it is made from (a citation key, a footnote label…).
 */
export function generatedXmlId(family: GeneratedIdFamily, id: string): string {
  return `${family}_${encodeXmlId(id, { start: false })}`
}

/**
 * The matn value inside a generated id, or `undefined` if `value` is not of that family.
 *
 * @param family The family expected.
 * @param value The `xml:id` (or pointer without `#`).
 */
export function parseGeneratedXmlId(family: GeneratedIdFamily, value: string): string | undefined {
  const prefix = `${family}_`
  return value.startsWith(prefix) ? decodeXmlId(value.slice(prefix.length)) : undefined
}
