import type { Paragraph, Root, RootContent } from 'mdast'

/** A point of an mdast position (line, column, offset). */
type Point = NonNullable<Root['position']>['start']

/**
 * A top-level block of plain text lines between blank lines that Markdown (CommonMark, GFM)
 * reads as one paragraph holding one text node equal to its source: no line starts with
 * white space, an ASCII mark or an ordered-list number, no line ends in white space, and
 * the block holds no character any inline construct starts with.
 */
export interface PlainParagraph {
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

/**
 * Characters that start or take part in an inline construct (escapes, code, emphasis,
 * links, footnote calls, HTML, character references, strikethrough, table cells, e-mail
 * autolinks), the tab (columns then follow tab stops), CR and NUL (micromark rewrites them).
 */
const inlineMark = /[\\`*_[\]<&~|\t\r\0@]|www\.|:\/\//i
/** A line start that could open a block: white space, ASCII punctuation, an ordered-list marker. */
const blockStart = /^(?:[ \t!-/:-@[-`{-~]|\d{1,9}[.)])/

/**
 * The plain paragraphs of `source` after `from` (the end of the front matter), in order.
 * A block qualifies by its own text only; whether its neighbours leave it a paragraph (an
 * open fence, an HTML comment or a list around it) is for the caller to check.
 *
 * @param source The Markdown document (LF line endings; any CR makes no block plain).
 * @param from Offset where the body starts.
 */
export function findPlainParagraphs(source: string, from: number): PlainParagraph[] {
  const found: PlainParagraph[] = []
  let offset = from === 0 ? 0 : source.indexOf('\n', from - 1) + 1
  let line = lineAt(source, offset)
  let blockStartOffset = -1
  let blockLine = 0
  let plain = true
  let previousBlank = offset === 0
  while (offset <= source.length) {
    const newline = source.indexOf('\n', offset)
    const lineEnd = newline === -1 ? source.length : newline
    const blank = isBlank(source, offset, lineEnd)
    if (blank) {
      if (blockStartOffset !== -1 && plain) found.push(plainParagraph(blockStartOffset, blockLine, offset, line, source))
      blockStartOffset = -1
    } else {
      if (blockStartOffset === -1) {
        blockStartOffset = offset
        blockLine = line
        plain = previousBlank
      }
      if (plain) plain = isPlainLine(source.slice(offset, lineEnd))
    }
    previousBlank = blank
    if (newline === -1) {
      if (blockStartOffset !== -1 && plain) found.push(plainParagraph(blockStartOffset, blockLine, source.length, line + 1, source))
      break
    }
    offset = newline + 1
    line++
  }
  return found
}

/**
 * The tree of `source` from the tree of `compact` (the source with its plain paragraphs
 * cut out, whole lines each) and those paragraphs: positions of `compact`'s nodes moved
 * back to the source, paragraphs put in place. `undefined` when a node of `compact` spans
 * a cut (the paragraph would then have been part of it, or its neighbours would have
 * read differently): parse the whole source instead.
 *
 * @param source The whole Markdown document.
 * @param compact The tree of the source without the plain paragraphs.
 * @param plain The plain paragraphs cut out, in order.
 */
export function restorePlainParagraphs(source: string, compact: Root, plain: PlainParagraph[]): Root | undefined {
  const cuts: number[] = []
  const removedUnits: number[] = [0]
  const removedLines: number[] = [0]
  let units = 0
  let lines = 0
  for (const paragraph of plain) {
    cuts.push(paragraph.start - units)
    units += paragraph.next - paragraph.start
    lines += paragraph.next === paragraph.end ? paragraph.lines - 1 : paragraph.lines
    removedUnits.push(units)
    removedLines.push(lines)
  }
  let cut = 0
  for (const child of compact.children) {
    const start = child.position?.start.offset ?? 0
    const end = child.position?.end.offset ?? 0
    while (cut < cuts.length && (cuts[cut] as number) <= start) cut++
    if (cut < cuts.length && (cuts[cut] as number) <= end) return undefined
  }
  const move = (point: Point): void => {
    let low = 0
    let high = cuts.length
    const offset = point.offset ?? 0
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cuts[middle] as number) <= offset) low = middle + 1
      else high = middle
    }
    point.offset = offset + (removedUnits[low] as number)
    point.line += removedLines[low] as number
  }
  const children: RootContent[] = []
  let next = 0
  for (const child of compact.children) {
    visitPositions(child, move)
    const start = child.position?.start.offset ?? 0
    while (next < plain.length && (plain[next] as PlainParagraph).start < start) children.push(paragraphNode(source, plain[next++] as PlainParagraph))
    children.push(child)
  }
  while (next < plain.length) children.push(paragraphNode(source, plain[next++] as PlainParagraph))
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

/**
 * `source` without the plain paragraphs' lines.
 *
 * @param source The whole Markdown document.
 * @param plain Its plain paragraphs, in order.
 */
export function cutPlainParagraphs(source: string, plain: PlainParagraph[]): string {
  let compact = ''
  let from = 0
  for (const paragraph of plain) {
    compact += source.slice(from, paragraph.start)
    from = paragraph.next
  }
  return compact + source.slice(from)
}

function plainParagraph(start: number, line: number, nextLineStart: number, nextLine: number, source: string): PlainParagraph {
  const atEnd = nextLineStart === source.length && source.charCodeAt(source.length - 1) !== 0x0a
  const end = atEnd ? source.length : nextLineStart - 1
  const lastLineStart = source.lastIndexOf('\n', end - 1) + 1
  return { start, end, next: atEnd ? end : nextLineStart, line, lines: nextLine - line, endColumn: end - lastLineStart + 1 }
}

function paragraphNode(source: string, paragraph: PlainParagraph): Paragraph {
  const position = {
    start: { line: paragraph.line, column: 1, offset: paragraph.start },
    end: { line: paragraph.line + paragraph.lines - 1, column: paragraph.endColumn, offset: paragraph.end }
  }
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: source.slice(paragraph.start, paragraph.end), position: structuredClone(position) }],
    position
  }
}

function isPlainLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last !== 0x20 && !blockStart.test(text) && !inlineMark.test(text)
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
