import type { RepairChange, RepairStep } from './types.js'

const pairs: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»']
]

/**
 * Mirrored brackets: in a line whose brackets (or « » quotes) of one kind only balance when
 * swapped (`)Raisi, 2022(`), swap them; then take the spaces from inside brackets
 * (`( Raisi )` → `(Raisi)`) and move a full stop that extraction left inside a closing
 * bracket or right after an opening one out after it (`(.Katzman, 2016: 1)` and
 * `(Katzman, 2016: 1.)` → `(Katzman, 2016: 1).`). A bracket without its pair is left alone.
 */
export const repairMirroredBrackets: RepairStep = (text, context) => {
  const changes: RepairChange[] = []
  let result = text
  for (const [open, close] of pairs) {
    if (!balanced(result, open, close) && balanced(swap(result, open, close), open, close)) result = swap(result, open, close)
  }
  result = result
    .replace(/([(\[«]) +/g, '$1')
    .replace(/ +([)\]»])/g, '$1')
    .replace(/\(\. ?([^().]*?)\)/g, '($1).')
    .replace(/\(([^()]*?[\p{L}\p{N}]) ?\.\)/gu, '($1).')
  if (result !== text) changes.push({ step: 'mirrored-brackets', line: context.line, column: 1, before: text, after: result })
  return { text: result, changes, unresolved: [] }
}

function balanced(text: string, open: string, close: string): boolean {
  let depth = 0
  let seen = false
  for (const char of text) {
    if (char === open) {
      depth += 1
      seen = true
    } else if (char === close) {
      depth -= 1
      seen = true
      if (depth < 0) return false
    }
  }
  return seen && depth === 0
}

function swap(text: string, open: string, close: string): string {
  let result = ''
  for (const char of text) result += char === open ? close : char === close ? open : char
  return result
}
