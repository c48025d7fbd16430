import type { Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { allDigits, numberSeparator } from '../expressions.js'

/**
 * Keep a number whole: `۳٫۵` (Arabic decimal separator U+066B), `۱٬۲۰۰` (U+066C),
 * `1.5`, `1,200`, `۱۳۹۹/۰۴/۱۵` are one word.
 *
 * parse-latin already joins `1.5` (the full stop is an inner-word symbol); this plugin
 * joins digits around the separators it does not know, but only when digits stand on
 * both sides, so a comma between two numbers followed by a space still separates them.
 */
export function mergeDecimalNumbers(sentence: Sentence): undefined {
  const children = sentence.children
  const result: SentenceContent[] = []
  let index = 0
  while (index < children.length) {
    const child = children[index] as SentenceContent
    const previous = result[result.length - 1]
    const next = children[index + 1]
    if (
      previous &&
      previous.type === 'WordNode' &&
      isNumeric(previous) &&
      (child.type === 'PunctuationNode' || child.type === 'SymbolNode') &&
      numberSeparator.test(child.value) &&
      next &&
      next.type === 'WordNode' &&
      startsWithDigit(next)
    ) {
      previous.children.push(child as Word['children'][number], ...next.children)
      if (previous.position && next.position) previous.position.end = next.position.end
      index += 2
      continue
    }
    result.push(child)
    index++
  }
  sentence.children = result
  return undefined
}

function isNumeric(word: Word): boolean {
  const last = word.children[word.children.length - 1]
  return last !== undefined && allDigits.test(toString(last))
}

function startsWithDigit(word: Word): boolean {
  const first = word.children[0]
  return first !== undefined && allDigits.test(toString(first))
}
