/**
 * Escaping for the two contexts corpus text reaches in a page: HTML text and attribute
 * values (always double-quoted), and JSON inside a `<script type="application/json">`.
 */

const htmlEscapes: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
})

/**
 * Escape text for HTML text content and double- or single-quoted attribute values.
 * Lone surrogates and characters HTML forbids (C0 controls other than tab, line feed,
 * carriage return and form feed, and noncharacters) become U+FFFD, so the output is
 * always well-formed.
 *
 * @param text Any string.
 * @returns The escaped string.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD'
    )
}

/**
 * Serialize a value as JSON that is safe inside `<script type="application/json">`:
 * `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, so no corpus string can
 * close the element or start a comment.
 *
 * @param value A JSON-serializable value.
 * @returns JSON text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) =>
    `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
