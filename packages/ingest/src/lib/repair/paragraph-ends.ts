/**
 * The last lines of paragraphs in an extraction of justified text. Justified lines fill the
 * measure and come out of an extractor at about the same length, all but the last line of a
 * paragraph, which stops where its text ends; and a paragraph of running text ends on a
 * sentence end. So a Persian line well shorter than the document's usual line that holds a
 * full stop (or a question or exclamation mark) glued to a word is the end of a paragraph,
 * and that mark is where it ends in reading order, wherever a visual-order extractor drew it.
 */

/** A line shorter than this share of the document's median Persian line length is short (as `structure` reads a table cell's end). */
const shortLineShare = 2 / 3

/** A document with fewer Persian lines says nothing about its usual line length. */
const minimumLines = 10

const persianLetter = /[\u0621-\u064A\u067E-\u06D3]/
/** A full stop, question or exclamation mark glued after a letter. */
const gluedSentenceEnd = /[\u0621-\u064A\u066E-\u06D3\u200C][.؟?!]/

/**
 * Which lines end a paragraph of running text: Persian lines shorter than two thirds of the
 * median length of the document's Persian lines (white space at the ends not counted) that
 * hold a full stop, question or exclamation mark glued after a word.
 *
 * @param lines The document's lines.
 * @returns One flag per line.
 */
export function paragraphLastLines(lines: readonly string[]): boolean[] {
  const lengths = lines.filter((line) => persianLetter.test(line)).map((line) => line.trim().length).sort((a, b) => a - b)
  if (lengths.length < minimumLines) return lines.map(() => false)
  const median = lengths[Math.floor(lengths.length / 2)] as number
  return lines.map((line) => persianLetter.test(line) && line.trim().length < shortLineShare * median && gluedSentenceEnd.test(line))
}
