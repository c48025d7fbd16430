import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { spaceMarkPairs } from '../src/index.js'

const seed = 20261122
const space = (text: string): string => spaceMarkPairs(text, { line: 1 }).text

describe('spaceMarkPairs', () => {
  it('should set a guillemet pair off from the words outside it and close it on the words inside', () => {
    expect(space('او گفت«سیاست نو»را پذیرفت')).toBe('او گفت «سیاست نو» را پذیرفت')
    expect(space('او گفت « سیاست نو » را پذیرفت')).toBe('او گفت «سیاست نو» را پذیرفت')
    expect(space('دو مفهوم«الف»«ب»و،«ج»')).toBe('دو مفهوم «الف» «ب» و، «ج»')
  })

  it('should space a bracket pair around Persian words or glued to a Persian word', () => {
    expect(space('این نظریه(به بیان او)درست است')).toBe('این نظریه (به بیان او) درست است')
    expect(space('چنین گفته است(Smith, 2001).')).toBe('چنین گفته است (Smith, 2001).')
    // Latin text keeps its own spacing.
    expect(space('Russia(RUS) and Iran')).toBe('Russia(RUS) and Iran')
  })

  it('should leave marks without a partner on the line as they are', () => {
    for (const line of ['او گفت«سیاست نو', 'سیاست نو»را پذیرفت', 'این )نظریه( درست', 'نظریۀ» موازنه «و']) expect(space(line), line).toBe(line)
  })

  it('should change only spaces, and a second pass nothing', () => {
    const piece = fc.constantFrom('«', '»', '(', ')', ' ', '  ', 'سیاست', 'نو', 'A', '1', '،', '.')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('')
        const once = space(line)
        expect(once.replace(/ /g, '')).toBe(line.replace(/ /g, ''))
        expect(space(once)).toBe(once)
      }),
      { seed, numRuns: 300 }
    )
  })
})
