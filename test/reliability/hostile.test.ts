import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseArticle, type SegmentKind } from '@matn/core'

/**
 * test/fixtures/articles/hostile.md (the one hostile fixture, also used by the exporters' and the
 * HTML viewer's tests): a valid article whose metadata, titles, keywords,
 * headings, sentences, table cells, footnotes and citations hold strings that break naive
 * HTML, XML, template and URL handling. Core must keep every one of them as text; the
 * exporters test their output against the same fixture (test/README.md).
 */
const path = new URL('../fixtures/articles/hostile.md', import.meta.url)
const source = readFileSync(path, 'utf8')
const file = new VFile({ path: 'test/fixtures/articles/hostile.md', value: source })
const article = parseArticle(file)

const script = '<script>window.matnPwned=1</script>'
const attribute = '"><img src=x onerror=window.matnPwned=2>'
const cdataEnd = ']]>'
const entity = '&amp;'
const bareAmpersand = ' & '
const template = "{{constructor.constructor('window.matnPwned=3')()}}"
const url = 'javascript:window.matnPwned=4'
const bidi = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/
const all = [script, attribute, cdataEnd, entity, bareAmpersand, template, url]

const expected: Array<[SegmentKind, string[], boolean]> = [
  ['title', all, true],
  ['keyword', all, true],
  ['heading', all, true],
  ['sentence', all, true],
  ['cell', all, true],
  ['footnote', all, true]
]

describe('the hostile fixture', () => {
  it('should be a valid article: no error, no warning', () => {
    expect(file.messages.map(String)).toEqual([])
  })

  for (const [kind, strings, withBidi] of expected) {
    it(`should keep every hostile string as text in ${kind} segments`, () => {
      const texts = article.segments.filter((segment) => segment.kind === kind).map((segment) => segment.text)
      expect(texts.length).toBeGreaterThan(0)
      for (const value of strings) expect(texts.some((text) => text.includes(value)), `${kind}: ${value}`).toBe(true)
      if (withBidi) expect(texts.some((text) => bidi.test(text)), `${kind}: bidi control`).toBe(true)
    })
  }

  it('should keep hostile strings in the metadata', () => {
    const [author] = article.meta.authors
    expect(author?.name.en).toBe(`${script} O'Brien & Co`)
    expect(author?.name.fa).toBe(`نویسنده ${attribute} <b onmouseover=window.matnPwned=5>`)
    expect(author?.affiliation?.en).toBe(`${cdataEnd} ${entity} University </span></h1><script>window.matnPwned=6</script>`)
    expect(author?.email).toBe('javascript:window.matnPwned=7//@example.org')
    expect(article.meta.journal?.en).toBe(`Journal of ${url} <iframe src=javascript:window.matnPwned=8>`)
    expect(article.meta.license).toBe('<a href="javascript:window.matnPwned=10">license</a>')
    expect(article.meta.journal?.fa).toMatch(bidi)
  })

  it('should tag citations holding & and bidi controls, raw as printed and keys clean', () => {
    expect(article.citations.map((citation) => [citation.raw, citation.key])).toEqual([
      ['(Walt, 1987: 3-4)', 'walt1987'],
      ["(O'Brien & Smith, 2019: 12)", 'obrien-smith2019'],
      ['(Walt&#x200F;, 1987: 5)', 'walt1987'],
      ['Procter & Gamble (2020)', 'procter-gamble2020'],
      ['(والت، ۱۳۶۶: ۷۲)', 'والت1366'],
      ['(&#x2067;مشیرزاده&#x2069;، ۱۳۹۳: ۷۲)', 'مشیرزاده1393'],
      ['(Walt, 1987: 24)', 'walt1987']
    ])
    for (const citation of article.citations) expect(source.slice(citation.start, citation.end)).toBe(citation.raw)
    const segment = article.segments.find((candidate) => candidate.id === 'en-p2-s2')
    expect(segment?.text).toContain('(Walt\u200F, 1987: 5)')
  })

  it('should keep a link label and an autolink address as text, and no link target', () => {
    const segment = article.segments.find((candidate) => candidate.id === 'en-p2-s1')
    expect(segment?.text).toBe(`A link click me keeps its label, an autolink ${url} keeps its address, and the bare text ${url} stays.`)
  })

  it('should survive JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article)
  })
})
