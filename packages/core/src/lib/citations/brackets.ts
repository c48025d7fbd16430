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
 * Pair the round brackets of a text in one linear pass; nested pairs are all returned.
 * Unbalanced brackets are left out.
 *
 * @param text The text.
 */
export function findBracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = []
  const stack: number[] = []
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index)
    if (character === 0x28) stack.push(index)
    else if (character === 0x29) {
      const open = stack.pop()
      if (open !== undefined && index - open - 1 <= maxBracketContent) {
        groups.push({ open, close: index, mirrored: false })
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
