/**
 * Character classes for mixed Persian / Latin text. One place for the Unicode ranges the
 * other modules share.
 */

/** Letters of the Arabic script (Persian, Arabic, Urdu…), presentation forms excluded. */
export const arabicScriptLetter = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]/

/** Any character of the Arabic script blocks, presentation forms included. */
export const arabicScriptCharacter = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/

/** A Latin letter (basic and extended Latin, with combining marks). */
export const latinLetter = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/

/** Persian digits ۰–۹ (U+06F0–U+06F9). */
const persianDigitZero = 0x06f0
/** Arabic-Indic digits ٠–٩ (U+0660–U+0669). */
const arabicDigitZero = 0x0660

/**
 * Turn Persian and Arabic-Indic digits into ASCII digits; other characters stay.
 *
 * @param value Text that may hold digits of any system.
 */
export function toAsciiDigits(value: string): string {
  let result = ''
  let copied = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const zero = code >= persianDigitZero && code <= persianDigitZero + 9 ? persianDigitZero : code >= arabicDigitZero && code <= arabicDigitZero + 9 ? arabicDigitZero : -1
    if (zero < 0) continue
    result += value.slice(copied, index) + String.fromCharCode(0x30 + code - zero)
    copied = index + 1
  }
  return copied === 0 ? value : result + value.slice(copied)
}

/**
 * Decide which script dominates a text: `fa` when Arabic-script letters outnumber Latin
 * letters, `en` when Latin letters do, `undefined` when it has no letters.
 *
 * @param value The text.
 */
export function dominantScript(value: string): 'fa' | 'en' | undefined {
  return dominantScriptIn(value, 0, value.length)
}

/**
 * {@link dominantScript} of `value.slice(from, to)`, read in place.
 *
 * @param value A text.
 * @param from Where the part starts.
 * @param to Where it ends (exclusive).
 */
export function dominantScriptIn(value: string, from: number, to: number): 'fa' | 'en' | undefined {
  // Code units, not regular expressions per character: a weight per code unit from the
  // ranges of `arabicScriptLetter` (+1) and `latinLetter` (-1), all in the BMP, so a
  // surrogate is neither. The loop only adds: `balance` is Arabic-script letters minus
  // Latin letters, `letters` counts both (-1 & 1 is 1). It stops once the rest of the text
  // cannot change the answer.
  const weights = letterWeights()
  let balance = 0
  let letters = 0
  let index = from
  while (index < to) {
    const blockEnd = Math.min(index + 64, to)
    for (; index < blockEnd; index++) {
      const weight = weights[value.charCodeAt(index)] as number
      balance += weight
      letters += weight & 1
    }
    const rest = to - index
    if (balance > rest) return 'fa'
    if (-balance > rest) return 'en'
  }
  if (letters === 0) return undefined
  return balance >= 0 ? 'fa' : 'en'
}

let letterWeightTable: Int8Array | undefined

/** The weight of every BMP code unit for `dominantScript`: 1 for an Arabic-script letter, -1 for a Latin letter, 0 otherwise. */
function letterWeights(): Int8Array {
  if (letterWeightTable) return letterWeightTable
  const table = new Int8Array(0x10000)
  for (const [first, last] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]] as const) table.fill(-1, first, last + 1)
  const arabicRanges = [[0x620, 0x64a], [0x66e, 0x6d3], [0x6d5, 0x6d5], [0x6ee, 0x6ef], [0x6fa, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8ff]] as const
  for (const [first, last] of arabicRanges) table.fill(1, first, last + 1)
  letterWeightTable = table
  return table
}
