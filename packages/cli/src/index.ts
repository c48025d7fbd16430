export { main, run } from './lib/run.js'
export type { CliIo, Command } from './lib/cli-io.js'
