import { normalizePersian } from '@matn/core'
import type { RepairChange, RepairStep } from './types.js'

/**
 * Letter forms to Persian: Arabic yeh and kaf (ي ى ك) become Persian ی and ک, the Arabic
 * teh marbuta ة (which Persian typesetting uses for the ezafe on a final heh) becomes ۀ,
 * and presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) become their base letters
 * (`normalizePersian` of `@matn/core` with only that step); the alef doubled in front of
 * the Allah ligature is dropped (`االله` → `الله`, see `dropLigatureAlef`). Digits, Latin
 * text and ZWNJ are never touched.
 */
export const repairLetterForms: RepairStep = (text, context) => {
  const changes: RepairChange[] = []
  for (const match of text.matchAll(doubledLigatureAlef)) {
    changes.push({ step: 'letter-forms', line: context.line, column: (match.index ?? 0) + 1, before: match[0], after: 'الله', note: 'alef doubled before the Allah ligature' })
  }
  const base = normalizePersian(dropLigatureAlef(text), {
    letters: false,
    kashida: false,
    diacritics: false,
    affixes: false,
    punctuationSpacing: false,
    digits: 'keep'
  })
  const result = base.replace(mappedLetter, (char) => letterMap.get(char) ?? char)
  if (result !== text) {
    for (const match of text.matchAll(/[\u064A\u0649\u0643\u0629\uFB50-\uFDFF\uFE70-\uFEFC]+/g)) {
      changes.push({ step: 'letter-forms', line: context.line, column: (match.index ?? 0) + 1, before: match[0], after: mapLetters(match[0]) })
    }
  }
  return { text: result, changes, unresolved: [] }
}

/**
 * A word-initial alef before the Allah ligature, written out (`االله`) or as U+FDF2 (`اﷲ`).
 * Fonts draw `الله` as an alef and one ligature glyph for lam–lam–heh, and map that glyph
 * to the text of U+FDF2, `الله`, which holds the alef again: the extraction prints `االله`
 * (`حزب االله`). No Persian or Arabic word starts with two alefs, so the first is dropped.
 */
const doubledLigatureAlef = /(?<![\p{L}\p{M}])\u0627(?:\u0627\u0644\u0644\u0647|\uFDF2)/gu

/** Drop the alef doubled in front of the Allah ligature at the start of a word (`حزب االله` → `حزب الله`). */
export function dropLigatureAlef(text: string): string {
  return text.replace(doubledLigatureAlef, (match) => match.slice(1))
}

const letterMap: ReadonlyMap<string, string> = new Map([
  ['\u064A', '\u06CC'], // ي → ی
  ['\u0649', '\u06CC'], // ى → ی
  ['\u0643', '\u06A9'], // ك → ک
  ['\u0629', '\u06C0'] // ة → ۀ
])

/** The letters of {@link letterMap}, one at a time. */
const mappedLetter = /[\u064A\u0649\u0643\u0629]/g

function mapLetters(value: string): string {
  let result = ''
  for (const char of value.normalize('NFKC')) result += letterMap.get(char) ?? char
  return result
}
