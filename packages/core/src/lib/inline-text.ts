import type { Nodes, PhrasingContent } from 'mdast'

/** Plain text of inline Markdown, with the source offset of every character. */
export interface InlineText {
  /** The text, markup removed (soft line breaks kept as `\n`). */
  text: string
  /** `offsets[i]` is the source offset of `text[i]`. */
  offsets: number[]
  /** Footnote markers: label and the text index they stand at. */
  footnoteReferences: Array<{ label: string; at: number; offset: number }>
  /** HTML inside the text (page markers…), with its source offset and text index. */
  html: Array<{ value: string; at: number; offset: number }>
}

/**
 * Collect the plain text of a block's inline content (paragraph, heading, table cell),
 * keeping for every character its offset in the Markdown source, so segments and
 * citations found in the text map back to exact source spans. Escapes (`\*`) and
 * character references (`&amp;`) map to where they are printed.
 *
 * @param node A block with phrasing children.
 * @param source The whole Markdown source.
 */
export function collectInlineText(node: Nodes, source: string): InlineText {
  const result: InlineText = { text: '', offsets: [], footnoteReferences: [], html: [] }
  const children = 'children' in node ? (node.children as PhrasingContent[]) : []
  for (const child of children) visit(child, source, result)
  return result
}

function visit(node: PhrasingContent, source: string, result: InlineText): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      appendMapped(node.value, node.position?.start.offset, node.position?.end.offset, source, result)
      return
    }
    case 'break': {
      append('\n', node.position?.start.offset ?? lastOffset(result), result)
      return
    }
    case 'html': {
      result.html.push({
        value: node.value,
        at: result.text.length,
        offset: node.position?.start.offset ?? lastOffset(result)
      })
      return
    }
    case 'footnoteReference': {
      result.footnoteReferences.push({
        label: node.label ?? node.identifier,
        at: result.text.length,
        offset: node.position?.start.offset ?? lastOffset(result)
      })
      return
    }
    case 'image':
    case 'imageReference': {
      appendMapped(node.alt ?? '', undefined, undefined, source, result)
      return
    }
    default: {
      if ('children' in node) {
        for (const child of node.children as PhrasingContent[]) visit(child, source, result)
      }
    }
  }
}

function appendMapped(
  value: string,
  start: number | undefined,
  end: number | undefined,
  source: string,
  result: InlineText
): void {
  if (start === undefined || end === undefined) {
    const at = lastOffset(result)
    for (const character of value) append(character, at, result)
    return
  }
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index++) {
      result.text += value[index]
      result.offsets.push(start + index)
    }
    return
  }
  // The printed form differs (escapes, character references, line indentation):
  // walk the source forward and map each character to where it appears.
  let pointer = start
  for (let index = 0; index < value.length; index++) {
    const character = value[index] as string
    let probe = pointer
    while (probe < end && source[probe] !== character) probe++
    if (probe < end) {
      result.offsets.push(probe)
      pointer = probe + 1
    } else {
      result.offsets.push(Math.min(pointer, end - 1))
    }
    result.text += character
  }
}

function append(character: string, offset: number, result: InlineText): void {
  result.text += character
  result.offsets.push(offset)
}

function lastOffset(result: InlineText): number {
  const last = result.offsets[result.offsets.length - 1]
  return last === undefined ? 0 : last + 1
}
