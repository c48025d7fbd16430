import type { Command } from '../cli-io.js'
import { alignCommand } from './align.js'
import { buildCommand } from './build.js'
import { citationsCommand } from './citations.js'
import { ingestCommand } from './ingest.js'
import { parseCommand } from './parse.js'
import { repairCommand } from './repair.js'
import { segmentCommand } from './segment.js'

/** Every command of the `matn` binary, in the order the help lists them. One line per command. */
export const commands: readonly Command[] = [
  parseCommand,
  citationsCommand,
  segmentCommand,
  buildCommand,
  ingestCommand,
  repairCommand,
  alignCommand
]
