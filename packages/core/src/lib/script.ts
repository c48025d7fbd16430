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
  return value.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code >= persianDigitZero ? code - persianDigitZero : code - arabicDigitZero)
  })
}

/**
 * Decide which script dominates a text: `fa` when Arabic-script letters outnumber Latin
 * letters, `en` when Latin letters do, `undefined` when it has no letters.
 *
 * @param value The text.
 */
export function dominantScript(value: string): 'fa' | 'en' | undefined {
  // Code units, not regular expressions per character: the ranges of `arabicScriptLetter`
  // and `latinLetter` (all in the BMP, so a surrogate is neither).
  let arabic = 0
  let latin = 0
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index)
    if (unit < 0x41) continue
    if (unit <= 0x24f) {
      if (unit <= 0x5a || (unit >= 0x61 && unit <= 0x7a) || unit >= 0xc0) latin++
    } else if (unit >= 0x620 && unit <= 0x8ff) {
      if (
        unit <= 0x64a ||
        (unit >= 0x66e && unit <= 0x6d3) ||
        unit === 0x6d5 ||
        unit === 0x6ee ||
        unit === 0x6ef ||
        (unit >= 0x6fa && unit <= 0x6ff) ||
        (unit >= 0x750 && unit <= 0x77f) ||
        unit >= 0x8a0
      ) {
        arabic++
      }
    } else if (unit >= 0x1e00 && unit <= 0x1eff) latin++
  }
  if (arabic === 0 && latin === 0) return undefined
  return arabic >= latin ? 'fa' : 'en'
}
