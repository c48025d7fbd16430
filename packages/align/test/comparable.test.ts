import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { parseArticle } from '@matn/core'
import { describe, expect, it } from 'vitest'
import { alignArticle, alignComparable, harvestGlosses } from '../src/index.js'

const seed = 20261122
const source = readFileSync(new URL('../../../corpus/ghani-askarian-1400/article.md', import.meta.url), 'utf8')

describe('alignComparable', () => {
  it('should link English sentences to Persian ones anywhere, and mark those with no counterpart', () => {
    const en = [
      'Russia and Iran formed a coalition in the Syrian crisis.',
      'The weather was pleasant that spring.',
      'Walt (1987) defined the balance of threat.'
    ]
    const fa = [
      'نظریۀ موازنۀ تهدید را والت (1987) تعریف کرد.',
      'اقتصاد جهانی در حال تغییر است.',
      'روسیه و ایران در بحران سوریه ائتلاف کردند.'
    ]
    const links = alignComparable(en, fa).map((link) => `${link.en.join(',')}-${link.fa.join(',')}`)
    expect(links).toEqual(['0-2', '1-', '2-0'])
  })

  it('should only reference existing sentences and list every English sentence once (property)', () => {
    const words = ['Iran', 'Russia', 'alliance', 'threat', 'policy', '2015', 'Walt', 'the']
    const persian = ['ایران', 'روسیه', 'اتحاد', 'تهدید', 'سیاست', '۲۰۱۵', 'والت', 'و']
    const sentences = (pool: string[]) => fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 10 }).map((list) => list.join(' ')), { maxLength: 15 })
    fc.assert(
      fc.property(sentences(words), sentences(persian), (en, fa) => {
        const links = alignComparable(en, fa)
        expect(links.flatMap((link) => link.en)).toEqual(en.map((_, k) => k))
        for (const link of links) for (const f of link.fa) expect(f >= 0 && f < fa.length).toBe(true)
      }),
      { seed, numRuns: 40 }
    )
  })
})

describe('alignArticle', () => {
  const article = parseArticle(source)
  const ids = new Set(article.segments.map((segment) => segment.id))

  it('should harvest each footnote gloss with the Persian term before its marker', () => {
    const glosses = harvestGlosses(article, source)
    expect(glosses.map((gloss) => [gloss.gloss, gloss.term])).toContainEqual(['John Mearsheimer', 'جان مرشایمر'])
    expect(glosses.map((gloss) => [gloss.gloss, gloss.term])).toContainEqual(['Coalition', 'ائتلاف'])
    expect(harvestGlosses(article).every((gloss) => gloss.term === undefined)).toBe(true)
  })

  it('should return automatic links that reference existing segments of the right language', () => {
    const links = alignArticle(article, { source })
    expect(links.length).toBeGreaterThan(30)
    for (const link of links) {
      expect(link.source).toBe('auto')
      for (const id of link.en) expect(ids.has(id) && !id.startsWith('fa-')).toBe(true)
      for (const id of link.fa) expect(ids.has(id) && id.startsWith('fa-')).toBe(true)
    }
    const english = links.filter((link) => link.en.some((id) => /^en-p/.test(id))).flatMap((link) => link.en)
    expect(new Set(english).size).toBe(english.length)
  })

  it('should pair the keywords, the article’s glosses deciding between senses', () => {
    const keywords = alignArticle(article, { source }).filter((link) => link.en.some((id) => id.startsWith('en-kw')))
    const byEnglish = Object.fromEntries(keywords.map((link) => [link.en[0], link.fa[0]]))
    expect(byEnglish['en-kw1']).toBe('fa-kw3')
    expect(byEnglish['en-kw3']).toBe('fa-kw2')
  })
})
