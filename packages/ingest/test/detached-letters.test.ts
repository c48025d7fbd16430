import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { restoreRunOrder, type PersianLexicon } from '../src/index.js'
import { DocumentCounts } from '../src/lib/repair/document-counts.js'
import { reattachDetachedLetters } from '../src/lib/repair/detached-letters.js'

/** A lexicon of headwords and of forms known only through affix rules, with no counts. */
function lexiconOf(headwords: readonly string[], affixed: readonly string[] = []): PersianLexicon {
  const entries = new Set(headwords)
  const known = new Set([...headwords, ...affixed])
  return { size: known.size, has: (word) => known.has(word), isHeadword: (word) => entries.has(word), frequency: () => 0, bigram: () => 0 }
}

const words = ['المللی', 'و', 'یکپارچگی', 'عقلانیت', 'دول', 'دولت', 'محوری', 'در', 'این', 'شرایط', 'روابط', 'کش', 'کشور', 'کوشد', 'ضمن', 'برقرار', 'ساز', 'سازد', 'می']
const counts = (lines: readonly string[] = [], lexicon: PersianLexicon = lexiconOf(words)): DocumentCounts => new DocumentCounts(lines, lexicon)

describe('letters drawn apart from the end of a run', () => {
  it('should move a letter printed before a run back to the end of the run\'s last word', () => {
    const result = reattachDetachedLetters('تالمللی و یکپارچگی و عقلانیت دول       محوری', counts())
    expect(result.text).toBe('المللی و یکپارچگی و عقلانیت دولت       محوری')
    expect(result.moves).toEqual([{ letters: 'ت', printed: 'تالمللی', host: 'دول', from: 0, to: 29 }])
  })

  it('should move a piece of two letters, across a comma glued inside the run', () => {
    expect(reattachDetachedLetters('و    وردر این شرایط، روابط کش    .', counts()).text).toBe('و    در این شرایط، روابط کشور    .')
  })

  it('should end the word before a verbal prefix printed apart at the end of the run', () => {
    expect(reattachDetachedLetters('.دکوشد ضمن برقرار ساز می', counts()).text).toBe('.کوشد ضمن برقرار سازد می')
  })

  it('should move a piece printed alone at the start of a run to the end of the run\'s last word', () => {
    const lexicon = lexiconOf([...words, 'است', 'چنین', 'آن'])
    const result = reattachDetachedLetters('در    . ت چنین شرایط آن اس      کش', counts([], lexicon))
    expect(result.text).toBe('در    . چنین شرایط آن است      کش')
    expect(result.moves).toEqual([{ letters: 'ت', printed: 'ت', host: 'اس', from: 8, to: 24 }])
  })

  it('should keep a letter printed alone that the lexicon knows as a word, or that no word of its run ends with', () => {
    const lexicon = lexiconOf([...words, 'است'])
    for (const line of ['و کشور در شرایط', 'ت در شرایط   کش', 'ت   در شرایط']) expect(reattachDetachedLetters(line, counts([], lexicon)).text).toBe(line)
  })

  it('should leave a token alone that does not start a run as printed (one space before it)', () => {
    const line = 'و تالمللی و عقلانیت دول'
    expect(reattachDetachedLetters(line, counts()).text).toBe(line)
  })

  it('should not end a known word with the piece when the document prints that word alone more often', () => {
    const line = 'تالمللی و عقلانیت دول'
    expect(reattachDetachedLetters(line, counts(['دول و دول', 'دولت'])).text).toBe(line)
    expect(reattachDetachedLetters(line, counts(['دول', 'دولت و دولت'])).text).toBe('المللی و عقلانیت دولت')
  })

  it('should not read the rest of the token as a word when the lexicon knows it only through its affix rules', () => {
    const line = 'تالمللی و عقلانیت دول'
    const affixOnly = lexiconOf(words.filter((word) => word !== 'المللی'), ['المللی'])
    expect(reattachDetachedLetters(line, counts([], affixOnly)).text).toBe(line)
  })

  it('should leave a token as printed and report it when a piece of one letter and one of two would both do', () => {
    const lexicon = lexiconOf(['ردر', 'در', 'کشو', 'کشور', 'کش'])
    const result = reattachDetachedLetters('وردر کش', counts([], lexicon))
    expect(result.text).toBe('وردر کش')
    expect(result.ambiguous).toEqual([{ token: 'وردر', from: 0 }])
  })

  it('should keep every letter, each at an offset of the printed line', () => {
    const piece = fc.constantFrom(...words, 'تالمللی', 'وردر', 'دکوشد', 'ت', 'ور', '،', '.')
    const gap = fc.constantFrom(' ', '  ', '     ')
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 12 }), (parts) => {
        const line = parts.map(([text, space]) => text + space).join('').trim()
        const result = reattachDetachedLetters(line, counts())
        const sorted = (text: string): string => [...text].sort().join('')
        return sorted(result.text) === sorted(line) && result.origins.length === result.text.length && result.origins.every((offset, index) => line[offset] === result.text[index]) && new Set(result.origins).size === result.origins.length
      }),
      { seed: 11 }
    )
  })
})

describe('run order with letters drawn apart', () => {
  // A visual-order document (its lines print their runs reversed) that prints دولت and المللی whole.
  const visualDocument = [
    'دولت‌ها برای تأمین امنیت به خود متکی هستند و منافع خود را دنبال می‌کنند.',
    'نظام بین‌المللی و دولت و امنیت بین‌المللی.',
    '.المللی     امنیت بین',
    '.المللی و دولت     نظام بین',
    '.کنند   امنیت خود را تأمین    و    دولت‌ها باید به خود متکی باشند',
    '.هستند   متکی    دولت‌ها برای تأمین امنیت به خود',
    '.کنند   منافع خود را دنبال می    در این شرایط دولت‌ها',
    '.کنند   امنیت را تأمین    و    دولت باید به خود متکی باشد'
  ]

  it('should move the letter back before ordering, and report the move in the change of the printed line', () => {
    const line = 'ها   تالمللی و امنیت دول       محوری و نظام بین'
    const results = restoreRunOrder([...visualDocument, line])
    const result = results[visualDocument.length]
    // Runs `محوری و نظام بین` | `المللی و امنیت دولت` | `ها`, read last printed first (ZWNJ comes back in a later step).
    expect(result?.text).toBe('محوری و نظام بین المللی و امنیت دولت ها')
    expect(result?.changes[0]).toMatchObject({ step: 'run-order', before: line })
    expect(result?.changes[0]?.note).toMatch(/ت moved from the front of تالمللی to the end of دول/)
  })

  it('should not move letters in a document that is not in visual order', () => {
    const line = 'ها   تالمللی و امنیت دول       محوری و نظام بین'
    const results = restoreRunOrder([...visualDocument.slice(0, 2), line])
    expect(results[2]?.text).toContain('تالمللی')
  })
})
