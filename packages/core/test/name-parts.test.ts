import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { citationKey, personNameParts } from '../src/index.js'

/** The parts without the pieces, for comparison. */
function fields(author: string): Record<string, unknown> | undefined {
  const parts = personNameParts(author)
  if (!parts) return undefined
  const { pieces: _pieces, ...rest } = parts
  return rest
}

describe('personNameParts', () => {
  it('should split given names, initials, particles and suffixes from the family name', () => {
    expect(fields('Walt')).toEqual({ family: 'Walt' })
    expect(fields('Stephen M. Walt')).toEqual({ family: 'Walt', given: 'Stephen M.' })
    expect(fields('Smith, J.')).toEqual({ family: 'Smith', given: 'J.' })
    expect(fields('Ludwig von Mises')).toEqual({ family: 'Mises', given: 'Ludwig', particle: 'von' })
    expect(fields('van der Berg')).toEqual({ family: 'Berg', particle: 'van der' })
    expect(fields('Joseph S. Nye Jr.')).toEqual({ family: 'Nye', given: 'Joseph S.', suffix: 'Jr.' })
    expect(fields('Joseph Nye, Jr.')).toEqual({ family: 'Nye', given: 'Joseph', suffix: 'Jr.', commaSuffix: true })
    expect(fields('Martin Luther King III')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'III' })
    expect(fields('Wang Jisi')).toEqual({ family: 'Wang', given: 'Jisi' })
    expect(fields('Bruce Bueno de Mesquita')).toEqual({ family: 'Bueno de Mesquita', given: 'Bruce' })
    expect(fields('al-Sayyid')).toEqual({ family: 'al-Sayyid' })
  })

  it('should give Persian given names where the citation prints them, and keep two-word surnames whole', () => {
    expect(fields('محمود سریع‌القلم')).toEqual({ family: 'سریع‌القلم', given: 'محمود' })
    expect(fields('سید محمد خاتمی')).toEqual({ family: 'خاتمی', given: 'سید محمد' })
    expect(fields('دهقانی فیروزآبادی')).toEqual({ family: 'دهقانی فیروزآبادی' })
    expect(fields('مشیرزاده')).toEqual({ family: 'مشیرزاده' })
  })

  it('should read group and corporate authors as no person', () => {
    for (const group of ['World Bank', 'UNDP', 'U.S. Department of State', 'Amnesty International', 'United Nations Development Programme [UNDP]', 'سازمان برنامه و بودجه', 'مرکز آمار ایران', 'The Meeting of the President of Russia']) {
      expect(personNameParts(group), group).toBeUndefined()
    }
  })

  it('should give pieces that read as printed and a family name that the key is made of', () => {
    const given = fc.constantFrom('Stephen', 'S. M.', 'Chinua', 'Zygmunt', 'Ludwig', 'J.', 'Barbara')
    const particle = fc.constantFrom('', 'von', 'van der', 'van')
    const family = fc.constantFrom('Walt', 'Achebe', 'Mises', 'Müller', "O'Neill", 'Adib-Moghaddam')
    const suffix = fc.constantFrom('', ' Jr.', ', Jr.', ' III')
    fc.assert(
      fc.property(fc.option(given, { nil: undefined }), particle, family, suffix, (first, link, last, after) => {
        const name = [first, link, last].filter(Boolean).join(' ') + after
        const parts = personNameParts(name)
        expect(parts, name).toBeDefined()
        expect(parts?.pieces.map((piece) => piece.text).join('')).toBe(name)
        const surname = `${parts?.particle ?? ''}${parts?.family ?? ''}`
        const folded = surname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
        expect(citationKey({ authors: [name], etAl: false }, 2000, null)).toBe(`${folded}2000`)
      }),
      { seed: 9, numRuns: 300 }
    )
  })
})
