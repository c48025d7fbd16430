/**
 * Measure `writeHtml` on a large corpus: the bundled articles and the small fixture, each
 * copied N times under new ids (default 100 → 300 pages that all cite the same works).
 * Prints the time and the size written. Run: `npx -y pnpm@10 run bench:html [N]`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Article } from '@matn/core'
import { writeHtml } from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const copies = Number(process.argv[2] ?? 100)
const sources = [
  ...readdirSync(join(root, 'corpus'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'corpus', entry.name, 'article.md')),
  join(root, 'test/fixtures/articles/bilingual-small.md')
]
const base = sources.map((path) => parseArticle(readFileSync(path), { path }))
const articles: Article[] = Array.from({ length: copies }, (_, index) =>
  base.map((article) => ({ ...structuredClone(article), id: `${article.id}-${index}` }))
).flat()
const outDir = join(root, 'build/html-bench')
await rm(outDir, { recursive: true, force: true })
const start = performance.now()
const written = await writeHtml(articles, outDir)
const seconds = (performance.now() - start) / 1000
const bytes = written.reduce((sum, path) => sum + statSync(path).size, 0)
console.log(
  `${articles.length} articles: ${written.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
    `(${((bytes / 1e3) / articles.length).toFixed(0)} kB and ${((seconds * 1000) / articles.length).toFixed(1)} ms per article)`
)
