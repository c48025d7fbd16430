import { describe, expect, it } from 'vitest'
import { cannotEndClause, isImpossibleSequence } from '../src/lib/repair/word-sequence.js'

describe('word sequences grammar rules out', () => {
  it('should rule out a verbal prefix before a suffix, a closed-class word or است', () => {
    expect(isImpossibleSequence('می', 'ها')).toBe(true)
    expect(isImpossibleSequence('می', 'از')).toBe(true)
    expect(isImpossibleSequence('نمی', 'است')).toBe(true)
    expect(isImpossibleSequence('می', 'کنند')).toBe(false)
  })

  it('should rule out a suffix or را after a preposition, a conjunction or را, and allow it after a content word or a demonstrative', () => {
    expect(isImpossibleSequence('از', 'ها')).toBe(true)
    expect(isImpossibleSequence('که', 'را')).toBe(true)
    expect(isImpossibleSequence('را', 'های')).toBe(true)
    expect(isImpossibleSequence('کتاب', 'ها')).toBe(false)
    expect(isImpossibleSequence('آن', 'ها')).toBe(false)
    expect(isImpossibleSequence('امنیت', 'را')).toBe(false)
  })

  it('should say a clause cannot end on a preposition, a conjunction or a verbal prefix', () => {
    for (const word of ['از', 'به', 'و', 'که', 'می']) expect(cannotEndClause(word)).toBe(true)
    for (const word of ['است', 'کنند', 'ها', 'را']) expect(cannotEndClause(word)).toBe(false)
  })
})
