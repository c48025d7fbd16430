/**
 * Characters XML 1.0 cannot hold, not even as character references: C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const notXmlCharacter =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' }

/**
 * Escape text for XML 1.0 content or a double-quoted attribute: `&`, `<`, `>` (so `]]>` never
 * appears), `"` and carriage return (which parsers would turn into a line feed) become
 * references; characters XML 1.0 cannot hold become U+FFFD (count them with
 * {@link countNonXmlCharacters} to warn).
 *
 * @param text Any string.
 * @returns Text that is well-formed in element content and in attribute values.
 */
export function escapeXml(text: string): string {
  return text.replace(notXmlCharacter, '\uFFFD').replace(/[&<>"\r]/g, (character) => entities[character] ?? character)
}

/**
 * How many characters of a string XML 1.0 cannot hold (and {@link escapeXml} replaces).
 *
 * @param text Any string.
 */
export function countNonXmlCharacters(text: string): number {
  return text.match(notXmlCharacter)?.length ?? 0
}
