import fc from 'fast-check'
import { MatnError, type Article } from '@matn/core'
import { describe, expect, it } from 'vitest'
import { articleToJson, corpusToJson, readArticle, readCorpus } from '../src/index.js'
import { alignedFixture, corpusArticles } from '../../../test/helpers/articles.js'

function caught(action: () => unknown): MatnError {
  try {
    action()
  } catch (error) {
    if (error instanceof MatnError) return error
    throw error
  }
  throw new Error('expected a MatnError')
}

/** The same object with the keys of every nested object in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]))
}

describe('readArticle and articleToJson', () => {
  it('should round-trip every corpus article: parse → JSON → read gives a deep-equal Article', () => {
    for (const article of [...corpusArticles(), alignedFixture()]) {
      const json = articleToJson(article)
      const read = readArticle(json, { path: `${article.id}.json` })
      expect(read).toEqual(article)
      // JSON → Article → JSON is byte-identical.
      expect(articleToJson(read)).toBe(json)
    }
  })

  it('should write the same bytes however the objects were built', () => {
    const article = alignedFixture()
    expect(articleToJson(reversedKeys(article) as Article)).toBe(articleToJson(article))
    expect(articleToJson(article).startsWith('{\n  "id": ')).toBe(true)
  })

  it('should round-trip arbitrary text, lone surrogates and control characters included', () => {
    const base = alignedFixture()
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (left, right) => {
        const article: Article = structuredClone(base)
        const segment = article.segments[0] as Article['segments'][number]
        segment.text = left
        segment.norm = right
        const json = articleToJson(article)
        expect(json.split('\n').every((line) => !/[\u0000-\u001f]/.test(line))).toBe(true)
        expect(readArticle(json)).toEqual(article)
      }),
      { seed: 1401, numRuns: 200 }
    )
  })

  it('should read UTF-8 bytes and ignore a byte order mark', () => {
    const article = alignedFixture()
    const bytes = new TextEncoder().encode(`\uFEFF${articleToJson(article)}`)
    expect(readArticle(bytes)).toEqual(article)
  })

  it('should report malformed JSON with code E_JSON at its line and column', () => {
    const error = caught(() => readArticle('{\n  "id": "x",\n  oops\n}', { path: 'bad.json' }))
    expect(error.code).toBe('E_JSON')
    expect(error.line).toBe(3)
    expect(error.column).toBe(3)
    expect(error.message).toMatch(/^bad\.json:3:3: error: Malformed JSON: unexpected "o"/)
  })

  it('should report empty input and invalid UTF-8', () => {
    expect(caught(() => readArticle(' \n')).code).toBe('E_EMPTY')
    expect(caught(() => readArticle(new Uint8Array([0x7b, 0xff, 0x7d]))).code).toBe('E_ENCODING')
  })

  it('should report a schema violation with code E_SCHEMA at the line of the offending value', () => {
    const json = articleToJson(alignedFixture()).replace('"lang": "fa"', '"lang": "de"')
    const line = json.split('\n').findIndex((text) => text.includes('"lang": "de"')) + 1
    const error = caught(() => readArticle(json, { path: 'a.json' }))
    expect(error.code).toBe('E_SCHEMA')
    expect(error.line).toBe(line)
    expect(error.message).toMatch(new RegExp(`^a\\.json:${line}:\\d+: error: \`/segments/1/lang\` must be equal to one of the allowed values`))
  })

  it('should reject a JSON value that is not an Article', () => {
    expect(caught(() => readArticle('[]')).message).toMatch(/the document must be object/)
    expect(caught(() => readArticle('null')).code).toBe('E_SCHEMA')
  })
})

describe('readCorpus and corpusToJson', () => {
  it('should round-trip the bundled corpus into a Corpus with citation lookup', () => {
    const articles = corpusArticles()
    const json = corpusToJson(articles)
    const corpus = readCorpus(json)
    expect(corpus.articles).toEqual(articles)
    expect(corpusToJson(corpus)).toBe(json)
    const hits = corpus.findCitations({ author: 'Walt', year: 1987 })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.citation.authors.includes('Walt'))).toBe(true)
  })
})

describe('syntaxErrorOffset', () => {
  it('should agree with JSON.parse on what is valid and point into the text otherwise', async () => {
    const { syntaxErrorOffset } = await import('../src/lib/json-syntax.js')
    const cases = ['{}', '[1, 2.5e-3, "a\\u00e9", true, null]', '{"a": {"b": []}}', ' 0 ', '{"a" 1}', '[1,]', '"\\x"', '01', '[', '{"a":1}}', '"a\nb"', '', '-', '1.', '{,}']
    for (const text of cases) {
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
      }
      const offset = syntaxErrorOffset(text)
      expect(offset === undefined, text).toBe(valid)
      if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length)
    }
    expect(syntaxErrorOffset('{"a": 1,\n "b" 2}')).toBe(14)
  })

  it('should agree with JSON.parse on arbitrary JSON-like text', async () => {
    const { syntaxErrorOffset } = await import('../src/lib/json-syntax.js')
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '-0.5e2', 'true', 'nul', ' ', '\n', '\\', 'x')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(syntaxErrorOffset(text) === undefined).toBe(valid)
      }),
      { seed: 1403, numRuns: 2000 }
    )
  })
})
