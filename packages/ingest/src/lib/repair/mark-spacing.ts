/**
 * Spacing around paired marks: Persian sets a guillemet pair and a bracket pair off from the
 * words outside it with a space and writes nothing between a mark and the words inside it
 * (`گفت «موازنۀ تهدید» است`, `است (Walt, 1987)`). A visual-order extraction loses that
 * spacing when run order puts the runs back together (`رفتار«دنباله روی»مانند`,
 * `« موازنۀ تهدید »`), and a glued pair makes two words of one. This step restores it for each
 * pair that opens and closes within the line; a mark without its partner on the line, and
 * every letter, stay as they are.
 */
import type { LineContext, RepairChange, RepairResult, RepairStep } from './types.js'

/** Opening marks and the closing mark of each. */
const closingOf: Readonly<Record<string, string>> = { '«': '»', '(': ')' }
const openingOf: Readonly<Record<string, string>> = { '»': '«', ')': '(' }
/** A character after which an opening mark needs a space before it (a word, a closing mark, a comma or stop). */
const wordEnd = /[\p{L}\p{N}\u200C»)،؛:.!؟,;]/u
const persianLetter = /[\u0600-\u06FF]/
/** A character before which a closing mark needs a space after it (a word or an opening mark). */
const wordStart = /[\p{L}\p{N}«(]/u

/** A mark pair found on a line: offsets of the opening and the closing mark. */
interface MarkPair {
  readonly open: number
  readonly close: number
}

/**
 * Put the spacing of Persian typography around every guillemet and bracket pair that opens
 * and closes within the line: a space before the opening mark and after the closing one where
 * a word touches it outside, none between a mark and the words inside. A pair holding no
 * Persian letter (`(RUS)`, `(2021)`) is set off only from a Persian word touching it (Latin
 * text and numbers set their own spacing: `Russia(RUS)` stays).
 *
 * @param text One line.
 * @param context The line number (for the changes).
 * @returns The line with the spacing restored; each pair changed is one change.
 */
export const spaceMarkPairs: RepairStep = (text: string, context: LineContext): RepairResult => {
  const pairs = markPairs(text)
  if (pairs.length === 0) return { text, changes: [], unresolved: [] }
  // Where each offset's character goes: spaces to insert before it, and whether it is dropped.
  const insertBefore = new Set<number>()
  const drop = new Set<number>()
  for (const { open, close } of pairs) {
    const inner = text.slice(open + 1, close)
    if (inner.trim() === '') continue
    const persian = persianLetter.test(inner)
    const before = text[open - 1] ?? ''
    if (wordEnd.test(before) && (persian || persianLetter.test(before))) insertBefore.add(open)
    const after = text[close + 1] ?? ''
    if (wordStart.test(after) && (persian || persianLetter.test(after))) insertBefore.add(close + 1)
    for (let index = open + 1; index < close && /\s/.test(text[index] ?? ''); index++) drop.add(index)
    for (let index = close - 1; index > open && /\s/.test(text[index] ?? ''); index--) drop.add(index)
  }
  if (insertBefore.size === 0 && drop.size === 0) return { text, changes: [], unresolved: [] }
  let result = ''
  for (let index = 0; index <= text.length; index++) {
    if (insertBefore.has(index)) result += ' '
    if (index < text.length && !drop.has(index)) result += text[index]
  }
  const changes: RepairChange[] = []
  if (result !== text) changes.push({ step: 'mark-spacing', line: context.line, column: 1, before: text, after: result, note: 'spacing around paired marks' })
  return { text: result, changes, unresolved: [] }
}

/** The guillemet and bracket pairs of a line that open before they close (nested pairs too). */
function markPairs(text: string): MarkPair[] {
  const pairs: MarkPair[] = []
  const open: Array<{ mark: string; offset: number }> = []
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? ''
    if (closingOf[character] !== undefined) {
      open.push({ mark: character, offset: index })
      continue
    }
    const opening = openingOf[character]
    if (opening === undefined) continue
    const top = open.at(-1)
    if (top === undefined || top.mark !== opening) {
      // A closing mark with no partner: the marks before it cannot pair across it.
      open.length = 0
      continue
    }
    open.pop()
    pairs.push({ open: top.offset, close: index })
  }
  return pairs
}
