import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Corpus, gregorianYearsOf, parseArticle, tagCitations, type TaggedCitation } from '@matn/core'

interface CitationCase {
  name: string
  text: string
  expect: Array<Partial<TaggedCitation>>
}

/** `forms.json`: the forms of the core issue; `forms-wide.json`: more forms of real articles. */
const fixtureFiles = ['forms.json', 'forms-wide.json']

describe.each(fixtureFiles)('tagCitations on the citation-form fixtures of %s', (fixtureFile) => {
  const cases = JSON.parse(
    readFileSync(new URL(`fixtures/citations/${fixtureFile}`, import.meta.url), 'utf8')
  ) as CitationCase[]
  for (const testCase of cases) {
    it(`should handle: ${testCase.name}`, () => {
      const found = tagCitations(testCase.text)
      expect(found).toHaveLength(testCase.expect.length)
      testCase.expect.forEach((expected, index) => {
        const actual = found[index] as TaggedCitation
        expect(actual).toMatchObject(expected)
        // Optional fields are absent unless expected (dated citations have no `undated`).
        expect(actual.undated).toBe(expected.undated)
        expect(actual.ibid).toBe(expected.ibid)
        expect(testCase.text.slice(actual.start, actual.end)).toBe(actual.raw)
      })
    })
  }
})

describe('narrative authors bounded by markup and prose', () => {
  it('should not join names across markup left out of the text', () => {
    // `Russia <b> Iran <!-- page: 193 --> Walt (1987)` with its markup removed.
    const text = 'Russia  Iran  Walt (1987) calls this balancing.'
    const found = tagCitations(text, { markupOffsets: [7, 13] })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ raw: 'Walt (1987)', authors: ['Walt'], key: 'walt1987' })
  })

  it('should not join a Persian given name across markup', () => {
    const text = 'عباس  ملکی (۱۳۷۹) در این باره نوشته است.'
    expect(tagCitations(text, { markupOffsets: [5] })[0]).toMatchObject({ raw: 'ملکی (۱۳۷۹)', key: 'ملکی1379' })
    expect(tagCitations(text)[0]).toMatchObject({ raw: 'عباس  ملکی (۱۳۷۹)', key: 'ملکی1379' })
  })

  it('should map markup offsets through bidirectional controls', () => {
    const text = 'Russia \u200F Iran  Walt (1987)'
    expect(tagCitations(text, { markupOffsets: [14] })[0]).toMatchObject({ raw: 'Walt (1987)', authors: ['Walt'] })
  })

  it('should read inline HTML and page markers of an article as boundaries', () => {
    const fixture = readFileSync(new URL('fixtures/articles/bilingual-small.md', import.meta.url), 'utf8')
    const frontMatter = fixture.slice(0, fixture.indexOf('\n---\n') + 5)
    const body = '<div lang="en">\n\nRussia <b> Iran <!-- page: 193 --> Walt (1987) calls this balancing. <b>Iran</b> Waltz (1979) agrees.\n\n</div>\n'
    const article = parseArticle(`${frontMatter}\n${body}`)
    expect(article.citations.map((citation) => [citation.authors, citation.key])).toEqual([
      [['Walt'], 'walt1987'],
      [['Waltz'], 'waltz1979']
    ])
  })

  it('should end a Latin name at a comma that does not belong to a list of authors', () => {
    expect(tagCitations('In Russia, Walt (1987) finds balancing.')[0]).toMatchObject({ raw: 'Walt (1987)', authors: ['Walt'] })
    expect(tagCitations('Walt, Snyder, and Jervis (1990) agree.')[0]).toMatchObject({
      raw: 'Walt, Snyder, and Jervis (1990)',
      authors: ['Walt', 'Snyder', 'Jervis']
    })
  })

  it('should leave sentence-opening words out of the name', () => {
    expect(tagCitations('However Walt (1987) disagrees.')[0]).toMatchObject({ raw: 'Walt (1987)', key: 'walt1987' })
    expect(tagCitations('Both Walt and Waltz (1987) agree.')[0]).toMatchObject({ authors: ['Walt', 'Waltz'] })
  })
})

describe('calendars of cited years', () => {
  it('should convert each calendar to the Gregorian years it overlaps', () => {
    expect(gregorianYearsOf(1987, 'gregorian')).toEqual([1987])
    expect(gregorianYearsOf(1398, 'solar-hijri')).toEqual([2019, 2020])
    // 1 Muharram 1420 = 17 April 1999; 1 Muharram 784 = 17 March 1382.
    expect(gregorianYearsOf(1420, 'lunar-hijri')).toEqual([1999, 2000])
    expect(gregorianYearsOf(784, 'lunar-hijri')).toEqual([1382, 1383])
    // 1 Muharram 1445 = 19 July 2023, 1 Muharram 1446 = 7 July 2024.
    expect(gregorianYearsOf(1445, 'lunar-hijri')).toEqual([2023, 2024])
  })

  it('should find a lunar Hijri citation by its Gregorian year', () => {
    const fixture = readFileSync(new URL('fixtures/articles/bilingual-small.md', import.meta.url), 'utf8')
    const markdown = fixture.replace(/<\/div>\s*$/, 'عدالت فضیلت است (طباطبایی، ۱۴۲۰ق: ۳۴).\n\n</div>\n')
    const corpus = new Corpus([parseArticle(markdown)])
    const hits = corpus.findCitations({ author: 'طباطبایی', year: 1999 })
    expect(hits.map((hit) => [hit.citation.calendar, hit.citation.year])).toEqual([['lunar-hijri', 1420]])
    expect(corpus.findCitations({ author: 'طباطبایی', year: 1420, calendar: 'lunar-hijri' })).toHaveLength(1)
    expect(corpus.findCitations({ author: 'طباطبایی', year: 1420 })).toHaveLength(0)
  })
})
