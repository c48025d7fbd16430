import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignArticle, goldAlignments, readAlignmentGold } from '@matn/align'
import { parseArticle, type Article } from '@matn/core'
import { VFile } from 'vfile'

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** The shared validation schemas (`MATN_SCHEMAS`, or `<repo>/../shared/schemas`), if present. */
export const schemasDir = process.env['MATN_SCHEMAS'] ?? fileURLToPath(new URL('../../../shared/schemas/', import.meta.url))

/** Parse a Markdown article of the repository. */
export function parseRepoArticle(path: string): Article {
  return parseArticle(new VFile({ path, value: readFileSync(`${repoRoot}${path}`, 'utf8') }))
}

/** The small bilingual fixture, with hand-made alignments: 1–1 curated, 1–1 auto, 2–1 auto and a 0–1 link. */
export function alignedFixture(): Article {
  const article = parseRepoArticle('test/fixtures/articles/bilingual-small.md')
  article.alignments = [
    { en: ['en-title'], fa: ['fa-title'], score: 1, source: 'curated' },
    { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 0.82, source: 'auto' },
    { en: ['en-p1-s2', 'en-p2-s1'], fa: ['fa-p1-s2'], score: 0.5, source: 'auto' },
    { en: [], fa: ['fa-p2-s3'], score: 0, source: 'auto' }
  ]
  return article
}

/**
 * Every article of the bundled corpus in id order, as `matn build` sees it: parsed, with the
 * curated links of its `alignment.json` followed by the automatic links (the same steps as
 * the CLI's `loadArticle`).
 */
export function corpusArticles(): Article[] {
  return readdirSync(`${repoRoot}corpus`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${repoRoot}corpus/${entry.name}/article.md`))
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const path = `corpus/${id}/article.md`
      const source = readFileSync(`${repoRoot}${path}`, 'utf8')
      const article = parseArticle(new VFile({ path, value: source }))
      const auto = alignArticle(article, { source })
      const goldPath = `corpus/${id}/alignment.json`
      const curated = existsSync(`${repoRoot}${goldPath}`)
        ? goldAlignments(readAlignmentGold(new VFile({ path: goldPath, value: readFileSync(`${repoRoot}${goldPath}`, 'utf8') }), article))
        : []
      article.alignments = [...curated, ...auto]
      return article
    })
}
