import type { Command } from '../cli-io.js'
import { alignCommand } from './align.js'
import { citationsCommand } from './citations.js'
import { parseCommand } from './parse.js'

/** Every command of the `matn` binary, in the order the help lists them. One line per command. */
export const commands: readonly Command[] = [
  parseCommand,
  citationsCommand,
  alignCommand
]
