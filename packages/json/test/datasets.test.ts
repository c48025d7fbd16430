import { existsSync, readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { MatnError, parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { countTranslationPairs, footnoteGlossary, segmentRows, toJsonLines, translationPairs, worksCited } from '../src/index.js'
import { alignedFixture, corpusArticles, parseRepoArticle, repoRoot, schemasDir } from '../../../test/helpers/articles.js'

const cslSchemaPath = `${schemasDir}/csl-data.json`
const hasCslSchema = existsSync(cslSchemaPath)
if (!hasCslSchema) console.warn(`Skipping CSL-JSON validation: ${cslSchemaPath} not found (set MATN_SCHEMAS)`)

describe('translationPairs', () => {
  it('should give one row per link with text on both sides, in the Hugging Face translation shape', () => {
    const rows = translationPairs(alignedFixture())
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(Object.keys(row)).toEqual(['translation', 'article', 'link', 'source', 'score'])
    expect(rows[0]).toEqual({
      translation: { en: 'Balance of Threat and Bandwagoning', fa: 'موازنهٔ تهدید و سیاست دنباله‌روی' },
      article: 'sample-alliance-1401',
      link: { en: ['en-title'], fa: ['fa-title'] },
      source: 'curated',
      score: 1
    })
    expect(rows[2]?.translation.en).toBe(
      "Walt (1987) calls this balancing. Schweller's narrative is a suitable narrative for explaining Iran's policy towards Russia (Schweller 1994: 84; Krause and Singer, 2001: 13)."
    )
    expect(rows[2]).toMatchObject({ source: 'auto', score: 0.5, link: { en: ['en-p1-s2', 'en-p2-s1'], fa: ['fa-p1-s2'] } })
    expect(countTranslationPairs(alignedFixture())).toEqual({ pairs: 3, oneSided: 1 })
  })

  it('should fail loudly on a link to an unknown segment', () => {
    const article = alignedFixture()
    article.alignments.push({ en: ['en-p9-s9'], fa: ['fa-title'], score: 1, source: 'auto' })
    expect(() => translationPairs(article)).toThrow(MatnError)
    expect(() => translationPairs(article)).toThrow(/alignment 4 names the unknown segment `en-p9-s9`/)
  })
})

describe('toJsonLines', () => {
  it('should write one well-formed JSON value per line, whatever the text holds', () => {
    const rows = [{ text: 'a\nb\r\u2028c\u2029\u0085\v\f\u001c' }, { text: 'lone \uD800 surrogate' }, { text: ']]> & <' }]
    const text = toJsonLines(rows)
    // Every line break Python's str.splitlines knows, not only \n.
    const lines = text.split(/\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/)
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
    expect(lines.slice(0, 3).map((line) => JSON.parse(line))).toEqual(rows)
    expect(text).toContain('\\ud800')
    expect(text).toContain('\\u2028c\\u2029\\u0085')
    expect(toJsonLines([])).toBe('')
  })
})

describe('segmentRows', () => {
  it('should give one row per segment with its citations located in its text', () => {
    for (const article of corpusArticles()) {
      const rows = segmentRows(article)
      expect(rows.map((row) => row.id)).toEqual(article.segments.map((segment) => segment.id))
      const carried = rows.flatMap((row) => row.citations.map((citation) => ({ row, citation })))
      expect(carried).toHaveLength(article.citations.length)
      for (const { row, citation } of carried) {
        expect(citation.start, citation.id).not.toBeNull()
        expect(row.text.slice(citation.start ?? 0, citation.end ?? 0)).toBe(citation.raw)
      }
    }
  })

  it('should carry the original date of a reprint and the title-as-author mark, and leave them out elsewhere', () => {
    const article = parseRepoArticle('test/fixtures/articles/reprints.md')
    const carried = segmentRows(article).flatMap((row) => row.citations)
    expect(carried).toHaveLength(article.citations.length)
    const byId = new Map(article.citations.map((citation) => [citation.id, citation]))
    for (const citation of carried) {
      const source = byId.get(citation.id)
      expect(citation.original, citation.raw).toEqual(source?.original)
      expect(citation.titleAsAuthor, citation.raw).toBe(source?.titleAsAuthor)
    }
    expect(carried.some((citation) => citation.original !== undefined)).toBe(true)
    expect(carried.some((citation) => citation.titleAsAuthor === true)).toBe(true)
    expect(carried.some((citation) => citation.original === undefined && citation.titleAsAuthor === undefined)).toBe(true)
  })

  it('should locate a citation printed across a line break in the text, where it reads with one space', () => {
    const article = alignedFixture()
    const citation = article.citations[0] as (typeof article.citations)[number]
    citation.raw = '(Walt,\n1987: 3-4)'
    const [row] = segmentRows(article)
      .filter((candidate) => candidate.id === citation.segment)
    expect(row?.citations[0]).toMatchObject({ raw: '(Walt,\n1987: 3-4)' })
    expect(row?.text.slice(row.citations[0]?.start ?? 0, row.citations[0]?.end ?? 0)).toBe('(Walt, 1987: 3-4)')
  })
})

describe('footnoteGlossary', () => {
  it('should pair each short foreign-language footnote of the corpus with the term its marker follows', () => {
    const entries = corpusArticles().flatMap(footnoteGlossary)
    const pairs = entries.map((entry) => [entry.footnote, entry.translation.en, entry.translation.fa, entry.extent])
    // Reviewed against corpus/*/article.md: the marker follows the term it glosses.
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['234-1', 'John Mearsheimer', 'جان مرشایمر', 'words'],
        ['236-1', 'Coalition', 'ائتلاف', 'quoted'],
        ['236-2', 'Alliance', 'اتحاد', 'quoted'],
        ['237-1', 'Varen F. Kimball', 'وارن اف کیمبال', 'words'],
        ['237-2', 'Hans Morgenthau', 'هانس مورگنتا', 'words'],
        ['238-1', 'Defensive Realism', 'نوواقع‌گرایی تدافعی', 'words'],
        ['239-1', 'ANZUS', 'آنزوس', 'words'],
        ['185-4', 'Aggressive Intentions', 'هدف‌های تهاجمی', 'words']
      ])
    )
    // Footnotes whose text is missing from the source are not glossary entries.
    expect(entries.map((entry) => entry.footnote)).not.toContain('185-1')
    for (const entry of entries) expect(entry.context).toContain(entry.translation.fa)
  })

  it('should skip footnotes in the language of their sentence and long notes', () => {
    const article = alignedFixture()
    expect(footnoteGlossary(article)).toEqual([
      {
        translation: { en: 'Stephen Walt', fa: 'والت' },
        article: 'sample-alliance-1401',
        footnote: '180-1',
        segment: 'fa-p2-s1',
        context: article.segments.find((segment) => segment.id === 'fa-p2-s1')?.text,
        extent: 'words'
      }
    ])
    const footnote = article.footnotes[0] as (typeof article.footnotes)[number]
    footnote.text = 'Stephen Walt wrote this in a book that is long enough to be a note'
    expect(footnoteGlossary(article)).toEqual([])
    footnote.text = 'استفن والت'
    footnote.lang = 'fa'
    expect(footnoteGlossary(article)).toEqual([])
  })
})

describe('worksCited', () => {
  it.skipIf(!hasCslSchema)('should give CSL-JSON valid against the CSL-JSON 1.0 input schema', () => {
    const schema = JSON.parse(readFileSync(cslSchemaPath, 'utf8')) as object
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema)
    const articles = [
      ...corpusArticles(),
      alignedFixture(),
      parseRepoArticle('test/fixtures/articles/undated-ibid.md'),
      parseRepoArticle('test/fixtures/articles/reprints.md')
    ]
    const items = worksCited(articles)
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true)
    expect(validate([{ id: 'x', type: 'not-a-type' }])).toBe(false)
  })

  it('should split authors into the CSL name parts the citation gives, and keep groups as literals', () => {
    const items = worksCited([parseRepoArticle('test/fixtures/articles/author-names.md')])
    expect(Object.fromEntries(items.map((item) => [item.id, item.author]))).toEqual({
      achebe1958: [{ family: 'Achebe', given: 'Chinua' }],
      detocqueville1835: [{ family: 'Tocqueville', given: 'Alexis', 'non-dropping-particle': 'de' }],
      nye1990: [{ family: 'Nye', given: 'Joseph S.', suffix: 'Jr.' }],
      nye2004: [{ family: 'Nye', given: 'Joseph S.', suffix: 'Jr.', 'comma-suffix': true }],
      smith1987: [{ family: 'Smith', given: 'J.' }],
      vanderberg2001: [{ family: 'Berg', 'non-dropping-particle': 'van der' }],
      vonmises1949: [{ family: 'Mises', given: 'Ludwig', 'non-dropping-particle': 'von' }],
      russiarusandiranirntrade2021: [{ literal: 'Russia (RUS) and Iran (IRN) Trade' }],
      usenergyinformationadministration2021: [{ literal: 'U.S. Energy Information Administration' }],
      wang2011: [{ family: 'Wang', given: 'Jisi', 'static-ordering': true }],
      worldbank2019: [{ literal: 'World Bank' }],
      امیراحمدی1390: [{ family: 'امیر احمدی' }],
      'رحیمی-قاسمی1399': [
        { family: 'رحیمی', given: 'فرزانه' },
        { family: 'قاسمی', given: 'سپهر' }
      ],
      سازمانبرنامهوبودجه1398: [{ literal: 'سازمان برنامه و بودجه' }],
      سریعالقلم1390: [{ family: 'سریع‌القلم', given: 'محمود' }],
      مشیرزاده1393: [{ family: 'مشیرزاده' }]
    })
    if (!hasCslSchema) return
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(cslSchemaPath, 'utf8')) as object)
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true)
  })

  it('should give a work cited by its title in the author position a title and no author', () => {
    const source = readFileSync(`${repoRoot}test/fixtures/articles/reprints.md`, 'utf8')
    // A Persian title in guillemets, and a quotation in quotes that is not a title.
    const markdown = source.replace(/<\/div>\s*$/, 'این کتاب رایج است («درآمدی بر جامعه‌شناسی»، ۱۳۹۸: ۱۲).\n\n</div>\n')
    const article = parseArticle(new VFile({ path: 'titles.md', value: markdown }))
    const items = worksCited([article])
    const byId = new Map(items.map((item) => [item.id, item]))
    const english = byId.get('balancingandbandwagoning1987')
    expect(english).toMatchObject({ title: 'Balancing and Bandwagoning', issued: { 'date-parts': [[1987]] }, language: 'en' })
    expect(english && 'author' in english).toBe(false)
    // `(“Balancing and Bandwagoning,” 1987)` and the `op. cit., p. 3` after it.
    expect(english?.custom.matn.citedAt.map((place) => place.pages)).toEqual([null, '3'])
    const persian = byId.get('درامدیبرجامعهشناسی1398')
    expect(persian).toMatchObject({ title: 'درآمدی بر جامعه‌شناسی', issued: { literal: '1398' }, language: 'fa' })
    expect(persian && 'author' in persian).toBe(false)
    // Works cited by their authors keep them, and have no title.
    for (const item of items.filter((item) => item !== english && item !== persian)) {
      expect(item.author?.length, item.id).toBeGreaterThan(0)
      expect('title' in item, item.id).toBe(false)
    }
    if (!hasCslSchema) return
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(cslSchemaPath, 'utf8')) as object)
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true)
  })

  it('should date a reprint by the edition cited, with its original-date, in either calendar', () => {
    const byId = new Map(worksCited([parseRepoArticle('test/fixtures/articles/reprints.md')]).map((item) => [item.id, item]))
    expect(byId.get('freud1999')).toMatchObject({ issued: { 'date-parts': [[1999]] }, 'original-date': { 'date-parts': [[1900]] } })
    expect(byId.get('ابنخلدون1395')).toMatchObject({ issued: { literal: '1395' }, 'original-date': { literal: '808' } })
    expect(byId.get('walt1987') && 'original-date' in (byId.get('walt1987') as object)).toBe(false)
  })

  it('should leave out the date of an undated work, give its status, and list an ibid. under its work', () => {
    const article = parseRepoArticle('test/fixtures/articles/undated-ibid.md')
    const items = worksCited([article])
    const byId = new Map(items.map((item) => [item.id, item]))
    const undated = byId.get('smith-nd')
    expect(undated).toBeDefined()
    expect(undated && 'issued' in undated).toBe(false)
    expect(undated?.custom.matn).toMatchObject({ calendar: null, undated: 'no-date' })
    // `(Smith, n.d.)` and the `(ibid., p. 12)` after it.
    expect(undated?.custom.matn.citedAt.map((place) => place.pages)).toEqual([null, '12'])
    expect(byId.get('smith-inpress')).toMatchObject({ status: 'in press', custom: { matn: { undated: 'in-press' } } })
    expect(byId.get('نوری-inpress')).toMatchObject({ status: 'in press', language: 'fa' })
    // An ibid. that refers to no work is listed nowhere.
    expect(byId.has('')).toBe(false)
    const unresolved = article.citations.filter((citation) => citation.key === '').length
    expect(unresolved).toBe(2)
    expect(items.reduce((sum, item) => sum + item.custom.matn.citedAt.length, 0)).toBe(article.citations.length - unresolved)
  })

  it('should give one item per work with every place it is cited', () => {
    const articles = corpusArticles()
    const items = worksCited(articles)
    const keys = new Set(articles.flatMap((article) => article.citations.map((citation) => citation.key)))
    expect(items.map((item) => item.id)).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(items.reduce((sum, item) => sum + item.custom.matn.citedAt.length, 0)).toBe(
      articles.reduce((sum, article) => sum + article.citations.length, 0)
    )
    const walt = items.find((item) => item.id === 'walt1987')
    expect(walt).toMatchObject({ type: 'document', author: [{ family: 'Walt' }], issued: { 'date-parts': [[1987]] }, language: 'en' })
  })

  it('should keep a Solar Hijri year as a literal and a corporate author as a literal name', () => {
    const article = alignedFixture()
    const items = worksCited([article])
    const solar = items.filter((item) => item.custom.matn.calendar === 'solar-hijri')
    expect(solar.map((item) => [item.author, item.issued, item.language])).toEqual([
      [[{ family: 'نوری' }], { literal: '1398' }, 'fa'],
      [[{ family: 'والت' }], { literal: '1387' }, 'fa']
    ])
    const citation = article.citations[0] as (typeof article.citations)[number]
    citation.authors = ['The Meeting of the President of Russia']
    citation.key = 'the-meeting2022'
    expect(worksCited([article]).find((item) => item.id === 'the-meeting2022')?.author).toEqual([
      { literal: 'The Meeting of the President of Russia' }
    ])
  })
})
