import { isWhiteSpaceUnit } from '../white-space.js'
/** A pair of round (or square) brackets in a text. */
export interface BracketGroup {
  /** Index of the bracket that opens the group (`(`, or `)` when mirrored). */
  open: number
  /** Index of the bracket that closes it. */
  close: number
  /** Printed mirrored: `)…(`, as PDF extraction leaves right-to-left text. */
  mirrored: boolean
}

/** Longest content matn reads inside one pair of brackets (bounded work). */
export const maxBracketContent = 50_000
/**
 * A group holding more bracket pairs than this is not read (a citation holds at most a
 * few, `(Walt (ed.), 1987)`). Every character then lies in at most this many + 1 groups
 * that are read, so reading them all stays linear, however deep the nesting.
 */
const maxInnerGroups = 4

/**
 * Pair the round brackets of a text in one linear pass; nested pairs are returned too,
 * unless they hold more than a few pairs themselves. Unbalanced brackets are left out.
 *
 * @param text The text.
 * @param opening The opening bracket (default `(`; `[` pairs square brackets).
 * @param closing The closing bracket (default `)`).
 */
export function findBracketGroups(text: string, opening = '(', closing = ')'): BracketGroup[] {
  const groups: BracketGroup[] = []
  // Each open bracket with the number of pairs closed before it.
  const stack: Array<{ open: number; closedBefore: number }> = []
  let closed = 0
  // Hop from bracket to bracket (`indexOf` skips the text between them quickly).
  let nextOpen = text.indexOf(opening)
  let nextClose = text.indexOf(closing)
  while (nextOpen >= 0 || nextClose >= 0) {
    if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
      stack.push({ open: nextOpen, closedBefore: closed })
      nextOpen = text.indexOf(opening, nextOpen + 1)
    } else {
      const index = nextClose
      nextClose = text.indexOf(closing, nextClose + 1)
      const entry = stack.pop()
      if (!entry) continue
      const inner = closed - entry.closedBefore
      closed++
      if (index - entry.open - 1 <= maxBracketContent && inner <= maxInnerGroups) {
        groups.push({ open: entry.open, close: index, mirrored: false })
      }
    }
  }
  return groups.sort((a, b) => a.open - b.open)
}

/** Longest content of a mirrored group. */
const maxMirroredContent = 2000

/**
 * Find mirrored bracket groups: `)Katzman, 2016: 1(`, a `)`, then 1 to 2000 characters
 * with no bracket and no line feed, then `(`; the content hugs both brackets (no white
 * space just inside either), which ordinary prose between two groups, `(a) and (b)`,
 * never does. Groups do not overlap (each is looked for after the previous one). Linear:
 * the next `(`, `)` and line feed are each looked up once per position they move past
 * (what `/\)(?=\S)([^()\n]{1,2000}?)(?<=\S)\(/g` matches, without its backtracking).
 *
 * @param text The text.
 */
export function findMirroredGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = []
  // The next `(` and line feed after the current `)` (text.length when there is none).
  let nextOpen = -1
  let nextLineFeed = -1
  for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
    if (close + 1 >= text.length || isWhiteSpaceUnit(text.charCodeAt(close + 1))) continue
    if (nextOpen <= close) nextOpen = nextAfter(text, '(', close)
    if (nextLineFeed <= close) nextLineFeed = nextAfter(text, '\n', close)
    // The content ends at the first bracket or line feed: it must be a `(` right after non-white space.
    const open = nextOpen
    if (open >= text.length || nextLineFeed < open || nextAfter(text, ')', close) < open) continue
    const length = open - close - 1
    if (length < 1 || length > maxMirroredContent || isWhiteSpaceUnit(text.charCodeAt(open - 1))) continue
    groups.push({ open: close, close: open, mirrored: true })
    close = open
  }
  return groups
}

/** Index of the first `character` after `index`, or the text's length when there is none. */
function nextAfter(text: string, character: string, index: number): number {
  const found = text.indexOf(character, index + 1)
  return found < 0 ? text.length : found
}
