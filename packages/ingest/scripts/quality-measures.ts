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
    const id = blockId(segment)
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

/** The block a segment belongs to: its id without the `-sN` sentence suffix, or a cell's table id. */
function blockId(segment: Article['segments'][number]): string {
  return segment.kind === 'cell' ? segment.id.replace(/-r\d+.*$/, '') : segment.id.replace(/-s\d+$/, '')
}

/** Page breaks of an ingest article against the curated one. */
export interface PageBreakCount {
  /** Printed pages that start in the article body (`<!-- page: N -->` after the first). */
  found: number
  /** Of those, pages whose number the curated file has too and that start in the right block. */
  placed: number
}

/**
 * The pages that start in the body, each with the block its first segment is in: the first
 * heading or sentence (not a footnote, which a page's paragraph may carry over) whose page is N.
 */
function pageStarts(article: Article): Map<number, string> {
  const starts = new Map<number, string>()
  const segments = article.segments.filter((segment) => bodyKinds.has(segment.kind) && segment.kind !== 'footnote').sort((a, b) => a.position.start.offset - b.position.start.offset)
  for (const segment of segments) if (segment.page !== null && !starts.has(segment.page)) starts.set(segment.page, blockId(segment))
  return starts
}

/**
 * Page breaks ingest found, and how many are placed right: page N is placed right when the
 * curated file has page N too and the first heading or sentence on page N is, in both files,
 * in blocks that `alignBlocks` put in the same group (a page that turns mid-paragraph is
 * right anywhere in that paragraph; one a paragraph too early or late is wrong). The first
 * page (the title page, where the body starts) is not a break and is not counted.
 */
export function countPageBreaks(reference: Article, hypothesis: Article, groups: readonly BlockGroup[]): PageBreakCount {
  const groupOf = new Map<string, number>()
  groups.forEach((group, index) => {
    for (const block of group.reference) groupOf.set(`r:${block.id}`, index)
    for (const block of group.hypothesis) groupOf.set(`h:${block.id}`, index)
  })
  const referenceStarts = pageStarts(reference)
  const hypothesisStarts = [...pageStarts(hypothesis)].slice(1)
  let placed = 0
  for (const [page, block] of hypothesisStarts) {
    const referenceBlock = referenceStarts.get(page)
    const group = groupOf.get(`h:${block}`)
    if (referenceBlock !== undefined && group !== undefined && groupOf.get(`r:${referenceBlock}`) === group) placed += 1
  }
  return { found: hypothesisStarts.length, placed }
}

/** Disjoint sets over nodes `0..size-1`: `parent` to join two roots, `find` a node's root. */
function disjointSets(size: number): { parent: number[]; find: (node: number) => number } {
  const parent = Array.from({ length: size }, (_, index) => index)
  const find = (node: number): number => {
    let root = node
    while (parent[root] !== root) root = parent[root] as number
    parent[node] = root
    return root
  }
  return { parent, find }
}

/** Letters the two word lists share, counted as a multiset of words. */
export function sharedLetters(a: readonly string[], b: readonly string[]): number {
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
  const { parent, find } = disjointSets(reference.length + hypothesis.length)
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

/** One step of a letter alignment: reference and hypothesis indices (`-1` where a letter is deleted or inserted). */
type LetterPair = readonly [number, number]

/** Letters aligned by edit distance (unit costs), with a backtrace; `undefined` when the table would be too large. */
function alignLetters(reference: string, hypothesis: string): LetterPair[] | undefined {
  const rows = reference.length
  const columns = hypothesis.length
  if ((rows + 1) * (columns + 1) > 60_000_000) return undefined
  // 0: diagonal (match or substitution), 1: deletion (reference letter), 2: insertion (hypothesis letter).
  const moves = new Uint8Array((rows + 1) * (columns + 1))
  let previous = new Uint32Array(columns + 1)
  let current = new Uint32Array(columns + 1)
  for (let j = 0; j <= columns; j++) {
    previous[j] = j
    moves[j] = 2
  }
  for (let i = 1; i <= rows; i++) {
    current[0] = i
    moves[i * (columns + 1)] = 1
    for (let j = 1; j <= columns; j++) {
      const diagonal = (previous[j - 1] as number) + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1)
      const deletion = (previous[j] as number) + 1
      const insertion = (current[j - 1] as number) + 1
      let best = diagonal
      let move = 0
      if (deletion < best) {
        best = deletion
        move = 1
      }
      if (insertion < best) {
        best = insertion
        move = 2
      }
      current[j] = best
      moves[i * (columns + 1) + j] = move
    }
    ;[previous, current] = [current, previous]
  }
  const pairs: LetterPair[] = []
  let i = rows
  let j = columns
  while (i > 0 || j > 0) {
    const move = moves[i * (columns + 1) + j]
    if (i > 0 && j > 0 && move === 0) pairs.push([--i, --j])
    else if (i > 0 && (j === 0 || move === 1)) pairs.push([--i, -1])
    else pairs.push([-1, --j])
  }
  return pairs.reverse()
}

/** Curated words and the ingest words that print them, where the two differ. */
export interface WordErrorUnit {
  /** Curated words (letters only), in order. */
  reference: string[]
  /** Ingest words (letters only), in order. */
  hypothesis: string[]
  /** Edit distance between the two, letters joined. */
  letters: number
}

/** Both word lists, in order, without the words they share (as a multiset). */
function withoutShared(a: readonly string[], b: readonly string[]): [string[], string[]] {
  const left = new Map<string, number>()
  for (const word of a) left.set(word, (left.get(word) ?? 0) + 1)
  const keptB: string[] = []
  for (const word of b) {
    const count = left.get(word) ?? 0
    if (count > 0) left.set(word, count - 1)
    else keptB.push(word)
  }
  const keptA: string[] = []
  for (const word of [...a].reverse()) {
    const count = left.get(word) ?? 0
    if (count > 0) {
      keptA.push(word)
      left.set(word, count - 1)
    }
  }
  return [keptA.reverse(), keptB]
}

/**
 * The word errors of a block group: the words both sides have (as a multiset) are set aside
 * as right, wherever they stand (a word in the wrong place is an order error); of the rest,
 * curated and ingest words are joined where their letters are aligned (a connected component
 * of the letter alignment). Groups too large to align letter by letter give no units.
 */
export function wordErrorUnits(group: Pick<BlockGroup, 'reference' | 'hypothesis'>): WordErrorUnit[] {
  // Words both sides have (a multiset) are right, wherever they stand: what is left is aligned.
  const [referenceWords, hypothesisWords] = withoutShared(
    group.reference.flatMap((block) => block.words),
    group.hypothesis.flatMap((block) => block.words)
  )
  const ownerOf = (words: readonly string[]): number[] => words.flatMap((word, index) => Array.from(word, () => index))
  const referenceOwner = ownerOf(referenceWords)
  const hypothesisOwner = ownerOf(hypothesisWords)
  const pairs = alignLetters(referenceWords.join(''), hypothesisWords.join(''))
  if (pairs === undefined) return []
  // Nodes: reference words, then hypothesis words.
  const { parent, find } = disjointSets(referenceWords.length + hypothesisWords.length)
  for (const [i, j] of pairs) {
    if (i < 0 || j < 0) continue
    parent[find(referenceWords.length + (hypothesisOwner[j] as number))] = find(referenceOwner[i] as number)
  }
  const components = new Map<number, { reference: number[]; hypothesis: number[] }>()
  const component = (node: number): { reference: number[]; hypothesis: number[] } => {
    const root = find(node)
    let entry = components.get(root)
    if (entry === undefined) {
      entry = { reference: [], hypothesis: [] }
      components.set(root, entry)
    }
    return entry
  }
  referenceWords.forEach((_, index) => component(index).reference.push(index))
  hypothesisWords.forEach((_, index) => component(referenceWords.length + index).hypothesis.push(index))
  const units: WordErrorUnit[] = []
  for (const { reference, hypothesis } of components.values()) {
    const referenceText = reference.map((index) => referenceWords[index] as string)
    const hypothesisText = hypothesis.map((index) => hypothesisWords[index] as string)
    if (referenceText.join(' ') === hypothesisText.join(' ')) continue
    units.push({ reference: referenceText, hypothesis: hypothesisText, letters: distance(referenceText.join(''), hypothesisText.join('')) })
  }
  return units
}

/** What `classifyWordError` knows of the damage: letters printed as others, letters lost at a word's end. */
export interface WordErrorChannel {
  readonly substitutions: ReadonlyArray<{ readonly original: string; readonly printed: string }>
  readonly kashidaAsYeh: boolean
}

/**
 * The cause of a word error, by the letter edits between the curated and the ingest words:
 * `cut` / `glued` / `boundary` (same letters, words cut or joined differently), `missing` /
 * `extra` (no words on one side), or the letter edits, most frequent first and joined with
 * `+`: `undecoded` (a channel substitution left as printed), `wrong-decode` (a printed letter
 * read as a letter it stands for under the channel, where the curated text has the printed one),
 * `lost-final` (a lost letter not restored at a word's end), `wrong-final` (a lost letter
 * restored where none was lost), `kashida-yeh` (an extra ی), `yeh-deleted` (a ی removed),
 * `other`; the suffix `/cut` or `/glued` when the word counts differ.
 */
export function classifyWordError(unit: WordErrorUnit, channel: WordErrorChannel): string {
  const reference = unit.reference.join('')
  const hypothesis = unit.hypothesis.join('')
  if (unit.reference.length === 0) return 'extra'
  if (unit.hypothesis.length === 0) return 'missing'
  const split = unit.hypothesis.length > unit.reference.length ? 'cut' : unit.hypothesis.length < unit.reference.length ? 'glued' : 'boundary'
  if (reference === hypothesis) return split
  const substituted = new Set(channel.substitutions.filter((entry) => entry.printed !== '').map((entry) => `${entry.original}${entry.printed}`))
  const lost = new Set(channel.substitutions.filter((entry) => entry.printed === '').map((entry) => entry.original))
  const ends = (words: readonly string[]): Set<number> => {
    const result = new Set<number>()
    let offset = 0
    for (const word of words) {
      offset += word.length
      result.add(offset - 1)
    }
    return result
  }
  const referenceEnds = ends(unit.reference)
  const hypothesisEnds = ends(unit.hypothesis)
  const counts = new Map<string, number>()
  for (const [i, j] of alignLetters(reference, hypothesis) ?? []) {
    const r = i >= 0 ? reference[i] : undefined
    const h = j >= 0 ? hypothesis[j] : undefined
    if (r === h) continue
    let edit = 'other'
    if (r !== undefined && h !== undefined) {
      if (substituted.has(`${r}${h}`)) edit = 'undecoded'
      else if (substituted.has(`${h}${r}`)) edit = 'wrong-decode'
    } else if (r !== undefined) {
      if (lost.has(r) && referenceEnds.has(i)) edit = 'lost-final'
      else if (r === 'ی') edit = 'yeh-deleted'
    } else if (h !== undefined) {
      if (lost.has(h) && hypothesisEnds.has(j)) edit = 'wrong-final'
      else if (h === 'ی' && channel.kashidaAsYeh) edit = 'kashida-yeh'
    }
    counts.set(edit, (counts.get(edit) ?? 0) + 1)
  }
  const edits = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([edit]) => edit)
  return split === 'boundary' ? edits.join('+') : `${edits.join('+')}/${split}`
}
