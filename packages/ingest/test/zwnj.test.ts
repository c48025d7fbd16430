import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadPersianLexicon, restoreZwnj, seededRandom, type PersianLexicon } from '../src/index.js'

const seed = 20261122
const corpusRoot = join(import.meta.dirname, '..', '..', '..', 'corpus')
const persianWord = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+/g

function persianParagraphs(id: string): string[] {
  const text = readFileSync(join(corpusRoot, id, 'article.md'), 'utf8')
  return text
    .slice(text.indexOf('<div lang="fa"'))
    .split('\n')
    .filter((line) => /[\u0600-\u06FF]/.test(line) && !/^[<|#]/.test(line))
}

describe('restoreZwnj', () => {
  const lexicon = loadPersianLexicon({ exclude: ['ghani-askarian-1400'] })
  const repair = (text: string): string => restoreZwnj(text, { line: 1, lexicon }).text

  it('should join the verbal prefixes می and نمی to the verb', () => {
    expect(repair('گفته می شود که نمی توان')).toBe('گفته می‌شود که نمی‌توان')
    expect(repair('میشود و نمیتوان')).toBe('می‌شود و نمی‌توان')
  })

  it('should attach plural and comparative suffixes: ZWNJ after a joining letter only', () => {
    expect(repair('دولت ها و سیاست های کشور ها')).toBe('دولت‌ها و سیاست‌های کشورها')
    expect(repair('سیاستهای مهم ترین')).toBe('سیاست‌های مهم‌ترین')
  })

  it('should attach ای and the short verb endings after ه', () => {
    expect(repair('منطقه ای و منطقهای')).toBe('منطقه‌ای و منطقه‌ای')
    expect(repair('گفته اند')).toBe('گفته‌اند')
  })

  it('should join productive compounds', () => {
    expect(repair('واقع گرایی و ائتلاف سازی')).toBe('واقع‌گرایی و ائتلاف‌سازی')
  })

  it('should write the second part of a family name with ZWNJ after a joining letter', () => {
    expect(repair('به نظر کریمی آبادی و حسن پور')).toBe('به نظر کریمی‌آبادی و حسن‌پور')
    expect(repair('به نظر حسنزاده و احمدپور')).toBe('به نظر حسن‌زاده و احمدپور')
    // After a non-joining letter, or after a preposition or determiner, nothing changes.
    for (const text of ['این آبادی کوچک است', 'در آبادی ماند', 'او در تهران زاده شد', 'او زاده شد']) expect(repair(text), text).toBe(text)
  })

  it('should leave words that are written together or apart alone', () => {
    for (const text of ['بیشتر و بهتر', 'در میان این دو', 'در حال گذار', 'واحدهای نظامی', 'کتاب را خواند']) {
      expect(repair(text), text).toBe(text)
    }
  })

  it('should report each change with its place and rule', () => {
    const result = restoreZwnj('این می شود', { line: 4, lexicon })
    expect(result.changes).toEqual([
      { step: 'zwnj', line: 4, column: 5, before: 'می شود', after: 'می‌شود', note: 'verbal prefix' }
    ])
    expect(result.unresolved).toEqual([])
  })

  it('should change only spaces and joiners, never letters', () => {
    const words = [...new Set(persianParagraphs('ghani-askarian-1400').flatMap((line) => line.match(persianWord) ?? []))]
    const pieces = words.flatMap((word) => word.split('\u200C'))
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), fc.boolean(), (sample, spaced) => {
        const text = sample.join(spaced ? ' ' : ' و ')
        expect(repair(text).replace(/[\s\u200C]/g, '')).toBe(text.replace(/[\s\u200C]/g, ''))
      }),
      { seed, numRuns: 200 }
    )
  })

  it('should restore lost ZWNJ of an article the counts leave out with high precision', () => {
    const random = seededRandom(seed)
    let correct = 0
    let wrong = 0
    for (const [index, paragraph] of persianParagraphs('ghani-askarian-1400').entries()) {
      const lost = paragraph.replace(/\u200C/g, () => (random() < 0.5 ? ' ' : ''))
      const reference = new Set(paragraph.match(persianWord) ?? [])
      for (const change of restoreZwnj(lost, { line: index + 1, lexicon }).changes) {
        if (reference.has(change.after)) correct++
        else wrong++
      }
    }
    expect(correct).toBeGreaterThan(400)
    expect(correct / (correct + wrong)).toBeGreaterThan(0.95)
  })
})

describe('restoreZwnj: compounds the counts write both ways', () => {
  /** A lexicon of made-up counts: every listed word known, pairs counted as given. */
  function countedLexicon(words: Record<string, number>, pairs: Record<string, number>): PersianLexicon {
    return {
      size: Object.keys(words).length,
      has: (word) => word in words,
      frequency: (word) => words[word] ?? 0,
      bigram: (first, second) => pairs[`${first} ${second}`] ?? 0
    }
  }
  const repair = (text: string, lexicon: PersianLexicon): string => restoreZwnj(text, { line: 1, lexicon }).text

  it('should keep a space after a non-joining letter when the counts see the parts apart as well', () => {
    const lexicon = countedLexicon({ پر: 20, کار: 30, پرکار: 6, کم: 20, کمکار: 0 }, { 'پر کار': 1 })
    expect(repair('او پر کار است', lexicon)).toBe('او پر کار است')
  })

  it('should still join such a compound when the counts never see its parts apart', () => {
    const lexicon = countedLexicon({ پر: 20, کار: 30, پرکار: 6 }, {})
    expect(repair('او پر کار است', lexicon)).toBe('او پرکار است')
  })

  it('should still join a ZWNJ compound the counts see mostly together', () => {
    const zwnjWord = 'کم\u200Cکار'
    const lexicon = countedLexicon({ کم: 20, کار: 30, [zwnjWord]: 8 }, { 'کم کار': 9 })
    expect(repair('او کم کار است', lexicon)).toBe(`او ${zwnjWord} است`)
  })
})
