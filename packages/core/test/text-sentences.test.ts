import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rememberedAuthors } from '../src/lib/citations/tag-citations.js'
import {
  dominantScript,
  ibidAntecedentAfter,
  normalizePersian,
  segmentText,
  splitSentences,
  tagCitations,
  tagTextCitations,
  textSegments,
  textSentences,
  type IbidAntecedent,
  type Lang,
  type TaggedCitation,
  type TextSentence
} from '../src/index.js'
import { paragraph } from './scan-arbitraries.js'

const corpus = ['ghani-askarian-1400', 'rasooli-sani-1401'].flatMap((id) =>
  ['article.md', 'source.txt'].map((name) => readFileSync(new URL(`../../../corpus/${id}/${name}`, import.meta.url), 'utf8'))
)

/** The paragraphs and citations of a document as `segmentText` found them before the scanner. */
function referenceParagraphs(text: string): Array<{ text: string; start: number; citations: TaggedCitation[] }> {
  const knownAuthors: string[] = []
  const separator = /\n[ \t]*(?:\r?\n[ \t]*)+/g
  const paragraphs: Array<{ text: string; start: number }> = []
  let start = 0
  for (const match of text.matchAll(separator)) {
    paragraphs.push({ text: text.slice(start, match.index), start })
    start = match.index + match[0].length
  }
  paragraphs.push({ text: text.slice(start), start })
  // An ibid. refers back across paragraphs to the work cited before it.
  let ibidAntecedent: IbidAntecedent = null
  return paragraphs
    .filter((candidate) => candidate.text.trim().length > 0)
    .map((paragraph) => {
      const citations = tagCitations(paragraph.text, { knownAuthors, ibidAntecedent })
      ibidAntecedent = ibidAntecedentAfter(citations, ibidAntecedent)
      for (const citation of citations) knownAuthors.push(...rememberedAuthors(citation))
      return { ...paragraph, citations }
    })
}

function shift(citation: TaggedCitation, by: number): TaggedCitation {
  return { ...citation, start: citation.start + by, end: citation.end + by }
}

/** `segmentText` as it was built on the retext parsers: the reference for the scanner path. */
function referenceSegmentText(text: string, lang: Lang | 'auto' = 'auto'): TextSentence[] {
  const sentences: TextSentence[] = []
  for (const paragraph of referenceParagraphs(text)) {
    const paragraphLang = lang === 'auto' ? (dominantScript(paragraph.text) ?? 'en') : lang
    for (const span of splitSentences(paragraph.text, paragraphLang, paragraph.citations)) {
      sentences.push({
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        lang: paragraphLang,
        text: paragraph.text.slice(span.start, span.end).replace(/\s*\n\s*/g, ' '),
        citations: paragraph.citations
          .filter((citation) => citation.start >= span.start && citation.start < span.end)
          .map((citation) => shift(citation, paragraph.start))
      })
    }
  }
  return sentences
}

describe('segmentText on the scanner', () => {
  it('should give what the retext-based segmentText gives on the corpus', () => {
    for (const text of corpus) {
      expect(segmentText(text)).toEqual(referenceSegmentText(text))
      expect(segmentText(text, 'fa')).toEqual(referenceSegmentText(text, 'fa'))
    }
  })

  it('should give what the retext-based segmentText gives on generated documents', () => {
    const document = fc
      .array(fc.tuple(paragraph, fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n', '\n\n\n')), { maxLength: 6 })
      .map((parts) => parts.map(([text, separator]) => text + separator).join(''))
    fc.assert(
      fc.property(document, fc.constantFrom<Lang | 'auto'>('auto', 'fa', 'en'), (text, lang) => {
        expect(segmentText(text, lang)).toEqual(referenceSegmentText(text, lang))
      }),
      { seed: 20_251_122, numRuns: 400 }
    )
  })

  it('should tag the citations of a document paragraph by paragraph', () => {
    for (const text of corpus) {
      const expected = referenceParagraphs(text).flatMap((paragraph) => paragraph.citations.map((citation) => shift(citation, paragraph.start)))
      expect(tagTextCitations(text)).toEqual(expected)
    }
  })
})

describe('textSegments', () => {
  const text = 'Walt (1987) argued so.\nIt holds.\n\nاین دیدگاه رایج است (Walt, 1987: 3-4). آیا درست است؟\n\nOne more.'

  it('should number paragraphs per language and sentences per paragraph', () => {
    expect([...textSegments(text)].map((segment) => segment.id)).toEqual(['en-p1-s1', 'en-p1-s2', 'fa-p1-s1', 'fa-p1-s2', 'en-p2-s1'])
  })

  it('should give the line and column of each segment and its normalized text', () => {
    for (const segment of textSegments(text)) {
      const before = text.slice(0, segment.start).split('\n')
      expect([segment.line, segment.column]).toEqual([before.length, (before.at(-1)?.length ?? 0) + 1])
      expect(segment.norm).toBe(normalizePersian(segment.text))
      expect(text.slice(segment.start, segment.end).replace(/\s*\n\s*/g, ' ')).toBe(segment.text)
    }
  })

  it('should give the sentences of segmentText one at a time', () => {
    for (const source of corpus) {
      expect([...textSentences(source)].map(({ start, end, lang, text: value, citations }) => ({ start, end, lang, text: value, citations }))).toEqual(segmentText(source))
    }
  })
})
