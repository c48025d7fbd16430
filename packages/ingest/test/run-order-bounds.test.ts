import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPersianLexicon, repairLines, splitRawLines } from '../src/index.js'
import { checkJunctionBounds } from '../src/lib/repair/run-order.js'
import { readCurated, readSource } from '../scripts/corpus-entries.js'

/**
 * The run-order search skips a run whose score plus the highest junction score possible
 * cannot reach the best total found (`junctionBound`). That changes no output only while no
 * junction scores above its bound; with the check on, a junction above its bound throws.
 */
describe('run order junction bounds', () => {
  beforeAll(() => checkJunctionBounds(true))
  afterAll(() => checkJunctionBounds(false))
  const lexicon = loadPersianLexicon()

  it('should hold on both corpus sources', () => {
    for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
      expect(() => repairLines(splitRawLines(readSource(id)), { lexicon })).not.toThrow()
    }
  }, 120_000)

  it('should hold on lines of curated words printed in visual order, with marks, brackets and Latin runs', () => {
    const words = [...new Set(readCurated('ghani-askarian-1400').match(/[\u0600-\u06FF\u200C]+/g) ?? [])].slice(0, 400)
    const pieces = [...words, '.', '،', '(', ')', ').', '.)', '(Walt, 1987: 3', '2021', 'هاست', 'می', '«', '»', ':']
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 3, maxLength: 14 }).chain((tokens) =>
      fc.array(fc.constantFrom(' ', '  ', ''), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) =>
        // Runs reversed as a visual-order extraction prints them: the words of the line from the end.
        tokens.map((token, index) => token + (gaps[index] ?? ' ')).reverse().join('').trim()
      )
    )
    fc.assert(
      fc.property(fc.array(line, { minLength: 20, maxLength: 40 }), (lines) => {
        repairLines(lines, { lexicon })
      }),
      { numRuns: 25, seed: 7 }
    )
  }, 120_000)
})
