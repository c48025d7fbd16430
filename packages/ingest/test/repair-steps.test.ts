import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  removeKashida,
  repairFootnoteDigits,
  repairLetterForms,
  repairMirroredBrackets,
  restoreRunOrder,
  splitAtoms,
  tokenDistance
} from '../src/index.js'
import * as ingestApi from '../src/index.js'

const at = { line: 7 }

describe('@matn/ingest', () => {
  it('should expose its public API', () => {
    expect(Object.keys(ingestApi).sort()).toEqual([
      'DocumentCounts',
      'applyGlyphDamage',
      'completeGlyphChannel',
      'compoundAnalyses',
      'createGlyphMapDecoder',
      'createRunOrderStep',
      'createZwnjRestorer',
      'decodeGlyphMap',
      'defaultGlyphChannel',
      'defaultPipeline',
      'detectGlyphMapDamage',
      'documentCompounds',
      'documentGlyphChannel',
      'draftArticle',
      'estimateGlyphChannel',
      'ezafeCannotPrecede',
      'glyphForm',
      'glyphMapCandidates',
      'ingest',
      'kashidaRunEvidence',
      'loadPersianLexicon',
      'persianLexiconArticles',
      'persianWordChains',
      'persianWordKey',
      'prepareGlyphMapDecoder',
      'prepareRotatedWords',
      'prepareZwnj',
      'removeKashida',
      'repairFootnoteDigits',
      'repairLetterForms',
      'repairLines',
      'repairMirroredBrackets',
      'restoreRunOrder',
      'restoreZwnj',
      'seededRandom',
      'spaceMarkPairs',
      'splitAtoms',
      'splitRawLines',
      'tokenDistance'
    ])
  })
})

describe('letter forms', () => {
  it('should turn Arabic yeh, kaf and teh marbuta into Persian letters', () => {
    const result = repairLetterForms('نظرية كلاسيك يكي', at)
    expect(result.text).toBe('نظریۀ کلاسیک یکی')
    expect(result.changes[0]).toMatchObject({ step: 'letter-forms', line: 7, column: 4, before: 'ية', after: 'یۀ' })
  })

  it('should turn presentation forms into base letters and leave Latin and digits alone', () => {
    expect(repairLetterForms('\uFEEB\uFEE0\uFE8E Walt 1987', at).text).toBe('هلا Walt 1987')
  })

  it('should drop the alef doubled before the Allah ligature at the start of a word, and report it', () => {
    const result = repairLetterForms('حزب االله و آیت\u200Cاﷲ', at)
    expect(result.text).toBe('حزب الله و آیت\u200Cالله')
    expect(result.changes).toContainEqual(expect.objectContaining({ step: 'letter-forms', column: 5, before: 'االله', after: 'الله' }))
  })

  it('should keep an alef before the ligature inside a word, and a single alef at a word start', () => {
    expect(repairLetterForms('ماالله الله اللهم', at).text).toBe('ماالله الله اللهم')
  })

  it('should never leave a word starting with the doubled alef before the ligature', () => {
    const piece = fc.constantFrom('ا', 'الله', 'االله', 'اﷲ', ' ', '\u200C', 'ب', 'حزب')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => !/(?:^|[\s\u200C])االله/u.test(repairLetterForms(pieces.join(''), at).text)),
      { seed: 7 }
    )
  })

  it('should leave Persian text unchanged and report nothing', () => {
    const result = repairLetterForms('کشورهای یکپارچه', at)
    expect(result).toEqual({ text: 'کشورهای یکپارچه', changes: [], unresolved: [] })
  })
})

describe('kashida', () => {
  it('should remove kashida inside words and a kashida standing alone', () => {
    expect(removeKashida('مطلـوب بـراي روش ـ مطلوب', at).text).toBe('مطلوب براي روش مطلوب')
  })

  it('should never change a text without kashida', () => {
    fc.assert(
      fc.property(fc.string().filter((value) => !value.includes('\u0640')), (value) => removeKashida(value, at).text === value),
      { seed: 42 }
    )
  })
})

describe('mirrored brackets', () => {
  it('should swap brackets that only balance when swapped and move the full stop out', () => {
    expect(repairMirroredBrackets('خوانده است )Raisi, 2022 . (', at).text).toBe('خوانده است (Raisi, 2022).')
  })

  it('should move a full stop left after an opening bracket to after the closing one', () => {
    expect(repairMirroredBrackets('بوده است (.Moshirzadeh, 2014: 72) واقع', at).text).toBe('بوده است (Moshirzadeh, 2014: 72). واقع')
  })

  it('should leave a lone bracket and a well-formed citation alone', () => {
    expect(repairMirroredBrackets('ادامه (Walt,', at).text).toBe('ادامه (Walt,')
    expect(repairMirroredBrackets('است (Walt, 1987: 3-4).', at).changes).toEqual([])
  })

  it('should close brackets on the year of a Persian reference when the words inside lead on', () => {
    expect(repairMirroredBrackets('نوری (1398 در مقالۀ) دیگری با عنوان', at).text).toBe('نوری (1398) در مقالۀ دیگری با عنوان')
    expect(repairMirroredBrackets('(رومی 1399 در مقالۀ)» بازشناسی', at).text).toBe('رومی (1399) در مقالۀ» بازشناسی')
    expect(repairMirroredBrackets('از سال (2005 به) بعد', at).text).toBe('از سال (2005) به بعد')
  })

  it('should put the name before the year when run order drew the year to the end of the brackets', () => {
    expect(repairMirroredBrackets('(کریمی در مقالۀ 1390)«عنوان» از', at).text).toBe('کریمی (1390) در مقالۀ«عنوان» از')
    expect(repairMirroredBrackets('(حسنی و کریمی در نوشتۀ 1395) گفتند', at).text).toBe('حسنی و کریمی (1395) در نوشتۀ گفتند')
    // The words before the year can end a phrase: the bracket may be printed so.
    expect(repairMirroredBrackets('(کریمی در تهران 1390) گفت', at).changes).toEqual([])
  })

  it('should leave a year in brackets with words that can end a phrase as printed', () => {
    expect(repairMirroredBrackets('در این دوره (1390 به بعد) روابط', at).changes).toEqual([])
    expect(repairMirroredBrackets('در سال (2005 میلادی) فروش', at).changes).toEqual([])
    expect(repairMirroredBrackets('نوری (1398) در مقالۀ', at).changes).toEqual([])
  })
})

describe('footnote digits', () => {
  it('should move a digit glued to the front of a word to the word before it', () => {
    const result = repairFootnoteDigits('جان مرشایمر 1تهاجمی', at)
    expect(result.text).toBe('جان مرشایمر1 تهاجمی')
    expect(result.changes).toHaveLength(1)
  })

  it('should not touch numbers written apart from words', () => {
    expect(repairFootnoteDigits('بر اساس جدول 1 و جدول 2', at).changes).toEqual([])
  })
})

describe('atoms', () => {
  it('should keep a Latin citation whole and split its mirrored brackets off', () => {
    const atoms = splitAtoms('واقع).Moshirzadeh, 2014: 72(است')
    expect(atoms.map((atom) => atom.text)).toEqual(['واقع', ')', '.', 'Moshirzadeh, 2014: 72', '(', 'است'])
    expect(atoms.map((atom) => atom.kind)).toEqual(['word', 'punct', 'punct', 'ltr', 'punct', 'word'])
  })

  it('should record the gaps between atoms', () => {
    const atoms = splitAtoms('الف  ب ج')
    expect(atoms.map((atom) => atom.gap)).toEqual([0, 2, 1])
  })
})

describe('run order', () => {
  // A small document: the first lines are in reading order and teach the word pairs; the
  // last line is the second printed in visual order (its runs reversed, a word split across runs).
  const document = [
    'روابط بین‌الملل در وضعیت آنارشیک است و کشورها برای تأمین امنیت تلاش می‌کنند.',
    'کشورها برای تأمین امنیت در وضعیت آنارشیک به خود متکی هستند.',
    'در وضعیت آنارشیک کشورها برای تأمین امنیت به خود متکی هستند.',
    'امنیت به خود متکی هستند.   ک کشورها برای تأمین  در وضعیت آنارشی'
  ]

  it('should reverse the runs of a visual-order line and rejoin a word split across runs', () => {
    const results = restoreRunOrder(document)
    expect(results[3]?.text).toBe('در وضعیت آنارشیک کشورها برای تأمین امنیت به خود متکی هستند.')
    expect(results[3]?.changes[0]).toMatchObject({ step: 'run-order', line: 4 })
  })

  it('should leave lines already in reading order as they are', () => {
    const results = restoreRunOrder(document)
    for (const index of [0, 1, 2]) expect(results[index]?.text).toBe(document[index])
  })

  it('should keep a Latin run and a number in their own order', () => {
    const results = restoreRunOrder([...document, 'است (Walt, 1987: 3-4) امنیت به خود متکی هستند.'])
    expect(results[4]?.text).toContain('(Walt, 1987: 3-4)')
  })

  it('should never add or lose letters', () => {
    const letters = (value: string): string => [...value.replace(/[^\p{L}]/gu, '')].sort().join('')
    fc.assert(
      fc.property(fc.array(fc.constantFrom('در', 'وضعیت', 'آنارشی', 'ک', 'کشور', 'ها', '.', 'Walt', '1987', ' ', '  '), { maxLength: 14 }), (parts) => {
        const line = parts.join(' ')
        const [result] = restoreRunOrder([line])
        return letters(result?.text ?? '') === letters(line)
      }),
      { seed: 7, numRuns: 200 }
    )
  })
})

describe('token distance', () => {
  it('should count token edits', () => {
    expect(tokenDistance('a b c', 'a c b')).toBe(2)
    expect(tokenDistance('a b', 'a b')).toBe(0)
  })

  it('should give the edit distance of the whole token lists, shared start and end included', () => {
    // Reference: the full table over every token, as the distance is defined.
    const reference = (before: string[], after: string[]): number => {
      let row = Array.from({ length: after.length + 1 }, (_, index) => index)
      for (let i = 1; i <= before.length; i += 1) {
        const next = [i]
        for (let j = 1; j <= after.length; j += 1) {
          next.push(Math.min((row[j - 1] as number) + (before[i - 1] === after[j - 1] ? 0 : 1), (row[j] as number) + 1, (next[j - 1] as number) + 1))
        }
        row = next
      }
      return row[after.length] as number
    }
    const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'کتاب', 'ها'), { maxLength: 9 })
    fc.assert(
      fc.property(tokens, tokens, tokens, tokens, (shared, before, after, tail) => {
        const left = [...shared, ...before, ...tail]
        const right = [...shared, ...after, ...tail]
        return tokenDistance(left.join(' '), ` ${right.join('  ')}`) === reference(left, right)
      }),
      { seed: 20261123, numRuns: 500 }
    )
  })
})

describe('citations outside their brackets', () => {
  it('should put stray brackets back around a Latin citation', () => {
    expect(repairMirroredBrackets('می‌تواند( مخرب باشد Walt 1997: 933 بنابر). این در نظریه', at).text).toBe(
      'می‌تواند مخرب باشد (Walt 1997: 933). بنابر این در نظریه'
    )
  })

  it('should close brackets on the citation when run order put Persian words inside them', () => {
    expect(repairMirroredBrackets('باشد (Walt 1997: 933 بنابر).این در نظریه', at).text).toBe('باشد (Walt 1997: 933). بنابر این در نظریه')
    expect(repairMirroredBrackets('(چیزی را درک می‌کنند؟ Harknett, 2012).', at).text).toBe('چیزی را درک می‌کنند؟ (Harknett, 2012).')
  })

  it('should close brackets on an author of several words, a title cited as its author and a page without a colon', () => {
    expect(repairMirroredBrackets('منطقه (گرایی و همگرایی Rasooli Saniabadi and Ebrahimi, 2020:474) است', at).text).toBe('منطقه گرایی و همگرایی (Rasooli Saniabadi and Ebrahimi, 2020:474) است')
    expect(repairMirroredBrackets('است (Export value of goods from Russia, 2021 بنابر آمار و ارقام).', at).text).toBe('است (Export value of goods from Russia, 2021). بنابر آمار و ارقام')
    expect(repairMirroredBrackets('و (امن‌تر هستند Waltz 1979 127). در', at).text).toBe('و امن‌تر هستند (Waltz 1979 127). در')
  })

  it('should put stray brackets around a citation whose author is several capitalized words', () => {
    const text = repairMirroredBrackets(') دهد اند Russia’s Top Trading Partners, 2021 شایان توجه. (', at).text
    expect(text).toContain('اند (Russia’s Top Trading Partners, 2021) شایان')
    expect(text).not.toMatch(/[()].*[()].*[()]/)
  })

  it('should close brackets on the year of a Persian reference when they open before a sentence end', () => {
    expect(repairMirroredBrackets('(ابزاری برای هدف‌های خود تبدیل کند. غنی و اصغریان 1400) در', at).text).toBe('ابزاری برای هدف‌های خود تبدیل کند. غنی و اصغریان (1400) در')
    expect(repairMirroredBrackets('است (نوری 1400) و', at).changes).toEqual([])
  })

  it('should put a name printed glued after the year before it (a visual-order line prints the year to its left)', () => {
    expect(repairMirroredBrackets('(1400نوری در مقالۀ) «ماهیت»', at).text).toBe('نوری (1400) در مقالۀ «ماهیت»')
    expect(repairMirroredBrackets('(1400نوری است)', at).text).toBe('(1400نوری است)')
  })

  it('should put the year of a citation before its page when the colon came out glued to the year', () => {
    expect(repairMirroredBrackets('است (Niakoui and Behmanesh, 99-100 :2012.) در این', at).text).toBe('است (Niakoui and Behmanesh, 2012: 99-100). در این')
    expect(repairMirroredBrackets('سال 12 :2012 بود', at).changes).toEqual([])
  })

  it('should leave a bracketed citation and a line without stray brackets alone', () => {
    expect(repairMirroredBrackets('است (Walt, 1987: 3-4) و', at).changes).toEqual([])
    expect(repairMirroredBrackets('نظر Walt 1987 است', at).changes).toEqual([])
    expect(repairMirroredBrackets('است (به نظر او) و (Walt, 1987: 3-4) و', at).changes).toEqual([])
  })
})
