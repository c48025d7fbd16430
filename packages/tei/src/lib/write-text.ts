/**
 * The TEI `text`: `front` (leading abstracts), `body` and `back` (the works cited).
 * Divisions become `div` (`type="abstract"` for abstracts) with their heading as `head`;
 * sentences `s` grouped in `p` by paragraph; cells `cell` in `table`/`row`; a `pb` stands
 * before the first segment of every new printed page; citations are `ref type="bibr"`
 * around their text; footnote markers are `ptr type="noteAnchor"` where they stand in the
 * text (see marker-places.ts) and the footnote itself a `note place="foot"` right after its
 * marker's segment (`anchored="false"` when the marker's place in the text is unknown).
 */
import { citationNameParts, type Article, type Calendar, type Citation, type Footnote, type NamePartRole, type PersonNameParts, type Segment, type UndatedStatus } from '@matn/core'
import type { ArticleIndex } from './article-index.js'
import { locateCitation } from './locate-citation.js'
import { markerPlaces } from './marker-places.js'
import type { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { buildTextStructure, type Division, type DivisionItem } from './text-structure.js'
import { element, mixedElement, type XmlElement, type XmlNode } from './xml-writer.js'

/** The written text and the order its segments were written in. */
export interface WrittenText {
  readonly text: XmlElement
  /** Ids of headings, sentences and cells, in document order. */
  readonly flowOrder: readonly string[]
}

const paragraphPattern = /^(.*)-s\d+$/
const cellPattern = /^(.*)-r(\d+)-c(\d+)$/

function sameSection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id)
}

function paragraphKey(segment: Segment): string {
  return paragraphPattern.exec(segment.id)?.[1] ?? segment.id
}

function cellAddress(segment: Segment): { table: string; row: number; column: number } | undefined {
  const match = cellPattern.exec(segment.id)
  return match ? { table: match[1] ?? '', row: Number(match[2]), column: Number(match[3]) } : undefined
}

class TextWriter {
  private page: number | null = null
  readonly flowOrder: string[] = []
  private readonly written = new Set<string>()
  private readonly writing = new Set<string>()

  constructor(
    private readonly context: TeiWriterContext,
    private readonly index: ArticleIndex
  ) {}

  /** `pb` when `segment` starts a new printed page (`<pb/>` when its page is unknown). */
  private pageBreak(segment: Segment): XmlElement[] {
    if (segment.page === this.page) return []
    this.page = segment.page
    return [mixedElement('pb', { n: segment.page ?? undefined }, [])]
  }

  private citationRef(citation: Citation, content: XmlNode[]): XmlElement {
    return mixedElement(
      'ref',
      {
        'xml:id': this.context.id(citation.id),
        type: 'bibr',
        subtype: citation.kind,
        // An ibid. that refers to no work points nowhere.
        target: citation.key === '' ? undefined : this.context.pointer(this.context.generatedId('bib', citation.key)),
        rend: citation.mirrored ? 'mirrored' : undefined,
        ana: this.context.pointer(this.context.generatedId('cit', citation.id))
      },
      content
    )
  }

  /**
   * The segment's text with its citations as `ref` and its footnote markers as `ptr` at
   * their places in the text (inside a `ref` when the place is strictly inside its text).
   */
  private content(segment: Segment): XmlNode[] {
    const places = markerPlaces(segment, this.index.footnoteByLabel)
    let marker = 0
    /** The text in [from, to) with the markers that stand before `to` (or at `to` when `closed`). */
    const stretch = (from: number, to: number, closed: boolean): XmlNode[] => {
      const nodes: XmlNode[] = []
      let cursor = from
      while (marker < places.length) {
        const place = places[marker] as number
        if (place > to || (place === to && !closed)) break
        nodes.push(...this.context.text(segment.text.slice(cursor, place)))
        const target = this.context.pointer(this.context.generatedId('fn', segment.footnotes[marker] as string))
        nodes.push(mixedElement('ptr', { type: 'noteAnchor', target }, []))
        cursor = place
        marker++
      }
      nodes.push(...this.context.text(segment.text.slice(cursor, to)))
      return nodes
    }
    const nodes: XmlNode[] = []
    let cursor = 0
    for (const id of segment.citations) {
      const citation = this.index.citationById.get(id) as Citation
      const span = locateCitation(segment.text, citation.raw, cursor) ?? { start: cursor, end: cursor }
      nodes.push(...stretch(cursor, span.start, true))
      nodes.push(this.citationRef(citation, stretch(span.start, span.end, false)))
      cursor = span.end
    }
    nodes.push(...stretch(cursor, segment.text.length, true))
    return nodes
  }

  private segmentElement(name: string, segment: Segment, inner: { before?: XmlNode[]; after?: XmlNode[] } = {}): XmlElement {
    const attributes = { 'xml:id': this.context.id(segment.id), 'xml:lang': segment.lang }
    return mixedElement(name, attributes, [...(inner.before ?? []), ...this.content(segment), ...(inner.after ?? [])])
  }

  /** The footnotes whose marker is in `segment`, each a `note` (their sections must be `section`). */
  private notesAfter(segment: Segment, section: readonly string[]): XmlElement[] {
    return (this.index.footnotesByMarker.get(segment.id) ?? []).map((footnote) => this.note(footnote, section))
  }

  private note(footnote: Footnote, section: readonly string[]): XmlElement {
    if (this.writing.has(footnote.label)) {
      throw teiError('tei-write', `Footnote \`${footnote.label}\` has its marker inside itself`)
    }
    this.writing.add(footnote.label)
    const children: XmlElement[] = []
    for (const id of footnote.segments) {
      const segment = this.index.segmentById.get(id) as Segment
      if (!sameSection(segment.section, section)) {
        throw teiError(
          'tei-write',
          `Footnote segment \`${id}\` has section \`${segment.section.join(' > ') || 'none'}\` but its footnote stands in \`${section.join(' > ') || 'none'}\` (the section of its marker)`,
          segment.position.start
        )
      }
      children.push(...this.pageBreak(segment), this.segmentElement('s', segment), ...this.notesAfter(segment, section))
    }
    this.writing.delete(footnote.label)
    this.written.add(footnote.label)
    const attributes = {
      'xml:id': this.context.generatedId('fn', footnote.label),
      n: footnote.n,
      place: 'foot',
      anchored: footnote.segment !== null && footnote.markerOffset === undefined ? 'false' : undefined,
      'xml:lang': footnote.lang,
      target: footnote.segment === null ? undefined : this.context.pointer(this.context.id(footnote.segment))
    }
    return element('note', attributes, children)
  }

  private paragraph(segments: readonly Segment[], section: readonly string[]): XmlElement {
    const children: XmlElement[] = []
    for (const segment of segments) {
      children.push(...this.pageBreak(segment), this.segmentElement('s', segment))
      this.flowOrder.push(segment.id)
      children.push(...this.notesAfter(segment, section))
    }
    return element('p', { 'xml:lang': segments[0]?.lang }, children)
  }

  private cell(segment: Segment, section: readonly string[]): XmlElement {
    const before = this.pageBreak(segment)
    this.flowOrder.push(segment.id)
    return this.segmentElement('cell', segment, { before, after: this.notesAfter(segment, section) })
  }

  /** Rows by id (`fa-t1-r2-c3`); gaps left by empty cells are filled when the ids allow it. */
  private table(cells: readonly Segment[], section: readonly string[]): XmlElement {
    const addressed = cells.map((cell) => ({ cell, address: cellAddress(cell) }))
    const rows: Array<typeof addressed> = []
    for (const entry of addressed) {
      const last = rows[rows.length - 1]
      const previous = last?.[last.length - 1]
      if (last && previous?.address && entry.address && previous.address.row === entry.address.row) last.push(entry)
      else rows.push([entry])
    }
    // Empty cells have no segment: when every cell says its column, and columns increase
    // along each row, the missing ones are written as empty cells.
    const columns = addressed.map(({ address }) => address?.column)
    const fillable =
      columns.every((column) => column !== undefined) &&
      rows.every((row) => row.every((entry, index) => index === 0 || (entry.address?.column ?? 0) > (row[index - 1]?.address?.column ?? 0)))
    const width = fillable ? Math.max(...(columns as number[])) : 0
    const rowElements = rows.map((row) => {
      const label = row[0]?.address?.row === 1 ? 'label' : undefined
      if (!fillable) return element('row', { role: label }, row.map(({ cell }) => this.cell(cell, section)))
      const byColumn = new Map(row.map(({ cell, address }) => [address?.column, cell]))
      const children: XmlElement[] = []
      for (let column = 1; column <= width; column++) {
        const cell = byColumn.get(column)
        children.push(cell ? this.cell(cell, section) : element('cell'))
      }
      return element('row', { role: label }, children)
    })
    return element('table', { 'xml:lang': cells[0]?.lang }, rowElements)
  }

  private items(items: readonly DivisionItem[], section: readonly string[]): XmlElement[] {
    const out: XmlElement[] = []
    let index = 0
    while (index < items.length) {
      const item = items[index] as DivisionItem
      if (item.type === 'division') {
        out.push(...this.division(item.division, section))
        index++
        continue
      }
      if (item.type === 'footnote') {
        out.push(this.note(item.footnote, section))
        index++
        continue
      }
      const isCell = item.segment.kind === 'cell'
      const key = isCell ? (cellAddress(item.segment)?.table ?? item.segment.id) : paragraphKey(item.segment)
      const run: Segment[] = []
      while (index < items.length) {
        const next = items[index] as DivisionItem
        if (next.type !== 'segment' || (next.segment.kind === 'cell') !== isCell) break
        const nextKey = isCell ? (cellAddress(next.segment)?.table ?? next.segment.id) : paragraphKey(next.segment)
        if (nextKey !== key) break
        run.push(next.segment)
        index++
      }
      out.push(isCell ? this.table(run, section) : this.paragraph(run, section))
    }
    return out
  }

  division(division: Division, section: readonly string[]): XmlElement[] {
    const before: XmlElement[] = []
    const children: XmlElement[] = []
    let inside = section
    if (division.heading) {
      const heading = division.heading
      before.push(...this.pageBreak(heading))
      this.flowOrder.push(heading.id)
      before.push(...this.notesAfter(heading, section))
      children.push(this.segmentElement('head', heading))
      inside = [...section, heading.id]
    }
    children.push(...this.items(division.items, inside))
    const attributes = { type: division.abstract ? 'abstract' : undefined, 'xml:lang': division.lang }
    return [...before, element('div', attributes, children)]
  }

  allWritten(footnotes: readonly Footnote[]): void {
    const missing = footnotes.find((footnote) => !this.written.has(footnote.label))
    if (missing) throw teiError('tei-write', `Footnote \`${missing.label}\` is never written: its marker is inside another footnote that is never written`)
  }
}

function worksCited(article: Article, context: TeiWriterContext): XmlElement | undefined {
  const first = new Map<string, Citation>()
  for (const citation of article.citations) if (citation.key !== '' && !first.has(citation.key)) first.set(citation.key, citation)
  if (first.size === 0) return undefined
  const entries = [...first.values()].map((citation) =>
    element('bibl', { 'xml:id': context.generatedId('bib', citation.key) }, [
      // A work cited by its title in the author position (`(“Balancing and Bandwagoning,” 1987)`) has a title, no author.
      ...(citation.titleAsAuthor
        ? citation.authors.map((author) => mixedElement('title', undefined, context.text(author)))
        : citationNameParts(citation).map((parts, index) => authorElement(citation.authors[index] ?? '', parts, context))),
      workDate(citation, context),
      ...(citation.original ? [yearDate(citation.original.year, citation.original.calendar, '', context, 'original')] : []),
      mixedElement('idno', { type: 'matn-key' }, context.text(citation.key))
    ])
  )
  return element('back', undefined, [element('div', { type: 'bibliography' }, [element('listBibl', undefined, entries)])])
}

/**
 * The `author` of a cited work: a person's name as a `persName` of its parts, as far as the
 * citation gives them (`<forename>Stephen M.</forename> <surname>Walt</surname>`, a
 * `nameLink` for a particle, `von`, a `genName` for a suffix, `Jr.`), the text between
 * them kept so the `persName` reads as printed; a group or corporate author as text.
 */
function authorElement(author: string, parts: PersonNameParts | undefined, context: TeiWriterContext): XmlElement {
  if (!parts) return mixedElement('author', undefined, context.text(author))
  const children = parts.pieces.flatMap((piece): XmlNode[] =>
    piece.part === 'separator' ? context.text(piece.text) : [mixedElement(teiNameParts[piece.part], undefined, context.text(piece.text))]
  )
  return mixedElement('author', undefined, [mixedElement('persName', undefined, children)])
}

/** The TEI element of each part of a personal name. */
const teiNameParts: Readonly<Record<Exclude<NamePartRole, 'separator'>, string>> = {
  given: 'forename',
  particle: 'nameLink',
  family: 'surname',
  suffix: 'genName'
}

/** What a bibliography prints for an undated work, by its status. */
const undatedDates: Readonly<Record<UndatedStatus, string>> = { 'no-date': 'n.d.', 'in-press': 'in press', forthcoming: 'forthcoming' }

/**
 * The `date` of a cited work: its year (`@when`, or `@when-custom` in its Hijri calendar);
 * for an undated work the words a bibliography prints, with no normalized date (`n.d.`,
 * `in press`, `forthcoming`, a suffix after a hyphen: `n.d.-a`).
 */
function workDate(citation: Citation, context: TeiWriterContext): XmlElement {
  if (citation.year === null || citation.calendar === null) {
    const printed = undatedDates[citation.undated ?? 'no-date'] + (citation.yearSuffix ? `-${citation.yearSuffix}` : '')
    return mixedElement('date', undefined, context.text(printed))
  }
  return yearDate(citation.year, citation.calendar, citation.yearSuffix ?? '', context)
}

/**
 * A `date` of a year in its calendar, as printed with its suffix: `@when` for a Gregorian
 * year, `@when-custom` in a Hijri calendar; `type="original"` for the first publication of
 * a reprint, beside the date of the edition cited.
 */
function yearDate(year: number, calendar: Calendar, suffix: string, context: TeiWriterContext, type?: 'original'): XmlElement {
  const printed = String(year) + suffix
  const w3cYear = Number.isInteger(year) && year > 0 && year < 10000 ? String(year).padStart(4, '0') : undefined
  if (calendar !== 'gregorian') {
    const pointer = context.pointer(context.generatedId('cal', calendar))
    return mixedElement('date', { type, calendar: pointer, datingMethod: pointer, 'when-custom': String(year) }, context.text(printed))
  }
  return mixedElement('date', { type, when: w3cYear }, context.text(printed))
}

/**
 * Write the `text` of an article.
 *
 * @param article The article.
 * @param index Its lookups (see `indexArticle`).
 * @param context Ids and characters of the document being written.
 */
export function writeText(article: Article, index: ArticleIndex, context: TeiWriterContext): WrittenText {
  const flow = article.segments.filter((segment) => ['heading', 'sentence', 'abstract', 'cell'].includes(segment.kind))
  const unreferenced = index.unreferencedFootnotes.map((footnote) => {
    const sections = footnote.segments.map((id) => index.segmentById.get(id)?.section ?? [])
    return { footnote, section: sections[0] ?? null }
  })
  const structure = buildTextStructure(flow, unreferenced)
  const writer = new TextWriter(context, index)
  const front = structure.front.flatMap((division) => writer.division(division, []))
  const body = structure.body.flatMap((division) => writer.division(division, []))
  writer.allWritten(article.footnotes)
  const back = worksCited(article, context)
  const parts = [
    ...(front.length > 0 ? [element('front', undefined, front)] : []),
    element('body', undefined, body.length > 0 ? body : [element('p')]),
    ...(back ? [back] : [])
  ]
  return { text: element('text', undefined, parts), flowOrder: writer.flowOrder }
}
