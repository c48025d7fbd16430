import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Corpus, namesMatch, nameSkeleton, parseArticle, type Article } from '../src/index.js'

const fixture = readFileSync(new URL('../../../test/fixtures/articles/bilingual-small.md', import.meta.url), 'utf8')

function withAlignment(article: Article): Article {
  return { ...article, alignments: [{ en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 1, source: 'curated' }] }
}

describe('Corpus.findCitations', () => {
  const article = withAlignment(parseArticle(fixture))
  const corpus = new Corpus([article])
  const ids = (hits: ReturnType<Corpus['findCitations']>) => hits.map((hit) => hit.segment.id)

  it('should find every sentence in either language citing an author and year', () => {
    expect(ids(corpus.findCitations({ author: 'Walt', year: 1987 }))).toEqual(['en-p1-s1', 'en-p1-s2', 'fa-p1-s1', 'fa-t1-r2-c2'])
  })

  it('should match authors case-, diacritic- and script-insensitively', () => {
    expect(ids(corpus.findCitations({ author: 'WALT', year: 1987 }))).toHaveLength(4)
    expect(ids(corpus.findCitations({ author: 'Schwéller' }))).toEqual(['en-p2-s1'])
    expect(ids(corpus.findCitations({ author: 'والت' }))).toEqual(['en-p1-s1', 'en-p1-s2', 'fa-p1-s1', 'fa-p2-s1', 'fa-t1-r2-c2'])
    expect(ids(corpus.findCitations({ author: 'Nouri' }))).toEqual(['fa-p2-s2'])
    expect(ids(corpus.findCitations({ author: 'Singer' }))).toEqual(['en-p2-s1'])
  })

  it('should map Solar Hijri and Gregorian years to each other', () => {
    expect(ids(corpus.findCitations({ author: 'Walt', year: 2008 }))).toEqual(['fa-p2-s1'])
    expect(ids(corpus.findCitations({ year: 1366, calendar: 'solar-hijri' }))).toEqual(['en-p1-s1', 'en-p1-s2', 'fa-p1-s1', 'fa-t1-r2-c2'])
    expect(ids(corpus.findCitations({ year: 2019 }))).toEqual(['fa-p2-s2'])
  })

  it('should look up by key, page and language', () => {
    expect(ids(corpus.findCitations({ key: 'walt1987', page: 3 }))).toEqual(['en-p1-s1', 'fa-p1-s1'])
    expect(ids(corpus.findCitations({ key: 'walt1987', lang: 'fa' }))).toEqual(['fa-p1-s1', 'fa-t1-r2-c2'])
    expect(corpus.findCitations({ key: 'nobody2000' })).toEqual([])
  })

  it('should return context and the aligned segments of the other language', () => {
    const [hit] = corpus.findCitations({ key: 'walt1987', lang: 'fa', page: 4 })
    expect(hit?.segment.id).toBe('fa-p1-s1')
    expect(hit?.aligned.map((segment) => segment.id)).toEqual(['en-p1-s1'])
    expect(hit?.context.after?.id).toBe('fa-p1-s2')
    expect(hit?.context.before).toBeNull()
  })

  it('should list the works cited with counts', () => {
    expect(corpus.works().map((work) => [work.key, work.count])).toEqual([
      ['walt1987', 4],
      ['krause-singer2001', 1],
      ['schweller1994', 1],
      ['نوری1398', 1],
      ['والت1387', 1]
    ])
  })

  it('should refuse duplicate article ids', () => {
    expect(() => new Corpus([article, article])).toThrow(/Duplicate article id/)
  })
})

describe('name skeletons', () => {
  it('should let Latin names meet their Persian spellings', () => {
    expect(namesMatch('Walt', 'والت')).toBe(true)
    expect(namesMatch('Schweller', 'شویلر')).toBe(true)
    expect(namesMatch('Mearsheimer', 'مرشایمر')).toBe(true)
    expect(namesMatch('Moshirzadeh', 'مشیرزاده')).toBe(true)
    expect(namesMatch('Walt', 'شویلر')).toBe(false)
    expect(nameSkeleton('Walt')).toBe(nameSkeleton('والت'))
  })
})
