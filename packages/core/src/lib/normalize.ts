import { arabicScriptCharacter } from './script.js'

/** What `normalizePersian` does; every step is on unless turned off. */
export interface NormalizeOptions {
  /** Arabic letter variants to Persian: ي ى ئ‍(final) → ی, ك ڪ → ک, ة ە ہ ھ → ه, ٱ → ا. */
  readonly letters?: boolean
  /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) to their base letters. */
  readonly presentationForms?: boolean
  /** Remove kashida (tatweel, U+0640). */
  readonly kashida?: boolean
  /** Remove optional diacritics (U+064B–U+0652) and the ezafe hamza (ۀ, هٔ → ه). */
  readonly diacritics?: boolean
  /** ZWNJ for the می/نمی prefixes and the ها/های/هایی/تر/ترین suffixes (and ای after ه). */
  readonly affixes?: boolean
  /** Spacing around Persian punctuation (، ؛ ؟ « » and a full stop after Persian). */
  readonly punctuationSpacing?: boolean
  /** Digits of the normalized form: `latin` (default) turns ۰–۹ and ٠–٩ into 0–9. */
  readonly digits?: 'latin' | 'keep'
  /**
   * Remove bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069):
   * invisible, they only steer display, and would keep equal words from matching.
   */
  readonly bidiControls?: boolean
}

const emptyOptions: Readonly<NormalizeOptions> = Object.freeze({})

const letterMap: Readonly<Record<string, string>> = Object.freeze({
  '\u064A': '\u06CC', // ي
  '\u0649': '\u06CC', // ى
  '\u06D0': '\u06CC', // ې
  '\u0643': '\u06A9', // ك
  '\u06AA': '\u06A9', // ڪ
  '\u0629': '\u0647', // ة
  '\u06D5': '\u0647', // ە
  '\u06C1': '\u0647', // ہ
  '\u06BE': '\u0647', // ھ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627' // ٳ
})

/** Bit flags: which step a character triggers. */
const presentationForm = 1
const letterVariant = 2
const kashida = 4
const diacritic = 8
const joiner = 16
const arabicBlock = 32
const guillemet = 64
const easternDigit = 128

const letterPattern = new RegExp(`[${Object.keys(letterMap).join('')}]`, 'g')
const persianLetters = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0'
const boundaryAfter = `(?=[\\s\\u060C\\u061B\\u061F.!:)\\]»]|$)`
const prefixPattern = new RegExp(`(?<=^|[\\s«(])(ن?می) +(?=[${persianLetters}])`, 'g')
const suffixPattern = new RegExp(
  `(?<=[${persianLetters}]) +(?=(?:هایی|های|ها|ترین|تر)${boundaryAfter})`,
  'g'
)
const indefinitePattern = new RegExp(`(?<=ه) +(?=ای${boundaryAfter})`, 'g')
const spaceAfterCommaPattern = new RegExp(`([\\u060C\\u061B\\u061F])(?=[${persianLetters}«])`, 'g')
const spaceBeforeStopPattern = new RegExp(`([${persianLetters}])[ \\t]+([.!:])(?=\\s|$)`, 'g')

/**
 * Normalize Persian text for search and comparison, the safe subset of hazm's Normalizer
 * for bilingual text. Latin-script runs are never changed: every rule fires only on
 * Arabic-script characters or on the space or punctuation right next to them, and ASCII
 * digits stay ASCII; only invisible bidirectional controls are removed everywhere. Idempotent: `normalizePersian(normalizePersian(x)) === normalizePersian(x)`.
 *
 * @param value Text as printed.
 * @param options Which steps to run (all by default).
 * @returns The normalized form.
 */
export function normalizePersian(
  value: string,
  options?: Readonly<NormalizeOptions> | null
): string {
  const settings = options ?? emptyOptions
  let result = value
  if (settings.bidiControls !== false) result = result.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g, '')
  // Skip every step whose characters are absent (a step only introduces characters that
  // later steps already looked for, except presentation forms: look again after them).
  let present = presentTriggers(result)
  if (present === 0) return result
  if (settings.presentationForms !== false && present & presentationForm) {
    result = result.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]+/g, (run) => run.normalize('NFKC'))
    present = presentTriggers(result)
  }
  if (settings.letters !== false && present & letterVariant) {
    result = result.replace(letterPattern, (letter) => letterMap[letter] ?? letter)
  }
  if (settings.kashida !== false && present & kashida) result = result.replace(/\u0640+/g, '')
  if (settings.diacritics !== false && present & diacritic) {
    result = result
      .replace(/[\u064B-\u0652]+/g, '')
      .replace(/\u06C0/g, '\u0647')
      .replace(/\u0647\u0654/g, '\u0647')
  }
  if (present & joiner) result = cleanJoiners(result)
  if (!(present & arabicBlock)) return settings.punctuationSpacing !== false && present & guillemet ? spacePunctuation(result) : result
  // Spacing first: the space it puts after `،` (`،می کنند`) is one the affix rules read.
  if (settings.punctuationSpacing !== false) result = spacePunctuation(result)
  if (settings.affixes !== false) {
    if (result.includes('\u0645\u06CC')) result = result.replace(prefixPattern, '$1\u200C')
    if (result.includes('\u0647\u0627') || result.includes('\u062A\u0631')) result = result.replace(suffixPattern, '\u200C')
    if (result.includes(' \u0627\u06CC')) result = result.replace(indefinitePattern, '\u200C')
  }
  if (settings.digits !== 'keep' && present & easternDigit) {
    result = result
      .replace(/([\u06F0-\u06F9\u0660-\u0669])\u066B(?=[\u06F0-\u06F9\u0660-\u0669])/g, '$1.')
      .replace(/([\u06F0-\u06F9\u0660-\u0669])\u066C(?=[\u06F0-\u06F9\u0660-\u0669])/g, '$1,')
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  }
  return result
}


/** Flags of the characters U+0600–U+06FF (index: code unit − 0x600). */
const arabicBlockFlags = ((): Uint8Array => {
  const flags = new Uint8Array(0x100).fill(arabicBlock)
  for (let unit = 0x64b; unit <= 0x652; unit++) flags[unit - 0x600] = arabicBlock | diacritic
  for (const unit of [0x654, 0x6c0]) flags[unit - 0x600] = arabicBlock | diacritic
  flags[0x640 - 0x600] = arabicBlock | kashida
  for (let unit = 0x660; unit <= 0x669; unit++) flags[unit - 0x600] = arabicBlock | easternDigit
  for (let unit = 0x6f0; unit <= 0x6f9; unit++) flags[unit - 0x600] = arabicBlock | easternDigit
  for (const letter of Object.keys(letterMap)) flags[letter.charCodeAt(0) - 0x600] = arabicBlock | letterVariant
  return flags
})()

/** Which characters some step acts on are in the text (bit flags above; 0 when none). */
function presentTriggers(value: string): number {
  let present = 0
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index)
    if (unit < 0xab) continue
    if (unit >= 0x600 && unit <= 0x6ff) present |= arabicBlockFlags[unit - 0x600] as number
    else if (unit === 0x200c) present |= joiner
    else if (unit === 0xab || unit === 0xbb) present |= guillemet
    else if ((unit >= 0xfb50 && unit <= 0xfdff) || (unit >= 0xfe70 && unit <= 0xfefc)) present |= presentationForm
  }
  return present
}

/**
 * Collapse repeated joiners and drop those next to white space or at either end. Linear:
 * each run of joiners is looked at once (the former pattern, `\s*\u200C\s*(?=\s)`,
 * backtracked over long runs of white space).
 */
function cleanJoiners(value: string): string {
  return value.replace(/\u200C+/g, (run: string, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1)
    const after = whole.charAt(offset + run.length)
    return before === '' || after === '' || /\s/.test(before) || /\s/.test(after) ? '' : '\u200C'
  })
}

/**
 * Spacing around Persian punctuation: no space before ، ؛ ؟ and a closing », one space
 * after ، ؛ ؟ when a Persian letter follows, none inside « ». Only white space touching
 * an Arabic-script character is changed; runs of spaces between Persian words become one.
 */
function spacePunctuation(value: string): string {
  // Each rule runs only when the characters it needs are there (a cheap substring test).
  let result = value
  const hasComma = result.includes('\u060C') || result.includes('\u061B') || result.includes('\u061F')
  const hasClose = result.includes('»')
  if (hasComma || hasClose) {
    result = result.replace(/(?<![ \t])[ \t]+([\u060C\u061B\u061F»])/g, (match, mark: string, offset: number, whole: string) =>
      isArabicAt(whole, offset - 1) ? mark : match
    )
  }
  if (hasComma) result = result.replace(spaceAfterCommaPattern, '$1 ')
  if (result.includes('«')) result = result.replace(/«[ \t]+/g, '«')
  if (hasClose) result = result.replace(/(\S)[ \t]+»/g, '$1»')
  const hasTab = result.includes('\t')
  if (hasTab || result.includes('  ')) result = result.replace(/(?<=[\u0600-\u06FF])[ \t]{2,}(?=[\u0600-\u06FF])/g, ' ')
  if (hasTab || result.includes(' .') || result.includes(' !') || result.includes(' :')) {
    result = result.replace(spaceBeforeStopPattern, '$1$2')
  }
  return result
}

function isArabicAt(value: string, index: number): boolean {
  const character = value[index]
  return character !== undefined && arabicScriptCharacter.test(character)
}
