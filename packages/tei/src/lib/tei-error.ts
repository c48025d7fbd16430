/**
 * The one way @matn/tei reports bad input: a `MatnError` with code `E_INPUT`, a reason,
 * the place it concerns (a point of the article's Markdown source when writing, of the
 * XML when reading) and the rule `tei-write` or `tei-read`.
 */
import { MatnError } from '@matn/core'
import { VFile } from 'vfile'

/** A place in a file, 1-based. */
export interface Place {
  line: number
  column: number
}

/**
 * Make the error for a problem with the input.
 *
 * @param rule `tei-write` for an article the TEI cannot carry, `tei-read` for XML that is
 *   not a matn TEI document.
 * @param reason What is wrong, in one sentence.
 * @param place Where, when known.
 */
export function teiError(rule: 'tei-write' | 'tei-read', reason: string, place?: Place | null): MatnError {
  const file = new VFile()
  const message = file.message(reason, { ruleId: rule, source: 'matn', place: place ?? undefined })
  message.fatal = true
  return new MatnError('E_INPUT', file, [message])
}
