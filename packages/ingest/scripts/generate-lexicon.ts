/**
 * Generate the embedded lexicon data of @matn/ingest:
 *
 * - `src/lib/repair/lexicon-words.ts`: the Lilak Persian word list (Apache-2.0), read from
 *   the `dictionary-fa` package (a devDependency), front-coded, with its affix rules;
 * - `src/lib/repair/lexicon-counts.ts`: unigram and bigram counts of the curated articles
 *   under `corpus/<id>/article.md`, one table per article so that callers can leave an
 *   article out.
 *
 * Run: `npx tsx --conditions=matn-source packages/ingest/scripts/generate-lexicon.ts [words|counts]`.
 * Deterministic: the same inputs give byte-identical files.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { encodeAscii, persianLetterKey, persianWordChains, persianWordKey, zwnj } from '../src/lib/repair/lexicon-text.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = join(packageRoot, '..', '..')
const dictionaryRoot = join(packageRoot, 'node_modules', 'dictionary-fa')
const outputRoot = join(packageRoot, 'src', 'lib', 'repair')

interface AffixRule {
  flag: string
  kind: 'prefix' | 'suffix'
  strip: string
  add: string
  continuation: string[]
  condition: string
}

/** Flags of the Lilak .aff that steer compounding and suggestions, not word formation. */
const nonMorphologicalFlags = new Set(['!!', 'UU', 'WW', 'AA', 'CC', 'OO', 'PP', 'FF'])

function splitFlags(flags: string): string[] {
  const result: string[] = []
  for (let index = 0; index + 1 < flags.length; index += 2) {
    const flag = flags.slice(index, index + 2)
    if (!nonMorphologicalFlags.has(flag)) result.push(flag)
  }
  return result
}

function parseAffixRules(aff: string): AffixRule[] {
  const rules: AffixRule[] = []
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/)
    const [type, flag, strip, addField, condition] = fields
    if ((type !== 'PFX' && type !== 'SFX') || flag === undefined || addField === undefined) continue
    if (condition === undefined) continue // the header line: `SFX sa N 6`
    const [addText = '', continuation = ''] = addField.split('/')
    const add = persianLetterKey(addText === '0' ? '' : addText)
    if (add === '') continue // a rule that only adds a diacritic adds nothing to the key
    rules.push({
      flag,
      kind: type === 'PFX' ? 'prefix' : 'suffix',
      strip: strip === '0' || strip === undefined ? '' : persianLetterKey(strip),
      add,
      continuation: splitFlags(continuation),
      condition
    })
  }
  return rules
}

function parseDictionary(dic: string): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>()
  const lines = dic.split('\n').slice(1)
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    const slash = trimmed.indexOf('/')
    const word = persianWordKey(slash === -1 ? trimmed : trimmed.slice(0, slash))
    if (word === '' || /[\u0000-\u007F]/.test(word)) continue
    const flags = words.get(word) ?? new Set<string>()
    for (const flag of splitFlags(slash === -1 ? '' : trimmed.slice(slash + 1))) flags.add(flag)
    words.set(word, flags)
  }
  return words
}

/**
 * Front-code a sorted word list: each entry is one character for the length of the prefix
 * it shares with the previous word (code 0x30 + length), the rest of the word, one character
 * for its flag set (code 0x30 + index), and a newline.
 */
function frontCode(words: Map<string, Set<string>>): { list: string; flagSets: string[] } {
  const flagSets: string[] = []
  const flagSetIndex = new Map<string, number>()
  const sorted = [...words.keys()].sort()
  let previous = ''
  let list = ''
  for (const word of sorted) {
    const flags = [...(words.get(word) ?? [])].sort().join(' ')
    let index = flagSetIndex.get(flags)
    if (index === undefined) {
      index = flagSets.length
      flagSets.push(flags)
      flagSetIndex.set(flags, index)
    }
    let shared = 0
    while (shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++
    shared = Math.min(shared, 60)
    list += String.fromCharCode(0x30 + shared) + word.slice(shared) + String.fromCharCode(0x30 + index) + '\n'
    previous = word
  }
  if (flagSets.length > 0x7e - 0x30) throw new Error('too many flag sets for the one-character index')
  return { list, flagSets }
}

/** Unigram and bigram counts of one text: whole words, and ZWNJ-separated parts as words. */
function countText(text: string): { unigrams: Map<string, number>; bigrams: Map<string, number> } {
  const unigrams = new Map<string, number>()
  const bigrams = new Map<string, number>()
  const add = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1)
  }
  for (const chain of persianWordChains(text)) {
    const parts: string[] = []
    for (const word of chain) {
      add(unigrams, word)
      const pieces = word.split(zwnj)
      if (pieces.length > 1) for (const piece of pieces) add(unigrams, piece)
      parts.push(...pieces)
    }
    for (let index = 1; index < parts.length; index++) add(bigrams, `${parts[index - 1]} ${parts[index]}`)
    for (let index = 1; index < chain.length; index++) {
      const first = chain[index - 1] ?? ''
      const second = chain[index] ?? ''
      if (first.includes(zwnj) || second.includes(zwnj)) add(bigrams, `${first} ${second}`)
    }
  }
  return { unigrams, bigrams }
}

function serializeCounts(map: Map<string, number>): string {
  return [...map.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, count]) => `${key}\t${count}`)
    .join('\n')
}

/** The characters (other than separators and digits) of the texts, sorted. */
function asciiAlphabet(texts: readonly string[]): string {
  const characters = new Set<string>()
  for (const text of texts) for (const character of text) if (!/[\n\t 0-9]/.test(character)) characters.add(character)
  return [...characters].sort().join('')
}

const header = (source: string): string =>
  `// Generated by packages/ingest/scripts/generate-lexicon.ts from ${source}. Do not edit.\n`

function generateWords(): void {
  const aff = readFileSync(join(dictionaryRoot, 'index.aff'), 'utf8')
  const dic = readFileSync(join(dictionaryRoot, 'index.dic'), 'utf8')
  const version = (JSON.parse(readFileSync(join(dictionaryRoot, 'package.json'), 'utf8')) as { version: string })
    .version
  const words = parseDictionary(dic)
  const rules = parseAffixRules(aff)
  const { list: plainList, flagSets } = frontCode(words)
  const alphabet = asciiAlphabet([...words.keys()])
  // Encode the word part of each entry; its first and last characters are ASCII markers.
  const list = plainList.replace(
    /[^\n]+/g,
    (entry) => entry.slice(0, 1) + encodeAscii(entry.slice(1, -1), alphabet) + entry.slice(-1)
  )
  const text =
    header(`dictionary-fa@${version} (the Lilak Persian dictionary)`) +
    `// Lilak, Persian Spell Checking Dictionary. Copyright 2015 Mostafa Sedaghat Joo.\n` +
    `// Licensed under the Apache License, Version 2.0; see packages/ingest/data/LICENSE-lilak.txt.\n` +
    `// Changed from the original: words normalized (diacritics removed, Arabic letter variants to\n` +
    `// Persian), duplicates merged, compounding flags dropped, list front-coded.\n\n` +
    `/** Affix rules: [flag, kind (p|s), strip, add, continuation flags, condition]. */\n` +
    `export const lilakAffixRules: ReadonlyArray<readonly [string, 'p' | 's', string, string, string, string]> = ${JSON.stringify(
      rules.map((rule) => [rule.flag, rule.kind === 'prefix' ? 'p' : 's', rule.strip, rule.add, rule.continuation.join(' '), rule.condition])
    )}\n\n` +
    `/** Flag sets, indexed by the last character of each word entry (code - 0x30). */\n` +
    `export const lilakFlagSets: readonly string[] = ${JSON.stringify(flagSets)}\n\n` +
    `/** The characters of the words, encoded in the list as printable ASCII (see lexicon-text.ts). */\n` +
    `export const lilakAlphabet = ${JSON.stringify(alphabet)}\n\n` +
    `/** Number of words in the list. */\n` +
    `export const lilakWordCount = ${words.size}\n\n` +
    `/** Front-coded word list (see generate-lexicon.ts). */\n` +
    `export const lilakWordList = ${JSON.stringify(list)}\n`
  writeFileSync(join(outputRoot, 'lexicon-words.ts'), text)
  console.log(`lexicon-words.ts: ${words.size} words, ${flagSets.length} flag sets, ${rules.length} affix rules`)
}

function generateCounts(): void {
  const corpusRoot = join(repoRoot, 'corpus')
  const ids = readdirSync(corpusRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusRoot, entry.name, 'article.md')))
    .map((entry) => entry.name)
    .sort()
  const plain: Record<string, { unigrams: string; bigrams: string }> = {}
  for (const id of ids) {
    const { unigrams, bigrams } = countText(readFileSync(join(corpusRoot, id, 'article.md'), 'utf8'))
    plain[id] = { unigrams: serializeCounts(unigrams), bigrams: serializeCounts(bigrams) }
    console.log(`lexicon-counts.ts: ${id}: ${unigrams.size} word types, ${bigrams.size} pair types`)
  }
  const alphabet = asciiAlphabet(Object.values(plain).flatMap((table) => [table.unigrams, table.bigrams]))
  const tables: Record<string, { unigrams: string; bigrams: string }> = {}
  for (const [id, table] of Object.entries(plain)) {
    tables[id] = { unigrams: encodeAscii(table.unigrams, alphabet), bigrams: encodeAscii(table.bigrams, alphabet) }
  }
  const text =
    header('corpus/*/article.md (curated text)') +
    `\n/** The characters of the words, encoded in the tables as printable ASCII (see lexicon-text.ts). */\n` +
    `export const corpusCountAlphabet = ${JSON.stringify(alphabet)}\n\n` +
    `/** Counts per corpus article id: lines of \`word<TAB>count\` and \`first second<TAB>count\`. */\n` +
    `export const corpusCountTables: Readonly<Record<string, { readonly unigrams: string; readonly bigrams: string }>> = ${JSON.stringify(
      tables,
      null,
      1
    )}\n`
  writeFileSync(join(outputRoot, 'lexicon-counts.ts'), text)
}

const which = process.argv[2] ?? 'all'
if (which === 'all' || which === 'words') generateWords()
if (which === 'all' || which === 'counts') generateCounts()
