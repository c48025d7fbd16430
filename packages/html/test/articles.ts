import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Alignment, type Article } from '@matn/core'

/** Root of the repository. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * Alignment links set by hand, checked by reading both texts (the aligner lands later):
 * `en-p2-s1` and `fa-p1-s4` of rasooli-sani-1401 both ask the research question, the
 * abstract headings are «Abstract» and «چکیده», and so on.
 */
const handAlignments: Readonly<Record<string, Alignment[]>> = {
  'rasooli-sani-1401': [
    { en: ['en-h1'], fa: ['fa-h1'], score: 1, source: 'curated' },
    { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 0.71, source: 'auto' },
    { en: ['en-p2-s1'], fa: ['fa-p1-s4'], score: 1, source: 'curated' }
  ],
  'ghani-askarian-1400': [
    { en: ['en-h1'], fa: ['fa-h1'], score: 1, source: 'curated' },
    { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 0.64, source: 'auto' }
  ],
  'sample-alliance-1401': [
    { en: ['en-h1'], fa: ['fa-h1'], score: 1, source: 'curated' },
    { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 1, source: 'curated' },
    { en: ['en-p1-s2'], fa: ['fa-p2-s1'], score: 0.42, source: 'auto' }
  ],
  'hostile-content': [{ en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 0.5, source: 'auto' }]
}

function load(path: string): Article {
  const article = parseArticle(readFileSync(path), { path })
  article.alignments = handAlignments[article.id] ?? []
  return article
}

/** The bundled corpus (`corpus/*\/article.md`), with hand-set alignments. */
export function corpusArticles(): Article[] {
  const corpus = `${repoRoot}corpus/`
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${corpus}${entry.name}/article.md`)
    .sort()
    .map(load)
}

/** `test/fixtures/articles/bilingual-small.md`, with hand-set alignments. */
export function smallArticle(): Article {
  return load(`${repoRoot}test/fixtures/articles/bilingual-small.md`)
}

/**
 * `test/fixtures/articles/hostile.md`: every field holds markup, script, template and
 * `javascript:` injections; each would-be script sets `window.matnPwned`.
 */
export function hostileArticle(): Article {
  return load(`${repoRoot}test/fixtures/articles/hostile.md`)
}
