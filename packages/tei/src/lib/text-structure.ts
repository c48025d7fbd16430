/**
 * The division tree of an article's text, built from its segments' section paths: a
 * heading opens a division, the segments under it (their `section` ends with its id) go
 * inside. Text that follows a subdivision at the same level goes into a division without
 * heading, as TEI wants divisions last. Divisions all of whose sentences are abstract
 * sentences are abstracts; the leading abstracts become the TEI `front`.
 */
import type { Footnote, Lang, Segment } from '@matn/core'
import { teiError } from './tei-error.js'

/** A division: a heading and what it holds, or a run of text without heading. */
export interface Division {
  readonly heading: Segment | null
  readonly lang: Lang
  readonly items: DivisionItem[]
  /** Holds text that follows a subdivision of its parent (no heading). */
  readonly continuation: boolean
  abstract: boolean
}

/** What a division holds, in order. */
export type DivisionItem =
  | { readonly type: 'division'; readonly division: Division }
  | { readonly type: 'segment'; readonly segment: Segment }
  | { readonly type: 'footnote'; readonly footnote: Footnote }

/** The text split into TEI's front (leading abstracts) and body. */
export interface TextStructure {
  readonly front: readonly Division[]
  readonly body: readonly Division[]
}

function newDivision(heading: Segment | null, lang: Lang, continuation: boolean): Division {
  return { heading, lang, items: [], continuation, abstract: false }
}

/** Where new text goes inside a division: after a subdivision, into a division without heading. */
function containerOf(division: Division, lang: Lang): Division {
  const last = division.items[division.items.length - 1]
  if (last?.type !== 'division') return division
  if (last.division.continuation) return containerOf(last.division, lang)
  const continuation = newDivision(null, lang, true)
  division.items.push({ type: 'division', division: continuation })
  return continuation
}

class StructureBuilder {
  readonly roots: Division[] = []
  private readonly open: Division[] = []

  /** The division to put something with section `path` in, `undefined` for the top level. */
  private enter(path: readonly string[], what: string, segment: Segment | null): Division | undefined {
    const consistent = path.length <= this.open.length && path.every((id, index) => this.open[index]?.heading?.id === id)
    if (!consistent) {
      const open = this.open.map((division) => division.heading?.id).join(' > ') || 'none'
      throw teiError(
        'tei-write',
        `${what} has section \`${path.join(' > ') || 'none'}\` but the headings open before it are \`${open}\`: sections must nest as the headings do`,
        segment?.position.start
      )
    }
    this.open.length = path.length
    const innermost = this.open[this.open.length - 1]
    return innermost ? containerOf(innermost, innermost.lang) : undefined
  }

  private topLevelRun(lang: Lang): Division {
    const last = this.roots[this.roots.length - 1]
    if (last && last.heading === null && last.lang === lang) return last
    const division = newDivision(null, lang, false)
    this.roots.push(division)
    return division
  }

  addSegment(segment: Segment): void {
    const container = this.enter(segment.section, `Segment \`${segment.id}\``, segment)
    if (segment.kind === 'heading') {
      const division = newDivision(segment, segment.lang, false)
      if (container) container.items.push({ type: 'division', division })
      else this.roots.push(division)
      this.open.push(division)
      return
    }
    ;(container ?? this.topLevelRun(segment.lang)).items.push({ type: 'segment', segment })
  }

  /** A footnote goes in its section; one without text (`section` null) where the text ends. */
  addFootnote(footnote: Footnote, section: readonly string[] | null): void {
    const path = section ?? this.open.map((division) => division.heading?.id ?? '')
    const container = this.enter(path, `Footnote \`${footnote.label}\``, null)
    ;(container ?? this.topLevelRun(footnote.lang)).items.push({ type: 'footnote', footnote })
  }
}

function sentenceKinds(division: Division): string[] {
  return division.items.flatMap((item) => {
    if (item.type === 'division') return sentenceKinds(item.division)
    if (item.type === 'segment' && (item.segment.kind === 'sentence' || item.segment.kind === 'abstract')) return [item.segment.kind]
    return []
  })
}

function markAbstracts(division: Division, insideAbstract: boolean): void {
  const kinds = sentenceKinds(division)
  division.abstract = !insideAbstract && kinds.length > 0 && kinds.every((kind) => kind === 'abstract')
  const inside = insideAbstract || division.abstract
  for (const item of division.items) {
    if (item.type === 'division') markAbstracts(item.division, inside)
    else if (item.type === 'segment' && (item.segment.kind === 'sentence' || item.segment.kind === 'abstract')) {
      const expected = inside ? 'abstract' : 'sentence'
      if (item.segment.kind !== expected) {
        throw teiError(
          'tei-write',
          `Segment \`${item.segment.id}\` is ${item.segment.kind === 'abstract' ? 'an abstract sentence outside' : 'a body sentence inside'} an abstract section: the TEI derives the kind from the section`,
          item.segment.position.start
        )
      }
    }
  }
}

/**
 * Build the division tree of the text segments (in article order) and of the footnotes
 * no marker references (placed at the end, in the section their segments name).
 *
 * @param flow Headings, sentences, abstract sentences and cells, in article order.
 * @param unreferenced Footnotes without marker, with the section of their segments (null
 *   for a footnote without segments).
 */
export function buildTextStructure(
  flow: readonly Segment[],
  unreferenced: ReadonlyArray<{ footnote: Footnote; section: readonly string[] | null }>
): TextStructure {
  const builder = new StructureBuilder()
  for (const segment of flow) builder.addSegment(segment)
  for (const { footnote, section } of unreferenced) builder.addFootnote(footnote, section)
  for (const root of builder.roots) markAbstracts(root, false)
  const frontLength = builder.roots.findIndex((root) => !root.abstract)
  const split = frontLength < 0 ? builder.roots.length : frontLength
  return { front: builder.roots.slice(0, split), body: builder.roots.slice(split) }
}
