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


/** What a block of an article is, for the breakdown of the error. */
export type BlockKind = 'abstract-en' | 'abstract-fa' | 'heading' | 'body' | 'footnote' | 'table'

/** A block of the body text: a paragraph, a heading, a footnote or a whole table. */
export interface TextBlock {
  id: string
  kind: BlockKind
  /** Its words, letters only (words without letters left out). */
  words: string[]
}

/**
 * The blocks of an article's body text, in file order: the segments of one paragraph (their
 * ids without the `-sN` sentence suffix), of one table (all its cells) or one footnote form a block.
 */
export function bodyBlocks(article: Article): TextBlock[] {
  const blocks: TextBlock[] = []
  const segments = article.segments.filter((segment) => bodyKinds.has(segment.kind)).sort((a, b) => a.position.start.offset - b.position.start.offset)
  for (const segment of segments) {
    const id = segment.kind === 'cell' ? segment.id.replace(/-r\d+.*$/, '') : segment.id.replace(/-s\d+$/, '')
    const kind: BlockKind =
      segment.kind === 'abstract' ? (segment.lang === 'en' ? 'abstract-en' : 'abstract-fa') : segment.kind === 'cell' ? 'table' : segment.kind === 'heading' || segment.kind === 'footnote' ? segment.kind : 'body'
    let block = blocks[blocks.length - 1]
    if (block?.id !== id) {
      block = { id, kind, words: [] }
      blocks.push(block)
    }
    for (const token of segment.text.split(/[\s\u200C]+/)) {
      const word = lettersOnly(token)
      if (word !== '') block.words.push(word)
    }
  }
  return blocks
}

/** Letters the two word lists share, counted as a multiset of words. */
function sharedLetters(a: readonly string[], b: readonly string[]): number {
  const available = new Map<string, number>()
  for (const word of a) available.set(word, (available.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const left = available.get(word) ?? 0
    if (left > 0) {
      shared += word.length
      available.set(word, left - 1)
    }
  }
  return shared
}

const letterCount = (words: readonly string[]): number => words.reduce((sum, word) => sum + word.length, 0)

/** One group of paired blocks and its error. */
export interface BlockGroup {
  reference: TextBlock[]
  hypothesis: TextBlock[]
  /** The reference blocks' kind (of the first), or `extra` for hypothesis blocks paired with none. */
  kind: BlockKind | 'extra'
  /** Reference letters. */
  letters: number
  /** Edit distance of the letters within the group. */
  errors: number
  /** Edit distance of the same words sorted: errors in the words themselves (letters, word boundaries). */
  wordErrors: number
}

/**
 * Block-aligned comparison: pair blocks first, then count errors within pairs.
 *
 * Each hypothesis block is linked to the reference block with which it shares the most letters
 * (as whole words, a multiset), and each reference block to the hypothesis block likewise,
 * when what they share is at least 30% of the linked block's letters. The connected
 * components of these links are the groups: a paragraph split in two or two merged into one
 * stay together. Within a group the blocks are joined in file order and compared letters
 * only; a block linked to nothing counts all its letters. The sum over the groups is never
 * more than the whole-text distance by much, and is not charged for a block placed elsewhere
 * (a footnote or a table in another place) whose text is right.
 */
export function alignBlocks(reference: readonly TextBlock[], hypothesis: readonly TextBlock[]): BlockGroup[] {
  const parent = Array.from({ length: reference.length + hypothesis.length }, (_, index) => index)
  const find = (node: number): number => {
    let root = node
    while (parent[root] !== root) root = parent[root] as number
    parent[node] = root
    return root
  }
  const link = (from: readonly TextBlock[], to: readonly TextBlock[], fromOffset: number, toOffset: number): void => {
    from.forEach((block, index) => {
      let best = -1
      let bestShared = 0
      to.forEach((other, otherIndex) => {
        const shared = sharedLetters(other.words, block.words)
        if (shared > bestShared) {
          bestShared = shared
          best = otherIndex
        }
      })
      if (best >= 0 && bestShared >= 0.3 * letterCount(block.words)) parent[find(fromOffset + index)] = find(toOffset + best)
    })
  }
  link(hypothesis, reference, reference.length, 0)
  link(reference, hypothesis, 0, reference.length)
  const groups = new Map<number, { reference: TextBlock[]; hypothesis: TextBlock[] }>()
  const group = (node: number): { reference: TextBlock[]; hypothesis: TextBlock[] } => {
    const root = find(node)
    let entry = groups.get(root)
    if (!entry) {
      entry = { reference: [], hypothesis: [] }
      groups.set(root, entry)
    }
    return entry
  }
  reference.forEach((block, index) => group(index).reference.push(block))
  hypothesis.forEach((block, index) => group(reference.length + index).hypothesis.push(block))
  return [...groups.values()].map(({ reference: refs, hypothesis: hyps }) => {
    const referenceWords = refs.flatMap((block) => block.words)
    const hypothesisWords = hyps.flatMap((block) => block.words)
    const errors = distance(referenceWords.join(''), hypothesisWords.join(''))
    const wordErrors = Math.min(errors, distance([...referenceWords].sort().join(''), [...hypothesisWords].sort().join('')))
    return { reference: refs, hypothesis: hyps, kind: refs[0]?.kind ?? 'extra', letters: letterCount(referenceWords), errors, wordErrors }
  })
}
