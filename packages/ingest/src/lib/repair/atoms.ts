/**
 * Splitting a line of extracted text into atoms: Arabic-script words, left-to-right runs
 * (Latin words and numbers, kept whole with their inner spaces and punctuation) and single
 * punctuation marks, each with the white space that separated it from the previous atom.
 */

/** What an atom is made of. */
export type AtomKind = 'word' | 'ltr' | 'punct'

/** One atom of a line, in the order the line prints it. */
export interface Atom {
  kind: AtomKind
  text: string
  /** 0-based UTF-16 offset of the atom in the line. */
  start: number
  /** Spaces between the previous atom and this one (0 when glued or first). */
  gap: number
  /** Whether this atom is glued to the previous one (no white space between them). */
  glued: boolean
}

/**
 * Whether a character (one UTF-16 code unit) is an Arabic-script letter, mark, kashida or
 * joiner (a word character): Arabic, Arabic Supplement, Extended-A and presentation forms,
 * ZWNJ and ZWJ, but not Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔) or digits.
 */
export function isArabicWordChar(char: string): boolean {
  return isArabicWordCode(char.charCodeAt(0))
}

/** {@link isArabicWordChar} of a UTF-16 code unit. */
function isArabicWordCode(code: number): boolean {
  if (code >= 0x0600 && code <= 0x06ff) {
    const punctuation = code === 0x060c || code === 0x061b || code === 0x061f || (code >= 0x066a && code <= 0x066d) || code === 0x06d4
    const digit = (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
    return !punctuation && !digit
  }
  return (
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc) ||
    code === 0x200c ||
    code === 0x200d
  )
}

/** Whether a character (one UTF-16 code unit) is white space of a PDF line (spaces, no-break spaces, tabs). */
export function isLineSpace(char: string): boolean {
  return isLineSpaceCode(char.charCodeAt(0))
}

/** {@link isLineSpace} of a UTF-16 code unit. */
function isLineSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000
}

/** A UTF-16 code unit that is a letter or digit of a left-to-right run: `[A-Za-z0-9\u00C0-\u024F\u0660-\u0669\u06F0-\u06F9]`. */
function isLtrCore(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x00c0 && code <= 0x024f) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x06f0 && code <= 0x06f9)
  )
}

/** Characters allowed inside a left-to-right run between its first and last letter or digit, besides {@link isLtrCore}: `[ .,:;\-–—/&'’%_@+()[\]]`. */
const ltrInnerMarks = new Set([...' .,:;-–—/&\'’%_@+()[]'].map((char) => char.charCodeAt(0)))

/**
 * Split a line into atoms.
 *
 * @param line One line of extracted text.
 * @returns Its atoms, in printed order.
 */
export function splitAtoms(line: string): Atom[] {
  const atoms: Atom[] = []
  let index = 0
  let gap = 0
  const push = (kind: AtomKind, start: number, end: number): void => {
    atoms.push({ kind, text: line.slice(start, end), start, gap, glued: gap === 0 && atoms.length > 0 })
    gap = 0
  }
  while (index < line.length) {
    const code = line.charCodeAt(index)
    if (isLineSpaceCode(code)) {
      gap += 1
      index += 1
    } else if (isArabicWordCode(code)) {
      let end = index + 1
      while (end < line.length && isArabicWordCode(line.charCodeAt(end))) end += 1
      push('word', index, end)
      index = end
    } else if (isLtrCore(code)) {
      index = pushLtrRun(line, index, push)
    } else {
      push('punct', index, index + 1)
      index += 1
    }
  }
  return atoms
}

/** Push a left-to-right run starting at `start` (a letter or digit); returns where it ends. */
function pushLtrRun(
  line: string,
  start: number,
  push: (kind: AtomKind, start: number, end: number) => void
): number {
  let end = start + 1
  let lastCore = start
  let depth = 0
  let lastBalanced = start
  while (end < line.length) {
    const code = line.charCodeAt(end)
    const core = isLtrCore(code)
    if (!core && !ltrInnerMarks.has(code)) break
    const opens = code === 0x28 || code === 0x5b
    const closes = code === 0x29 || code === 0x5d
    if (opens) depth += 1
    if (closes) {
      if (depth === 0) break
      depth -= 1
    }
    if (core) {
      lastCore = end
      if (depth === 0) lastBalanced = end
    } else if (closes && depth === 0) {
      lastBalanced = end
    }
    end += 1
  }
  const stop = depth === 0 ? Math.max(lastCore, lastBalanced) + 1 : lastBalanced + 1
  push('ltr', start, stop)
  return stop
}
