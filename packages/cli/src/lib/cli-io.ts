import { readFile } from 'node:fs/promises'
import { formatMessage } from '@matn/core'
import type { VFile } from 'vfile'

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
   * Run the command; returns the exit code (0 ok, 1 bad input).
   * Throws {@link UsageError} for bad usage and `MatnError` for bad input.
   */
  run: (argv: readonly string[], io: CliIo) => Promise<number>
}

/** An error the user caused, printed without a stack trace (exit 2, or 1 when it names a file position). */
export class UsageError extends Error {}

/**
 * Read a file as strict UTF-8.
 *
 * @param path File to read.
 * @returns Its text.
 * @throws {UsageError} When the file cannot be read or is not UTF-8, with `path:1:1`.
 */
export async function readInput(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new UsageError(`${path}:1:1: error: cannot read file (${code})`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`${path}:1:1: error: the file is not valid UTF-8`)
  }
}

/**
 * Print the messages of a file like a compiler (`file:line:column: warning: …`).
 *
 * @param file File whose messages to print.
 * @param io Output streams.
 */
export function printMessages(file: VFile, io: CliIo): void {
  for (const message of file.messages) io.stderr(`${formatMessage(file, message)}\n`)
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
