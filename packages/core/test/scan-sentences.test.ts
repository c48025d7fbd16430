import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Root } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { scanSentences, scanWords, splitSentences, tagCitations, type Lang, type SentenceSpan } from '../src/index.js'
import { parserFor } from '../src/lib/segment-text.js'
import { characterSoup, paragraph, prose } from './scan-arbitraries.js'

const languages = ['fa', 'en'] as const
const corpus = ['ghani-askarian-1400', 'rasooli-sani-1401'].flatMap((id) =>
  ['article.md', 'source.txt'].map((name) => readFileSync(new URL(`../../../corpus/${id}/${name}`, import.meta.url), 'utf8'))
)
const corpusParagraphs = corpus.flatMap((text) => text.split(/\n[ \t]*(?:\r?\n[ \t]*)+/))

/** The reference words: `WordNode` spans of the retext parser `splitSentences` uses. */
function referenceWords(text: string, lang: Lang): SentenceSpan[] {
  const tree: Root = parserFor(lang).parse(text.replace(/[\r\n\u2028\u2029]/g, ' '))
  const words: SentenceSpan[] = []
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }): void => {
    if (node.type === 'WordNode') words.push({ start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1 })
    else for (const child of node.children ?? []) visit(child as never)
  }
  visit(tree as never)
  return words
}

describe('scanSentences', () => {
  it('should split sentences in Persian and English', () => {
    const persian = 'این یک جمله است. آیا درست است؟ نرخ ۳٫۵ درصد بود (Walt et al. 1987: 3.4). بله!'
    expect(scanSentences(persian, 'fa').map((span) => persian.slice(span.start, span.end))).toEqual([
      'این یک جمله است.',
      'آیا درست است؟',
      'نرخ ۳٫۵ درصد بود (Walt et al. 1987: 3.4).',
      'بله!'
    ])
    const english = 'Dr. Smith met Mr. Jones in the U.S. in Jan. 2001. They left… e.g. for home.'
    expect(scanSentences(english, 'en').map((span) => english.slice(span.start, span.end))).toEqual([
      'Dr. Smith met Mr. Jones in the U.S. in Jan. 2001.',
      'They left… e.g. for home.'
    ])
  })

  it('should not end a sentence after a reference abbreviation before a number, or after vs.', () => {
    const english = 'See Fig. 3 and No. 5 of vol. 2, pp. 3–7 and art. 51 of it. Prices rose in 2020 vs. 2019. Roe vs. Wade held. It was no. Then came Fig. A.'
    const expected = [
      'See Fig. 3 and No. 5 of vol. 2, pp. 3–7 and art. 51 of it.',
      'Prices rose in 2020 vs. 2019.',
      'Roe vs. Wade held.',
      'It was no.',
      'Then came Fig.',
      'A.'
    ]
    expect(scanSentences(english, 'en').map((span) => english.slice(span.start, span.end))).toEqual(expected)
    expect(splitSentences(english, 'en').map((span) => english.slice(span.start, span.end))).toEqual(expected)
    const persian = 'در سال ۱۳۵۷ ش. انقلاب شد. نک. ص. ۱۲ همین کتاب.'
    expect(scanSentences(persian, 'fa').map((span) => persian.slice(span.start, span.end))).toEqual([
      'در سال ۱۳۵۷ ش. انقلاب شد.',
      'نک. ص. ۱۲ همین کتاب.'
    ])
  })

  it('should give the spans of splitSentences on every corpus paragraph, with citations protected', () => {
    for (const text of corpusParagraphs) {
      for (const lang of languages) {
        const citations = tagCitations(text)
        expect(scanSentences(text, lang, citations)).toEqual(splitSentences(text, lang, citations))
      }
    }
  })

  for (const [name, arbitrary] of [['generated paragraphs', paragraph], ['character soup', characterSoup], ['generated prose', prose]] as const) {
    for (const lang of languages) {
      it(`should give the spans of splitSentences on ${name} (${lang})`, () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            expect(scanSentences(text, lang)).toEqual(splitSentences(text, lang))
          }),
          { seed: 20_251_122, numRuns: 1500 }
        )
      })
    }
  }

  it('should keep the spans of splitSentences when protected spans cut boundaries', () => {
    const withGuards = paragraph.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 })).map(([start, length]) => ({ start, end: Math.min(text.length, start + length) })),
          { maxLength: 5 }
        ),
        fc.constantFrom(...languages)
      )
    )
    fc.assert(
      fc.property(withGuards, ([text, guards, lang]) => {
        expect(scanSentences(text, lang, guards)).toEqual(splitSentences(text, lang, guards))
      }),
      { seed: 20_251_122, numRuns: 1500 }
    )
  })

  it('should treat abbreviations before a full stop like the reference parsers', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789'
    const candidates = new Set<string>(['cap', 'cca', 'cent', 'cit', 'con', 'cwt', 'ead', 'etc', 'ibid', 'nem', 'pro', 'seq', 'sic', 'stat', 'tem', 'viz', 'thurs', 'tbsp', 'sept', 'Calif', 'Northumb', 'Messrs', 'Mme', 'Mlle', 'Qué', '1000', '999', 'İ', 'ß'])
    for (const first of letters) {
      candidates.add(first)
      candidates.add(first.toUpperCase())
      for (const second of letters) candidates.add(first + second)
    }
    for (const word of candidates) {
      const text = `See ${word}. Then ${word}. more. ${word}.`
      for (const lang of languages) expect(scanSentences(text, lang), `${word} (${lang})`).toEqual(splitSentences(text, lang))
    }
  })
})

describe('scanWords', () => {
  it('should keep ZWNJ words, numbers and initialisms whole', () => {
    const text = 'دولت‌ها ۳٫۵ درصد و ۱٬۲۰۰ واحد در ۱۳۹۹/۰۴/۱۵ (ه.ش.) U.S. e.g. .net'
    expect(scanWords(text, 'fa').map((span) => text.slice(span.start, span.end))).toEqual([
      'دولت‌ها', '۳٫۵', 'درصد', 'و', '۱٬۲۰۰', 'واحد', 'در', '۱۳۹۹/۰۴/۱۵', 'ه.ش.', 'U.S.', 'e.g.', '.net'
    ])
  })

  it('should give the words of the retext parsers on the corpus', () => {
    for (const text of corpusParagraphs) {
      for (const lang of languages) expect(scanWords(text, lang)).toEqual(referenceWords(text, lang))
    }
  })

  for (const [name, arbitrary] of [['generated paragraphs', paragraph], ['character soup', characterSoup], ['generated prose', prose]] as const) {
    for (const lang of languages) {
      it(`should give the words of the retext parsers on ${name} (${lang})`, () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            expect(scanWords(text, lang)).toEqual(referenceWords(text, lang))
          }),
          { seed: 20_251_122, numRuns: 1500 }
        )
      })
    }
  }
})
