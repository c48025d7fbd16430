/**
 * docs/tei.md shows excerpts of a real TEI document: this test regenerates them from
 * test/fixtures/articles/bilingual-small.md and fails when the docs differ (run with
 * UPDATE=1 to rewrite them, then review the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleToTei } from '../src/index.js'
import { loadArticle } from './helpers/articles.js'
import { repositoryRoot } from './helpers/schemas.js'

const docsPath = join(repositoryRoot, 'docs', 'tei.md')

/** The fixture with two alignments, the input of every excerpt. */
function exampleTei(): string {
  const article = loadArticle('test/fixtures/articles/bilingual-small.md')
  article.alignments = [
    { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 1, source: 'curated' },
    { en: ['en-p1-s2', 'en-p2-s1'], fa: ['fa-p1-s2'], score: 0.73, source: 'auto' }
  ]
  return articleToTei(article)
}

/** The lines of the n-th element named `name` (from its start tag to its end tag), dedented. */
function excerpt(xml: string, name: string, occurrence = 1): string {
  const lines = xml.split('\n')
  let seen = 0
  const start = lines.findIndex((line) => new RegExp(`^\\s*<${name}[\\s>/]`).test(line) && ++seen === occurrence)
  if (start < 0) throw new Error(`no <${name}> #${occurrence}`)
  const indent = (lines[start] ?? '').search(/\S/)
  let end = start
  if (!/\/>\s*$/.test(lines[start] ?? '') && !new RegExp(`</${name}>\\s*$`).test(lines[start] ?? '')) {
    end = lines.findIndex((line, index) => index > start && line.search(/\S/) === indent && line.trimStart().startsWith(`</${name}>`))
  }
  return lines
    .slice(start, end + 1)
    .map((line) => line.slice(indent))
    .join('\n')
}

const excerpts: Record<string, (xml: string) => string> = {
  titleStmt: (xml) => excerpt(xml, 'titleStmt'),
  textClass: (xml) => excerpt(xml, 'textClass'),
  front: (xml) => excerpt(xml, 'front'),
  body: (xml) => excerpt(xml, 'body'),
  bibl: (xml) => excerpt(xml, 'bibl', 4),
  alignment: (xml) => [excerpt(xml, 'linkGrp', 1), excerpt(xml, 'linkGrp', 2)].join('\n'),
  citation: (xml) => excerpt(xml, 'fs', 7),
  positions: (xml) => excerpt(xml, 'spanGrp').split('\n').slice(0, 4).concat('  …').join('\n')
}

const marker = /<!-- tei-example: (\w+) -->\n```xml\n(?:[\s\S]*?\n)??```/g

describe('docs/tei.md', () => {
  it('should show excerpts that the code writes today', () => {
    const xml = exampleTei()
    const docs = readFileSync(docsPath, 'utf8')
    const names = [...docs.matchAll(marker)].map((match) => match[1])
    expect(names.sort()).toEqual(Object.keys(excerpts).sort())
    const regenerated = docs.replace(marker, (_, name: string) => `<!-- tei-example: ${name} -->\n\`\`\`xml\n${excerpts[name]?.(xml)}\n\`\`\``)
    if (process.env.UPDATE) writeFileSync(docsPath, regenerated)
    expect(docs).toBe(regenerated)
  })
})
