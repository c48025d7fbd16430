import fc from 'fast-check'

/**
 * Generated bilingual articles in the matn format, as a model (sections of blocks of
 * sentences of pieces) and its rendering, which records where every character of text
 * is in the source. Used by the span property test here and by the reliability
 * invariants (test/reliability).
 */

/** A piece of a sentence and how it is written. */
export type Piece =
  | { kind: 'word'; text: string }
  | { kind: 'emphasis'; text: string }
  | { kind: 'escape'; character: string }
  | { kind: 'reference'; written: string; text: string }
  | { kind: 'citation'; text: string }
  | { kind: 'marker'; footnote: number }

/** A sentence: pieces separated by spaces, then its final mark (maybe written as a reference). */
export interface GeneratedSentence {
  pieces: Piece[]
  end: { written: string; text: string }
}

/** A block of a language section. */
export type GeneratedBlock =
  | { kind: 'paragraph'; sentences: GeneratedSentence[]; pageAfterFirst: number | null; softBreaks: boolean }
  | { kind: 'heading'; depth: number; words: string[] }
  | { kind: 'page'; page: number }

/** A language section with its footnote definitions (written after its blocks). */
export interface GeneratedSection {
  lang: 'fa' | 'en'
  blocks: GeneratedBlock[]
  footnotes: GeneratedSentence[][]
}

/** A generated article. */
export interface GeneratedArticle {
  sections: GeneratedSection[]
  lineEnding: '\n' | '\r\n'
}

/** The Markdown of a generated article and where its text is. */
export interface RenderedArticle {
  source: string
  /** Source offset of every character of text (not white space, not markup), in order. */
  content: number[]
  /** The text those characters read as (`&amp;` → `&`, NUL → U+FFFD), without white space. */
  text: string
  /** Source offsets of the rest of every escape and character reference (`amp;` of `&amp;`). */
  rest: number[]
}

const persianWords = ['دولت‌ها', 'می‌کنند', 'ایران', 'روسیه', 'ائتلاف', '۳٫۵', 'و', 'در', '«نظام»', 'بین‌الملل،', 'ﺩﻭﻟﺖ', 'سیاست\u200F', 'ها']
const englishWords = ['States', 'balance', 'threats', 'Russia', 'and', 'Iran', '1.5', 'et', 'al.', 'U.S.', 'e.g.', 'Walt\u200E', '“quoted”', 'A&B', 'nul\u0000byte']
const persianStarts = ['دولت‌ها', 'ایران', 'روسیه', 'ائتلاف', 'سیاست']
const englishStarts = ['States', 'Russia', 'Iran', 'The', 'Walt']
const persianCitations = ['(مشیرزاده، ۱۳۹۳: ۷۲)', '(Walt, 1987: 3-4)', '(والت، ۱۳۸۷)', 'نوری (1398) معتقد', '.)Katzman, 2016: 1(', '(نوری، بی‌تا)', '(همان: ۱۲)', '[والت، ۱۳۸۷: ۳]']
const englishCitations = [
  '(Walt, 1987: 3-4)', '(Krause and Singer, 2001: 13)', 'Walt (1987)', '(Walt et al., 1999; Schweller, 1994: 84)', '(see above)', '(2018)',
  '(Smith, n.d.-a)', '(ibid., p. 12)', '[Walt, 1987: 12]', 'Smith (in press)', '(Smith and colleagues, 1987)'
]
const references: ReadonlyArray<[string, string]> = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&#1575;', 'ا'],
  ['&#x41;', 'A'],
  ['&nbsp;', '\u00A0']
]

function pieces(lang: 'fa' | 'en', footnotes: number): fc.Arbitrary<Piece> {
  const words = lang === 'fa' ? persianWords : englishWords
  const options: Array<fc.Arbitrary<Piece>> = [
    fc.constantFrom(...words).map((text) => ({ kind: 'word' as const, text })),
    fc.constantFrom(...words).map((text) => ({ kind: 'word' as const, text })),
    fc.constantFrom(...words).map((text) => ({ kind: 'emphasis' as const, text })),
    fc.constantFrom('*', '_', '[', '\\', '`').map((character) => ({ kind: 'escape' as const, character })),
    fc.constantFrom(...references).map(([written, text]) => ({ kind: 'reference' as const, written, text })),
    fc.constantFrom(...(lang === 'fa' ? persianCitations : englishCitations)).map((text) => ({ kind: 'citation' as const, text }))
  ]
  if (footnotes > 0) options.push(fc.integer({ min: 1, max: footnotes }).map((footnote) => ({ kind: 'marker' as const, footnote })))
  return fc.oneof(...options)
}

/**
 * A sentence of a language. It starts with a word, so no line of a paragraph reads as
 * Markdown syntax (`1987) …` would open a list).
 */
export function sentence(lang: 'fa' | 'en', footnotes = 0): fc.Arbitrary<GeneratedSentence> {
  return fc
    .tuple(
      fc.constantFrom(...(lang === 'fa' ? persianStarts : englishStarts)),
      fc.array(pieces(lang, footnotes), { maxLength: 8 }),
      fc.constantFrom(...(lang === 'fa' ? ['.', '؟', '!', '&#x61F;'] : ['.', '?', '!', '&#46;', '\\!']))
    )
    .map(([first, rest, end]) => ({
      pieces: [{ kind: 'word' as const, text: first }, ...rest],
      end: { written: end, text: end === '&#x61F;' ? '؟' : end === '&#46;' ? '.' : end === '\\!' ? '!' : end }
    }))
}

/** A paragraph of a language. */
export function paragraph(lang: 'fa' | 'en', footnotes = 0): fc.Arbitrary<GeneratedBlock> {
  return fc
    .record({
      sentences: fc.array(sentence(lang, footnotes), { minLength: 1, maxLength: 4 }),
      pageAfterFirst: fc.option(fc.nat(400), { freq: 4 }),
      softBreaks: fc.boolean()
    })
    .map((value) => ({ kind: 'paragraph' as const, ...value }))
}

function section(lang: 'fa' | 'en'): fc.Arbitrary<GeneratedSection> {
  return fc.integer({ min: 0, max: 3 }).chain((footnoteCount) =>
    fc.record({
      lang: fc.constant(lang),
      blocks: fc.array(
        fc.oneof(
          { weight: 6, arbitrary: paragraph(lang, footnoteCount) },
          {
            weight: 1,
            arbitrary: fc
              .record({ depth: fc.integer({ min: 1, max: 4 }), words: fc.array(fc.constantFrom(...(lang === 'fa' ? persianStarts : englishStarts)), { minLength: 1, maxLength: 3 }) })
              .map((value) => ({ kind: 'heading' as const, ...value }))
          },
          { weight: 1, arbitrary: fc.nat(400).map((page) => ({ kind: 'page' as const, page })) }
        ),
        { minLength: 1, maxLength: 5 }
      ),
      footnotes: fc.array(fc.array(sentence(lang), { minLength: 1, maxLength: 2 }), { minLength: footnoteCount, maxLength: footnoteCount })
    })
  )
}

/** A generated bilingual article: an English and a Persian section, LF or CRLF line endings. */
export const generatedArticle: fc.Arbitrary<GeneratedArticle> = fc.record({
  sections: fc.tuple(section('en'), section('fa')).map((sections) => [...sections]),
  lineEnding: fc.constantFrom('\n' as const, '\r\n' as const)
})

/**
 * Write a generated article as Markdown, keeping the place of every character of text.
 * Footnote labels are `<section><n>` (`en1`), so they are unique in the file.
 *
 * @param article The model.
 */
export function renderArticle(article: GeneratedArticle): RenderedArticle {
  const eol = article.lineEnding
  let source = ['---', 'id: generated', 'title: { en: Generated, fa: ساخته }', 'authors: [{ name: { en: A } }]', '---', '', ''].join(eol)
  const content: number[] = []
  const rest: number[] = []
  let text = ''
  const markup = (value: string): void => {
    source += value
  }
  const written = (value: string, reads = value): void => {
    // A unit written as `value` reads as `reads`; it starts where it is written.
    for (const character of reads) {
      if (/\s/.test(character)) continue
      content.push(source.length)
      text += character
    }
    for (let index = 1; index < value.length; index++) rest.push(source.length + index)
    source += value
  }
  const plain = (value: string): void => {
    for (const character of value) {
      if (!/\s/.test(character)) {
        content.push(source.length)
        text += character === '\u0000' ? '\uFFFD' : character
      }
      source += character
    }
  }
  const writeSentence = (generated: GeneratedSentence, label: string): void => {
    generated.pieces.forEach((piece, index) => {
      if (index > 0 && piece.kind !== 'marker') markup(' ')
      switch (piece.kind) {
        case 'word':
        case 'citation':
          plain(piece.text)
          return
        case 'emphasis':
          markup('*')
          plain(piece.text)
          markup('*')
          return
        case 'escape':
          written(`\\${piece.character}`, piece.character)
          return
        case 'reference':
          written(piece.written, piece.text)
          return
        case 'marker':
          markup(`[^${label}${piece.footnote}]`)
      }
    })
    if (generated.end.written === generated.end.text) plain(generated.end.text)
    else written(generated.end.written, generated.end.text)
  }
  article.sections.forEach((generated, sectionIndex) => {
    const label = `${generated.lang}${sectionIndex}-`
    markup(generated.lang === 'fa' ? `<div lang="fa" dir="rtl">${eol}${eol}` : `<div lang="en">${eol}${eol}`)
    for (const block of generated.blocks) {
      if (block.kind === 'page') markup(`<!-- page: ${block.page} -->`)
      else if (block.kind === 'heading') {
        markup(`${'#'.repeat(block.depth)} `)
        block.words.forEach((word, index) => {
          if (index > 0) markup(' ')
          plain(word)
        })
      } else {
        block.sentences.forEach((value, index) => {
          if (index > 0) {
            if (block.pageAfterFirst !== null && index === 1) markup(` <!-- page: ${block.pageAfterFirst} --> `)
            else markup(block.softBreaks ? eol : ' ')
          }
          writeSentence(value, label)
        })
      }
      markup(`${eol}${eol}`)
    }
    generated.footnotes.forEach((sentences, index) => {
      markup(`[^${label}${index + 1}]: `)
      sentences.forEach((value, sentenceIndex) => {
        if (sentenceIndex > 0) markup(' ')
        writeSentence(value, label)
      })
      markup(`${eol}${eol}`)
    })
    markup(`</div>${eol}${eol}`)
  })
  return { source, content, text, rest }
}
