import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { countAlignment, scoreCounts, sumCounts, type AlignmentCounts } from '@matn/align'
import { run } from '@matn/cli'
import { describe, expect, it } from 'vitest'

const ids = ['ghani-askarian-1400', 'rasooli-sani-1401'] as const

interface Link {
  en: string[]
  fa: string[]
  score: number
  source: 'auto' | 'curated'
}

async function parse(id: string): Promise<{ segments: Array<{ id: string; lang: string; kind: string }>; alignments: Link[] }> {
  let stdout = ''
  let stderr = ''
  const path = fileURLToPath(new URL(`../corpus/${id}/article.md`, import.meta.url))
  const code = await run(['parse', path], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  expect(code).toBe(0)
  expect(stderr).not.toMatch(/alignment\.json/)
  return JSON.parse(stdout)
}

describe('matn parse on the corpus: curated and automatic alignments', () => {
  for (const id of ids) {
    it(`should return the curated links of ${id}/alignment.json and automatic links, all on existing segments`, async () => {
      const article = await parse(id)
      const gold = JSON.parse(readFileSync(new URL(`../corpus/${id}/alignment.json`, import.meta.url), 'utf8')) as { links: Array<{ kind: string; en: string[]; fa: string[] }> }
      const curated = article.alignments.filter((link) => link.source === 'curated')
      const auto = article.alignments.filter((link) => link.source === 'auto')
      expect(curated.map((link) => [link.en, link.fa])).toEqual(gold.links.map((link) => [link.en, link.fa]))
      expect(auto.length).toBeGreaterThan(20)
      const segments = new Map(article.segments.map((segment) => [segment.id, segment]))
      for (const link of article.alignments) {
        for (const en of link.en) expect(segments.get(en)?.lang).toBe('en')
        for (const fa of link.fa) expect(segments.get(fa)?.lang).toBe('fa')
      }
      const english = article.segments.filter((segment) => segment.lang === 'en' && segment.kind === 'abstract').map((segment) => segment.id)
      expect(auto.flatMap((link) => link.en).filter((en) => en.startsWith('en-p')).sort()).toEqual([...english].sort())
    })
  }

  it('should link the extended abstracts close to the curated gold (lax F1 measured 0.95 by pnpm align:eval; floor 0.85)', async () => {
    const counts: AlignmentCounts[] = []
    for (const id of ids) {
      const article = await parse(id)
      const sentence = (link: Link): boolean => link.en.some((en) => en.startsWith('en-p'))
      const gold = article.alignments.filter((link) => link.source === 'curated' && sentence(link))
      const auto = article.alignments.filter((link) => link.source === 'auto' && sentence(link))
      counts.push(countAlignment(gold, auto))
    }
    expect(scoreCounts(sumCounts(counts)).lax.f1).toBeGreaterThan(0.85)
  })
})
