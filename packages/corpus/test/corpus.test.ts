import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadArticle } from '../../cli/src/lib/load-article.js'
import { corpusArticles, repoRoot } from '../../../test/helpers/articles.js'

const generated = fileURLToPath(new URL('../src/lib/corpus-data.ts', import.meta.url))
const built = existsSync(generated)
if (!built) console.warn(`Skipping @matn/corpus tests: ${generated} is made by its build (npx -y pnpm@10 -r run build)`)

describe.skipIf(!built)('@matn/corpus', async () => {
  const corpus = built ? await import('../src/index.js') : undefined

  it('should expose loadCorpus only', () => {
    expect(Object.keys(corpus ?? {}).sort()).toEqual(['loadCorpus'])
  })

  it('should hold the articles of corpus/ exactly as the CLI loader reads them now', async () => {
    const ids = corpusArticles().map((article) => article.id)
    const expected = await Promise.all(ids.map(async (id) => (await loadArticle(`${repoRoot}corpus/${id}/article.md`)).article))
    expect(corpus?.loadCorpus().articles).toEqual(expected)
  })

  it('should find the citing sentences of Walt 1987 in both languages', () => {
    const hits = corpus?.loadCorpus().findCitations({ author: 'Walt', year: 1987 }) ?? []
    expect(hits.some((hit) => hit.segment.lang === 'fa')).toBe(true)
    for (const hit of hits) {
      expect(hit.citation.key).toMatch(/^walt1987/)
      expect(hit.segment.citations).toContain(hit.citation.id)
      expect(hit.aligned.every((segment) => segment.lang !== hit.segment.lang)).toBe(true)
    }
  })

  it('should give a fresh Corpus on every call', () => {
    const first = corpus?.loadCorpus()
    const second = corpus?.loadCorpus()
    expect(first).not.toBe(second)
    expect(first?.articles[0]).not.toBe(second?.articles[0])
  })
})
