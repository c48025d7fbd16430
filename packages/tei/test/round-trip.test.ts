import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle, type Article } from '@matn/core'
import { articleToTei, corpusToTei, teiCorpusToArticles, teiToArticle } from '../src/index.js'
import { alignmentsFor, articlePaths, hostileArticle, loadArticle, markdownArticle, withAlignments } from './helpers/articles.js'

function expectRoundTrip(article: Article): string {
  const xml = articleToTei(article)
  const back = teiToArticle(xml)
  expect(back).toEqual(article)
  expect(articleToTei(back)).toBe(xml)
  return xml
}

describe('articleToTei and teiToArticle', () => {
  for (const path of articlePaths) {
    it(`should give back ${path} field for field, with alignments`, () => {
      const article = withAlignments(loadArticle(path))
      expect(article.alignments.length).toBeGreaterThan(0)
      expectRoundTrip(article)
    })
  }

  it('should write the same bytes for the same article', () => {
    const article = withAlignments(loadArticle(articlePaths[1]))
    expect(articleToTei(structuredClone(article))).toBe(articleToTei(article))
  })

  it('should carry hostile strings in every field and id', () => {
    for (const path of articlePaths) {
      const article = hostileArticle(withAlignments(loadArticle(path)))
      const xml = expectRoundTrip(article)
      expect(xml).not.toContain('<script>')
      expect(xml).not.toContain('<img')
      expect(xml).toContain('&lt;script&gt;')
      expect(xml).toContain('&#13;')
      expect(xml).toMatch(/<g ref="#char_0"\/>/)
    }
  })

  it('should give back generated articles with generated alignments', () => {
    const generated = markdownArticle.map((markdown) => parseArticle(markdown)).chain((article) => alignmentsFor(article).map((alignments) => ({ ...article, alignments })))
    fc.assert(
      fc.property(generated, (article) => {
        expectRoundTrip(article)
      }),
      { seed: 1401, numRuns: 150, endOnFailure: true }
    )
  })

  it('should put a footnote marker at any place in its segment, inside a citation too, and read the place back', () => {
    const article = withAlignments(loadArticle(articlePaths[0]))
    const footnote = article.footnotes[0]!
    const holder = article.segments.find((segment) => segment.id === footnote.segment)!
    expect(holder.citations.length).toBeGreaterThan(0)
    const xml = articleToTei(article)
    expect(xml).toContain(`<s xml:id="${holder.id}" xml:lang="fa">والت<ptr type="noteAnchor" target="#fn_${footnote.label}"/> معتقد`)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: holder.text.length }), (offset) => {
        footnote.markerOffset = offset
        expect(teiToArticle(articleToTei(article)).footnotes[0]?.markerOffset).toBe(offset)
        expectRoundTrip(article)
      }),
      { seed: 1402, numRuns: 60, endOnFailure: true }
    )
  })

  it('should read positions as line 1, column 1 when they are left out', () => {
    const article = loadArticle(articlePaths[0])
    const back = teiToArticle(articleToTei(article, { positions: false }))
    const unknown = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
    expect(back.segments.every((segment) => JSON.stringify(segment.position) === JSON.stringify(unknown))).toBe(true)
    const strip = (value: Article) => ({
      ...value,
      segments: value.segments.map(({ position: _position, ...rest }) => rest),
      citations: value.citations.map(({ position: _position, ...rest }) => rest)
    })
    expect(strip(back)).toEqual(strip(article))
  })
})

describe('corpusToTei and teiCorpusToArticles', () => {
  it('should write every article with prefixed ids and read them back', () => {
    const articles = articlePaths.map((path) => withAlignments(loadArticle(path)))
    const xml = corpusToTei(articles, { title: 'test corpus' })
    expect(xml).toContain('xml:id="ghani-askarian-1400.fa-p1-s1"')
    expect(teiCorpusToArticles(xml)).toEqual(articles)
    expect(corpusToTei(teiCorpusToArticles(xml), { title: 'test corpus' })).toBe(xml)
  })

  it('should refuse an empty corpus and repeated article ids', () => {
    const article = loadArticle(articlePaths[0])
    expect(() => corpusToTei([])).toThrow(/at least one article/)
    expect(() => corpusToTei([article, article])).toThrow(/used twice/)
  })
})

describe('reprints in TEI', () => {
  it('should date a reprint by the edition cited and add the original as a typed date, in its calendar', () => {
    const article = loadArticle('test/fixtures/articles/reprints.md')
    const xml = expectRoundTrip(article)
    expect(xml).toMatch(/<bibl xml:id="bib_freud1999">\s*<author><persName><surname>Freud<\/surname><\/persName><\/author>\s*<date when="1999">1999<\/date>\s*<date type="original" when="1900">1900<\/date>/)
    expect(xml).toMatch(/<date type="original" calendar="#cal_lunar-hijri" datingMethod="#cal_lunar-hijri" when-custom="808">808<\/date>/)
    expect(xml).toContain('<calendar xml:id="cal_lunar-hijri">')
    expect(teiToArticle(xml).citations.find((citation) => citation.key === 'hobbes1996')?.original).toEqual({ year: 1651, calendar: 'gregorian' })
  })
})

describe('titles in the author position in TEI', () => {
  it('should list a work cited by its title with a title and no author, and read the citation back', () => {
    const article = loadArticle('test/fixtures/articles/reprints.md')
    const xml = expectRoundTrip(article)
    expect(xml).toMatch(/<bibl xml:id="bib_balancingandbandwagoning1987">\s*<title>Balancing and Bandwagoning<\/title>\s*<date when="1987">/)
    const cited = teiToArticle(xml).citations.filter((citation) => citation.key === 'balancingandbandwagoning1987')
    // `(“Balancing and Bandwagoning,” 1987)` and the `op. cit., p. 3` after it.
    expect(cited.map((citation) => [citation.titleAsAuthor, citation.ibid])).toEqual([[true, undefined], [true, true]])
  })
})

describe('author names in TEI', () => {
  it('should write a person as a persName of the parts the citation gives, reading as printed, and a group as text', () => {
    const article = loadArticle('test/fixtures/articles/author-names.md')
    const xml = expectRoundTrip(article)
    const author = (key: string) => new RegExp(`<bibl xml:id="bib_${key}">\\s*(<author>.*?</author>)`).exec(xml)?.[1]
    expect(author('vonmises1949')).toBe('<author><persName><forename>Ludwig</forename> <nameLink>von</nameLink> <surname>Mises</surname></persName></author>')
    expect(author('nye2004')).toBe('<author><persName><forename>Joseph S.</forename> <surname>Nye</surname>, <genName>Jr.</genName></persName></author>')
    expect(author('smith1987')).toBe('<author><persName><surname>Smith</surname>, <forename>J.</forename></persName></author>')
    expect(author('wang2011')).toBe('<author><persName><surname>Wang</surname> <forename>Jisi</forename></persName></author>')
    expect(author('vanderberg2001')).toBe('<author><persName><nameLink>van der</nameLink> <surname>Berg</surname></persName></author>')
    expect(author('سریعالقلم1390')).toBe('<author><persName><forename>محمود</forename> <surname>سریع‌القلم</surname></persName></author>')
    expect(author('worldbank2019')).toBe('<author>World Bank</author>')
    expect(author('detocqueville1835')).toBe('<author><persName><forename>Alexis</forename> <nameLink>de</nameLink> <surname>Tocqueville</surname></persName></author>')
    expect(author('russiarusandiranirntrade2021')).toBe('<author>Russia (RUS) and Iran (IRN) Trade</author>')
    // The given name read in the sentence (`سپهر`, outside the list) is a forename, as the key has it.
    expect(new RegExp('<bibl xml:id="bib_رحیمی-قاسمی1399">\\s*<author>.*?</author>\\s*(<author>.*?</author>)').exec(xml)?.[1]).toBe(
      '<author><persName><forename>سپهر</forename> <surname>قاسمی</surname></persName></author>'
    )
    expect(author('سازمانبرنامهوبودجه1398')).toBe('<author>سازمان برنامه و بودجه</author>')
    // The text of every persName is the author as the citation prints it.
    const printed = [...xml.matchAll(/<persName>(.*?)<\/persName>/g)].map((match) => (match[1] as string).replace(/<[^>]+>/g, ''))
    for (const name of printed.filter((name) => !/^[\u0600-\u06FF]/.test(name) || name.includes(' '))) {
      expect(article.citations.some((citation) => citation.authors.includes(name)), name).toBe(true)
    }
  })
})

describe('undated works and ibid. in TEI', () => {
  it('should write an undated work with the date a bibliography prints, and an unresolved ibid. pointing nowhere', () => {
    const article = loadArticle('test/fixtures/articles/undated-ibid.md')
    const xml = expectRoundTrip(article)
    expect(xml).toMatch(/<bibl xml:id="bib_smith-nd">\s*<author><persName><surname>Smith<\/surname><\/persName><\/author>\s*<date>n\.d\.<\/date>/)
    expect(xml).toMatch(/<bibl xml:id="bib_smith-inpress">\s*<author><persName><surname>Smith<\/surname><\/persName><\/author>\s*<date>in press<\/date>/)
    expect(xml).toContain('<ref xml:id="fn1-s1-c1" type="bibr" subtype="parenthetical" ana="#cit_fn1-s1-c1">')
    expect(xml).not.toContain('bib_"')
    const back = teiToArticle(xml)
    expect(back.citations.filter((citation) => citation.ibid).map((citation) => citation.key)).toEqual(
      article.citations.filter((citation) => citation.ibid).map((citation) => citation.key)
    )
  })
})
