/**
 * Read the segments, citations and footnotes of an article back from its TEI `text` (the
 * inverse of write-text.ts). One walk in document order: `pb` sets the printed page of
 * what follows, a `div` with a `head` adds that heading to the section of what it holds,
 * `div type="abstract"` makes its sentences abstract sentences, a `note place="foot"` is
 * a footnote whose sentences are footnote segments; a `ptr type="noteAnchor"` is a footnote
 * marker, and where it stands in its footnote's marker segment is the footnote's
 * `markerOffset` (unless the `note` is `anchored="false"`).
 */
import type { Citation, Footnote, Lang, Segment, SegmentKind } from '@matn/core'
import type { CitationFields } from './read-standoff.js'
import type { SegmentFactory } from './segment-factory.js'
import type { TeiReaderContext } from './tei-reader-context.js'
import { teiError } from './tei-error.js'
import { childElements, type ReadElement, type ReadNode } from './xml-reader.js'

/** What the text holds. */
export interface ReadText {
  /** Headings, sentences and cells in document order. */
  readonly flow: readonly Segment[]
  /** Footnotes by ascending `n`, each with its segments. */
  readonly footnotes: ReadonlyArray<{ footnote: Footnote; segments: Segment[] }>
  readonly citationById: ReadonlyMap<string, Citation>
}

/** Text and footnote markers (with their offset in the text) read so far in a segment. */
interface InlineContent {
  text: string
  readonly markers: Array<{ label: string; offset: number }>
}

interface Where {
  readonly section: readonly string[]
  readonly abstract: boolean
  readonly footnote: { footnote: Footnote; segments: Segment[] } | null
}

function fail(reason: string, node: ReadElement): never {
  throw teiError('tei-read', reason, node.place)
}

function langOf(node: ReadElement): Lang {
  const value = node.attributes.get('xml:lang')
  if (value !== 'fa' && value !== 'en') fail(`\`${node.name}\` needs \`xml:lang\` fa or en`, node)
  return value
}

function pageOf(pb: ReadElement): number | null {
  const n = pb.attributes.get('n')
  if (n === undefined) return null
  const page = Number(n)
  if (n.trim() === '' || !Number.isFinite(page)) fail('`pb/@n` must be a number', pb)
  return page
}

class TextReader {
  private page: number | null = null
  readonly flow: Segment[] = []
  readonly footnotes: Array<{ footnote: Footnote; segments: Segment[] }> = []
  readonly citationById = new Map<string, Citation>()
  private readonly ids = new Set<string>()
  /** Where each footnote marker first stands in each segment: segment id → label → offset. */
  private readonly markerPlaces = new Map<string, Map<string, number>>()
  /** Footnotes whose `note` says the marker's place in the text is unknown. */
  private readonly unanchored = new Set<Footnote>()

  constructor(
    private readonly context: TeiReaderContext,
    private readonly segments: SegmentFactory,
    private readonly citationFields: ReadonlyMap<string, CitationFields>
  ) {}

  private claim(id: string, node: ReadElement): void {
    if (this.ids.has(id)) fail(`Id \`${id}\` is used twice`, node)
    this.ids.add(id)
  }

  private citation(ref: ReadElement, segment: string): Citation {
    const id = this.context.id(ref.attributes.get('xml:id') ?? '', ref)
    this.claim(id, ref)
    const fields = this.citationFields.get(id)
    if (!fields) fail(`Citation \`${id}\` has no \`fs type="citation"\``, ref)
    const kind = ref.attributes.get('subtype')
    if (kind !== 'parenthetical' && kind !== 'narrative') fail('A citation `ref` needs `@subtype` parenthetical or narrative', ref)
    // A `ref` without target is an ibid. that refers to no work (its key is empty).
    const target = ref.attributes.get('target')
    const key = target === undefined ? '' : this.context.generated('bib', target, ref)
    return {
      ...fields,
      kind,
      key,
      mirrored: ref.attributes.get('rend') === 'mirrored',
      id,
      segment,
      position: this.segments.position(id)
    }
  }

  /** A segment element: its text, citations, footnote markers; a leading `pb` is its page. */
  private segment(node: ReadElement, kind: SegmentKind, where: Where): Segment {
    const id = this.context.id(node.attributes.get('xml:id') ?? '', node)
    this.claim(id, node)
    const content: InlineContent = { text: '', markers: [] }
    let page = this.page
    const citations: Citation[] = []
    const notes: ReadElement[] = []
    for (const child of node.children) {
      if (typeof child === 'string') content.text += child
      else if (child.name === 'pb') {
        this.page = pageOf(child)
        if (content.text === '' && citations.length === 0) page = this.page
      } else if (child.name === 'ref' && child.attributes.get('type') === 'bibr') {
        citations.push(this.citation(child, id))
        this.inline(child, content)
      } else if (child.name === 'note') notes.push(child)
      else this.inlineChild(child, content)
    }
    const segment = this.segments.make(id, langOf(node), kind, content.text, { section: where.section, page })
    segment.citations.push(...citations.map((citation) => citation.id))
    segment.footnotes.push(...content.markers.map((marker) => marker.label))
    const places = new Map<string, number>()
    for (const marker of content.markers) if (!places.has(marker.label)) places.set(marker.label, marker.offset)
    this.markerPlaces.set(id, places)
    for (const citation of citations) this.citationById.set(citation.id, citation)
    for (const note of notes) this.note(note, where)
    return segment
  }

  /** The text and footnote markers inside `node`, added to `content`. */
  private inline(node: ReadElement, content: InlineContent): void {
    for (const child of node.children) this.inlineChild(child, content)
  }

  /** Text, a footnote marker, a `<g>` (read as its character) or an element holding them. */
  private inlineChild(child: ReadNode, content: InlineContent): void {
    if (typeof child === 'string') content.text += child
    else if (child.name === 'ptr' && child.attributes.get('type') === 'noteAnchor') {
      content.markers.push({ label: this.context.generated('fn', child.attributes.get('target') ?? '', child), offset: content.text.length })
    } else if (child.name === 'g') content.text += this.context.text(child)
    else this.inline(child, content)
  }

  /**
   * Give each anchored footnote the place of its marker in its marker segment
   * (`markerOffset`), once every segment has been read.
   */
  placeMarkers(): void {
    for (const { footnote } of this.footnotes) {
      if (footnote.segment === null || this.unanchored.has(footnote)) continue
      const offset = this.markerPlaces.get(footnote.segment)?.get(footnote.label)
      if (offset !== undefined) footnote.markerOffset = offset
    }
  }

  private note(node: ReadElement, where: Where): void {
    if (node.attributes.get('place') !== 'foot') return
    const label = this.context.generated('fn', node.attributes.get('xml:id') ?? '', node)
    const n = Number(node.attributes.get('n'))
    if (!Number.isInteger(n)) fail('A footnote `note` needs a whole `@n`', node)
    const target = node.attributes.get('target')
    const footnote: Footnote = {
      n,
      label,
      text: '',
      lang: langOf(node),
      segment: target === undefined ? null : this.context.target(target, node),
      segments: []
    }
    if (node.attributes.get('anchored') === 'false') this.unanchored.add(footnote)
    const record = { footnote, segments: [] as Segment[] }
    this.walk(node, { ...where, footnote: record })
    footnote.segments = record.segments.map((segment) => segment.id)
    footnote.text = record.segments.map((segment) => segment.text).join(' ')
    this.footnotes.push(record)
  }

  private add(segment: Segment, where: Where): void {
    if (where.footnote) where.footnote.segments.push(segment)
    else this.flow.push(segment)
  }

  private division(node: ReadElement, where: Where): void {
    const head = childElements(node).find((child) => child.name === 'head' && child.attributes.has('xml:id'))
    const abstract = where.abstract || node.attributes.get('type') === 'abstract'
    let inside: Where = { ...where, abstract }
    for (const child of node.children) {
      if (typeof child === 'string') continue
      if (child === head) {
        const heading = this.segment(child, 'heading', { ...where, abstract })
        this.add(heading, where)
        inside = { ...inside, section: [...where.section, heading.id] }
      } else this.element(child, inside)
    }
  }

  private element(node: ReadElement, where: Where): void {
    const hasId = node.attributes.has('xml:id')
    switch (node.name) {
      case 'pb':
        this.page = pageOf(node)
        return
      case 'div':
        this.division(node, where)
        return
      case 'note':
        this.note(node, where)
        return
      case 's':
        if (hasId) this.add(this.segment(node, where.footnote ? 'footnote' : where.abstract ? 'abstract' : 'sentence', where), where)
        return
      case 'cell':
        if (hasId) this.add(this.segment(node, 'cell', where), where)
        else this.walk(node, where)
        return
      case 'head':
        if (hasId) fail('A heading with an id must be the `head` of its `div`', node)
        return
      default:
        this.walk(node, where)
    }
  }

  walk(node: ReadElement, where: Where): void {
    for (const child of childElements(node)) this.element(child, where)
  }
}

/**
 * Read the text.
 *
 * @param text The `text` element.
 * @param context The document being read.
 * @param segments Makes segments.
 * @param citationFields Citation fields from the stand-off part.
 */
export function readText(
  text: ReadElement,
  context: TeiReaderContext,
  segments: SegmentFactory,
  citationFields: ReadonlyMap<string, CitationFields>
): ReadText {
  const reader = new TextReader(context, segments, citationFields)
  reader.walk(text, { section: [], abstract: false, footnote: null })
  reader.placeMarkers()
  const footnotes = [...reader.footnotes].sort((a, b) => a.footnote.n - b.footnote.n)
  return { flow: reader.flow, footnotes, citationById: reader.citationById }
}
