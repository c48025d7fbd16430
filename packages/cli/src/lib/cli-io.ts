import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { MatnError, formatMessage, type MatnErrorCode } from '@matn/core'
import { VFile } from 'vfile'

/** Where the CLI writes; tests pass buffers, `main` passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  isTTY?: boolean
}

/** A command of the `matn` binary. */
export interface Command {
  /** The word after `matn`. */
  name: string
  /** One usage line for the help text (`parse FILE.md... [--out DIR]   print …`). */
  usage: string
  /**
   * Run the command; returns the exit code (0 ok, 1 bad input; docs/errors.md).
   * Throws {@link UsageError} for bad usage and `MatnError` for bad input.
   */
  run: (argv: readonly string[], io: CliIo) => Promise<number>
}

/** Bad usage of the command line (unknown command or option, missing FILE): exit 2, no stack trace. */
export class UsageError extends Error {
  /** Stable code, like those of `MatnError`. */
  readonly code = 'E_USAGE'
}

/** The file name that stands for standard input (`cat raw.txt | matn repair - --lines`). */
export const standardInput = '-'

/**
 * Read a file as strict UTF-8 (a leading byte order mark is dropped); {@link standardInput}
 * reads standard input to its end.
 *
 * @param path File to read.
 * @returns Its text.
 * @throws {MatnError} `E_READ` when the file cannot be read, `E_ENCODING` when it is not UTF-8.
 */
export async function readInput(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = path === standardInput ? await readStandardInput() : await readFile(path)
  } catch (error) {
    throw readError(path, error)
  }
  return decodeInput(path, bytes)
}

/**
 * {@link readInput} blocking the thread: for worker threads, where waiting for libuv's thread
 * pool would leave the core idle (one round trip per file operation) and nothing else runs.
 *
 * @param path File to read ({@link standardInput} reads file descriptor 0).
 * @returns Its text.
 * @throws {MatnError} `E_READ` when the file cannot be read, `E_ENCODING` when it is not UTF-8.
 */
export function readInputSync(path: string): string {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path === standardInput ? 0 : path)
  } catch (error) {
    throw readError(path, error)
  }
  return decodeInput(path, bytes)
}

function readError(path: string, error: unknown): MatnError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
  return fileError('E_READ', path, `Cannot read the file (${code})`, 'read')
}

function decodeInput(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw fileError('E_ENCODING', path, 'The file is not valid UTF-8', 'encoding')
  }
}

async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A failure caused by a file or folder the user named (exit 1), as a `MatnError` whose
 * message reads like a compiler's: `path:1:1: error: reason [matn:rule]`.
 *
 * @param code Stable error code.
 * @param path The file or folder.
 * @param reason What is wrong.
 * @param ruleId Short name of the check that failed.
 */
export function fileError(code: MatnErrorCode, path: string, reason: string, ruleId: string): MatnError {
  const file = new VFile({ path })
  const message = file.message(reason, { place: { line: 1, column: 1 }, ruleId, source: 'matn' })
  message.fatal = true
  return new MatnError(code, file, [message])
}

/**
 * `--strict`: the warnings of a file as a failure, each reported as an error.
 *
 * @param file A file that was read.
 * @returns A `MatnError` (`E_STRICT`) when the file has messages, else undefined.
 */
export function strictFailure(file: VFile): MatnError | undefined {
  if (file.messages.length === 0) return undefined
  for (const message of file.messages) message.fatal = true
  return new MatnError('E_STRICT', file, inOrder(file))
}

/**
 * Print the messages of a file like a compiler (`file:line:column: warning: …`), in order
 * of place.
 *
 * @param file File whose messages to print.
 * @param io Output streams.
 */
export function printMessages(file: VFile, io: CliIo): void {
  io.stderr(formatMessages(file))
}

/**
 * The messages of a file as {@link printMessages} prints them, one line each (empty when none).
 *
 * @param file File whose messages to format.
 */
export function formatMessages(file: VFile): string {
  return inOrder(file)
    .map((message) => `${formatMessage(file, message)}\n`)
    .join('')
}

function inOrder(file: VFile): VFile['messages'] {
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/**
 * The single positional argument of a command.
 *
 * @param positionals Positional arguments.
 * @returns The one argument.
 * @throws {UsageError} Unless there is exactly one.
 */
export function single(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError('Expected exactly one FILE')
  return positionals[0] as string
}
