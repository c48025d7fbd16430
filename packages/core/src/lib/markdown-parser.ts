import type { Root } from 'mdast'
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types'
import { cutBlocks, findBlockCuts, restoreCutBlocks } from './block-cuts.js'

/** Something a GFM autolink literal needs: `www.`, `http://`, `https://` or an `@`. */
const autolinkLiteralHint = /@|www\.|https?:\/\//i
/** What a task list item check needs: `[ ]`, `[x]`, `[X]` (or a tab or line ending inside). */
const taskListHint = /\[(?:[ \t\nxX]|\r\n?)\]/
/**
 * A line that could be a table's delimiter row: only white space, `>` (block quotes),
 * `|`, `:` and `-`, with a `|` or a `:` (micromark-extension-gfm-table refuses a delimiter
 * row with neither).
 */
const delimiterRowHint = /^[ \t>|:-]*[|:][ \t>|:-]*$/m

/**
 * Parse Markdown into mdast exactly as `unified().use(remarkParse).use(remarkFrontmatter,
 * ['yaml']).use(remarkGfm).parse(source)` does, faster: each GFM extension is left out
 * when the source holds none of the characters its syntax starts with (strikethrough
 * without `~`, footnotes without `[^`, autolink literals without `@`, `www.` or `://` after
 * the front matter…), and the table extension tries a table only at a line followed by a
 * possible delimiter row. Top-level paragraphs of plain text are cut out before micromark
 * runs and put back as paragraph nodes, and one-line footnote definitions are parsed
 * after the rest and moved back (`block-cuts.ts`), unless a node of the rest spans a cut
 * (then the whole source is parsed). Equal trees: tested against the
 * remark stack (`test/markdown-parser.test.ts`).
 *
 * @param source The Markdown document (without a byte order mark).
 * @returns The mdast tree with positions.
 */
export function parseMarkdown(source: string): Root {
  const cuts = findBlockCuts(source, bodyStart(source))
  if (cuts.length > 0) {
    const cut = cutBlocks(source, cuts)
    const tree = restoreCutBlocks(source, cut, parseMarkdownWhole(cut.compact), cuts)
    if (tree) return tree
  }
  return parseMarkdownWhole(source)
}

function parseMarkdownWhole(source: string): Root {
  const body = bodyStart(source)
  const hintInBody = autolinkLiteralHint.test(source.slice(body))
  if (hintInBody || !autolinkLiteralHint.test(source.slice(0, body))) return parseWith(source, hintInBody)
  // An autolink hint only in what should be front matter (an email): check that it was.
  const tree = parseWith(source, false)
  const yaml = tree.children[0]
  if (yaml?.type === 'yaml' && (yaml.position?.end.offset ?? 0) > body) return tree
  return parseWith(source, true)
}

function parseWith(source: string, autolinkLiterals: boolean): Root {
  const extensions: Extension[] = [frontmatter(['yaml'])]
  const mdastExtensions: FromMarkdownExtension[] = [frontmatterFromMarkdown(['yaml'])]
  // The order is remark-gfm's: autolink literal, footnote, strikethrough, table, task list.
  if (autolinkLiterals) {
    extensions.push(gfmAutolinkLiteral())
    mdastExtensions.push(gfmAutolinkLiteralFromMarkdown())
  }
  if (source.includes('[^')) {
    extensions.push(gfmFootnote())
    mdastExtensions.push(gfmFootnoteFromMarkdown())
  }
  if (source.includes('~')) {
    extensions.push(gfmStrikethrough())
    mdastExtensions.push(gfmStrikethroughFromMarkdown())
  }
  if (delimiterRowHint.test(source)) {
    extensions.push(tableWithDelimiterRowCheck(source))
    mdastExtensions.push(gfmTableFromMarkdown())
  }
  if (taskListHint.test(source)) {
    extensions.push(gfmTaskListItem())
    mdastExtensions.push(gfmTaskListItemFromMarkdown())
  }
  return fromMarkdown(source, { extensions, mdastExtensions })
}

/**
 * Where the body can start at the earliest when the source opens with `---`: the first
 * line after it that starts with `---` (the front matter cannot close before). 0 when the
 * source has no such lines.
 */
function bodyStart(source: string): number {
  if (!source.startsWith('---')) return 0
  const close = /[\r\n]---/.exec(source)
  return close ? close.index : 0
}

/**
 * The GFM table extension whose table construct first checks the source: a table starts
 * only at a line whose next line could be a delimiter row (`delimiterRowHint`), so the
 * attempt that tokenizes every line of every paragraph as a possible table head is skipped
 * elsewhere. Body rows (after a table head or row) go straight to the construct.
 */
function tableWithDelimiterRowCheck(source: string): Extension {
  const table = gfmTable()
  const construct = (table.flow as Record<string, Construct> | undefined)?.['null']
  if (!construct) return table
  const tokenize = construct.tokenize
  const checked: Construct = {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      if (continuesTable(this) || nextLineMayBeDelimiterRow(source, this.now().offset)) return tokenize.call(this, effects, ok, nok)
      return nok
    }
  }
  return { ...table, flow: { null: checked } }
}

/** Whether the last event before line endings and prefixes is a table head or row (the construct then reads a body row). */
function continuesTable(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index > -1; index--) {
    const type = context.events[index]?.[1].type
    if (type === 'lineEnding' || type === 'linePrefix') continue
    return type === 'tableHead' || type === 'tableRow'
  }
  return false
}

/** Whether the line after the one holding `offset` has only delimiter-row characters and a `|` or `:`. */
function nextLineMayBeDelimiterRow(source: string, offset: number): boolean {
  let index = offset
  while (index < source.length && source.charCodeAt(index) !== 0x0a && source.charCodeAt(index) !== 0x0d) index++
  if (index >= source.length) return false
  index += source.charCodeAt(index) === 0x0d && source.charCodeAt(index + 1) === 0x0a ? 2 : 1
  let marker = false
  for (; index < source.length; index++) {
    const unit = source.charCodeAt(index)
    if (unit === 0x0a || unit === 0x0d) break
    if (unit === 0x7c || unit === 0x3a) marker = true
    else if (unit !== 0x20 && unit !== 0x09 && unit !== 0x3e && unit !== 0x2d) return false
  }
  return marker
}
