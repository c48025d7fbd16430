/**
 * Articles for the TEI tests: the repository's fixtures and corpus parsed with
 * `parseArticle`, alignments set by hand, hostile strings put in every text field, and
 * generated bilingual Markdown articles (fast-check).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { normalizePersian, parseArticle, type Alignment, type Article, type Segment } from '@matn/core'
import { repositoryRoot } from './schemas.js'

/** Parse a Markdown article of the repository. */
export function loadArticle(path: string): Article {
  return parseArticle(readFileSync(join(repositoryRoot, path)), { path })
}

/** The repository's articles: the small fixture, both corpus articles, this package's edge cases, undated works and ibid., reprints, author names in parts. */
export const articlePaths = [
  'test/fixtures/articles/bilingual-small.md',
  'corpus/ghani-askarian-1400/article.md',
  'corpus/rasooli-sani-1401/article.md',
  'packages/tei/test/fixtures/edge-cases.md',
  'test/fixtures/articles/undated-ibid.md',
  'test/fixtures/articles/reprints.md',
  'test/fixtures/articles/author-names.md'
] as const

/**
 * Alignments set by hand: the n-th English abstract sentence with the n-th Persian one
 * (curated when n is odd, automatic with a score below 1 otherwise), the last pair 2–1
 * when an English sentence is left, and one more English sentence aligned to nothing.
 */
export function withAlignments(article: Article): Article {
  const english = article.segments.filter((segment) => segment.lang === 'en' && segment.kind === 'abstract')
  const persian = article.segments.filter((segment) => segment.lang === 'fa' && segment.kind === 'abstract')
  const alignments: Alignment[] = []
  const pairs = Math.min(english.length, persian.length)
  for (let index = 0; index < pairs; index++) {
    const curated = index % 2 === 0
    const second = index === pairs - 1 ? english[pairs] : undefined
    alignments.push({
      en: [(english[index] as Segment).id, ...(second ? [second.id] : [])],
      fa: [(persian[index] as Segment).id],
      score: curated ? 1 : Math.round((0.5 + index / (2 * pairs)) * 1000) / 1000,
      source: curated ? 'curated' : 'auto'
    })
  }
  const extra = english[pairs + 1]
  if (extra) alignments.push({ en: [extra.id], fa: [], score: 0, source: 'auto' })
  return { ...article, alignments }
}

/** Strings that break naive XML writers. */
export const hostileStrings = [
  '<script>alert(1)</script>',
  ']]>',
  '& &amp; &#x41; &unknown;',
  '"><img src=x onerror=alert(1)>',
  "'single' \"double\"",
  '\u0000\u0001\u0008\u000B\u000C\u001F\u007F',
  'line\r\nbreak\rcarriage\ttab',
  '\uD800 lone \uDC00 surrogates',
  '\uFFFE\uFFFF',
  '<!-- comment --> <?pi x?> <![CDATA[x]]>',
  'نیم\u200Cفاصله \u202Eمعکوس\u202C',
  ' leading and trailing spaces  '
] as const

/**
 * The article with a hostile string added to every text field and every id, keeping the
 * fields that depend on each other consistent (norm, footnote text, title and keyword
 * segments, every reference to a renamed id).
 */
export function hostileArticle(article: Article): Article {
  const pick = (index: number) => hostileStrings[index % hostileStrings.length] as string
  const rename = (id: string) => `${id} ${pick(id.length)}`
  const renameFootnote = (label: string) => `${label}#${pick(label.length + 3)}`
  const meta = structuredClone(article.meta)
  const textOf = (segment: Segment, index: number) => `${segment.text}${pick(index)}`
  const segments = article.segments.map((segment, index) => {
    const text = segment.kind === 'title' || segment.kind === 'keyword' ? `${segment.text} ${pick(0)}` : textOf(segment, index)
    return {
      ...structuredClone(segment),
      id: rename(segment.id),
      section: segment.section.map(rename),
      text,
      norm: normalizePersian(text),
      citations: segment.citations.map(rename),
      footnotes: segment.footnotes.map(renameFootnote)
    }
  })
  for (const lang of ['fa', 'en'] as const) {
    if (meta.title[lang] !== undefined) meta.title[lang] = `${meta.title[lang]} ${pick(0)}`
    meta.keywords[lang] = meta.keywords[lang].map((keyword) => `${keyword} ${pick(0)}`)
  }
  meta.authors = meta.authors.map((author, index) => ({
    ...author,
    name: { fa: `${author.name.fa ?? ''}${pick(index + 1)}`, en: `${author.name.en ?? 'X'}${pick(index + 2)}` },
    affiliation: { en: pick(index + 3) },
    email: `a${pick(index + 4)}@example.org`
  }))
  meta.journal = { fa: pick(5), en: pick(6) }
  meta.volume = pick(7)
  meta.license = pick(8)
  meta.source = { [pick(9)]: pick(10), '': [pick(11), 1.5, true, null, JSON.parse('{"__proto__": "own key", "nested": []}')], file: 'source.txt' }
  const byOldId = new Map(article.segments.map((segment, index) => [segment.id, segments[index] as Segment]))
  return {
    ...article,
    id: `${article.id} ${pick(2)}`,
    meta,
    segments,
    citations: article.citations.map((citation, index) => ({
      ...structuredClone(citation),
      id: rename(citation.id),
      segment: rename(citation.segment),
      raw: index % 2 === 0 ? citation.raw : `${citation.raw}${pick(index)}`,
      authors: citation.authors.map((author) => `${author}${pick(index + 1)}`),
      key: `${citation.key}${pick(index + 2)}`,
      pages: citation.pages === null ? null : `${citation.pages}${pick(index + 3)}`
    })),
    footnotes: article.footnotes.map((footnote) => ({
      ...footnote,
      label: renameFootnote(footnote.label),
      segment: footnote.segment === null ? null : rename(footnote.segment),
      segments: footnote.segments.map(rename),
      text: footnote.segments.map((id) => byOldId.get(id)?.text ?? '').join(' ')
    })),
    alignments: article.alignments.map((alignment) => ({ ...alignment, en: alignment.en.map(rename), fa: alignment.fa.map(rename) }))
  }
}

const englishWords = ['Iran', 'Russia', 'alliance', 'balance', 'threat', 'policy', 'the', 'of', 'state', 'power', '*strong*', 'A&B', '<b>', 'x_y']
const persianWords = ['ایران', 'روسیه', 'ائتلاف', 'موازنهٔ', 'تهدید', 'سیاست', 'دنباله‌روی', 'در', 'از', 'قدرت', '**مهم**', '۳٫۵']
const englishCitations = ['(Walt, 1987: 3-4)', 'Walt (1987)', '(Schweller 1994: 84; Krause and Singer, 2001: 13)', '(Walt et al., 1999)', '.)Katzman, 2016: 1(', '(Dehghani\nFiroozabadi, 2012: 33)']
const persianCitations = ['(والت، ۱۳۸۷: ۷۲)', 'نوری (1398) معتقد است', '(Walt, 1987: 24)', '(مشیرزاده، ۱۳۹۳، ص. ۷۲)']

function sentence(lang: 'fa' | 'en', footnotes: string[]) {
  const words = lang === 'fa' ? persianWords : englishWords
  const citations = lang === 'fa' ? persianCitations : englishCitations
  return fc
    .tuple(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }),
      fc.option(fc.constantFrom(...citations), { freq: 2 }),
      footnotes.length > 0 ? fc.option(fc.constantFrom(...footnotes), { freq: 3 }) : fc.constant(null),
      fc.option(fc.integer({ min: 181, max: 199 }), { freq: 6 }),
      fc.constantFrom('.', '?', '!', lang === 'fa' ? '؟' : '.')
    )
    .map(([body, citation, footnote, page, end]) => {
      const middle = page === null ? '' : ` <!-- page: ${page} -->`
      return `${body.join(' ')}${middle}${citation ? ` ${citation}` : ''}${footnote ? `[^${footnote}]` : ''}${end}`
    })
}

function block(lang: 'fa' | 'en', footnotes: string[]) {
  const words = lang === 'fa' ? persianWords : englishWords
  const marker = footnotes.length > 0 ? fc.option(fc.constantFrom(...footnotes), { freq: 4 }) : fc.constant(null)
  const heading = fc
    .tuple(fc.constantFrom('##', '###', '####'), fc.constantFrom(lang === 'fa' ? 'چکیده' : 'Abstract', ...words.slice(0, 4), ''), marker)
    .map(([marks, text, label]) => `${marks} ${text}${label && text ? `[^${label}]` : ''}`)
  const paragraph = fc.array(sentence(lang, footnotes), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '))
  const cell = fc.oneof(
    fc.constantFrom(...words),
    fc.constant(''),
    fc.constantFrom(...(lang === 'fa' ? persianCitations : englishCitations)),
    fc.tuple(fc.constantFrom(...words), marker).map(([word, label]) => (label ? `${word}[^${label}]` : word))
  )
  const table = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 }))
    .map(([width, rows]) => {
      const line = (cells: string[]) => `| ${cells.slice(0, width).join(' | ')} |`
      return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n')
    })
  const pageBreak = fc.integer({ min: 180, max: 199 }).map((page) => `<!-- page: ${page} -->`)
  return fc.oneof({ arbitrary: paragraph, weight: 5 }, { arbitrary: heading, weight: 2 }, { arbitrary: table, weight: 1 }, { arbitrary: pageBreak, weight: 1 })
}

/** Blocks of a language section, often opened by its abstract. */
function sectionBlocks(lang: 'fa' | 'en', footnotes: string[], minLength: number) {
  const abstract = fc
    .array(sentence(lang, footnotes), { minLength: 1, maxLength: 3 })
    .map((sentences) => [lang === 'fa' ? '## چکیده' : '## Abstract', sentences.join(' ')])
  return fc
    .tuple(fc.option(abstract, { freq: 2 }), fc.array(block(lang, footnotes), { minLength, maxLength: 6 }))
    .map(([opening, blocks]) => [...(opening ?? []), ...blocks])
}

/** A bilingual article in the matn Markdown format (front matter, an English and a Persian section, footnotes). */
export const markdownArticle = fc
  .record({
    titleEn: fc.option(fc.constantFrom('Balance of Threat', 'A & B <i>'), { nil: undefined }),
    keywords: fc.boolean(),
    journal: fc.boolean(),
    volume: fc.option(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant('12-13')), { nil: undefined }),
    dates: fc.boolean(),
    corresponding: fc.option(fc.boolean(), { nil: undefined }),
    footnoteCount: fc.integer({ min: 0, max: 3 }),
    order: fc.boolean()
  })
  .chain((shape) => {
    const labels = Array.from({ length: shape.footnoteCount }, (_, index) => `18${index}-${index + 1}`)
    return fc.record({
      shape: fc.constant(shape),
      labels: fc.constant(labels),
      english: sectionBlocks('en', labels, 0),
      persian: sectionBlocks('fa', labels, 1),
      definitions: fc.array(fc.constantFrom('Stephen Walt', 'یادداشت', 'Kenneth Waltz. Theory of politics.', ''), {
        minLength: labels.length,
        maxLength: labels.length
      })
    })
  })
  .map(({ shape, labels, english, persian, definitions }) => {
    const front = [
      '---',
      'id: generated-article',
      'title:',
      '  fa: عنوان مقاله',
      ...(shape.titleEn ? [`  en: ${JSON.stringify(shape.titleEn)}`] : []),
      'authors:',
      '  - name: { fa: نویسنده, en: Author }',
      ...(shape.corresponding === undefined ? [] : [`    corresponding: ${shape.corresponding}`]),
      ...(shape.journal ? ['journal: { fa: فصلنامه }'] : []),
      ...(shape.volume === undefined ? [] : [`volume: ${JSON.stringify(shape.volume)}`]),
      ...(shape.dates ? ['received: { solar: 1399-04-15 }', 'accepted: { solar: 1400-02-06, gregorian: 2021-04-26 }'] : []),
      ...(shape.keywords ? ['keywords:', '  fa: [ایران, روسیه]', '  en: [Iran, Russia]'] : []),
      'source: { file: source.txt, pages: [1, 2], checked: true, note: null }',
      '---'
    ]
    const section = (lang: 'fa' | 'en', blocks: string[]) => [`<div lang="${lang}"${lang === 'fa' ? ' dir="rtl"' : ''}>`, '', ...blocks.flatMap((text) => [text, '']), '</div>']
    const notes = labels.map((label, index) => `[^${label}]: ${definitions[index] ?? ''}`)
    const sections = shape.order ? [section('en', english), section('fa', [...persian, ...notes])] : [section('fa', [...persian, ...notes]), section('en', english)]
    return [...front, '', ...sections.flatMap((lines) => [...lines, '']), ''].join('\n')
  })

/** Alignments for a generated article, drawn from its segments. */
export function alignmentsFor(article: Article) {
  const english = article.segments.filter((segment) => segment.lang === 'en' && segment.kind !== 'title' && segment.kind !== 'keyword')
  const persian = article.segments.filter((segment) => segment.lang === 'fa' && segment.kind !== 'title' && segment.kind !== 'keyword')
  const ids = (segments: Segment[], max: number) => fc.subarray(segments.map((segment) => segment.id), { minLength: 0, maxLength: Math.min(max, segments.length) })
  const link = fc
    .record({
      en: english.length > 0 ? ids(english, 2) : fc.constant([]),
      fa: persian.length > 0 ? ids(persian, 2) : fc.constant([]),
      score: fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: -2, max: 3, noNaN: true, noDefaultInfinity: true })),
      source: fc.constantFrom('auto' as const, 'curated' as const)
    })
    .filter((alignment) => alignment.en.length + alignment.fa.length > 0 && !Object.is(alignment.score, -0))
  return english.length + persian.length > 0 ? fc.array(link, { maxLength: 6 }) : fc.constant([])
}
