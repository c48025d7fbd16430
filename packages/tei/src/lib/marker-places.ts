/**
 * Where the footnote markers of a segment stand in its text. A marker stands at its
 * footnote's `markerOffset` when the segment is the footnote's marker segment and the
 * offset is known; any other marker stands where the next placed marker of the segment
 * stands (at the end of the text when none follows), so that the markers keep the order
 * in which the segment lists them.
 */
import type { Footnote, Segment } from '@matn/core'
import { teiError } from './tei-error.js'

/**
 * The offset (UTF-16, in `segment.text`) of each marker in `segment.footnotes`, in that order.
 * Throws a `MatnError` (rule `tei-write`) when the list contradicts the offsets.
 *
 * @param segment The segment.
 * @param footnoteByLabel Footnotes by label.
 */
export function markerPlaces(segment: Segment, footnoteByLabel: ReadonlyMap<string, Footnote>): number[] {
  const places = new Array<number>(segment.footnotes.length)
  let next = segment.text.length
  for (let index = segment.footnotes.length - 1; index >= 0; index--) {
    const label = segment.footnotes[index] as string
    const footnote = footnoteByLabel.get(label)
    const known = footnote?.segment === segment.id ? footnote.markerOffset : undefined
    if (known !== undefined && known > next) {
      throw teiError(
        'tei-write',
        `Segment \`${segment.id}\` lists the marker of footnote \`${label}\` before a marker that stands earlier in its text (see \`markerOffset\`)`,
        segment.position.start
      )
    }
    next = known ?? next
    places[index] = next
  }
  return places
}
