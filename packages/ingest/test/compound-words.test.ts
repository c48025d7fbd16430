import { describe, expect, it } from 'vitest'
import { applyGlyphDamage, compoundAnalyses, decodeGlyphMap, loadPersianLexicon, persianLexiconArticles } from '../src/index.js'

describe('compoundAnalyses', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should read a word the lexicon lacks as a derivational prefix and a headword', () => {
    expect(wordList.has('بازتعریف')).toBe(false)
    expect(compoundAnalyses('بازتعریف', wordList)).toEqual([{ prefix: 'باز', stem: 'تعریف' }])
    expect(compoundAnalyses('فراذهنی', wordList)).toEqual([{ prefix: 'فرا', stem: 'ذهنی' }])
  })

  it('should give no analysis to a known word, a short stem or an unknown stem', () => {
    expect(compoundAnalyses('بازار', wordList)).toEqual([])
    expect(compoundAnalyses('بازقژ', wordList)).toEqual([])
    // A stem of two letters is too short to vouch for a compound.
    expect(wordList.has('دو')).toBe(true)
    expect(compoundAnalyses('ضددو', wordList)).toEqual([])
  })
})

describe('decodeGlyphMap with compounds the word list lacks', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })

  it('should decode a damaged compound of a prefix and a known word', () => {
    // A kashida printed as ی after the initial ب: no reading of the whole is known.
    const result = decodeGlyphMap('در پی آن بیازتعریف شد', { line: 1, lexicon: wordList })
    expect(result.text).toBe('در پی آن بازتعریف شد')
    expect(result.unresolved).toEqual([])
    // Forward channel: ذ printed ن, and a kashida ی; one word, not three glued (`بین` + `یا` + `ذهنی`).
    expect(applyGlyphDamage('بیناذهنی', { kashidaRate: 0 })).toBe('بینانهنی')
    expect(decodeGlyphMap('هویت بینیانهنی مشترک', { line: 1, lexicon: wordList }).text).toBe('هویت بیناذهنی مشترک')
  })

  it('should keep an undamaged compound as printed and not report it', () => {
    const result = decodeGlyphMap('این بازتعریف است', { line: 1, lexicon: wordList })
    expect(result.text).toBe('این بازتعریف است')
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
