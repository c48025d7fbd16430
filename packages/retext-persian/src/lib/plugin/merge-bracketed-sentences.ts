import type { Paragraph, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { bracketPairs } from '../expressions.js'

const closers = new Set(Object.values(bracketPairs))

/**
 * Do not end a sentence inside brackets: `(Walt et al. 1987: 3.4)`, `(see p. 5)`,
 * `(مشیرزاده، ۱۳۹۳. ص ۷۲)` stay in the sentence that opened them.
 *
 * A sentence that leaves a bracket open is merged with the next one, but only when
 * that next sentence closes it: a stray, never-closed `(` does not swallow the rest of
 * the paragraph.
 */
export function mergeBracketedSentences(paragraph: Paragraph): undefined {
  // One pass that builds the new list of children: splicing in place, and counting the
  // brackets of a merged sentence again after each merge, would be quadratic.
  const children = paragraph.children
  const result: Paragraph['children'] = []
  let index = 0
  while (index < children.length) {
    const child = children[index++] as Paragraph['children'][number]
    result.push(child)
    if (child.type !== 'SentenceNode') continue
    let depth = countOpen(child.children, 0)
    while (depth > 0) {
      let nextIndex = index
      while (children[nextIndex]?.type === 'WhiteSpaceNode') nextIndex++
      const next = children[nextIndex]
      if (!next || next.type !== 'SentenceNode' || !closesBracket(next)) break
      for (let between = index; between < nextIndex; between++) {
        child.children.push(children[between] as Sentence['children'][number])
      }
      for (const node of next.children) child.children.push(node)
      if (child.position && next.position) child.position.end = next.position.end
      depth = countOpen(next.children, depth)
      index = nextIndex + 1
    }
  }
  paragraph.children = result
  return undefined
}

/**
 * How many brackets are open after these nodes, starting from `depth` (a closing bracket
 * with none open is ignored), so a merged sentence is counted by continuing, not again.
 */
function countOpen(nodes: Sentence['children'], depth: number): number {
  let open = depth
  for (const node of nodes) {
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue
    for (const character of node.value) {
      if (character in bracketPairs) open++
      else if (closers.has(character) && open > 0) open--
    }
  }
  return open
}

/** Whether the sentence has a closing bracket before any opening one. */
function closesBracket(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue
    const value = toString(node)
    for (const character of value) {
      if (closers.has(character)) return true
      if (character in bracketPairs) return false
    }
  }
  return false
}
