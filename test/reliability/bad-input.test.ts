import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { articleToJson, readArticle } from '@matn/json'
import { MatnError, maximumParagraphDelimiters, normalizePersian, parseArticle, splitSentences, tagCitations, type Article } from '@matn/core'

/**
 * Every bad input of issue 8 with the exact outcome matn gives: a clear error (a
 * `MatnError` with its code and place) or a correct result. Each test has a deadline,
 * generous for a loaded two-core CI machine: small inputs take milliseconds.
 */
const deadline = 15_000

const frontMatter = '---\nid: bad-input\ntitle: { en: A title, fa: یک عنوان }\nauthors: [{ name: { en: A. Author } }]\n---\n'

function article(lang: 'fa' | 'en', body: string): string {
  return `${frontMatter}\n<div lang="${lang}">\n\n${body}\n\n</div>\n`
}

function parse(value: string | Uint8Array): { article: Article; file: VFile } {
  const file = new VFile({ path: 'bad.md', value })
  return { article: parseArticle(file), file }
}

function failure(value: string | Uint8Array): MatnError {
  try {
    parse(value)
  } catch (error) {
    if (error instanceof MatnError) return error
    throw error
  }
  throw new Error('expected a MatnError')
}

function body(result: { article: Article }): Array<{ id: string; text: string }> {
  return result.article.segments
    .filter((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')
    .map((segment) => ({ id: segment.id, text: segment.text }))
}

function warnings(file: VFile): string[] {
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

describe('empty and front-matter-only files', () => {
  it('should refuse an empty file, white space only or a lone BOM with E_EMPTY at 1:1', () => {
    for (const value of ['', ' \n\t\n', '\uFEFF', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]) {
      const error = failure(value)
      expect(error.code).toBe('E_EMPTY')
      expect(error.message).toBe('bad.md:1:1: error: The file is empty: an article needs front matter and a body [matn:empty]')
    }
  }, deadline)

  it('should read front matter alone as an article without body, with a warning', () => {
    for (const value of [frontMatter, frontMatter.trimEnd()]) {
      const result = parse(value)
      expect(result.article.segments.map((segment) => segment.id)).toEqual(['en-title', 'fa-title'])
      expect(result.article.citations).toEqual([])
      expect(warnings(result.file)).toEqual(['5:4 body'])
    }
  }, deadline)

  it('should refuse a file without front matter with E_NO_FRONT_MATTER', () => {
    expect(failure('# A heading\n\nSome text.\n').code).toBe('E_NO_FRONT_MATTER')
    expect(failure('\n---\nid: x\n---\n').code).toBe('E_NO_FRONT_MATTER')
  }, deadline)
})

describe('bad YAML', () => {
  it('should report malformed YAML with E_YAML at its line and column', () => {
    const error = failure('---\nid: x\ntitle: { en: "unclosed }\nauthors: []\n---\n')
    expect(error.code).toBe('E_YAML')
    expect(error.line).toBeGreaterThanOrEqual(3)
    expect(error.message).toMatch(/^bad\.md:\d+:\d+: error: Malformed YAML: .+ \[matn:yaml\]$/m)
  }, deadline)

  it('should refuse custom tags instead of reading them as strings', () => {
    for (const tag of ['!!js/function "function () { return 1 }"', '!include other.yaml', '!!binary aGVsbG8=', '!!set { a, b }', '!!timestamp 2001-12-14']) {
      const error = failure(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nsource: { value: ${tag} }\n---\n`)
      expect(error.code).toBe('E_YAML')
      expect([error.line, error.column]).toEqual([5, 18])
      expect(error.message).toContain('Unsupported YAML tag')
    }
    expect(parse(`---\nid: !!str x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\n---\n`).article.id).toBe('x')
  }, deadline)

  it('should refuse a list or a map as a key with E_YAML at the key, warning nothing on the process', async () => {
    const warned: string[] = []
    const listen = (warning: Error): void => {
      warned.push(warning.message)
    }
    process.on('warning', listen)
    // Columns: the explicit key's `?`, the flow key's `[`.
    for (const [key, column] of [['? [a, b]\n: 1', 8], ['{[^1]: x}', 9], ['? { a: 1 }\n: 2', 8]] as const) {
      const error = failure(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nextra: ${key}\n---\n`)
      expect(error.code).toBe('E_YAML')
      expect([error.line, error.column]).toEqual([5, column])
      expect(error.message).toContain('A YAML key must be a plain value')
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
    process.off('warning', listen)
    expect(warned).toEqual([])
  }, deadline)

  it('should stop an alias bomb (billion laughs) fast with E_YAML, and still read a few aliases', () => {
    let bomb = 'lol0: &a0 [x, x, x, x, x, x, x, x, x]\n'
    for (let level = 1; level < 10; level++) bomb += `lol${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]\n`
    const started = performance.now()
    const error = failure(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nsource:\n${bomb.trimEnd().replace(/^/gm, '  ')}\n---\n`)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(error.code).toBe('E_YAML')
    expect(error.message).toContain('Excessive alias count')
    const reused = parse(`---\nid: x\ntitle: { en: T }\nauthors:\n  - name: { en: A }\n    affiliation: &uni { en: University }\n  - name: { en: B }\n    affiliation: *uni\n---\n`)
    expect(reused.article.meta.authors.map((author) => author.affiliation?.en)).toEqual(['University', 'University'])
  }, deadline)

  it('should refuse numbers JSON cannot hold (.nan, .inf) and read -0 as 0', () => {
    const error = failure(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nsource: { weight: .nan, size: -.inf }\n---\n`)
    expect(error.code).toBe('E_YAML')
    expect(error.messages.map((message) => [message.line, message.column])).toEqual([[5, 19], [5, 31]])
    const zero = parse(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nvolume: -0\n---\n`)
    expect(Object.is(zero.article.meta.volume, 0)).toBe(true)
  }, deadline)

  it('should keep a __proto__ key as data, polluting nothing', () => {
    const result = parse(`---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nsource: { __proto__: { polluted: yes } }\n---\n`)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getPrototypeOf(result.article.meta.source)).toBe(Object.prototype)
    expect(JSON.parse(JSON.stringify(result.article.meta.source))).toEqual(JSON.parse('{"__proto__":{"polluted":"yes"}}'))
  }, deadline)
})

describe('missing or wrong metadata', () => {
  it('should list every missing required field with E_FRONT_MATTER', () => {
    const error = failure('---\nid: x\n---\n\nText.\n')
    expect(error.code).toBe('E_FRONT_MATTER')
    expect(error.message).toBe(
      'bad.md:2:1: error: Missing required field `title` in front matter [matn:front-matter]\n' +
        'bad.md:2:1: error: Missing required field `authors` in front matter [matn:front-matter]'
    )
  }, deadline)

  it('should point at a field of the wrong type', () => {
    const error = failure('---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\nvolume: [1, 2]\n---\n')
    expect(error.code).toBe('E_FRONT_MATTER')
    expect([error.line, error.column]).toEqual([5, 9])
  }, deadline)
})

describe('language sections', () => {
  it('should warn about an unknown language tag at its line and read the section in the enclosing language', () => {
    const result = parse(
      `${frontMatter}\n<div lang="de">\n\nEin Satz. Noch einer.\n\n</div>\n\n<div lang="en">\n\n<div lang="x-klingon">\n\nNested text.\n\n</div>\n\n<div class="box">\n\nBoxed text.\n\n</div>\n\nAfter the box.\n\n</div>\n`
    )
    expect(warnings(result.file)).toEqual(['7:1 lang', '15:1 lang', '21:1 lang'])
    expect(result.file.messages.map((message) => message.reason)).toEqual([
      'Unknown language `de`: matn reads `fa` and `en`; the section is read as `fa`',
      'Unknown language `x-klingon`: matn reads `fa` and `en`; the section is read as `en`',
      '`<div>` without `lang`; the section is read as `en`'
    ])
    expect(body(result)).toEqual([
      { id: 'fa-p1-s1', text: 'Ein Satz.' },
      { id: 'fa-p1-s2', text: 'Noch einer.' },
      { id: 'en-p1-s1', text: 'Nested text.' },
      { id: 'en-p2-s1', text: 'Boxed text.' },
      { id: 'en-p3-s1', text: 'After the box.' }
    ])
  }, deadline)

  it('should read a region subtag as its language and warn once about text outside sections, at its place', () => {
    const result = parse(`${frontMatter}\nStray text.\n\n<div lang="fa-IR">\n\nمتن فارسی.\n\n</div>\n\nMore stray text.\n`)
    expect(warnings(result.file)).toEqual(['7:1 lang'])
    expect(result.article.segments.filter((segment) => segment.kind === 'sentence').map((segment) => [segment.id, segment.lang])).toEqual([
      ['fa-p1-s1', 'fa'],
      ['fa-p2-s1', 'fa'],
      ['fa-p3-s1', 'fa']
    ])
  }, deadline)
})

describe('brackets', () => {
  it('should not let unbalanced brackets swallow sentences or citations', () => {
    const result = parse(article('en', 'It opens ((( here. Iran acted (Walt, 1987). It closes ))) there. Then ) stray ( ones (Krause and Singer, 2001: 13).'))
    expect(body(result).map((segment) => segment.text)).toEqual([
      'It opens ((( here.',
      'Iran acted (Walt, 1987).',
      'It closes ))) there.',
      'Then ) stray ( ones (Krause and Singer, 2001: 13).'
    ])
    expect(result.article.citations.map((citation) => citation.raw)).toEqual(['(Walt, 1987)', '(Krause and Singer, 2001: 13)'])
  }, deadline)

  it('should read mirrored citations and not mistake prose between brackets for one', () => {
    const result = parse(article('fa', 'ایران چنین کرد .)Katzman, 2016: 1( و روسیه نیز (الف) و (ب) را پذیرفت.'))
    expect(result.article.citations.map((citation) => [citation.raw, citation.key, citation.mirrored])).toEqual([
      [')Katzman, 2016: 1(', 'katzman2016', true]
    ])
  }, deadline)

  it('should give up on 10,000 nested brackets quickly, keeping the citation inside', () => {
    const text = `${'('.repeat(10_000)}Walt, 1987${')'.repeat(10_000)}`
    expect(tagCitations(text).map((citation) => citation.raw)).toEqual(['(Walt, 1987)'])
  }, deadline)
})

describe('citation look-alikes', () => {
  const lookAlikes = [
    'In 2018 the war began and by 2019 it was over.',
    'The agreement (2018) was signed.',
    '(2018)',
    'قیمت‌ها (1.5 درصد) افزایش یافت.',
    'As shown (see above), the claim holds.',
    'See the figures (see Table 4) and (April 2014).',
    'The union (EAEU) grew.',
    'قرارداد (2014) امضا شد.'
  ]
  for (const text of lookAlikes) {
    it(`should find no citation in: ${text}`, () => {
      expect(tagCitations(text)).toEqual([])
      const lang = /[\u0600-\u06FF]/.test(text) ? 'fa' : 'en'
      expect(parse(article(lang, text)).article.citations).toEqual([])
    }, deadline)
  }
})

describe('invisible and compatibility characters', () => {
  const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F']

  it('should keep bidi controls in the text, drop them from norm, and read citations through them', () => {
    for (const control of controls) {
      const sentence = `Iran acted ${control}(Walt${control}, 1987: 3)${control} as ${control}Walt${control} (1987) says.`
      const result = parse(article('en', sentence))
      const [segment] = body(result)
      expect(segment?.text).toBe(sentence)
      expect(result.article.segments.find((candidate) => candidate.id === 'en-p1-s1')?.norm).toBe('Iran acted (Walt, 1987: 3) as Walt (1987) says.')
      expect(result.article.citations.map((citation) => [citation.key, citation.kind])).toEqual([
        ['walt1987', 'parenthetical'],
        ['walt1987', 'narrative']
      ])
      for (const citation of result.article.citations) {
        expect(citation.authors).toEqual(['Walt'])
        expect(result.file.value.toString().slice(citation.start, citation.end)).toBe(citation.raw)
      }
      expect(result.file.messages).toEqual([])
    }
  }, deadline)

  it('should keep presentation forms as printed, fold them in norm, and read citations in them', () => {
    const printed = 'ﺩﻭﻟﺖ‌ﻫﺎ ﻣﻮﺍﺯﻧﻪ ﻣﯽ‌ﮐﻨﻨﺪ (ﻭﺍﻟﺖ، ۱۳۸۷: ۷۲).'
    const result = parse(article('fa', printed))
    const segment = result.article.segments.find((candidate) => candidate.id === 'fa-p1-s1')
    expect(segment?.text).toBe(printed)
    expect(segment?.norm).toBe('دولت‌ها موازنه می‌کنند (والت، 1387: 72).')
    expect(result.article.citations.map((citation) => [citation.raw, citation.authors, citation.key])).toEqual([
      ['(ﻭﺍﻟﺖ، ۱۳۸۷: ۷۲)', ['والت'], 'والت1387']
    ])
  }, deadline)
})

describe('encodings and line endings', () => {
  it('should refuse bytes that are not UTF-8 with E_ENCODING', () => {
    for (const bytes of [[0xff, 0xfe, 0x2d], [0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) {
      const error = failure(new Uint8Array(bytes))
      expect(error.code).toBe('E_ENCODING')
      expect(error.message).toBe('bad.md:1:1: error: The file is not valid UTF-8 [matn:encoding]')
    }
  }, deadline)

  it('should read NUL as U+FFFD, keep its place, and warn once with the count', () => {
    const source = article('en', 'A nul\u0000here (Walt, 1987). Two\u0000more\u0000.')
    const result = parse(source)
    expect(body(result).map((segment) => segment.text)).toEqual(['A nul\uFFFDhere (Walt, 1987).', 'Two\uFFFDmore\uFFFD.'])
    expect(result.file.messages.map((message) => message.reason)).toEqual(['3 NUL characters (U+0000): read as U+FFFD, as Markdown does'])
    const [first, second] = result.article.segments.filter((segment) => segment.kind === 'sentence')
    expect(source.slice(first?.position.start.offset, first?.position.end.offset)).toBe('A nul\u0000here (Walt, 1987).')
    expect(source.slice(second?.position.start.offset, second?.position.end.offset)).toBe('Two\u0000more\u0000.')
  }, deadline)

  const sample = article('fa', 'دولت‌ها موازنه\nمی‌کنند (والت،\n۱۳۸۷: ۷۲). جملهٔ دوم[^1] است.\n\n[^1]: Stephen\nWalt')

  it('should read a BOM (string or bytes) as if it were not there', () => {
    const plain = parse(sample).article
    expect(parse(`\uFEFF${sample}`).article).toStrictEqual(plain)
    expect(parse(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])).article).toStrictEqual(plain)
  }, deadline)

  it('should read CRLF and CR line endings like LF, with no CR in any text and exact spans', () => {
    const plain = parse(sample).article
    // Positions move with the extra CR; raw keeps the line ending as printed.
    const strip = (value: Article) => ({
      ...value,
      segments: value.segments.map(({ position: _position, ...rest }) => rest),
      citations: value.citations.map(({ position: _position, start: _start, end: _end, raw, ...rest }) => ({ ...rest, raw: raw.replace(/\r\n?/g, '\n') }))
    })
    for (const ending of ['\r\n', '\r']) {
      const source = sample.replace(/\n/g, ending)
      const result = parse(source)
      expect(strip(result.article)).toStrictEqual(strip(plain))
      for (const segment of result.article.segments) {
        expect(segment.text).not.toMatch(/\r/)
        if (segment.kind === 'title' || segment.kind === 'keyword') continue
        const slice = source.slice(segment.position.start.offset, segment.position.end.offset)
        expect(slice.replace(/[ \t]*(?:\r\n|\r)[ \t]*/g, ' ').replace(/\[\^1\]/, '')).toBe(segment.text)
      }
      for (const citation of result.article.citations) expect(source.slice(citation.start, citation.end)).toBe(citation.raw)
    }
  }, deadline)
})

describe('text without spaces', () => {
  it('should keep Persian text without any space whole, in pieces of at most 8192 characters', () => {
    const text = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'.repeat(1000)
    const spans = splitSentences(text, 'fa')
    expect(spans.map((span) => span.end - span.start)).toEqual([8192, 8192, 8192, 7424])
    expect(spans.map((span) => text.slice(span.start, span.end)).join('')).toBe(text)
    expect(normalizePersian(text)).toBe(text)
  }, deadline)

  it('should split Persian sentences that have no space after their full stop', () => {
    const result = parse(article('fa', 'این‌جمله‌اول‌است.این‌جمله‌دوم‌است؟این‌سومی‌است.'))
    expect(body(result).map((segment) => segment.text)).toEqual(['این‌جمله‌اول‌است.این‌جمله‌دوم‌است؟', 'این‌سومی‌است.'])
  }, deadline)
})

describe('inline HTML', () => {
  it('should leave tags out of the text with a warning, keeping the words between them', () => {
    const result = parse(article('en', 'Text with <b>bold</b> and <script>alert(1)</script> inside.'))
    expect(body(result).map((segment) => segment.text)).toEqual(['Text with bold and alert(1) inside.'])
    expect(result.file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '9:11 Inline HTML `<b>` is not article text: it is kept in the file but left out of the segment',
      '9:18 Inline HTML `</b>` is not article text: it is kept in the file but left out of the segment',
      '9:27 Inline HTML `<script>` is not article text: it is kept in the file but left out of the segment',
      '9:43 Inline HTML `</script>` is not article text: it is kept in the file but left out of the segment'
    ])
  }, deadline)
})

describe('paragraphs the Markdown parser is quadratic in', () => {
  const limit = maximumParagraphDelimiters
  const cases: Array<[string, string]> = [
    ['`]`', ']'],
    ['`[a]`', '[a]'],
    ['`*a`', '*a'],
    ['`_a `', '_a '],
    ['footnote markers', '[^1]']
  ]
  for (const [name, unit] of cases) {
    it(`should refuse a paragraph of ${name} past ${limit} delimiters with E_INPUT at its first line, quickly`, () => {
      const count = Math.ceil((limit + 1) / (unit.includes('[') && unit.includes(']') ? 2 : 1))
      const started = performance.now()
      const error = failure(article('en', `First paragraph.\n\nText ${unit.repeat(count)}\nmore text.\n\n[^1]: A note.`))
      expect(performance.now() - started).toBeLessThan(5000)
      expect(error.code).toBe('E_INPUT')
      expect([error.line, error.column]).toEqual([11, 1])
      expect(error.messages[0]?.ruleId).toBe('paragraph-delimiters')
    }, deadline)
  }

  it('should read a paragraph at the bound, and count each paragraph, list item, fenced block and escape apart', () => {
    const half = '[a] *b* '.repeat(limit / 4)
    const result = parse(
      article(
        'en',
        [
          `At the bound ${'*a'.repeat(limit / 2)} (Walt, 1987).`,
          `${half}\n${half}.`,
          `- ${half}\n- ${half}\n- ${half}.`,
          `Escaped ${'\\]'.repeat(limit + 1)}.`,
          `Code.\n\n\`\`\`\n${'*'.repeat(limit + 1)}\n\`\`\``,
          `[^1]: ${half}\n[^2]: ${half}\n[^3]: ${half}`
        ].join('\n\n')
      )
    )
    expect(result.article.citations.map((citation) => citation.raw)).toEqual(['(Walt, 1987)'])
    expect(result.article.segments.length).toBeGreaterThan(5)
  }, 60_000)
})

describe('footnotes defined twice', () => {
  it('should add the second definition to the first, keep labels unique, warn at it and survive JSON', () => {
    const result = parse(article('en', 'A claim.[^a] Another.[^b]\n\n[^a]: First text.\n\n[^b]: Other note.\n\n[^A]: Second text.'))
    expect(result.article.footnotes.map(({ n, label, text }) => ({ n, label, text }))).toEqual([
      { n: 1, label: 'a', text: 'First text. Second text.' },
      { n: 2, label: 'b', text: 'Other note.' }
    ])
    expect(warnings(result.file)).toEqual(['15:1 footnote'])
    expect(result.file.messages[0]?.reason).toBe("Footnote `[^A]` is defined again: its text is added to the first definition's (line 11), as Markdown reads only the first")
    const segments = result.article.footnotes[0]?.segments.map((id) => result.article.segments.find((segment) => segment.id === id)?.text)
    expect(segments).toEqual(['First text.', 'Second text.'])
    expect(readArticle(articleToJson(result.article))).toEqual(JSON.parse(JSON.stringify(result.article)))
  }, deadline)
})

describe('images', () => {
  it('should place the alt text of an image that opens a paragraph at its label, not at the start of the file', () => {
    const source = article('en', '![A map](map.png) shows it. ![Escaped \\*alt\\*][ref]\n\n[ref]: x.png')
    const segments = parse(source).article.segments.filter((segment) => segment.kind === 'sentence')
    expect(segments.map((segment) => [segment.text, source.slice(segment.position.start.offset, segment.position.end.offset)])).toEqual([
      ['A map shows it.', 'A map](map.png) shows it.'],
      ['Escaped *alt*', 'Escaped \\*alt\\*']
    ])
  }, deadline)
})

describe('e-mail addresses found after parsing', () => {
  it('should map an address with an escaped character (a GFM autolink made without positions) to its place', () => {
    const source = article('en', 'Write to parham\\_ghani@yahoo.com (Walt, 1987). Then wait.')
    const { article: parsed } = parse(source)
    const sentences = parsed.segments.filter((segment) => segment.kind === 'sentence')
    expect(sentences.map((segment) => [segment.text, source.slice(segment.position.start.offset, segment.position.end.offset)])).toEqual([
      ['Write to parham_ghani@yahoo.com (Walt, 1987).', 'Write to parham\\_ghani@yahoo.com (Walt, 1987).'],
      ['Then wait.', 'Then wait.']
    ])
    expect(parsed.citations.map((citation) => source.slice(citation.start, citation.end))).toEqual(['(Walt, 1987)'])
  }, deadline)
})

describe('normalization after punctuation spacing', () => {
  it('should join the verbal prefix after a comma it spaces, in one pass (idempotent)', () => {
    for (const [text, expected] of [
      ['تهدیدها،می کنند', 'تهدیدها، می‌کنند'],
      ['؟نمی روم', '؟ نمی‌روم']
    ]) {
      const once = normalizePersian(text as string)
      expect(once).toBe(expected)
      expect(normalizePersian(once)).toBe(once)
    }
  }, deadline)
})
