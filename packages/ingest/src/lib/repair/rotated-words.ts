/**
 * Words printed in two pieces in the wrong order. Where an extractor writes a right-to-left
 * line in visual order, a word that the PDF draws in two runs with no gap between comes out
 * with its pieces swapped and glued (`رهاتزا` for `تزارها`, `طرواب` for `روابط`, `انعم` for
 * `مانع`): a rotation of its letters. A word unknown to the lexicon and to the document whose
 * rotation is a word of the lexicon seen intact at least twice elsewhere in the document is
 * read as that rotation; where two rotations are candidates, the one seen more often wins,
 * and a tie stays as printed and is reported. The step runs after glyph-map decoding, so a
 * damaged word is not taken for a rotated one.
 */
import { splitAtoms } from './atoms.js'
import { DocumentCounts } from './document-counts.js'
import { longestKnownWord } from './lexicon.js'
import type { PersianLexicon, RepairChange, RepairStep, UnresolvedToken } from './types.js'

/** What {@link prepareRotatedWords} is told about the document. */
export interface RotatedWordsContext {
  lexicon?: PersianLexicon
}

/** A rotation must be seen intact at least this often in the document. */
const minimumIntact = 2
const minimumLength = 3

/**
 * Prepare the step for one document (the `prepare` form of a pipeline step).
 *
 * @param lines The document's lines (after run-order restoration).
 * @param context Lexicon.
 * @returns A {@link RepairStep} that reads rotated words back.
 */
export function prepareRotatedWords(lines: readonly string[], context?: Readonly<RotatedWordsContext> | null): RepairStep {
  const counts = new DocumentCounts(lines, context?.lexicon)
  const decisions = new Map<string, { word?: string; tie?: string[] }>()
  const decide = (printed: string): { word?: string; tie?: string[] } => {
    let decision = decisions.get(printed)
    if (decision === undefined) {
      decision = rotationOf(printed, counts)
      decisions.set(printed, decision)
    }
    return decision
  }
  return (text, lineContext) => {
    const changes: RepairChange[] = []
    const unresolved: UnresolvedToken[] = []
    let result = ''
    let last = 0
    for (const atom of splitAtoms(text)) {
      if (atom.kind !== 'word') continue
      const decision = decide(atom.text)
      if (decision.tie) {
        unresolved.push({ step: 'rotated-words', line: lineContext.line, column: atom.start + 1, token: atom.text, reason: `unknown word; its rotations ${decision.tie.join(', ')} are equally likely` })
        continue
      }
      if (decision.word === undefined) continue
      changes.push({ step: 'rotated-words', line: lineContext.line, column: atom.start + 1, before: atom.text, after: decision.word, note: `pieces swapped; ${decision.word} seen ${counts.count(decision.word)} times` })
      result += text.slice(last, atom.start) + decision.word
      last = atom.start + atom.text.length
    }
    return { text: changes.length === 0 ? text : result + text.slice(last), changes, unresolved }
  }
}

/**
 * The rotation a printed word stands for, a tie of candidates, or nothing. A rotation must
 * be a word of the lexicon, so a word longer than any (`longestKnownWord`: text without
 * spaces) has none, and is not rotated at each of its places (quadratic in its length).
 */
function rotationOf(printed: string, counts: DocumentCounts): { word?: string; tie?: string[] } {
  if (printed.length < minimumLength || printed.length > longestKnownWord || printed.includes('\u200C') || counts.count(printed) >= minimumIntact || counts.inLexicon(printed)) return {}
  const candidates: Array<{ word: string; seen: number }> = []
  for (let cut = 1; cut < printed.length; cut += 1) {
    const word = printed.slice(cut) + printed.slice(0, cut)
    const seen = counts.count(word)
    if (seen >= minimumIntact && counts.inLexicon(word) && !candidates.some((candidate) => candidate.word === word)) candidates.push({ word, seen })
  }
  if (candidates.length === 0) return {}
  candidates.sort((a, b) => b.seen - a.seen)
  const [best, second] = candidates as [{ word: string; seen: number }, ...Array<{ word: string; seen: number }>]
  if (second !== undefined && second.seen === best.seen) return { tie: candidates.filter((candidate) => candidate.seen === best.seen).map((candidate) => candidate.word) }
  return { word: best.word }
}
