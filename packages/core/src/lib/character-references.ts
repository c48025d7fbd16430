import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'

const reference = /(\\?)&(?:#([xX])([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g

/**
 * Replace the character references of Markdown source (`&amp;`, `&#x200F;`, `&#1575;`) by
 * the characters they stand for, as CommonMark reads them: unknown names stay as written,
 * invalid code points read as U+FFFD, and a reference after a backslash (`\&amp;`) is
 * literal text. Use it to compare a source slice (such as `Citation.raw`) with segment text.
 *
 * @param source Markdown source text.
 * @returns The text with its references decoded (escapes are left as written).
 */
export function decodeCharacterReferences(source: string): string {
  return source.replace(reference, (whole: string, escape: string, x?: string, hex?: string, decimal?: string, name?: string) => {
    if (escape) return whole
    if (hex !== undefined) return decodeNumericCharacterReference(hex, 16)
    if (decimal !== undefined) return decodeNumericCharacterReference(decimal, 10)
    const decoded = decodeNamedCharacterReference(name ?? '')
    return decoded === false ? whole : decoded
  })
}
