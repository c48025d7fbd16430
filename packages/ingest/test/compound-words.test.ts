import { describe, expect, it } from 'vitest'
import { applyGlyphDamage, compoundAnalyses, decodeGlyphMap, loadPersianLexicon, persianLexiconArticles } from '../src/index.js'

describe('compoundAnalyses', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should read a word the lexicon lacks as a derivational prefix and a headword', () => {
    expect(wordList.has('همتعریف')).toBe(false)
    expect(compoundAnalyses('همتعریف', wordList)).toEqual([{ prefix: 'هم', stem: 'تعریف' }])
    expect(compoundAnalyses('ناتعریف', wordList)).toEqual([{ prefix: 'نا', stem: 'تعریف' }])
  })

  it('should give no analysis to a known word, a short stem or an unknown stem', () => {
    expect(compoundAnalyses('بازار', wordList)).toEqual([])
    // The lexicon itself knows a bound prefix written solid with a listed word.
    expect(compoundAnalyses('بازتعریف', wordList)).toEqual([])
    expect(compoundAnalyses('بازقژ', wordList)).toEqual([])
    // A stem of two letters is too short to vouch for a compound.
    expect(wordList.has('دو')).toBe(true)
    expect(compoundAnalyses('ضددو', wordList)).toEqual([])
  })
})

describe('loadPersianLexicon and compounds', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should know a bound derivational prefix written solid with a listed word, plain or suffixed', () => {
    for (const word of ['بازتعریف', 'بازتعریفها', 'فراذهنی', 'نیمهشفاف']) expect(wordList.has(word), word).toBe(true)
    expect(wordList.isHeadword?.('بازتعریف')).toBe(false)
  })

  it('should not know a preposition or a free word glued to a word as a compound', () => {
    // `در` + `کشور` is two words printed without a space; `هم` and `بی` are common words and prefixes both.
    for (const word of ['درکشور', 'همتعریف', 'بیتعریف', 'بازقژ']) expect(wordList.has(word), word).toBe(false)
  })
})

describe('decodeGlyphMap with compounds the word list lacks', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should decode a damaged compound of a prefix and a known word', () => {
    // A kashida printed as ی after the initial ن: no reading of the whole is known.
    const result = decodeGlyphMap('در پی آن نیاتعریف شد', { line: 1, lexicon: wordList })
    expect(result.text).toBe('در پی آن ناتعریف شد')
    expect(result.unresolved).toEqual([])
    // With a bound prefix the lexicon knows the compound: an ordinary reading.
    expect(decodeGlyphMap('در پی آن بیازتعریف شد', { line: 1, lexicon: wordList }).text).toBe('در پی آن بازتعریف شد')
    // Forward channel: medial ح printed ا, and a kashida ی.
    expect(applyGlyphDamage('همتحلیل', { kashidaRate: 0 })).toBe('همتالیل')
    expect(decodeGlyphMap('هویت همیتالیل مشترک', { line: 1, lexicon: wordList }).text).toBe('هویت همتحلیل مشترک')
  })

  it('should keep an undamaged compound as printed and not report it', () => {
    const result = decodeGlyphMap('این همتعریف است', { line: 1, lexicon: wordList })
    expect(result.text).toBe('این همتعریف است')
    expect(result.changes).toEqual([])
    expect(result.unresolved).toEqual([])
  })

  it('should leave a compound reading to a piece of a word split across runs when the two pieces pair', () => {
    // `برقیرا … ر`: `برقرا` reads as `بر` + `قرا`, but with `ر` it is `برقرار`, a piece.
    const result = decodeGlyphMap('آن برقیرا شد و ر است', { line: 1, lexicon: wordList })
    const notes = result.changes.map((change) => change.note ?? '')
    expect(notes.some((note) => note.startsWith('piece of a word printed apart') && note.endsWith('`برقرار`'))).toBe(true)
    expect(notes.some((note) => note.startsWith('read as a compound'))).toBe(false)
  })
})
