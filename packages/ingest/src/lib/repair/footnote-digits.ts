import type { RepairChange, RepairStep } from './types.js'

const persianLetter = '\\u0621-\\u063A\\u0641-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06C0\\u06CC'

/**
 * Footnote digits glued to words. A footnote marker is printed as a small digit right after
 * a word or a closing quote (`مرشایمر1`, `«ائتلاف»1`); extraction sometimes leaves it glued
 * to the front of the next word instead (`1تهاجمی`), or, in reading order, before the word it
 * follows. A digit (one or two, ASCII or Persian) glued to the start of a Persian word, with a
 * space or line start before it, is moved to the end of the word before it, where a marker is
 * read (`جان مرشایمر 1تهاجمی` stays a marker of `مرشایمر`: `جان مرشایمر1 تهاجمی`). Numbers
 * written apart from words (`جدول 1`) are not touched.
 */
export const repairFootnoteDigits: RepairStep = (text, context) => {
  const changes: RepairChange[] = []
  const pattern = new RegExp(`([${persianLetter}»)]) ([0-9\\u06F0-\\u06F9]{1,2})(?=[${persianLetter}«])`, 'g')
  const result = text.replace(pattern, (match, before: string, digits: string, offset: number) => {
    changes.push({ step: 'footnote-digits', line: context.line, column: offset + 1, before: match, after: `${before}${digits} ` })
    return `${before}${digits} `
  })
  return { text: result, changes, unresolved: [] }
}
