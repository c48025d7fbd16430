import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textParagraphs } from '../src/lib/scan/text-paragraphs.js'
import { tagCitations } from '../src/index.js'

/** The paragraphs as the regular expression the scanner path was first built on splits them. */
function referenceParagraphs(text: string): Array<{ text: string; start: number }> {
  const paragraphs: Array<{ text: string; start: number }> = []
  let start = 0
  for (const match of text.matchAll(/\n[ \t]*(?:\r?\n[ \t]*)+/g)) {
    paragraphs.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  paragraphs.push({ text: text.slice(start), start })
  return paragraphs.filter((paragraph) => /\S/.test(paragraph.text))
}

describe('textParagraphs', () => {
  it('should split where the blank-line pattern splits, on text made of line ends, spaces, tabs and words', () => {
    const text = fc
      .array(fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '  ', 'word', 'واژه', '.', '\u00A0', '\v'), { maxLength: 40 })
      .map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, (value) => {
        expect([...textParagraphs(value)]).toEqual(referenceParagraphs(value))
      }),
      { seed: 20_261_122, numRuns: 20_000 }
    )
  })

  it('should keep a paragraph with a lone carriage return or line feed whole', () => {
    expect([...textParagraphs('a\n b\r\nc\r\r\nd\n\t\n')]).toEqual([
      { text: 'a\n b\r\nc\r\r\nd', start: 0 }
    ])
    expect([...textParagraphs('a\n \r\n \nb')]).toEqual([
      { text: 'a', start: 0 },
      { text: 'b', start: 7 }
    ])
  })
})

describe('tagCitations without a closing bracket', () => {
  it('should find what it finds with one added where no rule can read it', () => {
    // The quick return for text without `)` and `]` must not lose a citation: a closing
    // bracket and a space at the very start (it closes nothing, and a mirrored group
    // starts at a `)` that no white space follows) make every rule run.
    const piece = fc.constantFrom('Walt', 'والت', ', ', '، ', '1987', '۱۳۹۸', ' ', '(', '[', 'ibid.', 'همان', '\u200F', '\uFEB3', 'n.d.', ': 12', ' (')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('').replace(/[)\]]/g, '')), (value) => {
        const shifted = tagCitations(`) ${value}`).map((citation) => ({ ...citation, start: citation.start - 2, end: citation.end - 2 }))
        expect(tagCitations(value)).toEqual(shifted)
      }),
      { seed: 20_261_122, numRuns: 5000 }
    )
  })
})
