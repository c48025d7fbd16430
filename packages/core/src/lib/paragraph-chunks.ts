/**
 * Cutting very long paragraphs into pieces for the retext parsers. parse-latin's paragraph
 * transforms splice arrays of sentences and tokens, so their cost grows with the square of
 * a paragraph's length; a 10 MB paragraph (a PDF extraction without line breaks) would not
 * finish. Paragraphs up to `maxWholeParagraph` characters (ten times the longest paragraph
 * of the corpus) are parsed whole, so the parsers' sentences are kept exactly; longer ones
 * are cut into pieces of `chunkTarget` to `chunkLimit` characters.
 */

/** Paragraphs up to this length are parsed whole. */
export const maxWholeParagraph = 8192
/** A piece of a long paragraph ends at the first good cut after this many characters. */
const chunkTarget = 4096
/** A piece never exceeds this length. */
const chunkLimit = 8192

const terminal = /[.!?\u2026\u061F\u06D4]/
const closers = /["'»)\]}\u201D\u2019]/
const lowerCaseStart = /\p{Ll}/u

/** A piece of a paragraph: offsets into it, end exclusive. */
export interface Chunk {
  start: number
  end: number
}

/**
 * Cut a paragraph into pieces the parsers handle in bounded time. The best cut is after a
 * sentence-final mark (and closing quotes or brackets), outside brackets, before white space
 * and a character that may start a sentence; failing that, at white space; failing that (a
 * text without spaces), at the limit, never inside a surrogate pair. Linear in the length.
 *
 * @param text One paragraph (line breaks already turned into spaces).
 * @returns Pieces covering the text in order; one piece when the text is short enough.
 */
export function paragraphChunks(text: string): Chunk[] {
  if (text.length <= maxWholeParagraph) return [{ start: 0, end: text.length }]
  const chunks: Chunk[] = []
  let start = 0
  let depth = 0
  let lastSpace = -1
  let index = 0
  while (text.length - start > chunkLimit) {
    let cut = -1
    for (; index < start + chunkLimit; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x28 || code === 0x5b || code === 0x7b || code === 0xab) depth++
      else if ((code === 0x29 || code === 0x5d || code === 0x7d || code === 0xbb) && depth > 0) depth--
      else if (isWhiteSpace(code) && index > start) {
        lastSpace = index
        if (index - start >= chunkTarget && depth === 0 && endsSentence(text, index) && !lowerCaseStart.test(nextVisible(text, index))) {
          cut = index
          break
        }
      }
    }
    if (cut < 0) cut = lastSpace > start ? lastSpace : safeCut(text, start + chunkLimit)
    chunks.push({ start, end: cut })
    start = cut
    index = cut
    depth = 0
  }
  chunks.push({ start, end: text.length })
  return chunks
}

/** Whether the text before white space at `index` ends like a sentence (`.`, `؟`, `.»`, `.)`). */
function endsSentence(text: string, index: number): boolean {
  let before = index - 1
  while (before >= 0 && closers.test(text[before] ?? '')) before--
  return before >= 0 && terminal.test(text[before] ?? '')
}

function nextVisible(text: string, index: number): string {
  let next = index
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++
  return text[next] ?? ''
}

/** `/\s/`, with the common cases decided without a regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return /\s/.test(String.fromCharCode(code))
}

/** `at`, moved back one when it would split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at
}
