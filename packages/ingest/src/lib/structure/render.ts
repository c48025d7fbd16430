import { stringify } from 'yaml'
import type { UnresolvedToken } from '../repair/types.js'
import type { Block, DraftBody, PageRef } from './body.js'
import { repairWrappedCitations } from './citation-tails.js'
import type { DraftFront } from './front.js'
import type { SourceLine } from './lines.js'
import { continuesNumbering, findStrayMarkers, type MarkerEvent, type StrayMarker } from './stray-markers.js'

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
  // Labels of the footnotes marked as missing their text, with their numbers.
  const missingLabels = new Map<string, { n: number; page: number }>()
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
          for (const { n: missing, label: missingLabel } of markMissingFootnotes(out, body.blocks, block, label, paragraph, usedLabels)) {
            missingLabels.set(missingLabel, { n: Number(missing), page: block.page.index })
            unresolved.push({ step: 'footnotes', line: block.line, column: 1, token: missing, reason: `marker ${missing} found before footnote ${block.n} of its page, but its footnote text is missing from the extraction: marked as missing` })
            counts.footnotes += 1
          }
        }
        counts.footnotes += 1
        break
      }
      case 'table': {
        out.push(escapeBlock(escapeInline(block.caption)))
        const columns = Math.max(1, block.header?.length ?? 1, ...block.rows.map((row) => row.length))
        const header = block.header ? `| ${block.header.map(escapeCell).join(' | ')} |` : `|${' |'.repeat(columns)}`
        out.push([header, `|${' --- |'.repeat(columns)}`, ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`)].join('\n'))
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
  // Each footnote label's number and the page (index) its footnote was read on.
  const labelNumbers = new Map(missingLabels)
  for (const [position, label] of labels) {
    const footnote = body.blocks[position] as Extract<Block, { type: 'footnote' }>
    labelNumbers.set(label, { n: Number(footnote.n), page: footnote.page.index })
  }
  const strays = markStrayFootnotes(out, body, labelNumbers, usedLabels)
  counts.footnotes += strays.marked
  unresolved.push(...strays.reported)
  out.push('</div>')
  return { markdown: `${out.join('\n\n')}\n`, counts, unresolved }
}

/**
 * The digits printed as footnote markers are (`findStrayMarkers`) that are still in the draft
 * as printed, no footnote having taken them: a footnote whose text the extraction lost on a
 * page where no footnote was found, or a number that looks like one. Footnotes are numbered
 * from 1 on every page, so a digit that goes on with the numbering of the markers before it in
 * the text (`continuesNumbering`: a 1, or one more than the marker before it) is marked as a
 * footnote whose text is missing (its definition an HTML comment, no text made up); any other
 * is left as printed. Every one is reported, at the line of the block part that holds it.
 */
function markStrayFootnotes(
  out: string[],
  { blocks, pages }: Pick<DraftBody, 'blocks' | 'pages'>,
  labelNumbers: ReadonlyMap<string, { n: number; page: number }>,
  usedLabels: Set<string>
): { reported: UnresolvedToken[]; marked: number } {
  const nextPage = pagesInOrder(blocks, pages)
  // The block parts that hold each token, in reading order: their line and page.
  const holders = new Map<string, { list: Array<{ line: number; page: PageRef }>; next: number }>()
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue
    for (const part of block.parts) {
      if (!('text' in part)) continue
      for (const { token } of findStrayMarkers(escapeInline(part.text))) {
        const entry = holders.get(token) ?? { list: [], next: 0 }
        entry.list.push({ line: part.line, page: part.page })
        holders.set(token, entry)
      }
    }
  }
  const holderOf = (token: string): { line: number; page: PageRef } | undefined => {
    const entry = holders.get(token)
    if (entry === undefined) return undefined
    entry.next += 1
    return entry.list[entry.next - 1]
  }
  const reported: UnresolvedToken[] = []
  const events: MarkerEvent[] = []
  const found: Array<{ chunk: number; marker: StrayMarker; holder: { line: number; page: PageRef } | undefined; event: number }> = []
  out.forEach((chunk, index) => {
    if (/^(?:\[\^|#|<|\|)/.test(chunk)) return
    const inChunk: Array<{ at: number; event: MarkerEvent; marker?: StrayMarker; holder?: { line: number; page: PageRef } }> = []
    for (const match of chunk.matchAll(/\[\^([^\]\s]+)\]/g)) {
      const placed = labelNumbers.get(match[1] as string)
      if (placed !== undefined) inChunk.push({ at: match.index, event: { kind: 'placed', ...placed } })
    }
    for (const marker of findStrayMarkers(chunk)) {
      const holder = holderOf(marker.token)
      const event: MarkerEvent = { kind: 'stray', n: Number(asciiDigit(marker.digit)), ...(holder === undefined ? {} : { page: holder.page.index }) }
      inChunk.push({ at: marker.index + marker.token.length - 1, event, marker, ...(holder === undefined ? {} : { holder }) })
    }
    inChunk.sort((a, b) => a.at - b.at)
    for (const { event, marker, holder } of inChunk) {
      if (marker) found.push({ chunk: index, marker, holder, event: events.length })
      events.push(event)
    }
  })
  const continues = continuesNumbering(events)
  // Mark from the last so that the offsets of earlier markers in a chunk stay right.
  const definitions = new Map<number, string[]>()
  for (const { chunk, marker, holder, event } of [...found].reverse()) {
    const line = holder?.line ?? 1
    if (!continues[event]) {
      reported.push({ step: 'footnotes', line, column: 1, token: marker.token, reason: `digit ${marker.digit} printed as a footnote marker is, but no footnote ${marker.digit} was found for it and it does not go on with the numbering of the markers before it (it may be a number): left as printed` })
      continue
    }
    const base = `${holder === undefined ? 'stray' : pageLabel(holder.page, nextPage.get(holder.page))}-${asciiDigit(marker.digit)}`
    let label = base
    for (let suffix = 2; usedLabels.has(label); suffix += 1) label = `${base}-${suffix}`
    usedLabels.add(label)
    const text = out[chunk] as string
    const digitAt = marker.index + marker.token.length - 1
    // A digit standing apart after a closing guillemet (`» 1`) is glued back to it as a marker.
    const before = marker.token.startsWith('»') ? text.slice(0, digitAt).trimEnd() : text.slice(0, digitAt)
    out[chunk] = `${before}[^${label}]${text.slice(digitAt + 1)}`
    definitions.set(chunk, [`[^${label}]: ${missingFootnoteText}`, ...(definitions.get(chunk) ?? [])])
    reported.push({ step: 'footnotes', line, column: 1, token: marker.token, reason: `digit ${marker.digit} printed as a footnote marker is, and no footnote ${marker.digit} was found for it; it goes on with the numbering of the markers before it, so it is marked as a footnote whose text is missing from the extraction` })
  }
  // Each new definition goes after its paragraph and the definitions already there (`definitionSlot`), in one pass.
  const rebuilt: string[] = []
  let pending: string[] = []
  out.forEach((chunk, index) => {
    if (pending.length > 0 && !chunk.startsWith('[^')) {
      rebuilt.push(...pending)
      pending = []
    }
    rebuilt.push(chunk)
    pending = definitions.get(index) ?? pending
  })
  out.splice(0, out.length, ...rebuilt, ...pending)
  return { reported: reported.reverse(), marked: found.filter(({ event }) => continues[event]).length }
}

/** Each page and the page whose break follows it in reading order (estimated pages are numbered out of that order). */
function pagesInOrder(blocks: readonly Block[], pages: readonly PageRef[]): Map<PageRef, PageRef> {
  const next = new Map<PageRef, PageRef>()
  let current = pages[0]
  const turn = (page: PageRef): void => {
    if (current !== undefined && current !== page) next.set(current, page)
    current = page
  }
  for (const block of blocks) {
    if (block.type === 'page') turn(block.page)
    else if (block.type === 'paragraph') for (const part of block.parts) if ('marker' in part) turn(part.marker)
  }
  return next
}

function asciiDigit(digit: string): string {
  return /[\u06F0-\u06F9]/.test(digit) ? String(digit.charCodeAt(0) - 0x06f0) : digit
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
  return pageLabel(block.page, block.endsAt)
}

/** The page name of a footnote label: by the page break that ends the page (`footnotePage`), or the page itself when none does. */
function pageLabel(page: PageRef, endsAt: PageRef | undefined): string {
  if (endsAt === undefined) return pageName(page)
  return endsAt.number === undefined ? `unnumbered${endsAt.index}` : String(endsAt.number - 1)
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
 * @returns The numbers and labels of the footnotes so marked.
 */
function markMissingFootnotes(
  out: string[],
  blocks: readonly Block[],
  found: Extract<Block, { type: 'footnote' }>,
  foundLabel: string,
  foundParagraph: number,
  usedLabels: Set<string>
): Array<{ n: string; label: string }> {
  const marked: Array<{ n: string; label: string }> = []
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
    marked.push({ n: String(n), label })
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
