import type { Paragraph, Root, RootContent } from 'mdast'

/** A point of an mdast position (line, column, offset). */
type Point = NonNullable<Root['position']>['start']

/**
 * A top-level block, whole lines between blank lines, that `parseMarkdown` takes out of
 * micromark's pass over the document:
 *
 * - `'paragraph'`: plain text that Markdown (CommonMark, GFM) reads as one paragraph equal
 *   to its source but for one-line HTML comments inside lines (page markers:
 *   `… <!-- page: 12 --> …`). No line starts with white space, an ASCII mark or an
 *   ordered-list number, no line ends in white space, and outside those comments no
 *   character any inline construct starts with. Built here, without micromark.
 * - `'footnote'`: a one-line footnote definition (`[^label]: text`) followed by a blank
 *   line and a line that does not start with white space (nothing continues it). Parsed
 *   by micromark after the rest of the document and moved back: left in place, every
 *   definition followed by a paragraph makes micromark move all the events read so far
 *   (a lazy line after a container), which is quadratic in the document.
 */
export interface BlockCut {
  /** What the block is. */
  kind: 'paragraph' | 'footnote'
  /** Offset of its first character (a line start). */
  start: number
  /** Offset just after its last character (before the line ending). */
  end: number
  /** Offset of the line after it (after its line ending; `end` at the end of the source). */
  next: number
  /** 1-based line of its first line. */
  line: number
  /** Number of lines. */
  lines: number
  /** 1-based column just after its last character. */
  endColumn: number
}

/** The source without its cut blocks, and where the footnote definitions were put. */
export interface CutSource {
  /** The source without the cut blocks' lines, then the footnote definitions, each after a blank line. */
  compact: string
  /** Offset in `compact` where the moved definitions start. */
  movedFrom: number
  /** Offset and line in `compact` of each moved definition, in order. */
  moved: Array<{ offset: number; line: number }>
}

/**
 * Characters that start or take part in an inline construct (escapes, code, emphasis,
 * links, footnote calls, HTML, character references, strikethrough, table cells, e-mail
 * autolinks), the tab (columns then follow tab stops), CR and NUL (micromark rewrites them).
 */
const inlineMark = /[\\`*_[\]<&~|\t\r\0@]|www\.|:\/\//i
/**
 * An HTML comment inside a line that every CommonMark version reads alike: no `-`, `<`,
 * `>` or line ending inside.
 */
const inlineComment = /<!--[^<>\n\r-]+-->/g
/** A line start that could open a block: white space, ASCII punctuation, an ordered-list marker. */
const blockStart = /^(?:[ \t!-/:-@[-`{-~]|\d{1,9}[.)])/
/** A one-line GFM footnote definition with text (labels hold no white space, bracket or backslash). */
const footnoteDefinition = /^\[\^[^\s[\]\\]{1,999}\]:[ \t]*[^\s\r]/

/**
 * The blocks of `source` after `from` (the end of the front matter) that can be cut, in
 * order. A block qualifies by its own text and the line after it; whether the blocks
 * around leave it what it seems (an open fence, an HTML comment or a list around it) is
 * checked by `restoreCutBlocks`.
 *
 * @param source The Markdown document (LF line endings; a line with CR is never cut).
 * @param from Offset where the body can start.
 */
export function findBlockCuts(source: string, from: number): BlockCut[] {
  const found: BlockCut[] = []
  let offset = from === 0 ? 0 : source.indexOf('\n', from - 1) + 1
  let line = lineAt(source, offset)
  let blockStartOffset = -1
  let blockLine = 0
  let kind: BlockCut['kind'] | undefined
  let previousBlank = offset === 0
  let previousChunkCut: BlockCut | undefined
  while (offset <= source.length) {
    const newline = source.indexOf('\n', offset)
    const lineEnd = newline === -1 ? source.length : newline
    const blank = isBlank(source, offset, lineEnd)
    if (blank) {
      if (blockStartOffset !== -1) {
        previousChunkCut = kind ? blockCut(kind, blockStartOffset, blockLine, offset, line, source) : undefined
        if (previousChunkCut) found.push(previousChunkCut)
      }
      blockStartOffset = -1
    } else {
      const text = source.slice(offset, lineEnd)
      if (blockStartOffset === -1) {
        // An indented line may continue the footnote definition before it: leave that one in place.
        if (previousChunkCut?.kind === 'footnote' && (text.startsWith(' ') || text.startsWith('\t'))) found.pop()
        blockStartOffset = offset
        blockLine = line
        kind = !previousBlank ? undefined : footnoteDefinition.test(text) && !text.includes('\r') ? 'footnote' : isPlainLine(text) ? 'paragraph' : undefined
      } else if (kind === 'footnote') kind = undefined
      else if (kind === 'paragraph' && !isPlainLine(text)) kind = undefined
    }
    previousBlank = blank
    if (newline === -1) {
      if (blockStartOffset !== -1 && kind) found.push(blockCut(kind, blockStartOffset, blockLine, source.length, line + 1, source))
      break
    }
    offset = newline + 1
    line++
  }
  return found
}

/**
 * Cut the blocks out of `source` (whole lines) and put the footnote definitions at the end.
 *
 * @param source The whole Markdown document.
 * @param cuts Its cut blocks, in order.
 */
export function cutBlocks(source: string, cuts: BlockCut[]): CutSource {
  let compact = ''
  let from = 0
  for (const cut of cuts) {
    compact += source.slice(from, cut.start)
    from = cut.next
  }
  compact += source.slice(from)
  if (!compact.endsWith('\n')) compact += '\n'
  compact += '\n'
  const movedFrom = compact.length
  let line = lineAt(compact, compact.length)
  const moved: CutSource['moved'] = []
  for (const cut of cuts) {
    if (cut.kind !== 'footnote') continue
    moved.push({ offset: compact.length, line })
    compact += `${source.slice(cut.start, cut.end)}\n\n`
    line += 2
  }
  return { compact, movedFrom, moved }
}

/**
 * The tree of `source` from the tree of the cut source: positions of the rest moved back to
 * the source, the moved footnote definitions put back in place, the paragraphs built.
 * `undefined` when a node of the rest spans a cut or reaches the moved definitions (a block
 * would then have been part of it, or its neighbours would have read differently), or a
 * moved definition did not read as one: parse the whole source instead.
 *
 * @param source The whole Markdown document.
 * @param cut What `cutBlocks` gave.
 * @param tree The tree of `cut.compact`.
 * @param cuts The cut blocks, in order.
 */
export function restoreCutBlocks(source: string, cut: CutSource, tree: Root, cuts: BlockCut[]): Root | undefined {
  const rest = tree.children.filter((child) => (child.position?.start.offset ?? 0) < cut.movedFrom)
  const definitions = tree.children.slice(rest.length)
  const footnotes = cuts.filter((block) => block.kind === 'footnote')
  if (definitions.length !== footnotes.length || (rest.at(-1)?.position?.end.offset ?? 0) >= cut.movedFrom - 1) return undefined
  for (const [index, node] of definitions.entries()) {
    const footnote = footnotes[index] as BlockCut
    const expected = cut.moved[index] as CutSource['moved'][number]
    if (node.type !== 'footnoteDefinition' || node.position?.start.offset !== expected.offset) return undefined
    if (node.position.end.offset !== expected.offset + footnote.end - footnote.start) return undefined
    visitPositions(node, (point) => {
      point.offset = (point.offset ?? 0) + footnote.start - expected.offset
      point.line += footnote.line - expected.line
    })
  }
  const at: number[] = []
  const removedUnits: number[] = [0]
  const removedLines: number[] = [0]
  let units = 0
  let lines = 0
  for (const block of cuts) {
    at.push(block.start - units)
    units += block.next - block.start
    lines += block.next === block.end ? block.lines - 1 : block.lines
    removedUnits.push(units)
    removedLines.push(lines)
  }
  let next = 0
  for (const child of rest) {
    const start = child.position?.start.offset ?? 0
    const end = child.position?.end.offset ?? 0
    while (next < at.length && (at[next] as number) <= start) next++
    if (next < at.length && (at[next] as number) <= end) return undefined
  }
  const move = (point: Point): void => {
    let low = 0
    let high = at.length
    const offset = point.offset ?? 0
    while (low < high) {
      const middle = (low + high) >> 1
      if ((at[middle] as number) <= offset) low = middle + 1
      else high = middle
    }
    point.offset = offset + (removedUnits[low] as number)
    point.line += removedLines[low] as number
  }
  const children: RootContent[] = []
  let block = 0
  let definition = 0
  const putBlocksBefore = (offset: number): void => {
    while (block < cuts.length && (cuts[block] as BlockCut).start < offset) {
      const current = cuts[block++] as BlockCut
      children.push(current.kind === 'paragraph' ? paragraphNode(source, current) : (definitions[definition++] as RootContent))
    }
  }
  for (const child of rest) {
    visitPositions(child, move)
    putBlocksBefore(child.position?.start.offset ?? 0)
    children.push(child)
  }
  putBlocksBefore(Number.POSITIVE_INFINITY)
  const lastNewline = source.lastIndexOf('\n')
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lineAt(source, source.length), column: source.length - lastNewline, offset: source.length }
    }
  }
}

function blockCut(kind: BlockCut['kind'], start: number, line: number, nextLineStart: number, nextLine: number, source: string): BlockCut {
  const atEnd = nextLineStart === source.length && source.charCodeAt(source.length - 1) !== 0x0a
  const end = atEnd ? source.length : nextLineStart - 1
  const lastLineStart = source.lastIndexOf('\n', end - 1) + 1
  return { kind, start, end, next: atEnd ? end : nextLineStart, line, lines: nextLine - line, endColumn: end - lastLineStart + 1 }
}

function paragraphNode(source: string, paragraph: BlockCut): Paragraph {
  const start = { line: paragraph.line, column: 1, offset: paragraph.start }
  const end = { line: paragraph.line + paragraph.lines - 1, column: paragraph.endColumn, offset: paragraph.end }
  const block = source.slice(paragraph.start, paragraph.end)
  if (!block.includes('<')) return { type: 'paragraph', children: [{ type: 'text', value: block, position: { start: { ...start }, end: { ...end } } }], position: { start, end } }
  const children: Paragraph['children'] = []
  const pointAt = (index: number): Point => {
    const lineStart = block.lastIndexOf('\n', index - 1) + 1
    let line = paragraph.line
    for (let at = block.indexOf('\n'); at !== -1 && at < index; at = block.indexOf('\n', at + 1)) line++
    return { line, column: index - lineStart + 1, offset: paragraph.start + index }
  }
  let from = 0
  for (const comment of block.matchAll(inlineComment)) {
    const at = comment.index
    if (at > from) children.push({ type: 'text', value: block.slice(from, at), position: { start: pointAt(from), end: pointAt(at) } })
    from = at + comment[0].length
    children.push({ type: 'html', value: comment[0], position: { start: pointAt(at), end: pointAt(from) } })
  }
  if (from < block.length) children.push({ type: 'text', value: block.slice(from), position: { start: pointAt(from), end: { ...end } } })
  return { type: 'paragraph', children, position: { start, end } }
}

function isPlainLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last !== 0x20 && !blockStart.test(text) && !inlineMark.test(text.includes('<') ? text.replace(inlineComment, '') : text)
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const unit = source.charCodeAt(index)
    if (unit !== 0x20 && unit !== 0x09) return false
  }
  return true
}

function lineAt(source: string, offset: number): number {
  let line = 1
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++
  return line
}

function visitPositions(node: RootContent, move: (point: Point) => void): void {
  if (node.position) {
    move(node.position.start)
    move(node.position.end)
  }
  if ('children' in node) for (const child of node.children) visitPositions(child as RootContent, move)
}
