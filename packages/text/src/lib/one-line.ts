/** Every character a line-oriented reader may split on: Python's `str.splitlines` breaks at all of these. */
const lineBreaks = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/g
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Make text safe for one line of a UTF-8 text file: every line break (including U+2028,
 * U+2029, U+0085, vertical tab and form feed, which Python's `splitlines` honours) becomes a
 * space, and a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.
 *
 * @param text Any string.
 * @returns The string without line breaks or lone surrogates.
 */
export function oneLine(text: string): string {
  return text.replace(lineBreaks, ' ').replace(loneSurrogates, '\uFFFD')
}
