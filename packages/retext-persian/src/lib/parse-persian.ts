import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseLatin } from 'parse-latin'
import { continuesAfterPersianAbbreviation, persianTerminalMarker } from './expressions.js'
import { mergeAbbreviationSentences } from './plugin/merge-abbreviation-sentences.js'
import { mergeBracketedSentences } from './plugin/merge-bracketed-sentences.js'
import { mergeDecimalNumbers } from './plugin/merge-decimal-numbers.js'
import { mergeJoinerWords } from './plugin/merge-joiner-words.js'

type SentencePlugin = (node: Sentence) => undefined | void
type ParagraphPlugin = (node: Paragraph) => undefined | void

/**
 * A parser for Persian (Farsi) natural language, producing nlcst.
 *
 * It extends parse-latin, the way parse-english does, with Persian rules:
 * - ZWNJ (U+200C) stays inside a word (`می‌شود` is one word);
 * - `؟` (U+061F) and `۔` (U+06D4) end sentences, besides `.` `!` `?` `…`;
 * - numbers stay whole in every digit system (`۳٫۵`, `۱٬۲۰۰`, `1.5`);
 * - a sentence never ends inside brackets, so Latin citations and abbreviations inside
 *   Persian sentences (`(Walt et al. 1987: 3)`) do not break it;
 * - dotted abbreviations (`ه.ش.`, `ق.م.`) stay whole (parse-latin's initialism rule);
 * - a full stop after a Persian abbreviation (`ص.`, `ج.`, `۱۳۵۷ ش.`, `نک.`) does not end
 *   the sentence.
 * `،` `؛` `«` `»` are punctuation already in parse-latin.
 */
export class ParsePersian extends ParseLatin {
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const sentence = this.tokenizeSentence(value)
    const result: Paragraph = {
      type: 'ParagraphNode',
      children: splitAtTerminalMarkers(sentence)
    }
    for (const plugin of this.tokenizeParagraphPlugins as ParagraphPlugin[]) plugin(result)
    return result
  }
}

ParsePersian.prototype.tokenizeSentencePlugins = [
  mergeJoinerWords,
  mergeDecimalNumbers,
  ...(ParseLatin.prototype.tokenizeSentencePlugins as SentencePlugin[])
] as typeof ParseLatin.prototype.tokenizeSentencePlugins

// parse-latin's paragraph plugins, with the abbreviation merge after its own merges
// (the sixth, `mergeAffixExceptions`) and brackets kept whole before the last.
ParsePersian.prototype.tokenizeParagraphPlugins = [
  ...(ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[]).slice(0, 6),
  mergeAbbreviationSentences(continuesAfterPersianAbbreviation),
  ...(ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[]).slice(6, -1),
  mergeBracketedSentences,
  ...(ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[]).slice(-1)
] as typeof ParseLatin.prototype.tokenizeParagraphPlugins

/** Split the one-sentence token list after every run of Persian or Latin terminal marks. */
function splitAtTerminalMarkers(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  let start = 0
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const token = children[index] as SentenceContent
    const isLast = index === children.length - 1
    if (
      isLast ||
      (token.type === 'PunctuationNode' && persianTerminalMarker.test(toString(token)))
    ) {
      const slice = children.slice(start, index + 1)
      const first = slice[0]
      const part: Sentence = { type: 'SentenceNode', children: slice }
      if (first?.position && token.position) {
        part.position = { start: first.position.start, end: token.position.end }
      }
      result.push(part)
      start = index + 1
    }
  }
  return result
}
