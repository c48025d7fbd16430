import { arabicScriptCharacter } from './script.js'
import { isWhiteSpaceUnit } from './white-space.js'

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

const persianLetters = '\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06C0'
const spaceAfterCommaPattern = new RegExp(`([\\u060C\\u061B\\u061F])(?=[${persianLetters}«])`, 'g')
const spaceBeforeStopPattern = new RegExp(`([${persianLetters}])[ \\t]+([.!:])(?=\\s|$)`, 'g')
/**
 * Where `spaceBeforeCommaPattern` can match: a space or tab right before ، ؛ ؟ or ». The
 * mark comes first and the space is looked behind for, so the engine skips from mark to
 * mark instead of trying every space.
 */
const spaceBeforeMarkTest = /[\u060C\u061B\u061F»](?<=[ \t].)/
/** Where the guillemet rules can match: a space or tab after « or before ». */
const openingSpaceTest = /«[ \t]/
const closingSpaceTest = /»(?<=[ \t].)/
/** Where `spaceAfterCommaPattern` matches. */
const letterAfterCommaTest = new RegExp(`[\\u060C\\u061B\\u061F][${persianLetters}«]`)
// A run of spaces starts at a space or tab with none before it. The look-behind comes after
// the first space, not before: a pattern that starts with a character lets the regular
// expression engine skip to the next space instead of trying every position.
/** A run of spaces or tabs before ، ؛ ؟ or ». */
const spaceBeforeCommaPattern = /[ \t](?<![ \t][ \t])[ \t]*([\u060C\u061B\u061F»])/g
/** A run of two or more spaces or tabs before a character of the Arabic block. */
const spacesBeforeArabicPattern = /[ \t](?<![ \t][ \t])[ \t]+(?=[\u0600-\u06FF])/g
const doubleSpacePattern = /[ \t]{2}/
/** Two spaces or tabs, or one before `.`, `!` or `:`. */
const spacingRunPattern = /[ \t][ \t.!:]/
const spaceBeforeMarkPattern = /[ \t][.!:]/

/**
 * Normalize Persian text for search and comparison, the safe subset of hazm's Normalizer
 * for bilingual text. Latin-script runs are never changed: every rule fires only on
 * Arabic-script characters or on the space or punctuation right next to them, and ASCII
 * digits stay ASCII; only invisible bidirectional controls are removed everywhere.
 * Idempotent: `normalizePersian(normalizePersian(x)) === normalizePersian(x)`.
 *
 * Linear: one pass over the code units maps the characters (bidi controls, letters,
 * kashida, diacritics, joiners), one pass over the runs of spaces places the affix
 * joiners, the punctuation rules run only when their marks are there, and one pass turns
 * the digits. The result equals running every step as a regular expression in turn
 * (property-tested against that reference).
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
  // Below U+0600 no step applies but the spacing inside « »: Latin text returns at once.
  if (!fromArabicBlockUpPattern.test(value)) {
    return settings.punctuationSpacing !== false && guillemetPattern.test(value) ? spacePunctuation(value, openingGuillemet | closingGuillemet) : value
  }
  const mapped = mapCharacters(value, settings)
  let result = mapped.text
  const found = mapped.found
  if (!(found & arabicBlock)) return settings.punctuationSpacing !== false && found & (openingGuillemet | closingGuillemet) ? spacePunctuation(result, found) : result
  // Spacing first: the space it puts after `،` (`،می کنند`) is one the affix rules read.
  if (settings.punctuationSpacing !== false) result = spacePunctuation(result, found)
  if (settings.affixes !== false) result = joinAffixes(result)
  if (settings.digits !== 'keep' && found & easternDigit) result = latinDigits(result)
  return result
}

/** What a code unit is to the character pass (one byte per UTF-16 code unit). */
const PLAIN = 0
const BIDI_CONTROL = 1
const LETTER_VARIANT = 2
const KASHIDA = 3
const DIACRITIC = 4
const HEH_WITH_HAMZA = 5
const HAMZA_ABOVE = 6
const JOINER = 7

/**
 * Bit flags of what the text holds (set by the character pass for every character it
 * reads), for skipping the steps that cannot change it.
 */
const arabicBlock = 1
const easternDigit = 2
const openingGuillemet = 4
const closingGuillemet = 8
const persianComma = 16
const presentationForm = 32
const guillemetPattern = /[«»]/
const fromArabicBlockUpPattern = /[\u0600-\uFFFF]/

const unitFlags = ((): Uint8Array => {
  const flags = new Uint8Array(0x10000)
  flags.fill(arabicBlock, 0x600, 0x700)
  flags.fill(arabicBlock | easternDigit, 0x660, 0x66a)
  flags.fill(arabicBlock | easternDigit, 0x6f0, 0x6fa)
  for (const unit of [0x60c, 0x61b, 0x61f]) flags[unit] = arabicBlock | persianComma
  flags[0xab] = openingGuillemet
  flags[0xbb] = closingGuillemet
  flags.fill(presentationForm, 0xfb50, 0xfe00)
  flags.fill(presentationForm, 0xfe70, 0xfefd)
  return flags
})()

const heh = 0x0647
/** `last` once a heh took its hamza: not white space, no longer a heh that can take one. */
const hehWithHamzaTaken = 0x10647
/** `last` before any character is written. */
const nothingYet = -1

const unitKinds = ((): Uint8Array => {
  const kinds = new Uint8Array(0x10000)
  for (const unit of [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) kinds[unit] = BIDI_CONTROL
  for (const letter of Object.keys(letterMap)) kinds[letter.charCodeAt(0)] = LETTER_VARIANT
  kinds[0x640] = KASHIDA
  kinds.fill(DIACRITIC, 0x64b, 0x653)
  kinds[0x6c0] = HEH_WITH_HAMZA
  kinds[0x654] = HAMZA_ABOVE
  kinds[0x200c] = JOINER
  return kinds
})()

/** Flags (low byte) and kind (high byte) of every code unit: one read per character in the tight loop. */
const flagMask = 0xff
const unitInfo = ((): Uint16Array => {
  const info = new Uint16Array(0x10000)
  for (let unit = 0; unit < 0x10000; unit++) info[unit] = (unitFlags[unit] as number) | ((unitKinds[unit] as number) << 8)
  return info
})()

const letterReplacements = ((): Uint16Array => {
  const replacements = new Uint16Array(0x100)
  for (const [letter, replacement] of Object.entries(letterMap)) replacements[letter.charCodeAt(0) - 0x600] = replacement.charCodeAt(0)
  return replacements
})()

/** The text so far of a pass that copies its input in slices: `result` + input from `copied`. */
interface Copy {
  result: string
  copied: number
}

/**
 * The steps that map characters, in one pass: remove bidi controls, presentation forms to
 * letters, letter variants, remove kashida and diacritics, ۀ and هٔ to ه, then joiners
 * (repeated ones collapsed, those next to white space or at either end dropped). Each
 * decision sees the text as the earlier steps left it: `last` is the character written
 * last, and a run of joiners waits for the next written character.
 */
function mapCharacters(value: string, settings: Readonly<NormalizeOptions>): { text: string; found: number } {
  const bidi = settings.bidiControls !== false
  const letters = settings.letters !== false
  const kashida = settings.kashida !== false
  const diacritics = settings.diacritics !== false
  const forms = settings.presentationForms !== false
  let text = value
  let formsDone = false
  let found = 0
  const copy: Copy = { result: '', copied: 0 }
  let last = nothingYet
  let joinerAt = -1
  let index = 0
  for (;;) {
    // Characters no step changes are copied as they are: skip them in a tight loop.
    const run = index
    for (; index < text.length; index++) {
      const info = unitInfo[text.charCodeAt(index)] as number
      found |= info
      if (info > flagMask) break
    }
    if (forms && !formsDone && found & presentationForm) {
      // Rare (PDF extractions): NFKC over each run of forms, as the step is defined, then
      // the pass again from the start.
      if (bidi) text = text.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g, '')
      text = text.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]+/g, (run) => run.normalize('NFKC'))
      formsDone = true
      found = 0
      copy.result = ''
      copy.copied = 0
      last = nothingYet
      joinerAt = -1
      index = 0
      continue
    }
    if (index > run) {
      if (joinerAt >= 0) {
        settleJoiners(text, copy, joinerAt, run, last, text.charCodeAt(run))
        joinerAt = -1
      }
      last = text.charCodeAt(index - 1)
    }
    if (index >= text.length) break
    const unit = text.charCodeAt(index)
    let replacement = -1
    let removed = false
    switch (unitKinds[unit]) {
      case BIDI_CONTROL:
        removed = bidi
        break
      case LETTER_VARIANT:
        if (letters) replacement = letterReplacements[unit - 0x600] as number
        break
      case KASHIDA:
        removed = kashida
        break
      case DIACRITIC:
        removed = diacritics
        break
      case HEH_WITH_HAMZA:
        if (diacritics) replacement = heh
        break
      case HAMZA_ABOVE:
        removed = diacritics && last === heh && joinerAt < 0
        if (removed) last = hehWithHamzaTaken
        break
      default:
        // A joiner: it waits for the next written character.
        if (joinerAt < 0) joinerAt = index
        index++
        continue
    }
    index++
    if (removed) {
      // While joiners wait, the removal is part of their run and is settled with it.
      if (joinerAt < 0) {
        copy.result += text.slice(copy.copied, index - 1)
        copy.copied = index
      }
      continue
    }
    const written = replacement >= 0 ? replacement : unit
    if (joinerAt >= 0) {
      settleJoiners(text, copy, joinerAt, index - 1, last, written)
      joinerAt = -1
    }
    if (replacement >= 0) {
      copy.result += text.slice(copy.copied, index - 1) + String.fromCharCode(replacement)
      copy.copied = index
    }
    last = written
  }
  if (joinerAt >= 0) {
    copy.result += text.slice(copy.copied, joinerAt)
    copy.copied = text.length
  }
  found &= flagMask
  if (copy.copied === 0) return { text, found }
  return { text: copy.result + text.slice(copy.copied), found }
}

/**
 * Settle the run of joiners (and removed characters) from `joinerAt` now that `next` is
 * written at `index`: one joiner between two characters that are not white space, none
 * otherwise. A lone joiner that stays is left in the slice still to copy.
 */
function settleJoiners(text: string, copy: Copy, joinerAt: number, index: number, last: number, next: number): void {
  const keep = last !== nothingYet && !isWhiteSpaceUnit(last) && !isWhiteSpaceUnit(next)
  if (keep && index === joinerAt + 1) return
  copy.result += text.slice(copy.copied, joinerAt) + (keep ? '\u200C' : '')
  copy.copied = index
}

/** A letter of `persianLetters` (what an affix attaches to). */
function isPersianLetter(unit: number): boolean {
  return (
    (unit >= 0x621 && unit <= 0x63a) ||
    (unit >= 0x641 && unit <= 0x64a) ||
    unit === 0x67e ||
    unit === 0x686 ||
    unit === 0x698 ||
    unit === 0x6a9 ||
    unit === 0x6af ||
    unit === 0x6cc ||
    unit === 0x6c0
  )
}

/** What may follow a suffix: white space, ، ؛ ؟ . ! : ) ] » or the end of the text. */
function isSuffixBoundary(value: string, at: number): boolean {
  if (at >= value.length) return true
  const unit = value.charCodeAt(at)
  return (
    isWhiteSpaceUnit(unit) ||
    unit === 0x60c ||
    unit === 0x61b ||
    unit === 0x61f ||
    unit === 0x2e ||
    unit === 0x21 ||
    unit === 0x3a ||
    unit === 0x29 ||
    unit === 0x5d ||
    unit === 0xbb
  )
}

const suffixes = ['هایی', 'های', 'ها', 'ترین', 'تر']

/** Whether a suffix (ها, های, هایی, تر, ترین) followed by a boundary starts at `at`. */
function suffixAt(value: string, at: number): boolean {
  // Every suffix starts with ها or تر.
  const first = value.charCodeAt(at)
  const second = value.charCodeAt(at + 1)
  if (!((first === heh && second === 0x627) || (first === 0x62a && second === 0x631))) return false
  for (const suffix of suffixes) {
    if (value.startsWith(suffix, at) && isSuffixBoundary(value, at + suffix.length)) return true
  }
  return false
}

/** What may stand before the می of a prefix: the start of the text, white space, « or (. */
function isPrefixBoundary(value: string, at: number): boolean {
  if (at < 0) return true
  const unit = value.charCodeAt(at)
  return isWhiteSpaceUnit(unit) || unit === 0xab || unit === 0x28
}

/**
 * ZWNJ instead of the spaces after the prefixes می/نمی (at a word start, before a Persian
 * letter), before the suffixes ها/های/هایی/تر/ترین (after a Persian letter, before a
 * boundary), and before ای after ه (before a boundary). Each run of spaces is decided
 * once, by the three rules in turn.
 */
function joinAffixes(value: string): string {
  let result = ''
  let copied = 0
  let start = value.indexOf(' ')
  while (start >= 0) {
    let end = start + 1
    while (end < value.length && value.charCodeAt(end) === 0x20) end++
    if (start > 0 && end < value.length && joinsAffix(value, start, end)) {
      result += `${value.slice(copied, start)}\u200C`
      copied = end
    }
    start = value.indexOf(' ', end)
  }
  return copied === 0 ? value : result + value.slice(copied)
}

/** Whether the spaces from `start` to `end` (neither at an end of the text) become a ZWNJ. */
function joinsAffix(value: string, start: number, end: number): boolean {
  const before = value.charCodeAt(start - 1)
  const after = value.charCodeAt(end)
  if (before === 0x6cc && value.charCodeAt(start - 2) === 0x645 && isPersianLetter(after)) {
    if (isPrefixBoundary(value, start - 3)) return true
    if (start >= 3 && value.charCodeAt(start - 3) === 0x646 && isPrefixBoundary(value, start - 4)) return true
  }
  // The suffixes start with ه or ت, the indefinite ای with ا.
  if (after !== heh && after !== 0x62a && after !== 0x627) return false
  if (isPersianLetter(before) && suffixAt(value, end)) return true
  if (before !== heh || !value.startsWith('ای', end)) return false
  const boundary = end + 2
  if (value.charCodeAt(boundary) !== 0x20) return isSuffixBoundary(value, boundary)
  // Spaces after ای are a boundary unless the suffix rule has made them a joiner.
  let next = boundary + 1
  while (next < value.length && value.charCodeAt(next) === 0x20) next++
  return next >= value.length || !suffixAt(value, next)
}

const easternDigitRun = /[\u0660-\u0669\u06F0-\u06F9][\u0660-\u0669\u06F0-\u06F9\u066B\u066C]*/g

/** Persian and Arabic-Indic digits to ASCII; ٫ and ٬ between two of them to `.` and `,`. */
function latinDigits(value: string): string {
  return value.replace(easternDigitRun, (run: string) => {
    let result = ''
    for (let index = 0; index < run.length; index++) {
      const unit = run.charCodeAt(index)
      if (unit >= 0x6f0) result += String.fromCharCode(unit - 0x6f0 + 0x30)
      else if (unit <= 0x669) result += String.fromCharCode(unit - 0x660 + 0x30)
      else if (isEasternDigit(run.charCodeAt(index - 1)) && isEasternDigit(run.charCodeAt(index + 1))) result += unit === 0x66b ? '.' : ','
      else result += run.charAt(index)
    }
    return result
  })
}

function isEasternDigit(unit: number): boolean {
  return (unit >= 0x6f0 && unit <= 0x6f9) || (unit >= 0x660 && unit <= 0x669)
}

/**
 * Spacing around Persian punctuation: no space before ، ؛ ؟ and a closing », one space
 * after ، ؛ ؟ when a Persian letter follows, none inside « ». Only white space touching
 * an Arabic-script character is changed; runs of spaces between Persian words become one.
 */
function spacePunctuation(value: string, found: number): string {
  // Each rule runs only when the characters it needs are there (flags of the character
  // pass, or a quick test).
  let result = value
  const hasComma = (found & persianComma) !== 0
  const hasClose = (found & closingGuillemet) !== 0
  // The two comma rules first test for the two characters they need (rare), which is
  // quicker than a replace that finds nothing: the first pattern tries every space.
  if ((hasComma || hasClose) && spaceBeforeMarkTest.test(result)) {
    result = result.replace(spaceBeforeCommaPattern, (match, mark: string, offset: number, whole: string) =>
      isArabicAt(whole, offset - 1) ? mark : match
    )
  }
  if (hasComma && letterAfterCommaTest.test(result)) result = result.replace(spaceAfterCommaPattern, '$1 ')
  if (found & openingGuillemet && openingSpaceTest.test(result)) result = result.replace(/«[ \t]+/g, '«')
  if (hasClose && closingSpaceTest.test(result)) result = result.replace(/(\S)[ \t]+»/g, '$1»')
  // One scan for the two last rules' marks; most text has neither.
  if (!spacingRunPattern.test(result)) return result
  if (doubleSpacePattern.test(result)) {
    // Runs of two or more spaces or tabs between two characters of the Arabic block.
    result = result.replace(spacesBeforeArabicPattern, (match: string, offset: number, whole: string) => {
      const before = whole.charCodeAt(offset - 1)
      return before >= 0x600 && before <= 0x6ff ? ' ' : match
    })
  }
  if (spaceBeforeMarkPattern.test(result)) result = result.replace(spaceBeforeStopPattern, '$1$2')
  return result
}

function isArabicAt(value: string, index: number): boolean {
  const character = value[index]
  return character !== undefined && arabicScriptCharacter.test(character)
}
