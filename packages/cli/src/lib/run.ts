import { MatnError } from '@matn/core'
import { UsageError, type CliIo } from './cli-io.js'
import { commands } from './commands/index.js'

const usage = `Usage: matn <command> [options]

Commands:
${commands.map((command) => `  ${command.usage}`).join('\n')}

Options:
  --format   output format
  --strict   treat warnings as errors
  --help     show this help (after a command: that command's usage)
  --version  print matn's version
`

/**
 * Run the CLI with arguments; returns the exit code (0 ok, 1 bad input, 2 bad usage, 70 internal
 * error; docs/errors.md). Never throws; prints no stack trace.
 *
 * @param argv Arguments after `matn`.
 * @param io Output streams.
 * @param version The version `--version` prints (the binary passes its package's).
 */
export async function run(argv: readonly string[], io: CliIo, version = 'unknown'): Promise<number> {
  try {
    const [name, ...rest] = argv
    if (!name || name === '--help' || name === '-h') {
      io.stdout(usage)
      return name ? 0 : 2
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${version}\n`)
      return 0
    }
    const command = commands.find((candidate) => candidate.name === name)
    if (!command) throw new UsageError(`Unknown command \`${name}\``)
    if (asksForHelp(rest)) {
      io.stdout(`Usage: matn ${command.usage}\n\nRun \`matn --help\` for every command; docs/cli.md describes each option.\n`)
      return 0
    }
    return await command.run(rest, io)
  } catch (error) {
    return report(error, io)
  }
}

/** Whether a command's arguments ask for its usage (`--help` or `-h` before any `--`). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const options = end === -1 ? argv : argv.slice(0, end)
  return options.includes('--help') || options.includes('-h')
}

/**
 * Entry of the `matn` binary.
 *
 * @param argv Arguments after `matn`.
 * @param version The version `matn --version` prints.
 */
export async function main(argv: readonly string[], version?: string): Promise<number> {
  // A reader that stops early (`matn segment big.txt | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  return run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true && process.env.CI === undefined
  }, version)
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof MatnError) {
    io.stderr(`${error.message}\n`)
    return 1
  }
  if (error instanceof UsageError) {
    io.stderr(`matn: ${error.message}\n`)
    return 2
  }
  if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`matn: ${error.message}\n\n${usage}`)
    return 2
  }
  const reason = error instanceof Error ? error.message : String(error)
  io.stderr(`matn: internal error: ${reason}\nPlease report this with the input that caused it.\n`)
  return 70
}
