/**
 * Test-only reference: \`normalizePersian\` as it was before it skipped absent steps (every
 * regular expression runs on every input). The fast version must give the same result.
 */
import { arabicScriptCharacter } from '../src/lib/script.js'

/** What `normalizePersian` does; every step is on unless turned off. */
interface NormalizeOptions {
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
  /** Remove bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069). */
  readonly bidiControls?: boolean
  /** Digits of the normalized form: `latin` (default) turns ۰–۹ and ٠–٩ into 0–9. */
  readonly digits?: 'latin' | 'keep'
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

const letterPattern = new RegExp(`[${Object.keys(letterMap).join('')}]`, 'g')
const persianLetters = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0'
const boundaryAfter = `(?=[\\s\\u060C\\u061B\\u061F.!:)\\]»]|$)`
const prefixPattern = new RegExp(`(?<=^|[\\s«(])(ن?می) +(?=[${persianLetters}])`, 'g')
const suffixPattern = new RegExp(
  `(?<=[${persianLetters}]) +(?=(?:هایی|های|ها|ترین|تر)${boundaryAfter})`,
  'g'
)
const indefinitePattern = new RegExp(`(?<=ه) +(?=ای${boundaryAfter})`, 'g')

/**
 * Normalize Persian text for search and comparison, the safe subset of hazm's Normalizer
 * for bilingual text. Latin-script runs are never changed: every rule fires only on
 * Arabic-script characters or on the space or punctuation right next to them, and ASCII
 * digits stay ASCII. Idempotent: `normalizePersian(normalizePersian(x)) === normalizePersian(x)`.
 *
 * @param value Text as printed.
 * @param options Which steps to run (all by default).
 * @returns The normalized form.
 */
export function referenceNormalizePersian(
  value: string,
  options?: Readonly<NormalizeOptions> | null
): string {
  const settings = options ?? emptyOptions
  let result = value
  if (settings.bidiControls !== false) result = result.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g, '')
  if (settings.presentationForms !== false) {
    result = result.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]+/g, (run) => run.normalize('NFKC'))
  }
  if (settings.letters !== false) {
    result = result.replace(letterPattern, (letter) => letterMap[letter] ?? letter)
  }
  if (settings.kashida !== false) result = result.replace(/\u0640+/g, '')
  if (settings.diacritics !== false) {
    result = result
      .replace(/[\u064B-\u0652]+/g, '')
      .replace(/\u06C0/g, '\u0647')
      .replace(/\u0647\u0654/g, '\u0647')
  }
  result = cleanJoiners(result)
  if (settings.punctuationSpacing !== false) result = spacePunctuation(result)
  if (settings.affixes !== false) {
    result = result
      .replace(prefixPattern, '$1\u200C')
      .replace(suffixPattern, '\u200C')
      .replace(indefinitePattern, '\u200C')
  }
  if (settings.digits !== 'keep') {
    result = result
      .replace(/([\u06F0-\u06F9\u0660-\u0669])\u066B(?=[\u06F0-\u06F9\u0660-\u0669])/g, '$1.')
      .replace(/([\u06F0-\u06F9\u0660-\u0669])\u066C(?=[\u06F0-\u06F9\u0660-\u0669])/g, '$1,')
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  }
  return result
}

/** Collapse repeated joiners and drop those next to white space or at either end. */
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
  return value
    .replace(/[ \t]+([\u060C\u061B\u061F»])/g, (match, mark: string, offset: number, whole: string) =>
      isArabicAt(whole, offset - 1) ? mark : match
    )
    .replace(new RegExp(`([\\u060C\\u061B\\u061F])(?=[${persianLetters}«])`, 'g'), '$1 ')
    .replace(/«[ \t]+/g, '«')
    .replace(/(\S)[ \t]+»/g, '$1»')
    .replace(/(?<=[\u0600-\u06FF])[ \t]{2,}(?=[\u0600-\u06FF])/g, ' ')
    .replace(new RegExp(`([${persianLetters}])[ \\t]+([.!:])(?=\\s|$)`, 'g'), '$1$2')
}

function isArabicAt(value: string, index: number): boolean {
  const character = value[index]
  return character !== undefined && arabicScriptCharacter.test(character)
}
