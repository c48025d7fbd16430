import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findMirroredGroups } from '../src/lib/citations/brackets.js'

/** The regular expression `findMirroredGroups` replaced: the reference. */
function referenceMirroredGroups(text: string): Array<{ open: number; close: number; mirrored: boolean }> {
  return [...text.matchAll(/\)(?=\S)([^()\n]{1,2000}?)(?<=\S)\(/g)].map((match) => ({
    open: match.index,
    close: match.index + match[0].length - 1,
    mirrored: true
  }))
}

const pieces = [')', '(', ')(', ' ', '  ', '\n', '\t', '\u00A0', '\u2009', '\uFEFF', 'a', 'Walt, 1987: 3', 'والت، ۱۳۸۷', '.', ',', '؛']
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((parts) => parts.join(''))

describe('findMirroredGroups', () => {
  it('should find what the mirrored-group regular expression matches', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(findMirroredGroups(value)).toEqual(referenceMirroredGroups(value))
      }),
      { seed: 20_261_122, numRuns: 10_000 }
    )
  })

  it('should keep the 2000-character limit on the content', () => {
    for (const length of [1999, 2000, 2001]) {
      const value = `x)${'a'.repeat(length)}(y) b)c(`
      expect(findMirroredGroups(value)).toEqual(referenceMirroredGroups(value))
    }
  })

  it('should treat every code unit after `)` and before `(` as the reference does', () => {
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code)
      for (const value of [`)${unit}a(`, `)a${unit}(`, `)${unit}(`]) {
        const found = findMirroredGroups(value)
        const expected = referenceMirroredGroups(value)
        if (found.length !== expected.length) expect(found, `U+${code.toString(16)}`).toEqual(expected)
      }
    }
  })
})
