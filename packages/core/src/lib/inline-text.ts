import type { Nodes, PhrasingContent } from 'mdast'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'

/** Plain text of inline Markdown, with the source offset of every character. */
export interface InlineText {
  /** The text, markup removed (soft line breaks kept as `\n`). */
  text: string
  /** `offsets[i]` is the source offset of `text[i]` (of the escape or reference it was written as). */
  offsets: number[]
  /**
   * Characters written with more than one source character (`\*`, `&amp;`): text index →
   * source offset just after what was written. Others end one after their offset.
   */
  wide: Map<number, number>
  /** Footnote markers: label and the text index they stand at. */
  footnoteReferences: Array<{ label: string; at: number; offset: number }>
  /** HTML inside the text (page markers…), with its source offset and text index. */
  html: Array<{ value: string; at: number; offset: number }>
}

/**
 * Collect the plain text of a block's inline content (paragraph, heading, table cell),
 * keeping for every character its offset in the Markdown source, so segments and
 * citations found in the text map back to exact source spans. Escapes (`\*`), character
 * references (`&amp;`, `&#1575;`) and NUL (read as U+FFFD) map to where they are written.
 * Linear in the length of the source.
 *
 * @param node A block with phrasing children.
 * @param source The whole Markdown source.
 */
export function collectInlineText(node: Nodes, source: string): InlineText {
  const result: InlineText = { text: '', offsets: [], wide: new Map(), footnoteReferences: [], html: [] }
  const children = 'children' in node ? (node.children as PhrasingContent[]) : []
  const block: Block = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? source.length }
  // A stack, not recursion, so deeply nested emphasis or links cannot overflow.
  const stack = [...children].reverse()
  for (let child = stack.pop(); child; child = stack.pop()) {
    const inner = visit(child, source, result, block)
    if (inner) for (let index = inner.length - 1; index >= 0; index--) stack.push(inner[index] as PhrasingContent)
  }
  return result
}

/**
 * The source offset just after text character `index`.
 *
 * @param inline Collected text.
 * @param index Index of a character of `inline.text`.
 */
export function sourceEnd(inline: InlineText, index: number): number {
  return inline.wide.get(index) ?? (inline.offsets[index] ?? lastOffset(inline) - 1) + 1
}

/** Where the block's inline content lies in the source. */
interface Block {
  start: number
  end: number
}

/** Add one inline node to the text; returns its children when they are to be visited. */
function visit(node: PhrasingContent, source: string, result: InlineText, block: Block): readonly PhrasingContent[] | undefined {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const code = node.type === 'inlineCode'
      if (node.position) appendMapped(node.value, node.position.start.offset, node.position.end.offset, source, result, code)
      // Nodes a transform made without a position (GFM autolink literals found after
      // parsing, as in `name\_x@mail.com`): read on from where the text so far ends.
      else appendMapped(node.value, result.text.length === 0 ? block.start : sourceEnd(result, result.text.length - 1), block.end, source, result, code)
      return undefined
    }
    case 'break': {
      append('\n', node.position?.start.offset ?? lastOffset(result), result)
      return undefined
    }
    case 'html': {
      result.html.push({
        value: node.value,
        at: result.text.length,
        offset: node.position?.start.offset ?? lastOffset(result)
      })
      return undefined
    }
    case 'footnoteReference': {
      result.footnoteReferences.push({
        label: node.label ?? node.identifier,
        at: result.text.length,
        offset: node.position?.start.offset ?? lastOffset(result)
      })
      return undefined
    }
    case 'image':
    case 'imageReference': {
      // The alt text is read from the label after `![` (its characters in order; markup in
      // it maps to the place the walk has reached), not from where the text before ended.
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      appendMapped(node.alt ?? '', start === undefined ? undefined : start + 2, end, source, result, false)
      return undefined
    }
    default:
      return 'children' in node ? (node.children as PhrasingContent[]) : undefined
  }
}

const referencePattern = /&(#(?:[0-9]{1,7}|[xX][0-9A-Fa-f]{1,6})|[0-9A-Za-z]{1,31});/y
const asciiPunctuation = /^[!-/:-@[-`{-~]$/

/**
 * Append `value`, the text micromark read from `source[start, end)`, mapping each of its
 * characters to the source. Both are walked once, side by side: a source unit (a character,
 * an escape, a character reference, a line ending in code) either gives the next characters
 * of the value, or was dropped by the parser (container prefixes `>`, indentation, code
 * fences) and is skipped. A value character found nowhere maps to the current place.
 */
function appendMapped(
  value: string,
  start: number | undefined,
  end: number | undefined,
  source: string,
  result: InlineText,
  code: boolean
): void {
  if (start === undefined || end === undefined) {
    const at = lastOffset(result)
    for (const character of value) append(character, at, result)
    return
  }
  if (source.slice(start, end) === value) {
    // One concatenation, not one a character (a rope of millions of pieces on a long line).
    result.text += value
    for (let index = 0; index < value.length; index++) result.offsets.push(start + index)
    return
  }
  let pointer = start
  let index = 0
  while (index < value.length) {
    if (pointer >= end) {
      append(value[index++] as string, Math.max(start, end - 1), result)
      continue
    }
    const unit = sourceUnit(source, pointer, end, code)
    // A unit the parser kept as written (an autolink's `&amp;`) is read character by character.
    const decoded = unit && !value.startsWith(source.slice(pointer, pointer + unit.length), index)
    if (unit && decoded && value.startsWith(unit.value, index)) {
      for (let part = 0; part < unit.value.length; part++) {
        append(value[index] as string, pointer, result)
        if (unit.length > 1) result.wide.set(result.text.length - 1, pointer + unit.length)
        index++
      }
      pointer += unit.length
      continue
    }
    const character = value[index] as string
    if (source[pointer] === character) {
      append(character, pointer++, result)
      index++
    } else if (isDropped(source.charCodeAt(pointer), code)) {
      pointer++
    } else {
      append(character, pointer, result)
      index++
    }
  }
}

/**
 * What the parser reads at `at` when it is not the character itself: an escape (`\*` → `*`),
 * a character reference (`&amp;` → `&`), NUL (→ U+FFFD); in code, a line ending (→ space)
 * and the escaped pipe of a table cell.
 */
function sourceUnit(source: string, at: number, end: number, code: boolean): { value: string; length: number } | undefined {
  const character = source.charCodeAt(at)
  if (character === 0) return { value: '\uFFFD', length: 1 }
  if (code) {
    if (character === 0x0d) return { value: ' ', length: source.charCodeAt(at + 1) === 0x0a ? 2 : 1 }
    if (character === 0x0a) return { value: ' ', length: 1 }
    if (character === 0x5c && source[at + 1] === '|' && at + 1 < end) return { value: '|', length: 2 }
    return undefined
  }
  if (character === 0x5c && at + 1 < end && asciiPunctuation.test(source[at + 1] ?? '')) {
    return { value: source[at + 1] as string, length: 2 }
  }
  if (character !== 0x26) return undefined
  referencePattern.lastIndex = at
  const match = referencePattern.exec(source)
  if (!match || at + match[0].length > end) return undefined
  const name = match[1] as string
  const decoded =
    name.charCodeAt(0) === 0x23
      ? decodeNumericCharacterReference(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)
      : decodeNamedCharacterReference(name)
  return decoded ? { value: decoded, length: match[0].length } : undefined
}

/** Source characters the parser leaves out of a text node: blanks, line endings, `>` of blockquotes; backticks of code. */
function isDropped(character: number, code: boolean): boolean {
  return (
    character === 0x20 ||
    character === 0x09 ||
    character === 0x0a ||
    character === 0x0d ||
    character === 0x3e ||
    (code && character === 0x60)
  )
}

function append(character: string, offset: number, result: InlineText): void {
  result.text += character
  result.offsets.push(offset)
}

function lastOffset(result: InlineText): number {
  const last = result.offsets[result.offsets.length - 1]
  return last === undefined ? 0 : last + 1
}
