import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { parse } from 'yaml'

/** A page of the site. */
export interface SitePage {
  /** Repository-relative path of the Markdown source (`docs/model.md`, `corpus/README.md`). */
  source: string
  /** File name in the output folder (`model.html`, `corpus.html`). */
  output: string
  /** Nav section it is listed under. */
  section: string
}

/** Where the nav order lives, relative to the repository root. */
export const navFile = 'docs/nav.yaml'

interface NavSection {
  section: string
  pages: string[]
}

/**
 * The pages of the documentation site in nav order: the sections and pages of
 * `docs/nav.yaml` whose files exist, then every other `docs/*.md` (so a page added on
 * any branch is published even before it is listed) under the last section.
 *
 * @param root Repository root.
 * @returns Pages, and the nav entries that name no file (to report).
 */
export function sitePages(root: string): { pages: SitePage[]; missing: string[] } {
  const nav = readNav(root)
  const pages: SitePage[] = []
  const missing: string[] = []
  const listed = new Set<string>()
  for (const { section, pages: entries } of nav) {
    for (const entry of entries) {
      const source = posix.normalize(posix.join('docs', entry))
      if (!existsSync(join(root, source))) {
        missing.push(entry)
        continue
      }
      listed.add(source)
      pages.push({ source, output: outputName(source), section })
    }
  }
  const lastSection = nav[nav.length - 1]?.section ?? 'More'
  const others = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
    .filter((source) => !listed.has(source))
  for (const source of others) pages.push({ source, output: outputName(source), section: lastSection })
  return { pages, missing }
}

/**
 * The output file of a Markdown source: `docs/x.md` → `x.html`, a folder's `README.md` →
 * `<folder>.html` (`corpus/README.md` → `corpus.html`).
 *
 * @param source Repository-relative path.
 */
export function outputName(source: string): string {
  if (source.startsWith('docs/')) return `${source.slice('docs/'.length, -'.md'.length).replace(/\//g, '-')}.html`
  if (posix.basename(source).toLowerCase() === 'readme.md') return `${posix.dirname(source).replace(/\//g, '-')}.html`
  return `${source.slice(0, -'.md'.length).replace(/\//g, '-')}.html`
}

function readNav(root: string): NavSection[] {
  const value: unknown = parse(readFileSync(join(root, navFile), 'utf8'))
  const sections = Array.isArray(value) ? value : []
  return sections.map((item: unknown, index) => {
    const record = (item ?? {}) as { section?: unknown; pages?: unknown }
    if (typeof record.section !== 'string' || !Array.isArray(record.pages) || !record.pages.every((page) => typeof page === 'string')) {
      throw new TypeError(`${navFile}: entry ${index + 1} needs \`section\` (text) and \`pages\` (a list of files)`)
    }
    return { section: record.section, pages: record.pages as string[] }
  })
}
