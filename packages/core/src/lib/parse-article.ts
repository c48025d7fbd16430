import type { Nodes, Root, RootContent, Table } from 'mdast'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { ibidAntecedentAfter, type IbidAntecedent } from './citations/ibid.js'
import { rememberedAuthors, tagCitations } from './citations/tag-citations.js'
import { checkParagraphDelimiters } from './delimiter-guard.js'
import { MatnError } from './errors.js'
import { readFrontMatter, type FrontMatter } from './front-matter.js'
import * as ids from './ids.js'
import { collectInlineText, sourceEnd, type InlineText } from './inline-text.js'
import { joinLines } from './join-lines.js'
import { parseMarkdown } from './markdown-parser.js'
import type { Article, Citation, Footnote, Lang, Point, Segment, SegmentKind, TaggedCitation } from './model.js'
import { normalizePersian } from './normalize.js'
import { dominantScript } from './script.js'
import { scanSentences } from './scan/scan-sentences.js'

/** Options of `parseArticle`. */
export interface ParseArticleOptions {
  /** Id of the article (default: `id` of the front matter). */
  readonly id?: string
  /** Language of text outside any language section (default `fa`). */
  readonly defaultLang?: Lang
  /** Path of the file, for messages (when the input is not a VFile). */
  readonly path?: string
}

const emptyOptions: Readonly<ParseArticleOptions> = Object.freeze({})
const divOpenPattern = /^<div\b[^>]*>$/i
const langAttributePattern = /\blang\s*=\s*(?:"([^"]*)"|'([^']*)')/i
const divClosePattern = /^<\/div\s*>$/i
const pagePattern = /^<!--\s*page\s*:\s*([0-9\u06F0-\u06F9]+)\s*-->$/i
const commentPattern = /^<!--[\s\S]*-->$/
const abstractHeadingPattern = /^(?:extended\s+)?abstract[:.]?$|^چکیده[:.]?$/i

/**
 * Parse an article in the matn Markdown format (docs/format.md) into an `Article`.
 *
 * Warnings (content outside language sections, unreferenced footnotes, unknown HTML…)
 * are added to the file's messages; problems that make the article unreadable (empty
 * file, no or invalid front matter, bytes that are not UTF-8, a paragraph with more
 * brackets or emphasis delimiters than `maximumParagraphDelimiters`) throw a `MatnError`
 * that carries every problem with its line and column.
 *
 * @param input Markdown text, bytes (UTF-8) or a VFile.
 * @param options Options.
 * @returns The article.
 */
export function parseArticle(
  input: string | Uint8Array | VFile,
  options?: Readonly<ParseArticleOptions> | null
): Article {
  const settings = options ?? emptyOptions
  const file = toVFile(input, settings)
  const source = String(file.value)
  const place = location(file)
  const toPoint = (offset: number): Point | undefined => {
    const point = place.toPoint(offset)
    return point && point.offset !== undefined
      ? { line: point.line, column: point.column, offset: point.offset }
      : undefined
  }
  if (source.trim().length === 0) {
    throw fail('E_EMPTY', file, 'The file is empty: an article needs front matter and a body', 'empty')
  }
  checkParagraphDelimiters(source, file, toPoint)
  const tree = parseMarkdown(source)
  const yaml = tree.children[0]
  if (!yaml || yaml.type !== 'yaml') {
    throw fail('E_NO_FRONT_MATTER', file, 'No YAML front matter: the file must start with `---`', 'front-matter')
  }
  const yamlStart = yaml.position?.start.offset ?? 0
  const yamlOffset = source.indexOf(yaml.value, yamlStart + 3)
  const frontMatter = readFrontMatter(yaml.value, yamlOffset < 0 ? yamlStart : yamlOffset, file, toPoint)
  if (!frontMatter) {
    const fatal = file.messages.filter((message) => message.fatal)
    const code = fatal.some((message) => message.ruleId === 'yaml') ? 'E_YAML' : 'E_FRONT_MATTER'
    throw new MatnError(code, file, fatal)
  }
  reportNul(source, file, toPoint)
  const builder = new ArticleBuilder(file, source, toPoint, settings.defaultLang ?? 'fa', tree)
  builder.addFrontMatter(frontMatter)
  builder.walk(tree.children.slice(1))
  builder.finishFootnotes()
  builder.checkBody(yaml)
  const id = settings.id ?? frontMatter.meta.id
  return {
    id,
    meta: frontMatter.meta,
    segments: builder.segments,
    citations: builder.citations,
    footnotes: builder.footnotes,
    alignments: []
  }
}

function toVFile(input: string | Uint8Array | VFile, options: Readonly<ParseArticleOptions>): VFile {
  const file = input instanceof VFile ? input : new VFile({ path: options.path })
  const value = input instanceof VFile ? input.value : input
  file.value = withoutByteOrderMark(typeof value === 'string' ? value : decodeUtf8(value, file))
  return file
}

/**
 * The text without a leading byte order mark. micromark skips it and counts positions from
 * the character after it, so positions everywhere are into the text without it.
 */
function withoutByteOrderMark(value: string): string {
  return value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
}

function decodeUtf8(bytes: Uint8Array, file: VFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw fail('E_ENCODING', file, 'The file is not valid UTF-8', 'encoding')
  }
}

/** NUL is never text: Markdown reads it as U+FFFD (CommonMark's rule); say so, once. */
function reportNul(source: string, file: VFile, toPoint: (offset: number) => Point | undefined): void {
  const first = source.indexOf('\u0000')
  if (first < 0) return
  let count = 0
  for (let index = first; index >= 0; index = source.indexOf('\u0000', index + 1)) count++
  const message = file.message(`${count} NUL character${count === 1 ? '' : 's'} (U+0000): read as U+FFFD, as Markdown does`, {
    place: toPoint(first),
    ruleId: 'nul',
    source: 'matn'
  })
  message.fatal = false
}

function fail(code: ConstructorParameters<typeof MatnError>[0], file: VFile, reason: string, ruleId: string): MatnError {
  const message = file.message(reason, { ruleId, source: 'matn', place: { line: 1, column: 1 } })
  message.fatal = true
  return new MatnError(code, file, [message])
}

interface HeadingFrame {
  depth: number
  id: string
  abstract: boolean
}

interface PendingFootnote {
  label: string
  node: Extract<RootContent, { type: 'footnoteDefinition' }>
  lang: Lang
}

/** Walks the Markdown tree once and builds segments, citations and footnotes. */
class ArticleBuilder {
  readonly segments: Segment[] = []
  readonly citations: Citation[] = []
  readonly footnotes: Footnote[] = []
  private readonly langStack: Lang[] = []
  private readonly headings: HeadingFrame[] = []
  private readonly paragraphCount: Record<Lang, number> = { fa: 0, en: 0 }
  private readonly headingCount: Record<Lang, number> = { fa: 0, en: 0 }
  private readonly tableCount: Record<Lang, number> = { fa: 0, en: 0 }
  private readonly pages: Array<{ offset: number; page: number }>
  private readonly pendingFootnotes: PendingFootnote[] = []
  private readonly markerSegment = new Map<string, string>()
  /** Where each footnote's first marker stands in the text of its segment. */
  private readonly markerOffset = new Map<string, number>()
  private readonly knownAuthors: string[] = []
  private readonly knownAuthorSet = new Set<string>()
  /** What an ibid. refers back to, per language: each language's text cites in its own sequence. */
  private ibidAntecedents: Record<Lang, IbidAntecedent> = { fa: null, en: null }
  private readonly segmentById = new Map<string, Segment>()
  private warnedOutside = false

  constructor(
    private readonly file: VFile,
    private readonly source: string,
    private readonly toPoint: (offset: number) => Point | undefined,
    private readonly defaultLang: Lang,
    tree: Root
  ) {
    this.pages = collectPageMarkers(tree)
  }

  addFrontMatter(frontMatter: FrontMatter): void {
    const { meta } = frontMatter
    for (const lang of ['en', 'fa'] as const) {
      const title = meta.title[lang]
      if (title) this.addMetaSegment(ids.titleId(lang), lang, 'title', title, frontMatter.spanOf(['title', lang]))
    }
    for (const lang of ['en', 'fa'] as const) {
      meta.keywords[lang].forEach((keyword, index) => {
        const span = frontMatter.spanOf(['keywords', lang, index])
        this.addMetaSegment(ids.keywordId(lang, index + 1), lang, 'keyword', keyword, span)
      })
    }
  }

  /** Visit blocks in document order; a stack, not recursion, so deep nesting cannot overflow. */
  walk(nodes: readonly RootContent[]): void {
    const stack = [...nodes].reverse()
    for (let node = stack.pop(); node; node = stack.pop()) {
      const children = this.block(node)
      if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as RootContent)
    }
  }

  /** Handle one block; returns the blocks inside it to visit next (lists, blockquotes). */
  private block(node: RootContent): readonly RootContent[] | undefined {
    switch (node.type) {
      case 'html':
        this.html(node.value.trim(), node)
        return
      case 'heading':
        this.heading(node)
        return
      case 'paragraph':
        this.paragraph(node, this.inAbstract() ? 'abstract' : 'sentence')
        return
      case 'list':
        return node.children.flatMap((item) => item.children)
      case 'blockquote':
        return node.children
      case 'table':
        this.table(node)
        return
      case 'footnoteDefinition':
        this.pendingFootnotes.push({ label: node.label ?? node.identifier, node, lang: this.lang(node) })
        return
      case 'code':
        this.warn('Code block is not article text: it is kept in the file but not segmented', node, 'code')
        return
      default:
        return
    }
  }

  private html(value: string, node: Nodes): void {
    if (divOpenPattern.test(value)) {
      // Every `<div>` is a section, closed by its `</div>`; one without a known language
      // keeps the enclosing one.
      const attribute = langAttributePattern.exec(value)
      const tag = (attribute?.[1] ?? attribute?.[2] ?? '').trim().toLowerCase()
      const primary = tag.split('-')[0]
      if (primary === 'fa' || primary === 'en') this.langStack.push(primary)
      else {
        const current = this.langStack[this.langStack.length - 1] ?? this.defaultLang
        const what = attribute ? `Unknown language \`${tag}\`: matn reads \`fa\` and \`en\`` : '`<div>` without `lang`'
        this.warn(`${what}; the section is read as \`${current}\``, node, 'lang')
        this.langStack.push(current)
      }
      return
    }
    if (divClosePattern.test(value)) {
      if (this.langStack.length === 0) this.warn('`</div>` closes no language section', node, 'lang')
      else this.langStack.pop()
      return
    }
    if (pagePattern.test(value) || commentPattern.test(value)) return
    this.warn('HTML is not article text: it is kept in the file but not segmented', node, 'html')
  }

  private heading(node: Extract<RootContent, { type: 'heading' }>): void {
    const lang = this.lang(node)
    const inline = collectInlineText(node, this.source)
    this.checkInline(inline)
    while (this.headings.length > 0 && (this.headings[this.headings.length - 1]?.depth ?? 0) >= node.depth) {
      this.headings.pop()
    }
    // Counted even when empty, so emptying one heading does not renumber the next ones.
    const number = ++this.headingCount[lang]
    const trimmed = inline.text.trim()
    if (!trimmed) return
    const id = ids.headingId(lang, number)
    const parentAbstract = this.inAbstract()
    this.addSpanSegment(id, lang, 'heading', inline, 0, inline.text.length)
    this.headings.push({ depth: node.depth, id, abstract: parentAbstract || abstractHeadingPattern.test(trimmed) })
  }

  private paragraph(node: Nodes, kind: SegmentKind, idFor?: (sentence: number) => string, lang = this.lang(node)): string[] {
    const inline = collectInlineText(node, this.source)
    this.checkInline(inline)
    const tagged = this.tag(inline, lang)
    // Counted even without text, so emptying one paragraph does not renumber the next ones.
    const paragraph = idFor ? 0 : ++this.paragraphCount[lang]
    const spans = scanSentences(inline.text, lang, tagged)
    if (spans.length === 0) return []
    const made: string[] = []
    let citation = 0
    spans.forEach((span, index) => {
      const id = idFor ? idFor(index + 1) : ids.sentenceId(lang, paragraph, index + 1)
      const isFirst = index === 0
      const next = spans[index + 1]
      const segment = this.addSpanSegment(id, lang, kind, inline, span.start, span.end, isFirst ? 0 : span.start, next ? next.start : Number.POSITIVE_INFINITY)
      // Citations are sorted by start: walk them once alongside the sentences.
      while (citation < tagged.length && (tagged[citation] as TaggedCitation).start < span.start) citation++
      for (let position = 1; citation < tagged.length && (tagged[citation] as TaggedCitation).start < span.end; position++) {
        this.addCitation(segment, inline, tagged[citation++] as TaggedCitation, position)
      }
      made.push(id)
    })
    return made
  }

  /**
   * Tag the citations of a paragraph or cell with what the tagger needs besides the text:
   * authors cited so far, where markup stood, what an ibid. refers back to.
   */
  private tag(inline: InlineText, lang: Lang): TaggedCitation[] {
    const before = this.ibidAntecedents[lang]
    const tagged = tagCitations(inline.text, {
      knownAuthors: this.knownAuthors,
      markupOffsets: inline.html.map((html) => html.at),
      ibidAntecedent: before
    })
    this.ibidAntecedents[lang] = ibidAntecedentAfter(tagged, before)
    return tagged
  }

  private table(node: Table): void {
    const lang = this.lang(node)
    const table = ++this.tableCount[lang]
    node.children.forEach((row, rowIndex) => {
      row.children.forEach((cell, cellIndex) => {
        const inline = collectInlineText(cell, this.source)
        this.checkInline(inline)
        const start = inline.text.length - inline.text.trimStart().length
        const end = inline.text.trimEnd().length
        if (end <= start) return
        const id = ids.cellId(lang, table, rowIndex + 1, cellIndex + 1)
        const segment = this.addSpanSegment(id, lang, 'cell', inline, start, end)
        this.tag(inline, lang).forEach((citation, position) =>
          this.addCitation(segment, inline, citation, position + 1)
        )
      })
    })
  }

  /**
   * Build the footnotes from their definitions, in order. A label defined again (Markdown
   * reads only the first definition) adds its text to the first definition's, with a
   * warning: no text is lost, and labels stay unique.
   */
  finishFootnotes(): void {
    // Footnotes are read after the body: an ibid. in one refers to the footnotes before it only.
    this.ibidAntecedents = { fa: null, en: null }
    const definitions = new Map<string, PendingFootnote[]>()
    for (const pending of this.pendingFootnotes) {
      const same = definitions.get(pending.node.identifier)
      if (same === undefined) {
        definitions.set(pending.node.identifier, [pending])
        continue
      }
      same.push(pending)
      const first = same[0] as PendingFootnote
      this.warn(`Footnote \`[^${pending.label}]\` is defined again: its text is added to the first definition's (line ${first.node.position?.start.line ?? 1}), as Markdown reads only the first`, pending.node, 'footnote')
    }
    for (const [index, group] of [...definitions.values()].entries()) {
      const pending = group[0] as PendingFootnote
      const n = index + 1
      const text = collectInlineText(pending.node.children[0] ?? pending.node, this.source).text
      const lang = dominantScript(text) ?? pending.lang
      const segments: string[] = []
      let sentence = 0
      for (const definition of group) {
        for (const child of definition.node.children) {
          if (child.type !== 'paragraph') continue
          segments.push(...this.paragraph(child, 'footnote', () => ids.footnoteSentenceId(n, ++sentence), lang))
        }
      }
      const marker = this.markerSegment.get(pending.label) ?? null
      if (!marker) this.warn(`Footnote \`[^${pending.label}]\` is never referenced`, pending.node, 'footnote')
      const own = segments.map((id) => this.segmentById.get(id) as Segment)
      const markerSegment = marker ? this.segmentById.get(marker) : undefined
      for (const segment of own) {
        // A footnote is printed on the page of its marker, wherever its definition sits.
        if (markerSegment) {
          segment.page = markerSegment.page
          segment.section = markerSegment.section
        }
      }
      const texts = own.map((segment) => segment.text)
      if (texts.length === 0) this.warn(`Footnote \`[^${pending.label}]\` has no text`, pending.node, 'footnote')
      const footnote: Footnote = { n, label: pending.label, text: texts.join(' '), lang, segment: marker, segments }
      const markerOffset = this.markerOffset.get(pending.label)
      if (marker && markerOffset !== undefined) footnote.markerOffset = markerOffset
      this.footnotes.push(footnote)
    }
  }

  /**
   * Report what the inline text leaves out: a footnote marker without definition (GFM keeps
   * it as literal text) and inline HTML other than comments (tags are not text).
   */
  private checkInline(inline: InlineText): void {
    for (const match of inline.text.matchAll(/\[\^([^\]\s]+)\]/g)) {
      this.warnAt(`Footnote marker \`[^${match[1]}]\` has no definition`, inline.offsets[match.index] ?? 0, 'footnote')
    }
    for (const html of inline.html) {
      if (commentPattern.test(html.value)) continue
      const shown = html.value.length > 40 ? `${html.value.slice(0, 40)}…` : html.value
      this.warnAt(`Inline HTML \`${shown}\` is not article text: it is kept in the file but left out of the segment`, html.offset, 'html')
    }
  }

  /** Warn when the article has no text besides its front matter. */
  checkBody(frontMatter: Nodes): void {
    if (this.segments.some((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')) return
    const end = frontMatter.position?.end.offset ?? 0
    this.warnAt('The article has no body: only its front matter was read', end, 'body')
  }

  private addSpanSegment(
    id: string,
    lang: Lang,
    kind: SegmentKind,
    inline: InlineText,
    start: number,
    end: number,
    claimFrom = start,
    claimTo = end + 1
  ): Segment {
    const startOffset = inline.offsets[start] ?? 0
    const endOffset = Math.max(startOffset + 1, sourceEnd(inline, end - 1))
    const text = joinLines(inline.text.slice(start, end))
    const segment = this.push(id, lang, kind, text, startOffset, endOffset)
    const references = inline.footnoteReferences
    const claimed = new Set<string>()
    // Markers in [claimFrom, claimTo) belong here: a marker right after the text's end counts.
    for (let index = firstAtOrAfter(references, claimFrom); index < references.length; index++) {
      const reference = references[index] as InlineText['footnoteReferences'][number]
      if (reference.at >= claimTo) break
      if (claimed.has(reference.label)) continue
      claimed.add(reference.label)
      segment.footnotes.push(reference.label)
      if (!this.markerSegment.has(reference.label)) {
        this.markerSegment.set(reference.label, id)
        const before = inline.text.slice(start, Math.max(start, reference.at)).replace(/[ \t]*\n[ \t]*/g, ' ')
        this.markerOffset.set(reference.label, Math.min(before.length, text.length))
      }
    }
    return segment
  }

  private addMetaSegment(
    id: string,
    lang: Lang,
    kind: SegmentKind,
    text: string,
    span: { start: number; end: number } | undefined
  ): void {
    this.push(id, lang, kind, text, span?.start ?? 0, span?.end ?? 0)
  }

  private push(id: string, lang: Lang, kind: SegmentKind, text: string, start: number, end: number): Segment {
    const startPoint = this.toPoint(start) ?? { line: 1, column: 1, offset: start }
    const endPoint = this.toPoint(end) ?? endOfFile(this.source, start, end)
    const segment: Segment = {
      id,
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      kind,
      section: this.headings.map((heading) => heading.id),
      page: kind === 'title' || kind === 'keyword' ? null : this.pageAt(start),
      position: { start: startPoint, end: endPoint },
      text,
      norm: normalizePersian(text),
      citations: [],
      footnotes: []
    }
    this.segments.push(segment)
    this.segmentById.set(id, segment)
    return segment
  }

  private addCitation(
    segment: Segment,
    inline: InlineText,
    citation: ReturnType<typeof tagCitations>[number],
    position: number
  ): void {
    const start = inline.offsets[citation.start] ?? 0
    const end = Math.max(start + 1, sourceEnd(inline, citation.end - 1))
    const id = ids.citationId(segment.id, position)
    segment.citations.push(id)
    // Each author once: narrative citations compare with every known author.
    for (const author of rememberedAuthors(citation)) {
      if (this.knownAuthorSet.has(author)) continue
      this.knownAuthorSet.add(author)
      this.knownAuthors.push(author)
    }
    if (citation.ibid && citation.key === '') {
      this.warnAt(`Ibid. \`${citation.raw}\` has no single work cited before it (each language, and the footnotes, count apart): it is kept, referring to no work`, start, 'citation')
    }
    this.citations.push({
      ...citation,
      raw: this.source.slice(start, end),
      start,
      end,
      id,
      segment: segment.id,
      position: {
        start: this.toPoint(start) ?? { line: 1, column: 1, offset: start },
        end: this.toPoint(end) ?? endOfFile(this.source, start, end)
      }
    })
  }

  private pageAt(offset: number): number | null {
    let low = 0
    let high = this.pages.length - 1
    let found: number | null = null
    while (low <= high) {
      const middle = (low + high) >> 1
      const entry = this.pages[middle] as { offset: number; page: number }
      if (entry.offset <= offset) {
        found = entry.page
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  /** The language of `node`, from the enclosing section; outside any, the default (reported once). */
  private lang(node: Nodes): Lang {
    const current = this.langStack[this.langStack.length - 1]
    if (current) return current
    if (!this.warnedOutside) {
      this.warnedOutside = true
      this.warn(`Text outside a language section is read as \`${this.defaultLang}\``, node, 'lang')
    }
    return this.defaultLang
  }

  private inAbstract(): boolean {
    return this.headings.some((heading) => heading.abstract)
  }

  private warn(reason: string, node: Nodes | undefined, ruleId: string): void {
    const message = this.file.message(reason, { place: node?.position, ruleId, source: 'matn' })
    message.fatal = false
  }

  private warnAt(reason: string, offset: number, ruleId: string): void {
    const message = this.file.message(reason, { place: this.toPoint(offset), ruleId, source: 'matn' })
    message.fatal = false
  }
}

function collectPageMarkers(tree: Root): Array<{ offset: number; page: number }> {
  const pages: Array<{ offset: number; page: number }> = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'html') {
      const match = pagePattern.exec(node.value.trim())
      if (match && node.position?.start.offset !== undefined) {
        const digits = (match[1] ?? '').replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
        pages.push({ offset: node.position.start.offset, page: Number(digits) })
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes)
  }
  return pages.sort((a, b) => a.offset - b.offset)
}

/** Index of the first footnote reference standing at or after `at` (they are in text order). */
function firstAtOrAfter(references: InlineText['footnoteReferences'], at: number): number {
  let low = 0
  let high = references.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((references[middle] as InlineText['footnoteReferences'][number]).at < at) low = middle + 1
    else high = middle
  }
  return low
}

function endOfFile(source: string, start: number, end: number): Point {
  const before = source.slice(0, Math.max(start, end))
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: Math.max(start, end) }
}

