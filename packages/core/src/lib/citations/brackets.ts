/** A pair of round brackets in a text. */
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
 */
export function findBracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = []
  // Each open bracket with the number of pairs closed before it.
  const stack: Array<{ open: number; closedBefore: number }> = []
  let closed = 0
  // Hop from bracket to bracket (`indexOf` skips the text between them quickly).
  let nextOpen = text.indexOf('(')
  let nextClose = text.indexOf(')')
  while (nextOpen >= 0 || nextClose >= 0) {
    if (nextOpen >= 0 && (nextClose < 0 || nextOpen < nextClose)) {
      stack.push({ open: nextOpen, closedBefore: closed })
      nextOpen = text.indexOf('(', nextOpen + 1)
    } else {
      const index = nextClose
      nextClose = text.indexOf(')', nextClose + 1)
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

/** `)content(` with no bracket inside and no white space just inside either bracket. */
const mirroredPattern = /\)(?=\S)([^()\n]{1,2000}?)(?<=\S)\(/g

/**
 * Find mirrored bracket groups: `)Katzman, 2016: 1(`. Content must hug both brackets,
 * which ordinary prose between two groups, `(a) and (b)`, never does.
 *
 * @param text The text.
 */
export function findMirroredGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = []
  for (const match of text.matchAll(mirroredPattern)) {
    const open = match.index
    groups.push({ open, close: open + match[0].length - 1, mirrored: true })
  }
  return groups
}
