/**
 * Compounds a document prints as one: a pair of words that the word list knows as one
 * ZWNJ compound (`دنباله‌روی`) and that the document prints together again and again (its
 * first word seldom stands without the second) is that compound wherever it is printed apart;
 * the extraction lost its ZWNJ. Both words are words of their own (`دنباله`, `روی`), so the
 * word list alone cannot tell the compound from the two words; the document's own habit can.
 */
import { joinsFollowing } from './glyph-map-channel.js'
import { zwnj } from './lexicon-text.js'
import type { DocumentContext } from './pipeline.js'
import type { PersianLexicon, RepairStep } from './types.js'
import { createZwnjRestorer } from './zwnj.js'
import { loadPersianLexicon } from './lexicon.js'

/** A pair counts as the document's compound from this many occurrences… */
const minimumPairs = 3
/** …when its first word is followed by its second more often than not (at least this share of its occurrences). */
const minimumFollowedShare = 0.5

const persianWord = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200C]+/g

/**
 * The word pairs (keys `first second`) that a document prints as one ZWNJ compound: the
 * word list knows `first‌second`, `first` ends in a letter that joins the next (else no ZWNJ
 * is written) and has three letters or more (prepositions and prefixes have rules of their
 * own), the pair is printed at least `minimumPairs` times with spaces only between, `first`
 * is followed by `second` in at least `minimumFollowedShare` of its occurrences, and the
 * lexicon's counts do not see the two apart more often than together.
 *
 * @param lines The document's lines, in reading order.
 * @param lexicon The lexicon.
 * @returns The pairs.
 */
export function documentCompounds(lines: readonly string[], lexicon: PersianLexicon): Set<string> {
  const words = new Map<string, number>()
  const pairs = new Map<string, number>()
  for (const line of lines) {
    const tokens = [...line.matchAll(persianWord)]
    tokens.forEach((token, index) => {
      words.set(token[0], (words.get(token[0]) ?? 0) + 1)
      const next = tokens[index + 1]
      if (next === undefined || !/^ +$/.test(line.slice(token.index + token[0].length, next.index))) return
      const key = `${token[0]} ${next[0]}`
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    })
  }
  const compounds = new Set<string>()
  for (const [key, count] of pairs) {
    if (count < minimumPairs) continue
    const [first = '', second = ''] = key.split(' ')
    if (first.length < 3 || second.length < 2 || first.includes(zwnj) || !joinsFollowing(first.slice(-1))) continue
    const joined = first + zwnj + second
    if (!lexicon.has(joined) || count < minimumFollowedShare * (words.get(first) ?? 0)) continue
    const joinedCount = lexicon.frequency(joined)
    if (lexicon.bigram(first, second) - joinedCount > joinedCount) continue
    compounds.add(key)
  }
  return compounds
}

/**
 * The ZWNJ step of a document (the `prepare` form of a pipeline step): `restoreZwnj` plus the
 * document's compounds (`documentCompounds` on the lines as the step receives them).
 *
 * @param lines The document's lines.
 * @param context The document context (its lexicon).
 * @returns The line step.
 */
export function prepareZwnj(lines: readonly string[], context: Readonly<DocumentContext>): RepairStep {
  return createZwnjRestorer(documentCompounds(lines, context.lexicon ?? loadPersianLexicon()))
}
