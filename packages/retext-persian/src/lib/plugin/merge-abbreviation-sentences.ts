import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'

/**
 * Whether a full stop after `word` does not end the sentence, given the first word of the
 * sentence that follows (`undefined` when that sentence starts with something else).
 */
export type AbbreviationTest = (word: string, nextWord: string | undefined) => boolean

/**
 * Make a paragraph plugin that merges a sentence ending in an abbreviation and a full
 * stop (`ص.`, `Fig.`) with the sentence after it, again and again while the merged
 * sentence ends in one, when `test` says the full stop is the abbreviation's. The full
 * stop becomes part of the abbreviation's word, as in parse-latin's
 * `mergePrefixExceptions`. It runs where that plugin's family runs: after the merges of
 * parse-latin, before full stops are moved into words.
 *
 * @param test Which abbreviations, before which next words, keep the sentence going.
 */
export function mergeAbbreviationSentences(test: AbbreviationTest): (paragraph: Paragraph) => undefined {
  return (paragraph) => {
    // One pass that builds the new children: splicing in place would be quadratic.
    const children = paragraph.children
    const result: Paragraph['children'] = []
    let index = 0
    while (index < children.length) {
      const child = children[index++] as Paragraph['children'][number]
      result.push(child)
      if (child.type !== 'SentenceNode') continue
      for (;;) {
        const next = children[index]
        if (!next || next.type !== 'SentenceNode' || !endsInAbbreviation(child, next, test)) break
        const period = child.children.pop() as SentenceContent
        const word = child.children[child.children.length - 1] as Extract<SentenceContent, { type: 'WordNode' }>
        word.children.push(period as (typeof word.children)[number])
        if (word.position && period.position) word.position.end = period.position.end
        for (const node of next.children) child.children.push(node)
        if (child.position && next.position) child.position.end = next.position.end
        index++
      }
    }
    paragraph.children = result
    return undefined
  }
}

/** Whether `sentence` ends in a word and a lone full stop that `test` accepts before `next`. */
function endsInAbbreviation(sentence: Sentence, next: Sentence, test: AbbreviationTest): boolean {
  const nodes = sentence.children
  const period = nodes[nodes.length - 1]
  const word = nodes[nodes.length - 2]
  if (!period || !word || period.type !== 'PunctuationNode' || toString(period) !== '.' || word.type !== 'WordNode') return false
  const first = next.children.find((node) => node.type !== 'WhiteSpaceNode')
  return test(toString(word), first?.type === 'WordNode' ? toString(first) : undefined)
}
