/** Text measures of the quality report: body text of an article, letters, character error rate. */
import type { Article } from '@matn/core'
import { distance } from 'fastest-levenshtein'

const bodyKinds = new Set(['abstract', 'heading', 'sentence', 'footnote', 'cell'])

/** The body text of an article: its abstract, heading, sentence, footnote and cell segments in file order. */
export function bodyText(article: Article): string {
  return article.segments
    .filter((segment) => bodyKinds.has(segment.kind))
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
    .map((segment) => segment.text)
    .join('\n')
}

/** Letters only: Arabic-script and Latin letters (NFC), nothing else (no digits, marks, kashida, spaces, punctuation). */
export function lettersOnly(text: string): string {
  return text.normalize('NFC').replace(/[^\p{Script=Arabic}\p{Script=Latin}]|[^\p{L}]|\u0640/gu, '')
}

/** Letters with spacing: letters as above, every run of white space or ZWNJ kept as one space or ZWNJ. */
export function lettersWithSpacing(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{Script=Arabic}\p{Script=Latin}\s\u200C]|[^\p{L}\s\u200C]|\u0640/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?\u200C ?/g, '\u200C')
    .trim()
}

/** Character error rate: edit distance over the reference length. */
export function characterErrorRate(reference: string, hypothesis: string): number {
  return reference.length === 0 ? 0 : distance(reference, hypothesis) / reference.length
}

