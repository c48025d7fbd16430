import { describe, expect, it } from 'vitest'
import { Lexicon, domainLexicon, headingRole, persianKey, persianStem, runInLabelRole, tokenizeEnglish, tokenizePersian } from '../src/index.js'

const keys = (tokens: Array<{ key: string }>): string[] => tokens.map((token) => token.key)

describe('tokenizers', () => {
  it('should stem Persian inflection joined by ZWNJ or written solid', () => {
    expect(persianStem('ائتلاف‌ها')).toBe('ائتلاف')
    expect(persianStem('تهدیدهای')).toBe('تهدید')
    expect(persianStem('می‌کنند')).toBe('کنند')
    expect(persianStem('بزرگ‌ترین')).toBe('بزرگ')
    expect(persianKey('اسلامي')).toBe('اسلام')
    expect(persianStem('ایران')).toBe('ایران')
  })

  it('should keep content words, Latin strings and numbers of a Persian sentence, in any digit system', () => {
    const { tokens } = tokenizePersian('نظریۀ موازنۀ تهدید والت (Walt, 1987) در سال ۱۳۹۸ و 0/501 امتیاز.')
    expect(keys(tokens)).toEqual(['نظریه', 'موازنه', 'تهدید', 'والت', 'walt', '1987', 'سال', '1398', '0.501', 'امتیاز'])
    const year = tokens.find((token) => token.key === '1398')
    expect(year?.alternatives).toEqual(['2019', '2020'])
  })

  it('should drop English function words, stem content words and split hyphens', () => {
    expect(keys(tokenizeEnglish("Iran's coalition-building approach in 1,000 days").tokens)).toEqual(['iran', 'coalit', 'build', 'approach', '1000', 'dai'])
  })

  it('should measure Gale–Church length without white space', () => {
    expect(tokenizePersian('ایران و روسیه').length).toBe(11)
  })
})

describe('Lexicon', () => {
  it('should keep word pairs as translations and longer pairs as phrases, on matching keys', () => {
    const lexicon = new Lexicon()
    expect(lexicon.add('Alliances', 'اتحادها')).toBe(true)
    expect(lexicon.add('alliance', 'اتحاد')).toBe(false)
    expect(lexicon.add('balance of power', 'موازنۀ قوا')).toBe(true)
    expect(lexicon.add('of', 'از')).toBe(false)
    expect([...(lexicon.words.get('allianc') ?? [])]).toEqual(['اتحاد'])
    expect(lexicon.phrases).toEqual([{ en: ['balanc', 'power'], fa: ['موازنه', 'قوا'] }])
    expect(lexicon.size).toBe(2)
  })

  it('should ship a domain lexicon and hand out independent copies', () => {
    const one = domainLexicon()
    const size = one.size
    expect(size).toBeGreaterThan(500)
    one.add('zzz', 'ززز')
    expect(domainLexicon().size).toBe(size)
  })
})

describe('section roles', () => {
  it('should read the role of Persian and English headings and of run-in labels', () => {
    expect(headingRole('چکیده', 'fa')).toBe('abstract')
    expect(headingRole('مقدمه', 'fa')).toBe('introduction')
    expect(headingRole('نتیجه‌گیری', 'fa')).toBe('conclusion')
    expect(headingRole('پیشینۀ پژوهش', 'fa')).toBe('literature')
    expect(headingRole('چارچوب نظری', 'fa')).toBe('theory')
    expect(headingRole('ائتلاف ایران و روسیه در بحران سوریه', 'fa')).toBeUndefined()
    expect(headingRole('3. Methodology', 'en')).toBe('method')
    expect(runInLabelRole('Results and Discussion: To answer the main question…')).toBe('body')
    expect(runInLabelRole('Methodology (and theoretical framework if there are): In terms of method')).toBe('method')
    expect(runInLabelRole('In this way, as much as the West')).toBeUndefined()
  })
})
