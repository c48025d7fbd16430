import { describe, expect, it } from 'vitest'
import { decodeGlyphMap, ezafeCannotPrecede, loadPersianLexicon, persianLexiconArticles } from '../src/index.js'

describe('ezafeCannotPrecede', () => {
  it('should rule out an ezafe before a suffix printed apart, the object marker, a conjunction or a preposition', () => {
    for (const following of ['ها به دولت', 'های دیگر', 'را دید', 'و سپس', 'از این', 'است.', 'مي شود']) {
      expect(ezafeCannotPrecede(following), following).toBe(true)
    }
  })

  it('should allow an ezafe before a noun, an adjective or a demonstrative', () => {
    for (const following of ['تهدید', 'ایران و', 'این پژوهش', 'هایل', 'وسیع', '، این', '2021']) {
      expect(ezafeCannotPrecede(following), following).toBe(false)
    }
  })
})

describe('decodeGlyphMap and the ezafe', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should not restore a lost ezafe ۀ before a word an ezafe never precedes', () => {
    // Before a noun the wide gap is a lost ۀ (موازنۀ تهدید); before the plural suffix, را, از or و it is not
    // (each of these reads with ۀ without the rule: حافظۀ, مقالۀ, نامۀ, خانۀ are words).
    expect(decodeGlyphMap('این موازن  تهدید است', { line: 1, lexicon: wordList }).text).toBe('این موازنۀ تهدید است')
    for (const line of ['منافع حافظ  ها مهم است', 'توجه به مقال  را نشان داد', 'در این نام  از او', 'ما خان  و زمین']) {
      expect(decodeGlyphMap(line, { line: 1, lexicon: wordList }).text, line).toBe(line)
    }
  })

  it('should still restore another lost letter before such a word', () => {
    // `پژوه  ها`: the ش of `پژوهش‌ها` was lost before the suffix printed apart.
    expect(decodeGlyphMap('این پژوه  ها نشان داد', { line: 1, lexicon: wordList }).text).toBe('این پژوهش ها نشان داد')
  })
})
