import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { MatnError, parseArticle, type Article } from '../src/index.js'
import { generatedArticle, renderArticle } from './generated-articles.js'

const fixtureUrl = new URL('../../../test/fixtures/articles/bilingual-small.md', import.meta.url)
const fixture = readFileSync(fixtureUrl, 'utf8')
const seed = 20261122

function parse(value: string): { article: Article; file: VFile } {
  const file = new VFile({ path: 'article.md', value })
  return { article: parseArticle(file), file }
}

describe('parseArticle on the bilingual fixture', () => {
  const { article, file } = parse(fixture)

  it('should read the metadata, with both calendars for the dates', () => {
    expect(article.id).toBe('sample-alliance-1401')
    expect(article.meta.title).toEqual({ fa: 'موازنهٔ تهدید و سیاست دنباله‌روی', en: 'Balance of Threat and Bandwagoning' })
    expect(article.meta.keywords.en).toEqual(['Balance of Threat', 'Bandwagoning', 'Russia'])
    expect(article.meta.received).toEqual({ solar: '1401-06-12', gregorian: '2022-09-03' })
    expect(article.meta.accepted).toEqual({ solar: '1401-10-13', gregorian: '2023-01-03' })
    expect(file.messages).toEqual([])
  })

  it('should make segments of every kind with language, direction and section', () => {
    const kinds = new Set(article.segments.map((segment) => segment.kind))
    expect([...kinds].sort()).toEqual(['abstract', 'cell', 'footnote', 'heading', 'keyword', 'sentence', 'title'])
    const question = article.segments.find((segment) => segment.text.endsWith('؟'))
    expect(question).toMatchObject({ id: 'fa-p1-s2', lang: 'fa', dir: 'rtl', kind: 'abstract', section: ['fa-h1'], page: 180 })
    expect(article.segments.find((segment) => segment.id === 'en-p1-s2')).toMatchObject({ lang: 'en', dir: 'ltr', kind: 'abstract' })
  })

  it('should keep printed pages, including a page turned inside a paragraph', () => {
    const before = article.segments.find((segment) => segment.id === 'fa-p2-s2')
    const after = article.segments.find((segment) => segment.id === 'fa-p2-s3')
    expect(before?.page).toBe(180)
    expect(after?.page).toBe(181)
  })

  it('should map every segment back to its exact place in the source', () => {
    for (const segment of article.segments) {
      const { start, end } = segment.position
      const slice = fixture.slice(start.offset, end.offset)
      if (segment.kind === 'title' || segment.kind === 'keyword') {
        expect(slice).toBe(segment.text)
        continue
      }
      expect(slice.startsWith(segment.text.slice(0, 1))).toBe(true)
      expect(slice.endsWith(segment.text.slice(-1))).toBe(true)
      const lines = fixture.slice(0, start.offset).split('\n')
      expect(start.line).toBe(lines.length)
      expect(start.column).toBe((lines[lines.length - 1] ?? '').length + 1)
    }
  })

  it('should tag citations in both languages and attach them to their segments', () => {
    expect(article.citations.map((citation) => [citation.segment, citation.key, citation.kind])).toEqual([
      ['en-p1-s1', 'walt1987', 'parenthetical'],
      ['en-p1-s2', 'walt1987', 'narrative'],
      ['en-p2-s1', 'schweller1994', 'parenthetical'],
      ['en-p2-s1', 'krause-singer2001', 'parenthetical'],
      ['fa-p1-s1', 'walt1987', 'parenthetical'],
      ['fa-p2-s1', 'والت1387', 'parenthetical'],
      ['fa-p2-s2', 'نوری1398', 'narrative'],
      ['fa-t1-r2-c2', 'walt1987', 'parenthetical']
    ])
    for (const citation of article.citations) {
      expect(fixture.slice(citation.start, citation.end)).toBe(citation.raw)
      const segment = article.segments.find((candidate) => candidate.id === citation.segment)
      expect(segment?.citations).toContain(citation.id)
    }
  })

  it('should attach footnotes to the segment holding their marker', () => {
    expect(article.footnotes).toEqual([
      { n: 1, label: '180-1', text: 'Stephen Walt', lang: 'en', segment: 'fa-p2-s1', segments: ['fn1-s1'], markerOffset: 4 }
    ])
    expect(article.segments.find((segment) => segment.id === 'fa-p2-s1')?.text.slice(0, 4)).toBe('والت')
    expect(article.segments.find((segment) => segment.id === 'fa-p2-s1')?.footnotes).toEqual(['180-1'])
    expect(article.segments.find((segment) => segment.id === 'fn1-s1')?.page).toBe(180)
  })

  it('should keep text as printed and give a normalized form', () => {
    const numbers = article.segments.find((segment) => segment.id === 'fa-p2-s3')
    expect(numbers?.text).toContain('۳٫۵')
    expect(numbers?.norm).toContain('3.5')
    expect(numbers?.norm).toContain('صفحه بعد')
  })

  it('should give the same ids and JSON on every parse', () => {
    expect(JSON.stringify(parse(fixture).article)).toBe(JSON.stringify(article))
    expect(JSON.parse(JSON.stringify(article))).toEqual(article)
  })

  it('should change only the edited paragraph’s segments when one paragraph changes', () => {
    const edited = fixture.replace('آیا نظریهٔ موازنهٔ تهدید بهتر است؟', 'آیا این نظریه بهتر است؟ بله.')
    const other = parse(edited).article
    const changed = other.segments.filter((segment) => {
      const original = article.segments.find((candidate) => candidate.id === segment.id)
      return !original || original.text !== segment.text
    })
    expect(changed.map((segment) => segment.id)).toEqual(['fa-p1-s2', 'fa-p1-s3'])
  })
})

describe('parseArticle on bad input', () => {
  it('should refuse an empty file with E_EMPTY', () => {
    expect(() => parse('  \n')).toThrowError(expect.objectContaining({ code: 'E_EMPTY' }) as Error)
  })

  it('should refuse a file without front matter', () => {
    expect(() => parse('# Title\n\nText.')).toThrowError(expect.objectContaining({ code: 'E_NO_FRONT_MATTER' }) as Error)
  })

  it('should report malformed YAML with line and column', () => {
    try {
      parse('---\nid: x\ntitle: [unclosed\n---\n')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(MatnError)
      expect((error as MatnError).code).toBe('E_YAML')
      expect((error as MatnError).message).toMatch(/^article\.md:\d+:\d+: error: Malformed YAML/)
    }
  })

  it('should report a missing required field and an unknown one at their lines', () => {
    try {
      parse('---\nid: x\ntitle: { fa: عنوان }\nfoo: 1\n---\n')
      expect.unreachable()
    } catch (error) {
      const matn = error as MatnError
      expect(matn.code).toBe('E_FRONT_MATTER')
      expect(matn.message).toContain('article.md:2:1: error: Missing required field `authors`')
      expect(matn.message).toContain('Unknown field `foo`')
    }
  })

  it('should report a Gregorian date that does not match the Solar Hijri one', () => {
    const bad = fixture.replace('gregorian: 2022-09-03', 'gregorian: 2022-09-04')
    expect(() => parse(bad)).toThrowError(/Solar Hijri 1401-06-12 is Gregorian 2022-09-03, not 2022-09-04/)
  })

  it('should warn about an unknown language tag and text outside language sections', () => {
    const head = fixture.slice(0, fixture.indexOf('<div lang="en">'))
    const { article, file } = parse(`${head}Stray text.\n\n<div lang="de">\n\nDeutscher Text.\n\n</div>\n`)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['lang', 'lang'])
    expect(article.segments.filter((segment) => segment.kind === 'sentence')).toHaveLength(2)
  })

  it('should warn about footnotes without text, without markers, and markers without definitions', () => {
    const text = fixture
      .replace('[^180-1]: Stephen Walt', '[^180-1]: <!-- lost -->\n\n[^x]: Orphan')
      .replace('نوری (1398)', 'نوری (1398)[^missing]')
    const { file } = parse(text)
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Footnote marker `[^missing]` has no definition',
      'Footnote `[^180-1]` has no text',
      'Footnote `[^x]` is never referenced'
    ])
  })

  it('should refuse bytes that are not UTF-8', () => {
    expect(() => parseArticle(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]))).toThrowError(
      expect.objectContaining({ code: 'E_ENCODING' }) as Error
    )
  })
})

describe('segment spans (property)', () => {
  // Generated bilingual articles with headings, page markers (between blocks and inside
  // paragraphs), soft line breaks, CRLF, footnotes, emphasis, escapes, character
  // references, citations, bidi controls, presentation forms and NUL.
  it('should cover every character of the body text exactly once, and lose none from the segment texts', () => {
    fc.assert(
      fc.property(generatedArticle, (generated) => {
        const { source, content, text, rest } = renderArticle(generated)
        const { article } = parse(source)
        const body = article.segments.filter((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')
        const covered = new Map<number, number>()
        for (const segment of body) {
          for (let offset = segment.position.start.offset; offset < segment.position.end.offset; offset++) {
            covered.set(offset, (covered.get(offset) ?? 0) + 1)
          }
        }
        for (const offset of content) expect(covered.get(offset), `offset ${offset}`).toBe(1)
        // An escape or a character reference is never cut: all of `&amp;` is in one segment.
        for (const offset of rest) {
          const holder = body.find((segment) => segment.position.start.offset <= offset - 1 && offset - 1 < segment.position.end.offset)
          if (holder) expect(offset, holder.id).toBeLessThan(holder.position.end.offset)
        }
        for (const [offset, count] of covered) {
          expect(count).toBe(1)
          expect(source.slice(offset, offset + 1)).not.toBe('')
        }
        const read = [...body]
          .sort((a, b) => a.position.start.offset - b.position.start.offset)
          .map((segment) => segment.text)
          .join('')
          .replace(/\s/g, '')
        expect(read).toBe(text)
      }),
      { seed, numRuns: 150 }
    )
  })
})
