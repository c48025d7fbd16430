import type { Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { joiner } from '../expressions.js'

/**
 * Keep a ZWNJ (or ZWJ) inside its word: `می‌شود`, `دولت‌ها` are one word.
 *
 * parse-latin tokenizes U+200C as a symbol, which splits the word in two; this sentence
 * plugin joins `word + joiner + word` (and a joiner trailing a word) back into one word.
 */
export function mergeJoinerWords(sentence: Sentence): undefined {
  const children = sentence.children
  const result: SentenceContent[] = []
  for (const child of children) {
    const previous = result[result.length - 1]
    if (previous && previous.type === 'WordNode' && isJoiner(child)) {
      appendToWord(previous, child)
      continue
    }
    if (
      previous &&
      previous.type === 'WordNode' &&
      child.type === 'WordNode' &&
      endsWithJoiner(previous)
    ) {
      previous.children.push(...child.children)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    if (previous && isJoiner(previous) && child.type === 'WordNode') {
      // A word that starts with a joiner (rare, damaged input): attach the joiner to it.
      result.pop()
      child.children.unshift(previous as never)
      if (previous.position && child.position) child.position.start = previous.position.start
      result.push(child)
      continue
    }
    result.push(child)
  }
  sentence.children = result
  return undefined
}

function isJoiner(node: SentenceContent): boolean {
  return (node.type === 'SymbolNode' || node.type === 'PunctuationNode') && joiner.test(node.value)
}

function endsWithJoiner(word: Word): boolean {
  const last = word.children[word.children.length - 1]
  return last !== undefined && last.type !== 'TextNode' && joiner.test(toString(last))
}

function appendToWord(word: Word, node: SentenceContent): void {
  word.children.push(node as Word['children'][number])
  if (word.position && node.position) word.position.end = node.position.end
}
