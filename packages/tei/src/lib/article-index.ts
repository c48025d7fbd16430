/**
 * Lookups over an article, built once before writing, and the checks that the article's
 * cross-references hold (every id it points to exists, every id is unique). The TEI
 * derives several fields from structure; an article whose fields contradict each other
 * could not come back from its TEI unchanged, so it is refused with the reason.
 */
import { normalizePersian, type Article, type Citation, type Footnote, type Segment } from '@matn/core'
import { teiError } from './tei-error.js'

/** Lookups the TEI writer needs. */
export interface ArticleIndex {
  readonly segmentById: ReadonlyMap<string, Segment>
  readonly citationById: ReadonlyMap<string, Citation>
  readonly footnoteByLabel: ReadonlyMap<string, Footnote>
  /** Footnote of each footnote segment. */
  readonly footnoteOfSegment: ReadonlyMap<string, Footnote>
  /** Footnotes whose marker is in a segment, by that segment's id, ascending `n`. */
  readonly footnotesByMarker: ReadonlyMap<string, readonly Footnote[]>
  /** Footnotes no marker references, ascending `n`. */
  readonly unreferencedFootnotes: readonly Footnote[]
}

const langs = new Set(['fa', 'en'])

function fail(reason: string, segment?: Segment | null): never {
  throw teiError('tei-write', reason, segment?.position.start)
}

function indexSegments(article: Article): Map<string, Segment> {
  const segmentById = new Map<string, Segment>()
  for (const segment of article.segments) {
    if (segmentById.has(segment.id)) fail(`Segment id \`${segment.id}\` is used twice`, segment)
    if (!langs.has(segment.lang)) fail(`Segment \`${segment.id}\` has language \`${segment.lang}\`: matn writes \`fa\` and \`en\``, segment)
    if (segment.dir !== (segment.lang === 'fa' ? 'rtl' : 'ltr')) {
      fail(`Segment \`${segment.id}\` is \`${segment.dir}\` but its language is \`${segment.lang}\`: the TEI derives the direction from the language`, segment)
    }
    if (segment.norm !== normalizePersian(segment.text)) {
      fail(`Segment \`${segment.id}\` has a \`norm\` that is not \`normalizePersian(text)\`: the TEI derives it`, segment)
    }
    if (segment.page !== null && !Number.isFinite(segment.page)) fail(`Segment \`${segment.id}\` has a page that is not a number`, segment)
    segmentById.set(segment.id, segment)
  }
  return segmentById
}

function indexCitations(article: Article, segmentById: ReadonlyMap<string, Segment>): Map<string, Citation> {
  const citationById = new Map<string, Citation>()
  for (const citation of article.citations) {
    if (citationById.has(citation.id) || segmentById.has(citation.id)) {
      fail(`Citation id \`${citation.id}\` is used twice (ids of segments and citations share one space in TEI)`)
    }
    if (citation.kind !== 'parenthetical' && citation.kind !== 'narrative') fail(`Citation \`${citation.id}\` has kind \`${String(citation.kind)}\``)
    const calendarKnown = citation.calendar === 'gregorian' || citation.calendar === 'solar-hijri' || citation.calendar === 'lunar-hijri'
    // A citation without a year (an undated work, an unresolved ibid.) has no calendar either.
    if (citation.year === null ? citation.calendar !== null : !calendarKnown) fail(`Citation \`${citation.id}\` has calendar \`${String(citation.calendar)}\``)
    const segment = segmentById.get(citation.segment)
    if (!segment?.citations.includes(citation.id)) {
      fail(`Citation \`${citation.id}\` names segment \`${citation.segment}\`, which does not list it`, segment)
    }
    citationById.set(citation.id, citation)
  }
  const order: string[] = []
  for (const segment of article.segments) {
    for (const id of segment.citations) {
      if (citationById.get(id)?.segment !== segment.id) fail(`Segment \`${segment.id}\` lists citation \`${id}\`, which is not its citation`, segment)
      order.push(id)
    }
  }
  if (order.length !== article.citations.length || order.some((id, index) => article.citations[index]?.id !== id)) {
    fail('Citations must be listed in the order of their segments (as parseArticle lists them)')
  }
  return citationById
}

/** A footnote's `markerOffset` must be a place in the text of its marker segment, which lists it. */
function checkMarkerOffset(footnote: Footnote, marker: Segment): void {
  const offset = footnote.markerOffset
  if (offset === undefined) return
  if (!Number.isInteger(offset) || offset < 0 || offset > marker.text.length) {
    fail(`Footnote \`${footnote.label}\` has \`markerOffset\` ${offset}, which is not a place in the text of \`${marker.id}\``, marker)
  }
  if (!marker.footnotes.includes(footnote.label)) {
    fail(`Footnote \`${footnote.label}\` has a \`markerOffset\` in \`${marker.id}\`, which does not list its marker`, marker)
  }
}

function indexFootnotes(article: Article, segmentById: ReadonlyMap<string, Segment>) {
  const footnoteByLabel = new Map<string, Footnote>()
  const footnoteOfSegment = new Map<string, Footnote>()
  const footnotesByMarker = new Map<string, Footnote[]>()
  const unreferencedFootnotes: Footnote[] = []
  let previous = 0
  for (const footnote of article.footnotes) {
    if (footnote.label.length === 0) fail('A footnote has an empty label')
    if (footnoteByLabel.has(footnote.label)) fail(`Footnote label \`${footnote.label}\` is used twice`)
    if (!Number.isInteger(footnote.n) || footnote.n <= previous) fail(`Footnote \`${footnote.label}\`: footnotes must be listed by ascending whole \`n\``)
    if (!langs.has(footnote.lang)) fail(`Footnote \`${footnote.label}\` has language \`${footnote.lang}\`: matn writes \`fa\` and \`en\``)
    previous = footnote.n
    footnoteByLabel.set(footnote.label, footnote)
    const own = footnote.segments.map((id) => {
      const segment = segmentById.get(id)
      if (!segment || segment.kind !== 'footnote') fail(`Footnote \`${footnote.label}\` lists \`${id}\`, which is not a footnote segment`)
      if (footnoteOfSegment.has(id)) fail(`Segment \`${id}\` belongs to two footnotes`, segment)
      footnoteOfSegment.set(id, footnote)
      return segment
    })
    if (footnote.text !== own.map((segment) => segment.text).join(' ')) {
      fail(`Footnote \`${footnote.label}\`: its text must be its segments' texts joined by a space (the TEI derives it)`)
    }
    if (footnote.segment === null) {
      if (footnote.markerOffset !== undefined) fail(`Footnote \`${footnote.label}\` has a \`markerOffset\` but no marker segment`)
      unreferencedFootnotes.push(footnote)
    } else {
      const marker = segmentById.get(footnote.segment)
      if (!marker) fail(`Footnote \`${footnote.label}\` names marker segment \`${footnote.segment}\`, which does not exist`)
      if (marker.kind === 'title' || marker.kind === 'keyword') fail(`Footnote \`${footnote.label}\` has its marker in a ${marker.kind}`, marker)
      checkMarkerOffset(footnote, marker)
      const list = footnotesByMarker.get(footnote.segment) ?? []
      list.push(footnote)
      footnotesByMarker.set(footnote.segment, list)
    }
  }
  for (const segment of segmentById.values()) {
    if (segment.kind === 'footnote' && !footnoteOfSegment.has(segment.id)) fail(`Footnote segment \`${segment.id}\` belongs to no footnote`, segment)
    for (const label of segment.footnotes) {
      if (!footnoteByLabel.has(label)) fail(`Segment \`${segment.id}\` holds a marker of footnote \`${label}\`, which does not exist`, segment)
    }
  }
  return { footnoteByLabel, footnoteOfSegment, footnotesByMarker, unreferencedFootnotes }
}

/**
 * Index an article and check its cross-references; throws a `MatnError` (`E_INPUT`,
 * rule `tei-write`) naming the first problem.
 *
 * @param article The article to write.
 */
export function indexArticle(article: Article): ArticleIndex {
  const segmentById = indexSegments(article)
  const citationById = indexCitations(article, segmentById)
  return { segmentById, citationById, ...indexFootnotes(article, segmentById) }
}
