/**
 * The documentation site: built to build/docs/ as in CI, then checked page by page.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { parse } from 'yaml'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiPackages, buildDocs, checkTypeExamples, codeExamples, nonSetupLines, rewriteHref, sitePages, type BuiltDocs } from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const coreBuilt = existsSync(join(root, 'packages/core/dist/index.d.ts'))
let site: BuiltDocs

describe('the documentation site', () => {
  beforeAll(async () => {
    site = await buildDocs({ root })
  }, 180_000)

  it('should publish every docs/*.md and the corpus card, in the order of docs/nav.yaml', () => {
    const sources = site.pages.map((page) => page.source)
    const docs = (sitePages(root).pages.map((page) => page.source))
    expect(sources).toEqual(docs)
    expect(sources).toContain('corpus/README.md')
    for (const page of site.pages) expect(existsSync(join(site.outDir, page.output)), page.output).toBe(true)
    // Listed pages come in the listed order.
    const nav = (parse(readFileSync(join(root, 'docs/nav.yaml'), 'utf8')) as Array<{ pages: string[] }>).flatMap((section) => section.pages)
    const listed = nav.map((entry) => join('docs', entry).replace(/^docs\/\.\.\//, '')).filter((source) => sources.includes(source))
    expect(sources.slice(0, listed.length)).toEqual(listed)
    expect(site.pages[0]?.output).toBe('index.html')
  })

  it('should resolve every link of every page', () => {
    for (const page of site.pages) {
      const tree = fromHtml(readFileSync(join(site.outDir, page.output), 'utf8'))
      for (const link of selectAll('a[href]', tree)) {
        const href = String(link.properties['href'])
        if (/^[a-z]+:/i.test(href)) continue
        const [path = '', anchor] = href.split('#')
        const target = path === '' ? join(site.outDir, page.output) : join(site.outDir, decodeURI(path))
        expect(existsSync(target), `${page.output}: ${href}`).toBe(true)
        if (anchor && target.endsWith('.html') && target.startsWith(site.outDir)) {
          const ids = selectAll('[id]', fromHtml(readFileSync(target, 'utf8'))).map((element) => element.properties['id'])
          expect(ids, `${page.output}: ${href}`).toContain(decodeURIComponent(anchor))
        }
      }
    }
  })

  it('should render Markdown safely, with Persian blocks right to left', () => {
    const format = fromHtml(readFileSync(join(site.outDir, 'format.html'), 'utf8'))
    // The format page quotes HTML in code blocks: it stays text.
    expect(selectAll('main div', format)).toEqual([])
    expect(toString(selectAll('pre', format)[1] as Element)).toContain('<div lang="fa" dir="rtl">')
    const corpus = fromHtml(readFileSync(join(site.outDir, 'corpus.html'), 'utf8'))
    expect(toString(selectAll('h1', corpus)[0] as Element)).toBe('matn corpus card')
    const persianCells = selectAll('td[lang="fa"][dir="rtl"]', corpus)
    expect(persianCells.length).toBeGreaterThan(0)
  })

  it('should generate the API reference of every public @matn package from TSDoc', () => {
    const names = apiPackages(root).map((item) => item.name)
    expect(names).toEqual(expect.arrayContaining(['@matn/core', '@matn/html', '@matn/cli']))
    expect(names).not.toContain('@matn/docs')
    expect(site.apiPackages.map((item) => item.name)).toEqual(names)
    const index = readFileSync(join(site.outDir, 'api/index.html'), 'utf8')
    for (const name of names) expect(index).toContain(name)
    const functions = join(site.outDir, 'api/functions')
    for (const symbol of ['_matn_core.parseArticle', '_matn_html.writeHtml', '_matn_html.renderArticle']) {
      const page = join(functions, `${symbol}.html`)
      expect(existsSync(page), symbol).toBe(true)
    }
    // The TSDoc text itself is there.
    expect(readFileSync(join(functions, '_matn_html.writeHtml.html'), 'utf8')).toContain('works offline from')
  })

  it('should ship the corpus viewer whose fonts the docs use', () => {
    expect(existsSync(join(site.outDir, 'viewer/index.html'))).toBe(true)
    const css = readFileSync(join(site.outDir, 'docs.css'), 'utf8')
    for (const [, url] of css.matchAll(/url\(([^)]+)\)/g)) expect(existsSync(join(site.outDir, url as string)), url).toBe(true)
  })
})

describe('docs tooling', () => {
  it('should classify code blocks', () => {
    const examples = codeExamples('```js\nx\n```\n\n```ts types\ninterface A {}\n```\n\n```sh norun\nnpm install @matn/core\n```\n\n```yaml\na: 1\n```\n', 'x.md')
    expect(examples.map((example) => [example.line, example.mode])).toEqual([[1, 'run'], [5, 'types'], [9, 'setup'], [13, 'data']])
  })

  it('should refuse commands other than setup in blocks that are not run', () => {
    const [example] = codeExamples('```sh norun\nnpm install @matn/core && rm -rf /\nnpx -y pnpm@10 test\n```\n', 'x.md')
    expect(nonSetupLines(example as never)).toEqual(['rm -rf /'])
    const [fuzz] = codeExamples('```sh norun\npnpm fuzz --minutes 31 --seed 20261122\npnpm fuzz --minutes 1; rm -rf /\n```\n', 'x.md')
    expect(nonSetupLines(fuzz as never)).toEqual(['pnpm fuzz --minutes 1; rm -rf /'])
  })

  it.skipIf(!coreBuilt)('should reject a type listing that drifts from the model', () => {
    const [wrong] = codeExamples('```ts types\ninterface Alignment {\n  en: string[]\n  fa: string[]\n  score: string\n  source: string\n}\n```\n', 'drift.md')
    const problems = checkTypeExamples([wrong as never], root)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems[0]?.message).toMatch(/Type 'false' is not assignable to type 'true'|not assignable/)
  })

  it('should rewrite links between pages and into the repository', () => {
    const pages = new Map([['docs/model.md', 'model.html'], ['corpus/README.md', 'corpus.html']])
    const pageOf = (source: string) => pages.get(source)
    expect(rewriteHref('model.md#ids', 'docs/format.md', pageOf)).toBe('model.html#ids')
    expect(rewriteHref('../docs/model.md', 'corpus/README.md', pageOf)).toBe('model.html')
    expect(rewriteHref('../corpus/README.md', 'docs/index.md', pageOf)).toBe('corpus.html')
    expect(rewriteHref('../packages/html/README.md', 'docs/index.md', pageOf)).toBe('../../packages/html/README.md')
    expect(rewriteHref('https://example.org/a.md', 'docs/index.md', pageOf)).toBe('https://example.org/a.md')
    expect(rewriteHref('#top', 'docs/index.md', pageOf)).toBe('#top')
    expect(rewriteHref('api/index.html', 'docs/index.md', pageOf)).toBe('api/index.html')
  })
})
