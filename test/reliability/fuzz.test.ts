import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MatnError, normalizePersian, parseArticle, splitSentences, tagCitations, type Article } from '@matn/core'

/**
 * Fuzzing with a fixed seed and a bounded number of runs: arbitrary strings (any UTF-16
 * unit, lone surrogates included) and Markdown-ish text built from the pieces that matter
 * to matn go through the public functions. Each must return or throw a `MatnError`, end
 * within a bound, and keep its invariants.
 */
const seed = 20261122
const perInput = 5000
const deadline = 180_000

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const anyString = fc.oneof(fc.string({ unit: anyUnit, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }))

const vocabulary = [
  // Markdown
  '# ', '## ', '> ', '- ', '1. ', '* ', '*', '_', '**', '`', '```\n', '[', ']', '[^1]', '[^x]', '[^1]: ', '![alt](x.png)',
  '[label](javascript:alert(1))', '<http://a.b/?x=&amp;>', '| a | b |\n', '|---|---|\n', '\\', '\\*', '&amp;', '&#1575;', '&#0;',
  '&#x202E;', '&nbsp;', '&bogus;', '<div lang="fa" dir="rtl">\n\n', '<div lang="en">\n\n', '<div lang="de">\n\n', '<div>\n\n',
  '\n\n</div>\n\n', '<!-- page: 12 -->', '<!-- page: ۱۳ -->', '<script>', '</script>', '<b>', '---\n', '===\n', '    ',
  // Line ends and space
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '\u00A0',
  // Words and punctuation
  'دولت‌ها', 'می‌کنند', 'ایران', 'نوری', 'والت', 'و', 'همکاران', 'معتقد', 'است', 'States', 'Walt', 'and', 'et al.', 'U.S.',
  '.', '. ', '؟', '!', '?', '،', '؛', ',', ';', ':', '«', '»', '(', ')', ')(', '(see above)', '(2018)', '(1.5 درصد)',
  // Citation parts
  '1987', '1987a', '۱۳۹۸', '٢٠١٩', '2020-21', ': 3-4', ', p. 5', '، ص. ۷۲', '(Walt, 1987: 3-4)', '(مشیرزاده، ۱۳۹۳: ۷۲)',
  '.)Katzman, 2016: 1(', 'Walt (1987)',
  // Invisible, compatibility and broken characters
  '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u061C', '\u0640', '\uFEFF', '\u0000', '\uFFFD', 'ﻻ', 'ﺩﻭﻟﺖ', '\uD800', '\uDC00', '😀'
]
const markdownish = fc.array(fc.oneof(fc.constantFrom(...vocabulary), anyString.map((value) => value.slice(0, 8))), { maxLength: 80 }).map((parts) => parts.join(''))

const frontMatter = '---\nid: fuzz\ntitle: { en: Fuzz, fa: فاز }\nauthors: [{ name: { en: A } }]\n---\n\n'
const yamlish = fc
  .array(fc.constantFrom('id: x', 'title: { en: T }', 'authors: [{ name: { en: A } }]', 'a: &x [1, 2]', 'b: *x', 'c: !!binary x', 'd: .nan', '  - ', '{', '}', '[', ']', ': ', '"', "'", '#', '\n', '\t', 'keywords: { fa: [x] }'), { maxLength: 12 })
  .map((parts) => `---\n${parts.join('')}\n---\n\n`)
const articleInput = fc.oneof(
  markdownish.map((body) => frontMatter + body),
  fc.tuple(yamlish, markdownish).map(([yaml, body]) => yaml + body),
  markdownish,
  anyString.map((body) => frontMatter + body)
)

/** Run `action`; it may throw only a MatnError, and must end within the bound. */
function guarded<T>(action: () => T): T | MatnError {
  const started = performance.now()
  let result: T | MatnError
  try {
    result = action()
  } catch (error) {
    if (!(error instanceof MatnError)) throw error
    result = error
  }
  expect(performance.now() - started).toBeLessThan(perInput)
  return result
}

function checkArticle(source: string, article: Article): void {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const ids = article.segments.map((segment) => segment.id)
  expect(new Set(ids).size).toBe(ids.length)
  const body = article.segments
    .filter((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
  let previousEnd = 0
  for (const segment of body) {
    const { start, end } = segment.position
    expect(start.offset).toBeGreaterThanOrEqual(previousEnd)
    expect(end.offset).toBeGreaterThan(start.offset)
    expect(end.offset).toBeLessThanOrEqual(text.length)
    expect(segment.text.trim()).not.toBe('')
    previousEnd = end.offset
  }
  for (const citation of article.citations) {
    expect(text.slice(citation.start, citation.end)).toBe(citation.raw)
    expect(ids).toContain(citation.segment)
  }
  expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article)
}

describe('fuzzing', () => {
  it('should parse any input into a sound article or throw a MatnError', () => {
    fc.assert(
      fc.property(articleInput, (source) => {
        const result = guarded(() => parseArticle(source))
        if (result instanceof MatnError) {
          expect(result.code).toMatch(/^E_[A-Z_]+$/)
          expect(result.messages.length).toBeGreaterThan(0)
          expect(result.line).toBeGreaterThanOrEqual(1)
        } else checkArticle(source, result)
      }),
      { seed, numRuns: 600 }
    )
  }, deadline)

  it('should tag citations of any text with spans that read as their raw text', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, anyString), (text) => {
        const citations = guarded(() => tagCitations(text))
        if (citations instanceof MatnError) throw citations
        let previous = 0
        for (const citation of citations) {
          expect(citation.start).toBeGreaterThanOrEqual(previous)
          expect(citation.end).toBeGreaterThan(citation.start)
          expect(citation.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(citation.start, citation.end)).toBe(citation.raw)
          previous = citation.start
        }
      }),
      { seed, numRuns: 1500 }
    )
  }, deadline)

  it('should normalize any text idempotently', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, anyString), (text) => {
        const once = guarded(() => normalizePersian(text))
        expect(normalizePersian(once as string)).toBe(once)
      }),
      { seed, numRuns: 1500 }
    )
  }, deadline)

  it('should split any text into ordered sentences covering every visible character once', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, anyString), fc.constantFrom('fa' as const, 'en' as const), (text, lang) => {
        const spans = guarded(() => splitSentences(text, lang, tagCitations(text)))
        if (spans instanceof MatnError) throw spans
        let previous = 0
        const covered = new Uint8Array(text.length)
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previous)
          expect(span.end).toBeGreaterThan(span.start)
          expect(span.end).toBeLessThanOrEqual(text.length)
          covered.fill(1, span.start, span.end)
          previous = span.end
        }
        for (let index = 0; index < text.length; index++) {
          if (!/\s/.test(text[index] as string)) expect(covered[index], `${index} in ${JSON.stringify(text)}`).toBe(1)
        }
      }),
      { seed, numRuns: 1500 }
    )
  }, deadline)
})
