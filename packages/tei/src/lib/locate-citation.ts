/**
 * Where a citation's `raw` (a slice of the Markdown source) stands in its segment's
 * `text` (markup removed, soft line breaks as one space). The two differ by whitespace,
 * emphasis and escape characters, HTML comments (inline page markers), inline HTML and footnote
 * markers, and character references (`&#x200F;`) are decoded, so both are compared on their
 * other characters only.
 */
import { decodeCharacterReferences } from '@matn/core'

/** A span of a segment's text, end exclusive. */
export interface TextSpan {
  start: number
  end: number
}

const ignoredInText = /[\s*_`\\~]/u

function significant(text: string): { chars: string[]; offsets: number[] } {
  const chars: string[] = []
  const offsets: number[] = []
  let offset = 0
  for (const character of text) {
    if (!ignoredInText.test(character)) {
      chars.push(character)
      offsets.push(offset)
    }
    offset += character.length
  }
  return { chars, offsets }
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[], from: number): number {
  outer: for (let start = from; start + needle.length <= haystack.length; start++) {
    for (let index = 0; index < needle.length; index++) {
      if (haystack[start + index] !== needle[index]) continue outer
    }
    return start
  }
  return -1
}

/**
 * Find `raw` in `text` at or after `from`: first as written, then comparing only the
 * characters both keep. `undefined` when it is not there.
 *
 * @param text The segment's text.
 * @param raw The citation as printed in the source.
 * @param from Offset in `text` to search from (the end of the previous citation).
 */
export function locateCitation(text: string, raw: string, from: number): TextSpan | undefined {
  if (raw.length === 0) return undefined
  const exact = text.indexOf(raw, from)
  if (exact >= 0) return { start: exact, end: exact + raw.length }
  const cleaned = decodeCharacterReferences(raw).replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[A-Za-z][^<>]*>/g, '').replace(/\[\^[^\]]*\]/g, '')
  const needle = significant(cleaned).chars
  if (needle.length === 0) return undefined
  const hay = significant(text)
  const firstAfter = hay.offsets.findIndex((offset) => offset >= from)
  if (firstAfter < 0) return undefined
  const found = indexOfSequence(hay.chars, needle, firstAfter)
  if (found < 0) return undefined
  const last = found + needle.length - 1
  const start = hay.offsets[found] ?? 0
  const end = (hay.offsets[last] ?? 0) + (hay.chars[last]?.length ?? 0)
  return { start, end }
}
