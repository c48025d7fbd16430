import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { citationKey, citationNameParts, personNameParts, tagCitations } from '../src/index.js'

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
    for (const group of ['World Bank', 'UNDP', 'U.S. Department of State', 'Amnesty International', 'United Nations Development Programme [UNDP]', 'سازمان برنامه و بودجه', 'مرکز آمار ایران', 'The Meeting of the President of Russia', 'Russia Military Strength', 'U.S. Energy Information Administration']) {
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

describe('citationNameParts', () => {
  /** The fields of each author of the citations of a text, without the pieces. */
  const partsOf = (text: string) =>
    tagCitations(text).map((citation) =>
      citationNameParts(citation).map((parts) => {
        if (!parts) return undefined
        const { pieces: _pieces, ...rest } = parts
        return rest
      })
    )

  it('should split a name where its key does, with what the citation tells beyond the name', () => {
    expect(partsOf('Alexis de Tocqueville (1835) admired associations.')).toEqual([[{ family: 'Tocqueville', given: 'Alexis', particle: 'de' }]])
    expect(partsOf('Associations matter (Bueno de Mesquita, 2003).')).toEqual([[{ family: 'Bueno de Mesquita' }]])
    expect(partsOf('Mohammed Abed al-Jabri (1991) wrote.')).toEqual([[{ family: 'al-Jabri', given: 'Mohammed Abed' }]])
    // A given name outside the list, read in the sentence (`سپهر`), is a given name in the exports too.
    expect(partsOf('فرزانه رحیمی و سپهر قاسمی (۱۳۹۹) نشان داده‌اند که تحریم‌ها اثر دارند.')).toEqual([
      [
        { family: 'رحیمی', given: 'فرزانه' },
        { family: 'قاسمی', given: 'سپهر' }
      ]
    ])
    // In brackets, a given name before a surname formed from a given name starts a compound surname.
    expect(partsOf('این طرح با مخالفت روبه‌رو شد (امیر احمدی، 1390).')).toEqual([[{ family: 'امیر احمدی' }]])
    expect(partsOf('سید جلال دهقانی فیروزآبادی (۱۳۸۸) گفتمان‌ها را دسته‌بندی کرده است.')).toEqual([[{ family: 'دهقانی فیروزآبادی', given: 'سید جلال' }]])
    expect(partsOf('Sanctions bit (U.S. Energy Information Administration, 2021).')).toEqual([[undefined]])
  })

  it('should give every person of the fixtures a family name the key starts with and pieces that read as printed', () => {
    const directory = new URL('../../../test/fixtures/citations/', import.meta.url)
    let checked = 0
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
      const cases = JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as Array<{ text: string }>
      for (const { text } of cases) {
        for (const citation of tagCitations(text)) {
          if (citation.titleAsAuthor || citation.key === '') continue
          const all = citationNameParts(citation)
          all.forEach((parts, index) => {
            if (parts) expect(parts.pieces.map((piece) => piece.text).join(''), text).toBe(citation.authors[index]?.trim())
          })
          const first = all[0]
          if (!first) continue
          const family = `${first.particle ?? ''}${first.family}`.normalize('NFD').replace(/\p{M}/gu, '')
          const folded = citationKey({ authors: [family], etAl: false }, 2000, null).replace(/2000$/, '')
          expect(citation.key.startsWith(folded), `${text} → ${citation.key}`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(300)
  })
})
