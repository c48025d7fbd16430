import { normalizePersian } from '@matn/core'
import { stemmer } from 'stemmer'

/** Affixes that `normalizePersian` joins with ZWNJ and that carry no lexical meaning. */
const persianSuffixParts: ReadonlySet<string> = new Set([
  'ها', 'های', 'هایی', 'تر', 'ترین', 'ای', 'ی', 'اند', 'ام', 'ات', 'اش', 'شان', 'تان', 'مان', 'ایم', 'اید'
])
const persianPrefixParts: ReadonlySet<string> = new Set(['می', 'نمی'])

/**
 * A light Persian stemmer for matching, not for linguistics: it undoes what makes the same
 * word look different in two sentences. Inflectional parts joined by ZWNJ (plural ها/های,
 * comparative تر/ترین, indefinite ای, pronoun clitics, the verbal prefixes می/نمی) are
 * dropped and the remaining parts joined (`ائتلاف‌سازی` → `ائتلافسازی`); a plural ها/های
 * written without ZWNJ and a final adjectival ی are stripped when three letters remain
 * (`تهدیدها` → `تهدید`, `اسلامی` → `اسلام`). Expects `normalizePersian` output.
 *
 * @param word One Persian word.
 * @returns Its matching key.
 */
export function persianStem(word: string): string {
  const parts = word.split('\u200C').filter(Boolean)
  while (parts.length > 1 && persianSuffixParts.has(parts[parts.length - 1] as string)) parts.pop()
  while (parts.length > 1 && persianPrefixParts.has(parts[0] as string)) parts.shift()
  let stem = parts.join('')
  for (const suffix of ['هایی', 'های', 'ها']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length)
      break
    }
  }
  if (stem.endsWith('ی') && stem.length >= 4) stem = stem.slice(0, -1)
  return stem
}

/**
 * The matching key of an English word: lower case, Porter stem.
 *
 * @param word One English word.
 */
export function englishStem(word: string): string {
  return stemmer(word.toLowerCase())
}

/**
 * The matching key of a Persian word as printed (normalized first).
 *
 * @param word One Persian word, any spelling.
 */
export function persianKey(word: string): string {
  return persianStem(normalizePersian(word))
}
