import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tagCitations, type TaggedCitation } from '@matn/core'

interface CitationCase {
  name: string
  text: string
  expect: Array<Partial<TaggedCitation>>
}

const cases = JSON.parse(
  readFileSync(new URL('fixtures/citations/forms.json', import.meta.url), 'utf8')
) as CitationCase[]

describe('tagCitations on the citation-form fixtures', () => {
  for (const testCase of cases) {
    it(`should handle: ${testCase.name}`, () => {
      const found = tagCitations(testCase.text)
      expect(found).toHaveLength(testCase.expect.length)
      testCase.expect.forEach((expected, index) => {
        const actual = found[index] as TaggedCitation
        expect(actual).toMatchObject(expected)
        expect(testCase.text.slice(actual.start, actual.end)).toBe(actual.raw)
      })
    })
  }
})
