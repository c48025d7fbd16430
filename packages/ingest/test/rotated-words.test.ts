import { describe, expect, it } from 'vitest'
import { loadPersianLexicon, prepareRotatedWords } from '../src/index.js'

const lexicon = loadPersianLexicon()
const repair = (lines: string[]) => {
  const step = prepareRotatedWords(lines, { lexicon })
  return lines.map((line, index) => step(line, { line: index + 1, lexicon }))
}
const intact = ['روابط ایران و روسیه گسترش یافت.', 'روابط دو کشور در این دوره بهتر شد.']

describe('rotated words', () => {
  it('should read a word printed with its two pieces swapped as the word seen intact elsewhere', () => {
    const results = repair([...intact, 'بررسی طرواب خارجی'])
    expect(results[2]?.text).toBe('بررسی روابط خارجی')
    expect(results[2]?.changes[0]).toMatchObject({ step: 'rotated-words', line: 3, column: 7, before: 'طرواب', after: 'روابط' })
  })

  it('should leave known words and words without a known rotation alone', () => {
    const results = repair([...intact, 'روابط ایران با همسایگان'])
    expect(results[2]?.text).toBe('روابط ایران با همسایگان')
    expect(results[2]?.changes).toEqual([])
  })

  it('should report a word two rotations explain equally', () => {
    const results = repair(['مانع بزرگ و عمان', 'مانع دیگر و عمان', 'یک انعم دیگر'])
    expect(results[2]?.text).toBe('یک انعم دیگر')
    expect(results[2]?.unresolved[0]).toMatchObject({ step: 'rotated-words', token: 'انعم', line: 3, column: 4 })
  })

  it('should not take a word seen once elsewhere for the rotation', () => {
    const results = repair(['روابط ایران و روسیه گسترش یافت.', 'بررسی طرواب خارجی'])
    expect(results[1]?.text).toBe('بررسی طرواب خارجی')
  })
})
