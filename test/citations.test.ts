import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { Corpus, gregorianYearsOf, parseArticle, tagCitations, tagTextCitations, type TaggedCitation } from '@matn/core'

interface CitationCase {
  name: string
  text: string
  expect: Array<Partial<TaggedCitation>>
}

/**
 * `forms.json`: the forms of the core issue; `forms-wide.json`: more forms of real articles;
 * `forms-more.json`: forms of APA 7, Chicago author-date and Persian journal practice, and
 * prose that is not a citation.
 */
const fixtureFiles = ['forms.json', 'forms-wide.json', 'forms-more.json']

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
        expect(actual.original).toEqual(expected.original)
        expect(actual.titleAsAuthor).toBe(expected.titleAsAuthor)
        expect(testCase.text.slice(actual.start, actual.end)).toBe(actual.raw)
      })
    })
  }
})

/**
 * The held-out sets (`heldout.json`, `heldout-2.json`, `heldout-3.json`, `heldout-4.json`), which no rule was written from:
 * not every case is read right (docs/citations.md gives the figures and the command that
 * measures them), so they are checked for their shape and for a floor on the cases read
 * right, which a change that makes the tagger worse on unseen forms falls below.
 */
/** The share of cases each held-out set must read right: 95%, and for the fourth, 93% (78 of 83 read right when it was added). */
const heldOutFloors: Readonly<Record<string, number>> = { 'heldout-4.json': 0.93 }

describe.each(['heldout.json', 'heldout-2.json', 'heldout-3.json', 'heldout-4.json'])('tagCitations on the held-out set %s', (fixtureFile) => {
  const cases = JSON.parse(readFileSync(new URL(`fixtures/citations/${fixtureFile}`, import.meta.url), 'utf8')) as CitationCase[]
  const readRight = (testCase: CitationCase): boolean => {
    const found = tagCitations(testCase.text)
    return (
      found.length === testCase.expect.length &&
      testCase.expect.every((expected, index) => {
        const actual = found[index] as TaggedCitation
        const optional = ['undated', 'ibid', 'original', 'titleAsAuthor'] as const
        return (
          Object.entries(expected).every(([field, value]) => JSON.stringify(actual[field as keyof TaggedCitation]) === JSON.stringify(value)) &&
          optional.every((field) => JSON.stringify(actual[field]) === JSON.stringify(expected[field]))
        )
      })
    )
  }

  it('should give every expected citation a raw text found in its case', () => {
    for (const testCase of cases) for (const expected of testCase.expect) expect(testCase.text).toContain(expected.raw)
  })

  it('should read at least its floor of the cases right', () => {
    const right = cases.filter(readRight).length
    expect(right / cases.length).toBeGreaterThanOrEqual(heldOutFloors[fixtureFile] ?? 0.95)
  })
})

describe('names read by their shape', () => {
  it('should key a work of the same author (همو, idem) by the surnames the work before was keyed by', () => {
    const pair = 'فرزانه رحیمی و سپهر قاسمی (۱۳۹۹) نشان داده‌اند که تحریم‌ها اثر دارند (همو، ۱۴۰۰).'
    expect(tagCitations(pair).map((citation) => citation.key)).toEqual(['رحیمی-قاسمی1399', 'رحیمی-قاسمی1400'])
    expect(tagCitations('Alexis de Tocqueville (1835) saw it (idem, 1840).').map((citation) => citation.key)).toEqual(['detocqueville1835', 'detocqueville1840'])
  })

  it('should read a Persian two-word surname in -ی whole after a given name or with a reporting word, never a noun and its adjective', () => {
    expect(tagCitations('حاجی یوسفی (۱۳۸۴) معتقد است که تنش‌زدایی رخ داد.').map((citation) => citation.key)).toEqual(['حاجییوسفی1384'])
    expect(tagCitations('سید جلال دهقانی فیروزآبادی (۱۳۸۸) گفتمان‌ها را دسته‌بندی کرده است.').map((citation) => citation.authors)).toEqual([['سید جلال دهقانی فیروزآبادی']])
    for (const prose of ['همکاری نظامی (۲۰۱۵) دو کشور افزایش یافت.', 'جمهوری اسلامی (۱۳۵۸) سیاست خارجی را دگرگون کرد.', 'آزادی سیاسی (۱۳۷۶) در دوره اصلاحات گسترش یافت.']) {
      expect(tagCitations(prose), prose).toEqual([])
    }
  })

  const first = (text: string) => tagCitations(text)[0]

  it('should key a person by the surname when the given name is in no list', () => {
    expect(first('Douglass North (1990) explains institutions.')).toMatchObject({ authors: ['Douglass North'], key: 'north1990' })
    expect(first('Vincent van Gogh (1888) wrote letters.')).toMatchObject({ key: 'vangogh1888' })
    expect(first('Yan Xuetong (2011) writes on ancient Chinese thought.')).toMatchObject({ key: 'yan2011' })
    expect(first('John Maynard Keynes (1936) changed economics.')).toMatchObject({ key: 'keynes1936' })
    expect(first('The claim is old (Chinua Achebe, 1958).')).toMatchObject({ key: 'achebe1958' })
  })

  it('should keep organizations, compound surnames and particles of one surname whole', () => {
    expect(first('Freedom House (2020) rates the country.')).toMatchObject({ key: 'freedomhouse2020' })
    expect(first('Human Rights Watch (2019) reported it.')).toMatchObject({ key: 'humanrightswatch2019' })
    expect(first('It is rational (Bueno de Mesquita, 2003).')).toMatchObject({ key: 'buenodemesquita2003' })
    expect(first('Foreign policy changed (Dehghani Firoozabadi, 2012).')).toMatchObject({ key: 'dehghanifiroozabadi2012' })
    expect(first('They are allies (Alavian and Hasan Nia Rami, 2019).')).toMatchObject({ key: 'alavian-hasanniarami2019' })
  })

  it('should read a generational suffix as part of the last name', () => {
    expect(first('Henry Louis Gates Jr. (1988) reads African American texts.')).toMatchObject({
      raw: 'Henry Louis Gates Jr. (1988)',
      authors: ['Henry Louis Gates Jr.'],
      key: 'gates1988'
    })
    expect(first('Walt and Joseph Nye, Jr. (2001) agree.')).toMatchObject({ authors: ['Walt', 'Joseph Nye, Jr.'], key: 'walt-nye2001' })
  })

  it('should read a Persian name after a title, without the title', () => {
    expect(first('این نظریه را شهید مطهری (۱۳۵۷) بسط داد.')).toMatchObject({ raw: 'مطهری (۱۳۵۷)', authors: ['مطهری'] })
    expect(first('در این باره آیت الله خویی (۱۴۱۸ق) نظر دیگری دارد.')).toMatchObject({ raw: 'خویی (۱۴۱۸ق)' })
    expect(tagCitations('شهید (۱۳۶۰) را بزرگ داشتند.')).toEqual([])
  })

  it('should not read a person dated by an event as an author, but read a finding', () => {
    expect(tagCitations('روحانی (۱۳۹۲) در انتخابات پیروز شد.')).toEqual([])
    expect(tagCitations('حسن روحانی (۱۳۹۲) به ریاست جمهوری رسید.')).toEqual([])
    expect(first('نوری (۱۳۹۸) به نتایج مشابهی رسید.')).toMatchObject({ key: 'نوری1398' })
    expect(first('نوری (۱۳۹۸) متوجه شد که تحریم‌ها اثر دارند.')).toMatchObject({ key: 'نوری1398' })
    expect(first('والتز (۱۳۸۸) در کتابی که بعدها ترجمه شد، ساختار را توضیح داد.')).toMatchObject({ key: 'والتز1388' })
  })

  it('should not read a Latin name dated by an event as an author', () => {
    expect(tagCitations('Khatami (1997) won the presidential election.')).toEqual([])
    expect(tagCitations('President Rouhani (2013) was elected on a promise of engagement.')).toEqual([])
    expect(tagCitations('Saddam Hussein (1980) invaded Iran.')).toEqual([])
    expect(first('Walt (1987) wonders whether balancing holds.')).toMatchObject({ key: 'walt1987' })
    expect(first('Walt (1987) was the first to say so.')).toMatchObject({ key: 'walt1987' })
  })

  it('should read prefixes that give a reason before see', () => {
    expect(first('It is contested (for a recent and thorough critique, see Walt 1987).')).toMatchObject({ key: 'walt1987' })
    expect(first('It is contested (on this point, see also Walt 1987, 3).')).toMatchObject({ key: 'walt1987', pages: '3' })
    expect(first('این دیدگاه نقد شده است (برای نقد این دیدگاه، نک. قوام، ۱۳۸۴: ۶۰).')).toMatchObject({ key: 'قوام1384', pages: '60' })
  })

  it('should split a secondary source after a year without a comma', () => {
    const found = tagCitations('The state is a claim (Weber 1919 cited in Tilly 1985, 170).')
    expect(found.map((citation) => [citation.raw, citation.key])).toEqual([
      ['Weber 1919', 'weber1919'],
      ['cited in Tilly 1985, 170', 'tilly1985']
    ])
  })

  it('should read the plural of a document noun as a document', () => {
    expect(tagCitations('The Camp David Accords (1978) changed the region.')).toEqual([])
    expect(tagCitations('The Oslo Agreements (1993) failed.')).toEqual([])
  })
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

describe('undated works, ibid. and square brackets in an article', () => {
  const path = 'test/fixtures/articles/undated-ibid.md'
  const source = readFileSync(new URL('fixtures/articles/undated-ibid.md', import.meta.url), 'utf8')
  const file = new VFile({ path, value: source })
  const article = parseArticle(file)
  const byRaw = (raw: string) => article.citations.filter((citation) => citation.raw === raw)

  it('should give undated works a null year and calendar, their status and an undated key', () => {
    expect(byRaw('(Smith, n.d.)')[0]).toMatchObject({ year: null, calendar: null, undated: 'no-date', key: 'smith-nd' })
    expect(byRaw('Smith (in press)')[0]).toMatchObject({ kind: 'narrative', year: null, undated: 'in-press', key: 'smith-inpress' })
    expect(byRaw('(نوری، زیر چاپ)')[0]).toMatchObject({ year: null, undated: 'in-press', key: 'نوری-inpress' })
    expect(byRaw('(مطهری، بی‌تا: ۳۰)')[0]).toMatchObject({ year: null, undated: 'no-date', pages: '30', key: 'مطهری-nd' })
    for (const citation of article.citations) {
      expect(citation.year === null).toBe(citation.calendar === null)
      if (!citation.ibid) expect(citation.year === null).toBe(citation.undated !== undefined)
    }
  })

  it('should resolve each ibid. to the one work cited before it in the same language', () => {
    expect(byRaw('(ibid., p. 12)')[0]).toMatchObject({ key: 'smith-nd', undated: 'no-date', pages: '12', ibid: true })
    // Across paragraphs, to the square-bracket citation before it.
    expect(byRaw('(Ibid.)')[0]).toMatchObject({ key: 'walt1987', year: 1987, authors: ['Walt'], pages: null, ibid: true })
    expect(byRaw('(همان: ۴۷)')[0]).toMatchObject({ key: 'رسولیثانیابادی1399', year: 1399, calendar: 'solar-hijri', pages: '47', ibid: true })
    expect(byRaw('(همان، ص ۱۲)')[0]).toMatchObject({ key: 'نوری-inpress', undated: 'in-press', pages: '12', ibid: true })
  })

  it('should keep an ibid. after several works, or first among the footnotes, unresolved, with a warning', () => {
    const unresolved = article.citations.filter((citation) => citation.ibid && citation.key === '')
    expect(unresolved.map((citation) => [citation.raw, citation.segment])).toEqual([
      ['(ibid.)', 'en-p2-s2'],
      ['(همان: ۳۱)', 'fn1-s1']
    ])
    for (const citation of unresolved) expect(citation).toMatchObject({ authors: [], year: null, calendar: null, yearSuffix: null })
    const warnings = file.messages.filter((message) => message.ruleId === 'citation')
    expect(warnings.map((message) => [message.line, /`([^`]+)`/.exec(message.reason)?.[1]])).toEqual([
      [21, '(ibid.)'],
      [39, '(همان: ۳۱)']
    ])
  })

  it('should read square brackets but not numbers, links or Persian prose after همان', () => {
    expect(byRaw('[Walt, 1987: 3]')[0]).toMatchObject({ key: 'walt1987', pages: '3' })
    expect(article.citations.map((citation) => citation.raw)).not.toContain('[1]')
    expect(article.citations.some((citation) => citation.raw.includes('example.org') || citation.raw.includes('چیزی'))).toBe(false)
    expect(article.citations).toHaveLength(16)
  })

  it('should read a two-word Persian surname before a year whole when it is cited whole in brackets', () => {
    expect(byRaw('رسولی ثانی‌آبادی (۱۳۹۹)')[0]).toMatchObject({ kind: 'narrative', authors: ['رسولی ثانی‌آبادی'], key: 'رسولیثانیابادی1399' })
    const narrative = 'رسولی ثانی‌آبادی (1399) معتقد است.'
    // Its first word ends in the adjective of descent `-ی` and opens the sentence: read whole
    // even when not cited elsewhere; inside a clause, the last word alone.
    expect(tagCitations(narrative)[0]).toMatchObject({ raw: narrative.slice(0, 23), authors: ['رسولی ثانی‌آبادی'] })
    expect(tagCitations('در این باره رسولی ثانی‌آبادی (1399) معتقد است.')[0]).toMatchObject({ raw: 'ثانی‌آبادی (1399)', authors: ['ثانی‌آبادی'] })
    expect(tagCitations(narrative, { knownAuthors: ['رسولی ثانی‌آبادی'] })[0]).toMatchObject({ raw: narrative.slice(0, 23), authors: ['رسولی ثانی‌آبادی'] })
    // A name read whole in one narrative citation supports the same name later in the text.
    const text = 'چنین است. رسولی ثانی‌آبادی و ابراهیمی (1399) نوشته‌اند.\n\nرسولی ثانی‌آبادی (1400) معتقد است.'
    expect(tagTextCitations(text).map((citation) => citation.authors)).toEqual([['رسولی ثانی‌آبادی', 'ابراهیمی'], ['رسولی ثانی‌آبادی']])
  })

  it('should find every sentence citing an undated work, and keep undated works out of year lookups', () => {
    const corpus = new Corpus([article])
    const segments = (hits: ReturnType<Corpus['findCitations']>) => hits.map((hit) => hit.segment.id)
    expect(segments(corpus.findCitations({ author: 'Smith', undated: 'no-date' }))).toEqual(['en-p1-s1', 'en-p1-s2'])
    expect(segments(corpus.findCitations({ author: 'Smith', undated: true }))).toEqual(['en-p1-s1', 'en-p1-s2', 'en-p1-s3'])
    expect(segments(corpus.findCitations({ key: 'smith-nd', ibid: false }))).toEqual(['en-p1-s1'])
    expect(corpus.findCitations({ author: 'نوری', undated: false })).toEqual([])
    expect(corpus.findCitations({ year: 1987 }).every((hit) => hit.citation.year === 1987)).toBe(true)
    const works = corpus.works()
    expect(works.find((work) => work.key === 'smith-nd')).toMatchObject({ year: null, calendar: null, undated: 'no-date', count: 2 })
    expect(works.some((work) => work.key === '')).toBe(false)
  })
})

describe('reprints, titles and op. cit. in an article', () => {
  const path = 'test/fixtures/articles/reprints.md'
  const source = readFileSync(new URL('fixtures/articles/reprints.md', import.meta.url), 'utf8')
  const file = new VFile({ path, value: source })
  const article = parseArticle(file)
  const byRaw = (raw: string) => article.citations.find((citation) => citation.raw === raw)

  it('should date a reprint by the edition cited and keep its original, also on an ibid. of it', () => {
    expect(byRaw('(Freud, 1900/1999, p. 5)')).toMatchObject({ year: 1999, key: 'freud1999', original: { year: 1900, calendar: 'gregorian' } })
    expect(byRaw('Waltz (2010 [1979])')).toMatchObject({ kind: 'narrative', year: 2010, original: { year: 1979, calendar: 'gregorian' } })
    expect(byRaw('(پیشین: ۱۴)')).toMatchObject({ ibid: true, key: 'ابنخلدون1395', original: { year: 808, calendar: 'lunar-hijri' } })
    expect(byRaw('نوری، ۱۳۹۸/۲۰۱۹')).not.toHaveProperty('original')
  })

  it('should find a reprint by the year of its edition or of its original, in any calendar', () => {
    const corpus = new Corpus([article])
    const keys = (hits: ReturnType<Corpus['findCitations']>) => [...new Set(hits.map((hit) => hit.citation.key))]
    expect(keys(corpus.findCitations({ author: 'Freud', year: 1900 }))).toEqual(['freud1999'])
    expect(keys(corpus.findCitations({ author: 'Freud', year: 1999 }))).toEqual(['freud1999'])
    expect(keys(corpus.findCitations({ year: 1405, calendar: 'gregorian' }))).toEqual(['ابنخلدون1395'])
    expect(keys(corpus.findCitations({ year: 808, calendar: 'lunar-hijri' }))).toEqual(['ابنخلدون1395'])
    expect(corpus.works().find((work) => work.key === 'hobbes1996')).toMatchObject({ year: 1996, original: { year: 1651, calendar: 'gregorian' } })
  })

  it('should resolve op. cit. only to the work of the author it names, and warn of the others', () => {
    expect(byRaw('op. cit., p. 3')).toMatchObject({ ibid: true, key: 'balancingandbandwagoning1987', pages: '3' })
    const warned = file.messages.filter((message) => message.ruleId === 'citation').map((message) => /`([^`]+)`/.exec(message.reason)?.[1])
    expect(warned).toEqual(['(Walt, op. cit.)', '(Waltz, op. cit.)', '(همان منبع، ص ۹)'])
    expect(byRaw('(Walt, op. cit.)')).toMatchObject({ ibid: true, key: '', authors: [], year: null })
  })
})

describe('invariants of undated works, ibid. and square brackets', () => {
  const pieces = [
    '(Smith, n.d.)', '(Smith, n.d.-a, n.d.-b)', '(Smith, in press)', '(Walt, 1987; Waltz, forthcoming)', 'Smith (n.d.)',
    '(نوری، بی‌تا)', '(نوری، زیر چاپ: ۱۲)', '(ibid.)', '(Ibid., p. 3)', '(همان: ۱۲)', '(همان چیزی که)', '[Walt, 1987: 12]',
    '[1]', '[Walt, 1987](u)', '(Walt, 1987a, 1987b)', 'Walt (1987)', '(Walt, 1987)', '(n.d. is short)', ' ', '  ', '\n\n',
    '. ', 'text ', 'متن ', '، ', '(', ')', '[', ']', ','
  ]
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))

  it('should map every citation back to its text and keep year, calendar, status and key consistent', () => {
    fc.assert(
      fc.property(text, (value) => {
        const citations = tagTextCitations(value)
        let lastWork: TaggedCitation | undefined
        for (const citation of citations) {
          expect(value.slice(citation.start, citation.end)).toBe(citation.raw)
          expect(citation.year === null).toBe(citation.calendar === null)
          expect(citation.key === '').toBe(citation.ibid === true && citation.authors.length === 0)
          if (citation.ibid) {
            // A resolved ibid. carries the key of the last work cited before it; never a later one.
            if (citation.key !== '') expect(citation.key).toBe(lastWork?.key)
          } else {
            expect(citation.year === null).toBe(citation.undated !== undefined)
            lastWork = citation
          }
        }
      }),
      { seed: 1402, numRuns: 2_000 }
    )
  })
})
