import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePersian } from '../src/index.js'

const seed = 20261122

describe('normalizePersian', () => {
  it('should turn Arabic letter variants and presentation forms into Persian letters', () => {
    expect(normalizePersian('كشورهاي عربي')).toBe('کشورهای عربی')
    expect(normalizePersian('\uFEFB\uFEE1')).toBe('لام')
    expect(normalizePersian('مطالعة موردي')).toBe('مطالعه موردی')
  })

  it('should remove kashida and optional diacritics, and the ezafe hamza', () => {
    expect(normalizePersian('مطلـــوب')).toBe('مطلوب')
    expect(normalizePersian('كِتابٌ')).toBe('کتاب')
    expect(normalizePersian('مطالعۀ موردی')).toBe('مطالعه موردی')
  })

  it('should put ZWNJ after می/نمی and before ها/های/هایی/تر/ترین', () => {
    expect(normalizePersian('مي شود و نمی توان')).toBe('می‌شود و نمی‌توان')
    expect(normalizePersian('دولت ها و ائتلاف های بزرگ تر و مهم ترین')).toBe('دولت‌ها و ائتلاف‌های بزرگ‌تر و مهم‌ترین')
    expect(normalizePersian('خانه ای')).toBe('خانه‌ای')
  })

  it('should fix spacing around Persian punctuation', () => {
    expect(normalizePersian('ایران ، روسیه ؛ چین ؟')).toBe('ایران، روسیه؛ چین؟')
    expect(normalizePersian('ایران،روسیه')).toBe('ایران، روسیه')
    expect(normalizePersian('« نظام »')).toBe('«نظام»')
  })

  it('should unify digits in the normalized form', () => {
    expect(normalizePersian('سال ۱۳۹۸ و ٢٠١٩ و ۳٫۵')).toBe('سال 1398 و 2019 و 3.5')
    expect(normalizePersian('سال ۱۳۹۸', { digits: 'keep' })).toBe('سال ۱۳۹۸')
  })

  it('should leave Latin-script runs untouched', () => {
    const latin = '(Walt,  1987: 3-4) 2019, and 95.5% of  EAEU , et al.'
    expect(normalizePersian(latin)).toBe(latin)
    expect(normalizePersian(`ایران ${latin} روسیه`)).toBe(`ایران ${latin} روسیه`)
  })

  it('should honour options turning steps off', () => {
    expect(normalizePersian('كتاب', { letters: false })).toBe('كتاب')
    expect(normalizePersian('مي شود', { affixes: false })).toBe('می شود')
  })

  const persianAlphabet = [...'اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀـًٌٍَُِّ ‌،؛؟«».!:0123456789۰۱۲۳۴۵۶۷۸۹٫abcXYZ()\n']
  const mixedText = fc.array(fc.constantFrom(...persianAlphabet), { maxLength: 80 }).map((chars) => chars.join(''))

  it('should be idempotent (property)', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const once = normalizePersian(text)
        expect(normalizePersian(once)).toBe(once)
      }),
      { seed, numRuns: 2000 }
    )
  })

  it('should never change a text without Arabic-script characters (property)', () => {
    const latinText = fc.string({ maxLength: 80 }).filter((text) => !/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC\u200C]/.test(text))
    fc.assert(
      fc.property(latinText, (text) => {
        expect(normalizePersian(text)).toBe(text)
      }),
      { seed, numRuns: 2000 }
    )
  })
})
