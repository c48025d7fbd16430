import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenizeEnglish, tokenizePersian } from '../src/index.js'
import { documentOf, tokenizeDocument } from '../src/lib/token-document.js'

const seed = 20261122
const englishWords = ['Iran', 'iran', 'Russia', 'alliances', 'alliance', 'threat', '1,987', '1987', 'the', "Walt's", 'security', 'US', 'x']
const persianWords = ['ایران', 'روسیه', 'اتحادها', 'اتحاد', 'تهدید', '۱۳۶۶', '1366', 'والت', 'و', 'در', 'Walt', 'NATO', 'می‌شود', '۱۲/۵']
const sentences = (pool: string[]): fc.Arbitrary<string[]> =>
  fc.array(
    fc.array(fc.constantFrom(...pool), { maxLength: 15 }).map((words) => words.join(' ')),
    { maxLength: 40 }
  )

describe('tokenizeDocument', () => {
  it('should give back every sentence as the tokenizer made it (property)', () => {
    fc.assert(
      fc.property(sentences(englishWords), sentences(persianWords), (en, fa) => {
        for (const [texts, tokenize] of [
          [en, tokenizeEnglish],
          [fa, tokenizePersian]
        ] as const) {
          const document = tokenizeDocument(texts, tokenize)
          expect(document.count).toBe(texts.length)
          texts.forEach((text, s) => expect(document.sentence(s)).toEqual(tokenize(text)))
          expect(documentOf(texts.map(tokenize)).sentenceTypes.subarray(0, document.sentenceStart[document.count])).toEqual(
            document.sentenceTypes.subarray(0, document.sentenceStart[document.count])
          )
        }
      }),
      { seed, numRuns: 100 }
    )
  })

  it('should keep each distinct token once and number keys and (kind, key) pairs apart', () => {
    const document = tokenizeDocument(['Iran iran Iran', 'Iran 1987', 'iran'], tokenizeEnglish)
    // `Iran` and `iran`: two types (two surfaces), one key, one (kind, key) pair.
    expect(document.types.map((token) => token.surface)).toEqual(['Iran', 'iran', '1987'])
    expect(document.typeKey[0]).toBe(document.typeKey[1])
    expect(document.typeToken[0]).toBe(document.typeToken[1])
    expect(document.typeToken[2]).not.toBe(document.typeToken[0])
    expect(Array.from(document.sentenceTypes.subarray(0, document.sentenceStart[3]))).toEqual([0, 1, 0, 0, 2, 1])
  })
})
