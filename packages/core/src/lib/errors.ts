import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** Stable codes of the failures a user can cause (docs/errors.md lists each with an example). */
export type MatnErrorCode =
  | 'E_EMPTY'
  | 'E_ENCODING'
  | 'E_YAML'
  | 'E_FRONT_MATTER'
  | 'E_NO_FRONT_MATTER'
  | 'E_INPUT'
  | 'E_JSON'
  | 'E_SCHEMA'
  | 'E_ALIGNMENT'
  | 'E_OUTPUT'
  | 'E_READ'
  | 'E_STRICT'

/**
 * A failure caused by the input, with a stable `code` and the place it was found.
 * `message` reads like a compiler's: `file:line:column: reason`.
 */
export class MatnError extends Error {
  /** Stable machine-readable code. */
  readonly code: MatnErrorCode
  /** Path of the file, when known. */
  readonly file: string | undefined
  /** 1-based line of the first problem, when known. */
  readonly line: number | undefined
  /** 1-based column of the first problem, when known. */
  readonly column: number | undefined
  /** Every problem found (a failure may have several). */
  readonly messages: readonly VFileMessage[]

  constructor(code: MatnErrorCode, file: VFile, messages: readonly VFileMessage[]) {
    const first = messages[0]
    super(messages.map((message) => formatMessage(file, message)).join('\n') || code)
    this.name = 'MatnError'
    this.code = code
    this.file = file.path || undefined
    this.line = first?.line ?? undefined
    this.column = first?.column ?? undefined
    this.messages = messages
  }
}

/**
 * Format a vfile message the way compilers do: `file:line:column: severity: reason [rule]`.
 *
 * @param file The file the message belongs to.
 * @param message The message.
 */
export function formatMessage(file: VFile, message: VFileMessage): string {
  const place = `${file.path || '<input>'}:${message.line ?? 1}:${message.column ?? 1}`
  const severity = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
  const rule = message.ruleId ? ` [${message.source ?? 'matn'}:${message.ruleId}]` : ''
  return `${place}: ${severity}: ${message.reason}${rule}`
}
