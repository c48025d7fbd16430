import { parseArgs } from 'node:util'
import { repairLines, splitRawLines } from '@matn/ingest'
import { UsageError, readInput, single, type Command } from '../cli-io.js'

/** `matn repair RAW.txt --lines`: print the repaired text, one output line per input line. */
export const repairCommand: Command = {
  name: 'repair',
  usage: 'repair RAW.txt --lines                     print the repaired text, one line per input line',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { lines: { type: 'boolean', default: false } }
    })
    const path = single(positionals)
    if (!values.lines) throw new UsageError('repair needs --lines (the only output mode: one repaired line per input line)')
    const rawLines = splitRawLines(await readInput(path))
    // A final newline ends the last line rather than opening an empty one.
    if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop()
    const report = repairLines(rawLines)
    for (const token of report.unresolved) {
      io.stderr(`${path}:${token.line}:${token.column}: warning: ${token.reason} (\`${token.token}\`, ${token.step})\n`)
    }
    io.stdout(report.lines.map((line) => `${line}\n`).join(''))
    io.stderr(`${path}: ${report.effects.map((effect) => `${effect.step} ${effect.lines} lines/${effect.tokens} tokens`).join(', ')}\n`)
    return 0
  }
}
