import { stringify } from 'yaml'
import type { UnresolvedToken } from '../repair/types.js'
import type { Block, DraftBody, PageRef } from './body.js'
import { repairWrappedCitations } from './citation-tails.js'
import type { DraftFront } from './front.js'
import type { SourceLine } from './lines.js'
import { findStrayMarkers } from './stray-markers.js'

/** What goes into the front matter besides what the text gives. */
export interface RenderMeta {
  id: string
  source?: { file: string; sha256: string }
}

/** Counts of what the draft holds. */
export interface DraftCounts {
  headings: number
  paragraphs: number
  footnotes: number
  tables: number
  figures: number
  pageBreaks: number
  keywordsFa: number
  keywordsEn: number
}

/**
 * Write the draft as an article in the matn format (docs/format.md).
 *
 * @returns The Markdown, its counts and the footnotes whose marker was not found.
 */
export function renderArticle(front: DraftFront, body: DraftBody, meta: RenderMeta): { markdown: string; counts: DraftCounts; unresolved: UnresolvedToken[] } {
  const unresolved: UnresolvedToken[] = []
  const counts: DraftCounts = { headings: 0, paragraphs: 0, footnotes: 0, tables: 0, figures: 0, pageBreaks: 0, keywordsFa: front.keywordsFa.length, keywordsEn: front.keywordsEn.length }
  const frontMatter: Record<string, unknown> = { id: meta.id }
  if (front.title) frontMatter.title = { fa: front.title }
  frontMatter.authors = front.authors.map((author) => {
    const entry: Record<string, unknown> = { name: { fa: author.name } }
    if (author.affiliation) entry.affiliation = { fa: author.affiliation }
    if (author.email) entry.email = author.email
    if (author.corresponding) entry.corresponding = true
    return entry
  })
  if (front.received) frontMatter.received = front.received
  if (front.accepted) frontMatter.accepted = front.accepted
  if (front.keywordsFa.length > 0 || front.keywordsEn.length > 0) {
    frontMatter.keywords = { ...(front.keywordsFa.length > 0 ? { fa: front.keywordsFa } : {}), ...(front.keywordsEn.length > 0 ? { en: front.keywordsEn } : {}) }
  }
  if (meta.source) frontMatter.source = { ...meta.source, method: 'PDF text extraction, repaired automatically by matn ingest' }
  const out: string[] = [`---\n${stringify(frontMatter, { lineWidth: 0, flowCollectionPadding: false })}---`]
  if (front.enAbstract.length > 0) {
    out.push('<div lang="en">', '## Abstract')
    for (const paragraph of front.enAbstract) {
      const text = joinLines(paragraph.lines)
      out.push(escapeBlock(paragraph.subhead ? `**${escapeInline(paragraph.subhead)}:** ${escapeInline(text)}` : escapeInline(text)))
    }
    out.push('</div>')
  }
  out.push('<div lang="fa" dir="rtl">')
  const titlePage = body.pages[0]
  if (titlePage?.number !== undefined) {
    out.push(`<!-- page: ${titlePage.number} -->`)
    counts.pageBreaks += 1
  }
  if (front.faAbstract.length > 0) out.push('## چکیده', escapeBlock(escapeInline(joinLines(front.faAbstract))))
  const labels = footnoteLabels(body.blocks)
  const usedLabels = new Set(labels.values())
  for (const [position, block] of body.blocks.entries()) {
    switch (block.type) {
      case 'page':
        if (block.page.number !== undefined) {
          out.push(`<!-- page: ${block.page.number} -->`)
          counts.pageBreaks += 1
        }
        break
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${escapeInline(block.text)}`)
        counts.headings += 1
        break
      case 'paragraph': {
        const text = joinWrapped(
          block.parts.map((part) => {
            if ('marker' in part) {
              if (part.marker.number === undefined) return ''
              counts.pageBreaks += 1
              return `<!-- page: ${part.marker.number} -->`
            }
            return escapeInline(part.text)
          }).filter(Boolean)
        )
        out.push(escapeBlock(repairWrappedCitations(text)))
        counts.paragraphs += 1
        break
      }
      case 'footnote': {
        const label = labels.get(position) as string
        const definition = `[^${label}]: ${escapeInline(block.text)}`
        const paragraph = placeMarker(out, block, label)
        if (paragraph === undefined) {
          unresolved.push({ step: 'footnotes', line: block.line, column: 1, token: block.n, reason: `no marker ${block.n} found in the text of its page for footnote “${block.text}”` })
          out.push(definition)
        } else {
          out.splice(definitionSlot(out, paragraph), 0, definition)
          for (const missing of markMissingFootnotes(out, body.blocks, block, label, paragraph, usedLabels)) {
            unresolved.push({ step: 'footnotes', line: block.line, column: 1, token: missing, reason: `marker ${missing} found before footnote ${block.n} of its page, but its footnote text is missing from the extraction: marked as missing` })
            counts.footnotes += 1
          }
        }
        counts.footnotes += 1
        break
      }
      case 'table': {
        out.push(escapeBlock(escapeInline(block.caption)))
        const columns = Math.max(1, ...block.rows.map((row) => row.length))
        out.push(
          [`|${' |'.repeat(columns)}`, `|${' --- |'.repeat(columns)}`, ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`)].join('\n')
        )
        if (block.source) out.push(escapeBlock(escapeInline(block.source)))
        counts.tables += 1
        break
      }
      case 'link':
        out.push(linkComment(block.url))
        unresolved.push({ step: 'footnotes', line: block.line, column: 1, token: block.url, reason: 'web address under the footnote rule with no footnote number: kept as a comment, not as text' })
        break
      case 'figure':
        out.push(escapeBlock(escapeInline(block.caption)))
        if (block.content) out.push(escapeBlock(escapeInline(block.content)))
        if (block.source) out.push(escapeBlock(escapeInline(block.source)))
        counts.figures += 1
        break
    }
  }
  out.push('</div>')
  unresolved.push(...reportStrayMarkers(body.blocks, out))
  return { markdown: `${out.join('\n\n')}\n`, counts, unresolved }
}

/**
 * The digits printed as footnote markers are (`findStrayMarkers`) that are still in the draft
 * as printed, no footnote having taken them: a footnote whose text the extraction lost on a
 * page where no footnote was found, or a number that looks like one. Reported (at the line of
 * the block part that holds one), not changed. The draft's paragraphs are searched once and the
 * tokens left counted, so that each part's token is matched against that count.
 */
function reportStrayMarkers(blocks: readonly Block[], chunks: readonly string[]): UnresolvedToken[] {
  const left = new Map<string, number>()
  for (const chunk of chunks) {
    if (/^(?:\[\^|#|<|\|)/.test(chunk)) continue
    for (const { token } of findStrayMarkers(chunk)) left.set(token, (left.get(token) ?? 0) + 1)
  }
  const reported: UnresolvedToken[] = []
  if (left.size === 0) return reported
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    for (const part of block.parts) {
      if (!('text' in part)) continue
      for (const { token, digit } of findStrayMarkers(escapeInline(part.text))) {
        const count = left.get(token) ?? 0
        if (count === 0) continue
        left.set(token, count - 1)
        reported.push({ step: 'footnotes', line: part.line, column: 1, token, reason: `digit ${digit} printed as a footnote marker is, but no footnote ${digit} was found for it (its text may be missing from the extraction, or it is a number): left as printed` })
      }
    }
  }
  return reported
}

/** Footnote labels `<page>-<n>` (page index when the printed number is unknown), unique in the file. */
function footnoteLabels(blocks: readonly Block[]): Map<number, string> {
  const labels = new Map<number, string>()
  const used = new Set<string>()
  blocks.forEach((block, position) => {
    if (block.type !== 'footnote') return
    const base = `${footnotePage(block)}-${block.n}`
    let label = base
    for (let suffix = 2; used.has(label); suffix += 1) label = `${base}-${suffix}`
    used.add(label)
    labels.set(position, label)
  })
  return labels
}

function pageName(page: PageRef): string {
  return page.number === undefined ? `p${page.index}` : String(page.number)
}

/**
 * The page a footnote is printed on, for its label: the page before the break that ends it
 * (footnotes print at the foot of their page), whatever page was in effect where it was read:
 * a page end that left no mark, estimated later, makes that one stale. `unnumbered<index>` (the
 * index of the break that ends it) when that break has no number: the page is not known; the
 * page where it was read when no break follows (the last page).
 */
export function footnotePage(block: Extract<Block, { type: 'footnote' }>): string {
  if (block.endsAt === undefined) return pageName(block.page)
  return block.endsAt.number === undefined ? `unnumbered${block.endsAt.index}` : String(block.endsAt.number - 1)
}

/** The definition of a footnote whose marker is in the text but whose text the extraction lost. */
const missingFootnoteText = '<!-- footnote text missing from the source extraction -->'

/**
 * Footnotes of a page are numbered from 1, so the marker of footnote `n` found in the text
 * says footnotes 1 … n − 1 of its page exist; where the extraction left no text for one of
 * them (no footnote block of that number on the page), its marker is looked for before the
 * marker of the next one (the same patterns as `placeMarker`, in the paragraph of that marker
 * and the ones above it) and, when found, marked as a footnote whose text is missing (an HTML
 * comment, no text made up). Stops at the first number whose marker is not found.
 *
 * @returns The numbers of the footnotes so marked.
 */
function markMissingFootnotes(
  out: string[],
  blocks: readonly Block[],
  found: Extract<Block, { type: 'footnote' }>,
  foundLabel: string,
  foundParagraph: number,
  usedLabels: Set<string>
): string[] {
  const marked: string[] = []
  const number = Number(found.n)
  if (!Number.isInteger(number) || number < 2) return marked
  let nextLabel = foundLabel
  let nextParagraph = foundParagraph
  for (let n = number - 1; n >= 1; n -= 1) {
    const page = footnotePage(found)
    const defined = blocks.some((block) => block.type === 'footnote' && footnotePage(block) === page && Number(block.n) === n)
    if (defined) return marked
    let label = `${page}-${n}`
    for (let suffix = 2; usedLabels.has(label); suffix += 1) label = `${page}-${n}-${suffix}`
    const paragraph = placeMarkerBefore(out, String(n), label, nextParagraph, `[^${nextLabel}]`)
    if (paragraph === undefined) return marked
    usedLabels.add(label)
    out.splice(definitionSlot(out, paragraph), 0, `[^${label}]: ${missingFootnoteText}`)
    marked.push(String(n))
    nextLabel = label
    nextParagraph = paragraph
  }
  return marked
}

/**
 * Put `[^label]` in place of the printed number `n` in the paragraph `last` before the
 * marker `before`, or in a paragraph above it (up to twelve chunks); returns its index.
 */
function placeMarkerBefore(out: string[], n: string, label: string, last: number, before: string): number | undefined {
  for (const { pattern, loose } of markerPatterns(n)) {
    for (let index = last; index >= 0 && index >= last - 12; index -= 1) {
      const chunk = out[index] as string
      if (chunk.startsWith('[^') || chunk.startsWith('#') || chunk.startsWith('<')) continue
      const end = index === last ? chunk.indexOf(before) : chunk.length
      const head = chunk.slice(0, end < 0 ? chunk.length : end)
      if (pattern.test(head)) {
        out[index] = head.replace(pattern, loose ? `[^${label}] ` : `[^${label}]`) + chunk.slice(head.length)
        return index
      }
    }
  }
  return undefined
}

/**
 * Where a footnote's definition goes: right after the paragraph that holds its marker (after
 * the definitions already placed there), as the corpus writes footnotes, not where the page's
 * footnote block happened to fall (after the last paragraph of the page, often another one).
 */
function definitionSlot(out: readonly string[], paragraph: number): number {
  let slot = paragraph + 1
  while (out[slot]?.startsWith('[^') === true) slot += 1
  return slot
}

/**
 * Put `[^label]` in place of the footnote's printed number in the nearest paragraph above that
 * has it; returns that paragraph's index in `out`, or `undefined` when none has it.
 */
function placeMarker(out: string[], block: Extract<Block, { type: 'footnote' }>, label: string): number | undefined {
  for (const { pattern, loose } of markerPatterns(block.n)) {
    for (let index = out.length - 1; index >= 0 && index >= out.length - 12; index -= 1) {
      const chunk = out[index] as string
      if (chunk.startsWith('[^') || chunk.startsWith('#') || chunk.startsWith('<')) continue
      if (pattern.test(chunk)) {
        out[index] = chunk.replace(pattern, loose ? `[^${label}] ` : `[^${label}]`)
        return index
      }
    }
  }
  return undefined
}

/** The patterns of a footnote's printed number `n` in the text, in the order they are tried. */
function markerPatterns(n: string): Array<{ pattern: RegExp; loose: boolean }> {
  const digits = `(?:${n}|${[...n].map((digit) => String.fromCharCode(0x06f0 + Number(digit))).join('')})`
  // The look-behind for an open `[^` scans back over the text: test it last, where the digits follow.
  const glued = new RegExp(`(?<=[\\p{L}\\p{M}»)\\]"”])(?=${digits})(?<!\\[\\^[^\\]]*)${digits}(?![\\d\\u06F0-\\u06F9])`, 'u')
  // Where extraction left the digit before the next word (`مرشایمر 1تهاجمی`), the marker goes after the word before it.
  const loose = new RegExp(`(?<=[\\p{L}\\p{M}»)\\]"”])(?= ${digits})(?<!\\[\\^[^\\]]*) ${digits}(?=[\\p{L}«])`, 'u')
  // A superscript digit is a run of its own (another font size): in a visual-order line it can
  // come out with a space on both sides (`کیمبال 1 از`, or after a term and its colon:
  // `قصدهای تهاجمی: 4 از`). Tried last, since a number standing between words (`8 سال`) looks
  // the same: only where no digit glued to a word was found.
  const spaced = new RegExp(`(?<=[\\p{L}\\p{M}»)\\]"”:])(?= ${digits} [\\p{L}«])(?<!\\[\\^[^\\]]*) ${digits}(?= )`, 'u')
  return [
    { pattern: glued, loose: false },
    { pattern: loose, loose: true },
    { pattern: spaced, loose: false }
  ]
}

/**
 * A web address under the footnote rule that belongs to no numbered note, as an HTML
 * comment: kept in the draft, not read as text. A `-` before another and `>` are
 * percent-encoded (the same address) so that the comment cannot end early.
 */
function linkComment(url: string): string {
  return `<!-- link under the footnote rule: ${url.replace(/-(?=-)/g, '%2D').replace(/>/g, '%3E')} -->`
}

function joinLines(lines: readonly SourceLine[]): string {
  return joinWrapped(lines.map((line) => line.text)).replace(/\s+/g, ' ').trim()
}

/** A line that starts with the conjunction after a suspended hyphen (`pre-` + `and post-war`). */
const suspendedHyphen = /^\s*(?:and|or|to|nor)\b/i

/**
 * Join wrapped lines with a space, but a Latin line that ends in a hyphen after a letter and
 * a next line that starts with a Latin letter join without one (`security-` + `seeking` →
 * `security-seeking`, `post-` + `Cold War` → `post-Cold War`): the hyphen stays, since a
 * compound's hyphen and a word broken at the margin look the same, and no letter is dropped
 * either way. A suspended hyphen (`pre-` + `and post-war`) keeps its space.
 *
 * @param texts The lines' texts, in order.
 * @returns The joined text.
 */
export function joinWrapped(texts: readonly string[]): string {
  let joined = ''
  for (const text of texts) {
    if (joined === '') joined = text
    else if (/[A-Za-z]-\s*$/.test(joined) && /^\s*[A-Za-z]/.test(text) && !suspendedHyphen.test(text)) joined = `${joined.trimEnd()}${text.trimStart()}`
    else joined = `${joined} ${text}`
  }
  return joined
}

function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]])/g, '\\$1').replace(/<(?=[A-Za-z!/?])/g, '&lt;').trim()
}

/** Escape what would start a list, heading, quote or code block at the start of a paragraph. */
function escapeBlock(text: string): string {
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>+\-=|])/, '\\$1')
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|')
}
