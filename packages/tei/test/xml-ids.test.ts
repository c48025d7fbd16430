import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as tei from '../src/index.js'
import { decodeXmlId, encodeXmlId, generatedXmlId, parseGeneratedXmlId } from '../src/lib/xml-ids.js'

/** NCName restricted to what every XML processor accepts (see xml-ids.ts): ASCII, Latin-1 and Arabic letters. */
const conservativeNcName = /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0621-\u063A\u0641-\u064A\u0671-\u06B7\u06BA-\u06BE\u06C0-\u06CE\u06D0-\u06D3\u06D5][A-Za-z0-9._\-\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0621-\u063A\u0640-\u0652\u0660-\u0669\u0670-\u06B7\u06BA-\u06BE\u06C0-\u06CE\u06D0-\u06D3\u06D5\u06F0-\u06F9]*$/

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('a', '1', '_', '-', '.', ':', ' ', 'ی', '\u200C', '۳', '\uD800', '\u0001', '#', '_x'), maxLength: 12 })
)

describe('@matn/tei exports', () => {
  it('should expose the documented API', () => {
    expect(Object.keys(tei).sort()).toEqual(['articleToTei', 'corpusToTei', 'decodeXmlId', 'encodeXmlId', 'teiCorpusHead', 'teiCorpusMember', 'teiCorpusTail', 'teiCorpusToArticles', 'teiToArticle'])
  })
})

describe('encodeXmlId', () => {
  it('should keep matn ids as they are', () => {
    for (const id of ['fa-p12-s3', 'en-title', 'fa-kw2', 'fn3-s1', 'fa-t2-r3-c1', 'fa-p12-s3-c1', 'مشیرزاده1393']) {
      expect(encodeXmlId(id)).toBe(id)
    }
  })

  it('should escape what is not a name character, `_` included', () => {
    expect(encodeXmlId('1abc')).toBe('_31_abc')
    expect(encodeXmlId('a b')).toBe('a_20_b')
    expect(encodeXmlId('a_b')).toBe('a_5f_b')
    expect(encodeXmlId('نیم‌فاصله')).toBe('نیم_200c_فاصله')
    expect(encodeXmlId('a.b', { keepDots: false })).toBe('a_2e_b')
    expect(encodeXmlId('-x')).toBe('_2d_x')
  })

  it('should give an NCName that decodes back, for any non-empty string', () => {
    fc.assert(
      fc.property(anyString.filter((id) => id.length > 0), (id) => {
        const encoded = encodeXmlId(id)
        expect(encoded).toMatch(conservativeNcName)
        expect(decodeXmlId(encoded)).toBe(id)
        const strict = encodeXmlId(id, { keepDots: false })
        expect(strict).not.toContain('.')
        expect(decodeXmlId(strict)).toBe(id)
      }),
      { seed: 5, numRuns: 500 }
    )
  })

  it('should keep generated ids apart from encoded ids', () => {
    fc.assert(
      fc.property(anyString, anyString.filter((id) => id.length > 0), (value, id) => {
        const generated = generatedXmlId('bib', value)
        expect(generated).toMatch(conservativeNcName)
        expect(parseGeneratedXmlId('bib', generated)).toBe(value)
        expect(generated).not.toBe(encodeXmlId(id))
        expect(generated).not.toBe(generatedXmlId('fn', value))
      }),
      { seed: 6, numRuns: 500 }
    )
  })

  it('should refuse what is not an encoding', () => {
    expect(decodeXmlId('a_20')).toBeUndefined()
    expect(decodeXmlId('a__b')).toBeUndefined()
    expect(decodeXmlId('a_zz_b')).toBeUndefined()
    expect(decodeXmlId('a_110000_')).toBeUndefined()
  })
})
