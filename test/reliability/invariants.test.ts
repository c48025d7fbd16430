import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignArticle } from '@matn/align'
import { normalizePersian, parseArticle, type Article, type Lang } from '@matn/core'
import { articleToJson, readArticle } from '@matn/json'
import { articleToTei, teiToArticle } from '@matn/tei'
import { loadArticle } from '../../packages/cli/src/lib/load-article.js'
import {
  generatedArticle,
  paragraph,
  renderArticle,
  type GeneratedArticle
} from '../../packages/core/test/generated-articles.js'

/**
 * Invariants of the article model as property tests (fixed seed, fixed number of runs),
 * over generated bilingual Markdown and over the corpus. The span invariant (every
 * character of the body in exactly one segment) is in packages/core/test/parse-article.test.ts.
 */
const seed = 20261122
const deadline = 120_000

const corpusDir = new URL('../../corpus/', import.meta.url)
const corpus = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ id: entry.name, source: readFileSync(new URL(`${entry.name}/article.md`, corpusDir), 'utf8') }))

function parse(source: string): Article {
  return parseArticle(source)
}

/** The paragraphs of a generated article: where each is in the model, and its language number. */
function paragraphsOf(article: GeneratedArticle): Array<{ section: number; block: number; lang: Lang; number: number }> {
  const found: Array<{ section: number; block: number; lang: Lang; number: number }> = []
  const count: Record<Lang, number> = { fa: 0, en: 0 }
  article.sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      if (block.kind === 'paragraph') found.push({ section: sectionIndex, block: blockIndex, lang: section.lang, number: ++count[section.lang] })
    })
  })
  return found
}

/** What a segment and its citations are, by id: what must not change when another paragraph does. */
function byId(article: Article, skip: (id: string) => boolean): Map<string, unknown> {
  const result = new Map<string, unknown>()
  for (const segment of article.segments) {
    if (skip(segment.id)) continue
    // A footnote's section (and page) is that of its marker, which the edit may move.
    const section = segment.kind === 'footnote' ? null : segment.section
    result.set(segment.id, { kind: segment.kind, lang: segment.lang, text: segment.text, section, citations: segment.citations })
  }
  for (const citation of article.citations) {
    if (skip(citation.segment)) continue
    // An ibid. refers to the work cited before it, which may be in the edited paragraph
    // (documented in model.md): its key may change, its id and text may not.
    result.set(citation.id, { raw: citation.raw, key: citation.ibid ? 'ibid.' : citation.key, kind: citation.kind })
  }
  for (const footnote of article.footnotes) {
    result.set(`footnote ${footnote.n}`, { label: footnote.label, segments: footnote.segments, text: footnote.text })
  }
  return result
}

describe('ids', () => {
  it('should be unique and the same on every parse (generated and corpus)', () => {
    const check = (source: string): void => {
      const article = parse(source)
      const segmentIds = article.segments.map((segment) => segment.id)
      expect(new Set(segmentIds).size).toBe(segmentIds.length)
      const citationIds = article.citations.map((citation) => citation.id)
      expect(new Set(citationIds).size).toBe(citationIds.length)
      expect(new Set([...segmentIds, ...citationIds]).size).toBe(segmentIds.length + citationIds.length)
      expect(parse(source)).toStrictEqual(article)
    }
    for (const entry of corpus) check(entry.source)
    fc.assert(
      fc.property(generatedArticle, (generated) => check(renderArticle(generated).source)),
      { seed, numRuns: 100 }
    )
  }, deadline)

  it('should change only the edited paragraph’s ids when one paragraph is rewritten (generated)', () => {
    const withEdit = generatedArticle
      .filter((generated) => paragraphsOf(generated).length > 0)
      .chain((generated) => {
        const paragraphs = paragraphsOf(generated)
        return fc.tuple(
          fc.constant(generated),
          fc.integer({ min: 0, max: paragraphs.length - 1 }).chain((index) => {
            const target = paragraphs[index] as (typeof paragraphs)[number]
            const footnotes = generated.sections[target.section]?.footnotes.length ?? 0
            return fc.tuple(fc.constant(target), paragraph(target.lang, footnotes))
          })
        )
      })
    fc.assert(
      fc.property(withEdit, ([generated, [target, replacement]]) => {
        const edited: GeneratedArticle = {
          ...generated,
          sections: generated.sections.map((section, sectionIndex) =>
            sectionIndex === target.section
              ? { ...section, blocks: section.blocks.map((block, blockIndex) => (blockIndex === target.block ? replacement : block)) }
              : section
          )
        }
        const prefix = `${target.lang}-p${target.number}-`
        const inEdited = (id: string): boolean => id.startsWith(prefix)
        const before = parse(renderArticle(generated).source)
        const after = parse(renderArticle(edited).source)
        expect(byId(after, inEdited)).toStrictEqual(byId(before, inEdited))
      }),
      { seed, numRuns: 100 }
    )
  }, deadline)

  it('should change only the edited paragraph’s ids when a corpus paragraph is rewritten', () => {
    for (const entry of corpus) {
      const before = parse(entry.source)
      // Rewrite the text of each 10th body paragraph in turn (its first sentence's line).
      const sentences = before.segments.filter((segment) => segment.kind === 'sentence' && /-s1$/.test(segment.id))
      for (const first of sentences.filter((_, index) => index % 10 === 0)) {
        const { start, end } = first.position
        const edited = `${entry.source.slice(0, start.offset)}جملهٔ تازه‌ای نوشته شد. و یکی دیگر.${entry.source.slice(end.offset)}`
        const prefix = first.id.replace(/s1$/, '')
        const inEdited = (id: string): boolean => id.startsWith(prefix)
        const after = parse(edited)
        // Footnote markers of the rewritten sentence are gone: leave the footnotes out.
        const keep = (map: Map<string, unknown>) => new Map([...map].filter(([id]) => !id.startsWith('footnote ')))
        expect(keep(byId(after, inEdited)), `${entry.id} ${first.id}`).toStrictEqual(keep(byId(before, inEdited)))
      }
    }
  }, deadline)

  it('should, as documented, let a citation added in one paragraph make a Persian name elsewhere a narrative citation', () => {
    const head = '---\nid: x\ntitle: { fa: عنوان }\nauthors: [{ name: { fa: نویسنده } }]\n---\n\n<div lang="fa">\n\n'
    // Inside a clause, with no cue: only the citation elsewhere supports the name (a name
    // that opens the sentence is read without one).
    const later = 'این نظریه را والت (1387) گسترش داد.'
    const without = parse(`${head}دولت‌ها موازنه می‌کنند.\n\n${later}\n\n</div>\n`)
    const withCitation = parse(`${head}دولت‌ها موازنه می‌کنند (Walt, 1987).\n\n${later}\n\n</div>\n`)
    expect(without.citations.map((citation) => citation.id)).toEqual([])
    expect(withCitation.citations.map((citation) => [citation.id, citation.kind])).toEqual([
      ['fa-p1-s1-c1', 'parenthetical'],
      ['fa-p2-s1-c1', 'narrative']
    ])
    // Segment ids do not move.
    expect(withCitation.segments.map((segment) => segment.id)).toEqual(without.segments.map((segment) => segment.id))
  }, deadline)
})

describe('normalization', () => {
  const persian = 'اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهییكةۀـًٌٍَُِّ،؛؟«»۰۱۲۳۴۵۶۷۸۹٫ﺩﻭﻟﺖﻻ'
  const pieces = [...persian].map((character) => fc.constant(character))
  const mixedText = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.oneof(...pieces) },
        { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\u200C', '\u200C\u200C', '\u00A0') },
        { weight: 2, arbitrary: fc.constantFrom('\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C') },
        { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9.,'’:;()&-]{0,8}$/) },
        { weight: 2, arbitrary: fc.constantFrom('.', '!', ':', '(', ')', 'می', 'ها', 'های', 'تر', 'ای', 'نمی', '1987', '3-4') }
      ),
      { maxLength: 60 }
    )
    .map((parts) => parts.join(''))
  /**
   * The Latin runs of a text: what lies between Arabic-script characters, ZWNJ and « »,
   * trimmed, when it holds a Latin letter (`(Walt,  1987: 3-4)`).
   */
  const latinRuns = (text: string): string[] =>
    text
      .split(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC\u200C«»]+/)
      .map((run) => run.trim())
      .filter((run) => /[A-Za-z]/.test(run))
  const visibleAscii = (text: string): string => text.replace(/[^\x21-\x7E]/g, '')
  const withoutBidi = (text: string): string => text.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')

  it('should be idempotent and leave Latin runs untouched (generated)', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = normalizePersian(text)
        expect(normalizePersian(once)).toBe(once)
        // Persian digits become ASCII by default (`A۵` → `A5`): compare runs with them kept.
        // Bidi controls are removed everywhere: compare with the text without them.
        // Removing an Arabic-script character (kashida) may join two runs: each run of the
        // input is still in the output, and no visible ASCII character comes or goes.
        const kept = normalizePersian(text, { digits: 'keep' })
        expect(normalizePersian(kept, { digits: 'keep' })).toBe(kept)
        for (const run of latinRuns(withoutBidi(text))) expect(kept).toContain(run)
        expect(visibleAscii(kept)).toBe(visibleAscii(withoutBidi(text)))
      }),
      { seed, numRuns: 3000 }
    )
  }, deadline)

  it('should be idempotent and leave Latin runs untouched on every corpus segment', () => {
    for (const entry of corpus) {
      for (const segment of parse(entry.source).segments) {
        expect(normalizePersian(segment.norm), segment.id).toBe(segment.norm)
        for (const run of latinRuns(withoutBidi(segment.text))) expect(segment.norm, segment.id).toContain(run)
      }
    }
  }, deadline)
})

describe('JSON', () => {
  it('should give back the same article after JSON.stringify and JSON.parse (generated and corpus)', () => {
    const roundTrip = (source: string): void => {
      const article = parse(source)
      expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article)
    }
    for (const entry of corpus) roundTrip(entry.source)
    fc.assert(
      fc.property(generatedArticle, (generated) => roundTrip(renderArticle(generated).source)),
      { seed, numRuns: 100 }
    )
  }, deadline)
})

/** The article of a generated source, with the automatic links of the aligner. */
function alignedGenerated(generated: GeneratedArticle): Article {
  const { source } = renderArticle(generated)
  const article = parse(source)
  article.alignments = alignArticle(article, { source })
  return article
}

describe('alignment', () => {
  it('should only link existing segments of the right language, each English sentence once (generated)', () => {
    fc.assert(
      fc.property(generatedArticle, (generated) => {
        const article = alignedGenerated(generated)
        const langOf = new Map(article.segments.map((segment) => [segment.id, segment.lang]))
        for (const link of article.alignments) {
          expect(link.en.length + link.fa.length).toBeGreaterThan(0)
          for (const id of link.en) expect(langOf.get(id), id).toBe('en')
          for (const id of link.fa) expect(langOf.get(id), id).toBe('fa')
          expect(link.score).toBeGreaterThanOrEqual(0)
          expect(link.score).toBeLessThanOrEqual(1)
        }
        const english = article.alignments.flatMap((link) => link.en)
        expect(new Set(english).size).toBe(english.length)
      }),
      { seed, numRuns: 60 }
    )
  }, deadline)
})

describe('export round trips', () => {
  const expectRoundTrips = (article: Article): void => {
    expect(readArticle(articleToJson(article))).toEqual(article)
    const tei = articleToTei(article)
    expect(teiToArticle(tei)).toEqual(article)
    expect(articleToTei(teiToArticle(tei))).toBe(tei)
  }

  it('should give back the same article from JSON and from TEI (generated, with automatic links)', () => {
    fc.assert(
      fc.property(generatedArticle, (generated) => expectRoundTrips(alignedGenerated(generated))),
      { seed, numRuns: 60 }
    )
  }, deadline)

  it('should give back every corpus article and the fixtures from JSON and from TEI, with curated and automatic links', async () => {
    const paths = [
      ...corpus.map((entry) => new URL(`${entry.id}/article.md`, corpusDir).pathname),
      new URL('../fixtures/articles/bilingual-small.md', import.meta.url).pathname,
      new URL('../fixtures/articles/hostile.md', import.meta.url).pathname
    ]
    for (const path of paths) {
      const { article } = await loadArticle(path)
      expect(article.alignments.length, path).toBeGreaterThan(0)
      expectRoundTrips(article)
    }
  }, deadline)
})
