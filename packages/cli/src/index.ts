export { main, run, type CliIo } from './lib/run.js'
