import { readFileSync } from 'node:fs'
import { MatnError, parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { goldAlignments, readAlignmentGold } from '../src/index.js'

const corpus = (id: string, file: string): string => readFileSync(new URL(`../../../corpus/${id}/${file}`, import.meta.url), 'utf8')
const article = parseArticle(corpus('ghani-askarian-1400', 'article.md'))

function read(value: string): { error?: MatnError; file: VFile } {
  const file = new VFile({ path: 'alignment.json', value })
  try {
    readAlignmentGold(file, article)
    return { file }
  } catch (error) {
    return { error: error as MatnError, file }
  }
}

const valid = {
  article: 'ghani-askarian-1400',
  provenance: 'curated',
  links: [{ kind: 'sentence', en: ['en-p1-s1'], fa: ['fa-p1-s1', 'fa-p1-s2'] }]
}

describe('readAlignmentGold', () => {
  it('should read both corpus gold files without errors or warnings', () => {
    for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
      const file = new VFile({ path: `corpus/${id}/alignment.json`, value: corpus(id, 'alignment.json') })
      const gold = readAlignmentGold(file, parseArticle(corpus(id, 'article.md')))
      expect(file.messages).toEqual([])
      expect(gold.links.some((link) => link.kind === 'sentence')).toBe(true)
      expect(gold.links.some((link) => link.kind === 'keyword')).toBe(true)
      expect(gold.links.some((link) => link.kind === 'gloss')).toBe(true)
      const alignments = goldAlignments(gold)
      expect(alignments).toHaveLength(gold.links.length)
      expect(alignments.every((link) => link.source === 'curated' && link.score === 1)).toBe(true)
    }
  })

  it('should point at a segment id that does not exist, with line and column', () => {
    const text = JSON.stringify({ ...valid, links: [{ kind: 'sentence', en: ['en-p1-s1'], fa: ['fa-p99-s1'] }] }, null, 2)
    const { error } = read(text)
    expect(error).toBeInstanceOf(MatnError)
    expect(error?.code).toBe('E_ALIGNMENT')
    const offset = text.indexOf('"fa-p99-s1"')
    const line = text.slice(0, offset).split('\n').length
    const column = offset - text.lastIndexOf('\n', offset - 1)
    expect([error?.line, error?.column]).toEqual([line, column])
    expect(error?.message).toMatch(new RegExp(`^alignment.json:${line}:${column}: error: link 1: segment \`fa-p99-s1\` does not exist in the article`))
  })

  it('should report every problem at once: wrong side, wrong kind, duplicate English sentence', () => {
    const { error } = read(
      JSON.stringify({
        ...valid,
        links: [
          { kind: 'sentence', en: ['fa-p1-s1'], fa: ['fa-p1-s2'] },
          { kind: 'keyword', en: ['en-p1-s1'], fa: ['fa-kw1'] },
          { kind: 'sentence', en: ['en-p1-s2'], fa: [] },
          { kind: 'sentence', en: ['en-p1-s2'], fa: ['fa-p1-s3'] }
        ]
      })
    )
    expect(error?.messages.map((message) => message.ruleId)).toEqual(['alignment-segment', 'alignment-segment', 'alignment-duplicate'])
    expect(error?.message).toMatch(/`fa-p1-s1` is Persian, not English/)
    expect(error?.message).toMatch(/`en-p1-s1` is a abstract segment, which a keyword link cannot hold/)
    expect(error?.message).toMatch(/`en-p1-s2` is already in sentence link 3/)
  })

  it('should check that a gloss term is printed in its segments', () => {
    const { error } = read(
      JSON.stringify({ ...valid, links: [{ kind: 'gloss', en: ['fn1-s1'], fa: ['fa-p4-s1'], term: { en: 'John Mearsheimer', fa: 'کنت والتز' } }] })
    )
    expect(error?.message).toMatch(/the term “کنت والتز” is not in fa-p4-s1 \[matn:alignment-term\]/)
    const ok = read(JSON.stringify({ ...valid, links: [{ kind: 'gloss', en: ['fn1-s1'], fa: ['fa-p4-s1'], term: { en: 'john mearsheimer', fa: 'جان مرشایمر' } }] }))
    expect(ok.error).toBeUndefined()
  })

  it('should refuse malformed JSON, the wrong article and the wrong provenance', () => {
    const broken = read('{\n  "article": "ghani-askarian-1400",\n  "links": [,]\n}')
    expect(broken.error?.code).toBe('E_ALIGNMENT')
    expect(broken.error?.message).toMatch(/^alignment.json:3:\d+: error: Malformed JSON/)
    expect(read(JSON.stringify({ ...valid, article: 'other-1400' })).error?.message).toMatch(/`article` is "other-1400", but the article beside it is `ghani-askarian-1400`/)
    expect(read(JSON.stringify({ ...valid, provenance: 'auto' })).error?.message).toMatch(/`provenance` must be "curated"/)
    expect(read('[]').error?.message).toMatch(/must hold a JSON object/)
  })

  it('should warn when a checked segment no longer starts as it did (ids moved after an edit), and when English sentences are left out', () => {
    const { error, file } = read(JSON.stringify({ ...valid, check: { 'en-p1-s1': 'In the anarchic', 'fa-p1-s1': 'روسیه' } }))
    expect(error).toBeUndefined()
    const reasons = file.messages.map((message) => message.reason)
    expect(reasons.filter((reason) => /no longer starts with/.test(reason))).toHaveLength(1)
    expect(reasons.some((reason) => /English abstract sentence `en-p1-s2` is in no sentence link/.test(reason))).toBe(true)
    expect(file.messages.every((message) => message.fatal === false)).toBe(true)
  })
})
