import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticle, type Article } from '@matn/core'
import { writeHtml } from '@matn/html'
import { buildApiReference, type ApiPackage } from './api-reference.js'
import { renderMarkdown } from './render-markdown.js'
import { docsStyle, layoutPage, type LaidOutPage } from './site-layout.js'
import { sitePages } from './site-pages.js'

/** Options of `buildDocs`. */
export interface BuildDocsOptions {
  /** Repository root. */
  readonly root: string
  /** Output folder (default `<root>/build/docs`). */
  readonly outDir?: string
  /** Whether to generate the TypeDoc API reference (default true; it is the slow part). */
  readonly api?: boolean
}

/** What `buildDocs` wrote. */
export interface BuiltDocs {
  outDir: string
  /** Pages in nav order. */
  pages: LaidOutPage[]
  /** Packages in the API reference. */
  apiPackages: ApiPackage[]
  /** Problems worth a look that do not stop the build (nav entries without a file, TypeDoc warnings). */
  warnings: string[]
}

/**
 * Build the documentation site: every page of `docs/nav.yaml` and every other `docs/*.md`,
 * the corpus card, the API reference (TypeDoc) in `api/`, and the corpus rendered by
 * `@matn/html` in `viewer/` (the example of the HTML export, whose fonts the docs share).
 *
 * @param options Root, output folder, whether to build the API reference.
 * @returns What was written.
 */
export async function buildDocs(options: Readonly<BuildDocsOptions>): Promise<BuiltDocs> {
  const { root } = options
  const outDir = options.outDir ?? join(root, 'build/docs')
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  const { pages, missing } = sitePages(root)
  const warnings = missing.map((entry) => `docs/nav.yaml lists \`${entry}\`, which does not exist (yet)`)
  const outputs = new Map(pages.map((page) => [page.source, page.output]))
  const rendered = await Promise.all(
    pages.map(async (page) => ({ page, ...renderMarkdown(await readFile(join(root, page.source), 'utf8'), page.source, (source) => outputs.get(source)) }))
  )
  const laidOut = rendered.map(({ page, title }) => ({ ...page, title }))
  for (const [index, { html }] of rendered.entries()) {
    const page = laidOut[index] as LaidOutPage
    await writeFile(join(outDir, page.output), layoutPage(page, html, laidOut))
  }
  await writeFile(join(outDir, 'docs.css'), docsStyle)
  const corpus = await corpusArticles(root)
  await writeHtml(corpus, join(outDir, 'viewer'))
  let apiPackages: ApiPackage[] = []
  if (options.api !== false) {
    const api = await buildApiReference(root, join(outDir, 'api'))
    apiPackages = api.packages
    warnings.push(...api.warnings)
  }
  return { outDir, pages: laidOut, apiPackages, warnings }
}

async function corpusArticles(root: string): Promise<Article[]> {
  const entries = await readdir(join(root, 'corpus'), { withFileTypes: true })
  const files = entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, 'corpus', entry.name, 'article.md')).sort()
  return Promise.all(files.map(async (path) => parseArticle(await readFile(path), { path })))
}
