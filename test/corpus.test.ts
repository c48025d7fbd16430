import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { Corpus, parseArticle, type Article } from '@matn/core'

const corpusDir = new URL('../corpus/', import.meta.url)
const entries = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/article.md`, corpusDir)))
  .map((entry) => entry.name)
  .sort()

function load(id: string): { article: Article; file: VFile } {
  const path = new URL(`${id}/article.md`, corpusDir)
  const file = new VFile({ path: `corpus/${id}/article.md`, value: readFileSync(path, 'utf8') })
  return { article: parseArticle(file), file }
}

describe('the bundled corpus', () => {
  it('should have both source articles', () => {
    expect(entries).toEqual(['ghani-askarian-1400', 'rasooli-sani-1401'])
  })

  for (const id of entries) {
    describe(id, () => {
      const { article } = load(id)

      it('should keep the raw source byte for byte (sha256 in the front matter)', () => {
        const bytes = readFileSync(new URL(`${id}/source.txt`, corpusDir))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(article.meta.source?.['sha256'])
      })

      it('should have keywords in both languages and dates in both calendars', () => {
        expect(article.meta.keywords.fa.length).toBeGreaterThan(0)
        expect(article.meta.keywords.fa).toHaveLength(article.meta.keywords.en.length)
        expect(article.meta.received?.gregorian).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(article.meta.accepted?.gregorian).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      })

      it('should hold no damaged letter: Arabic ي ك ة, kashida, presentation forms, mirrored citations', () => {
        for (const segment of article.segments) {
          expect(segment.text, segment.id).not.toMatch(/[\u064A\u0643\u0629\u0640\uFB50-\uFDFF\uFE70-\uFEFC\uFFFD]/)
        }
        expect(article.citations.filter((citation) => citation.mirrored)).toEqual([])
      })

      it('should have an English abstract, a Persian body and printed pages', () => {
        expect(article.segments.some((segment) => segment.kind === 'abstract' && segment.lang === 'en')).toBe(true)
        expect(article.segments.some((segment) => segment.kind === 'abstract' && segment.lang === 'fa')).toBe(true)
        const body = article.segments.filter((segment) => segment.kind === 'sentence' && segment.lang === 'fa')
        expect(body.length).toBeGreaterThan(100)
        expect(body.every((segment) => segment.page !== null)).toBe(true)
      })

      it('should attach every footnote to a marker', () => {
        expect(article.footnotes.length).toBeGreaterThan(0)
        for (const footnote of article.footnotes) expect(footnote.segment, footnote.label).not.toBeNull()
      })
    })
  }

  it('should tag the 68 citations of the two articles (the count in the corpus issue)', () => {
    const articles = entries.map((id) => load(id).article)
    expect(articles.reduce((sum, article) => sum + article.citations.length, 0)).toBe(68)
    const corpus = new Corpus(articles)
    const hits = corpus.findCitations({ author: 'Walt', year: 1987 })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.citation.key.startsWith('walt1987'))).toBe(true)
  })
})

/** The statistics row of one article as the corpus card (`corpus/README.md`) prints it. */
function statisticsRow(id: string, article: Article): string {
  const segments = article.segments
  const count = (kind: string, lang?: string): number =>
    segments.filter((segment) => segment.kind === kind && (lang === undefined || segment.lang === lang)).length
  const tokenKinds = new Set(['abstract', 'heading', 'sentence', 'footnote', 'cell'])
  const tokens = (lang: string): number =>
    segments
      .filter((segment) => segment.lang === lang && tokenKinds.has(segment.kind))
      .reduce((sum, segment) => sum + segment.text.split(/\s+/u).filter(Boolean).length, 0)
  const narrative = article.citations.filter((citation) => citation.kind === 'narrative').length
  const pages = new Set(segments.map((segment) => segment.page).filter((page) => page !== null)).size
  return [
    id,
    count('abstract', 'en'),
    count('abstract', 'fa') + count('sentence', 'fa'),
    count('heading'),
    count('cell'),
    tokens('en'),
    tokens('fa'),
    `${article.citations.length} (${narrative} narrative)`,
    article.footnotes.length,
    pages,
  ].join(' | ')
}

describe('the corpus card', () => {
  it('should print the statistics of the parsed articles', () => {
    const card = readFileSync(new URL('README.md', corpusDir), 'utf8')
    for (const id of entries) {
      const printed = card.split('\n').find((line) => line.startsWith(`| ${id} | `) && line.includes('narrative'))
      expect(printed, `${id}: no statistics row in corpus/README.md`).toBeDefined()
      expect(printed, 'corpus/README.md').toBe(`| ${statisticsRow(id, load(id).article)} |`)
    }
  })

  it('should print the counts of the curated alignment links', () => {
    const card = readFileSync(new URL('README.md', corpusDir), 'utf8')
    for (const id of entries) {
      const gold = JSON.parse(readFileSync(new URL(`${id}/alignment.json`, corpusDir), 'utf8')) as {
        links: Array<{ kind: string; en: string[]; fa: string[] }>
      }
      const count = (kind: string): number => gold.links.filter((link) => link.kind === kind).length
      const title = gold.links.find((link) => link.kind === 'title')
      const titleCell = title === undefined ? 'none' : title.en.length === 0 ? 'no English title (null link)' : 'linked'
      const row = `| ${id} | ${count('sentence')} | ${count('keyword')} | ${count('gloss')} | ${titleCell} |`
      expect(card.split('\n'), 'corpus/README.md').toContain(row)
    }
  })
})
