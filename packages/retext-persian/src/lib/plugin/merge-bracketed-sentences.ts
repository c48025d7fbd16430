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
  const children = paragraph.children
  let index = 0
  while (index < children.length) {
    const child = children[index]
    if (!child || child.type !== 'SentenceNode' || openDepth(child) <= 0) {
      index++
      continue
    }
    let nextIndex = index + 1
    while (children[nextIndex] && children[nextIndex]?.type === 'WhiteSpaceNode') nextIndex++
    const next = children[nextIndex]
    if (!next || next.type !== 'SentenceNode' || !closesBracket(next)) {
      index++
      continue
    }
    for (let between = index + 1; between <= nextIndex; between++) {
      const node = children[between]
      if (!node) continue
      if (node.type === 'SentenceNode') child.children.push(...node.children)
      else if (node.type === 'WhiteSpaceNode') child.children.push(node)
    }
    if (child.position && next.position) child.position.end = next.position.end
    children.splice(index + 1, nextIndex - index)
  }
  return undefined
}

/** How many brackets the sentence leaves open at its end. */
function openDepth(sentence: Sentence): number {
  let depth = 0
  for (const node of sentence.children) {
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') continue
    for (const character of node.value) {
      if (character in bracketPairs) depth++
      else if (closers.has(character) && depth > 0) depth--
    }
  }
  return depth
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
