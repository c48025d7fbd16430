import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dominantScript, normalizePersian, type NormalizeOptions } from '../src/index.js'
import { referenceNormalizePersian } from './normalize-reference.js'

const alphabet = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیء', 'می', 'نمی', 'ها', 'های', 'هایی', 'تر', 'ترین', 'ای', 'ه',
  'ي', 'ى', 'ې', 'ك', 'ڪ', 'ة', 'ە', 'ہ', 'ھ', 'ٱ', 'ٲ', 'ٳ', 'ـ', 'ـــ', '\u064B', '\u064E', '\u0650', '\u0652', 'ۀ', 'ه\u0654', '\u0654',
  '\u200C', '\u200C\u200C', '\u200D', ' ', ' ', ' ', '  ', '\t', '\n', '\u00A0', '«', '»', '،', '؛', '؟', '.', '!', ':', '(', ')', ']',
  '۱', '۲', '٣', '٫', '٬', '1', '0', 'a', 'B', 'z', 'é', '\uFEF1', '\uFB8E', '\uFDF2', '\uFC5E', '\uFE8D', 'ݐ', 'ࢠ'
]
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((pieces) => pieces.join(''))
const options = fc.record(
  {
    letters: fc.boolean(),
    presentationForms: fc.boolean(),
    kashida: fc.boolean(),
    diacritics: fc.boolean(),
    affixes: fc.boolean(),
    punctuationSpacing: fc.boolean(),
    bidiControls: fc.boolean(),
    digits: fc.constantFrom<'latin' | 'keep'>('latin', 'keep')
  },
  { requiredKeys: [] }
)

describe('normalizePersian skipping absent steps', () => {
  it('should give what running every step gives', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(normalizePersian(value)).toBe(referenceNormalizePersian(value))
      }),
      { seed: 20_251_122, numRuns: 20_000 }
    )
  })

  it('should give what running every step gives, with any options', () => {
    fc.assert(
      fc.property(text, options, (value, settings: NormalizeOptions) => {
        expect(normalizePersian(value, settings)).toBe(referenceNormalizePersian(value, settings))
      }),
      { seed: 20_251_122, numRuns: 5000 }
    )
  })

  it('should give what running every step gives on long texts', () => {
    const long = fc.array(fc.constantFrom(...alphabet), { minLength: 40, maxLength: 300 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(long, (value) => {
        expect(normalizePersian(value)).toBe(referenceNormalizePersian(value))
      }),
      { seed: 20_251_122, numRuns: 3000 }
    )
  })

  it('should treat every code unit next to joiners, affixes and punctuation as the reference does', () => {
    // Each context puts the unit where a rule tests a class: white space around a joiner,
    // before a prefix, after a suffix, after ای, before a letter, around digits.
    const contexts = [
      (unit: string) => `ب\u200C${unit}`,
      (unit: string) => `${unit}\u200Cب`,
      (unit: string) => `${unit}می رفت`,
      (unit: string) => `${unit}نمی رفت`,
      (unit: string) => `می ${unit}`,
      (unit: string) => `کتاب ها${unit}`,
      (unit: string) => `خانه ای${unit}`,
      (unit: string) => `${unit} ترین`,
      (unit: string) => `ب ${unit} ،ب`,
      (unit: string) => `ب،${unit}`,
      (unit: string) => `۱٫${unit}`,
      (unit: string) => `ه${unit}\u0654`,
      (unit: string) => `ب \t ${unit}`,
      (unit: string) => `${unit}  ب`,
      (unit: string) => `ب ${unit}`,
      (unit: string) => `${unit} »`
    ]
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code)
      for (const context of contexts) {
        const value = context(unit)
        if (normalizePersian(value) !== referenceNormalizePersian(value)) {
          expect(normalizePersian(value), `U+${code.toString(16)} in ${JSON.stringify(value)}`).toBe(referenceNormalizePersian(value))
        }
      }
    }
  })

  it('should give what running every step gives on every corpus line', () => {
    for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
      for (const name of ['article.md', 'source.txt']) {
        const text = readFileSync(new URL(`../../../corpus/${id}/${name}`, import.meta.url), 'utf8')
        expect(normalizePersian(text)).toBe(referenceNormalizePersian(text))
        for (const line of text.split('\n')) expect(normalizePersian(line)).toBe(referenceNormalizePersian(line))
      }
    }
  })

  it('should return Latin text without Persian characters unchanged', () => {
    expect(normalizePersian('The policy (Walt, 1987: 3-4) holds.  Two  spaces.')).toBe('The policy (Walt, 1987: 3-4) holds.  Two  spaces.')
  })
})

describe('dominantScript on code units', () => {
  const arabicLetter = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]/
  const latinLetter = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/
  const reference = (value: string): 'fa' | 'en' | undefined => {
    let arabic = 0
    let latin = 0
    for (const character of value) {
      if (arabicLetter.test(character)) arabic++
      else if (latinLetter.test(character)) latin++
    }
    if (arabic === 0 && latin === 0) return undefined
    return arabic >= latin ? 'fa' : 'en'
  }
  const boundaries = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0x24f, 0x250, 0x61f, 0x620, 0x64a, 0x64b, 0x66d, 0x66e, 0x6d3, 0x6d4, 0x6d5, 0x6d6, 0x6ed, 0x6ee, 0x6ef, 0x6f0, 0x6f9, 0x6fa, 0x6ff, 0x700, 0x74f, 0x750, 0x77f, 0x780, 0x89f, 0x8a0, 0x8ff, 0x900, 0x1dff, 0x1e00, 0x1eff, 0x1f00, 0xd83d, 0xde00]

  it('should count letters like the regular expressions', () => {
    const unit = fc.oneof(fc.constantFrom(...boundaries), fc.integer({ min: 0, max: 0xffff }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const value = String.fromCharCode(...units)
        expect(dominantScript(value)).toBe(reference(value))
      }),
      { seed: 20_251_122, numRuns: 5000 }
    )
  })
})
