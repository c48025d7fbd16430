/**
 * Measure one row at one input size in this process and print its result as one JSON
 * line: `tsx scripts/bench-row.ts ROW MEGABYTES CORPUS_DIR SCRATCH_FILE`. Run by
 * `scripts/bench.ts`, one process per row, so each peak RSS is the row's own.
 */
import { generateInput, measureRow, readCorpus, rowById } from '../src/index.js'

const [id = '', megabytes = '', corpusDirectory = '', scratchFile = ''] = process.argv.slice(2)
const row = rowById(id)
if (!row) throw new Error(`Unknown row \`${id}\``)
const corpus = readCorpus(corpusDirectory)
const input = generateInput(corpus, row.input, Number(megabytes))
const result = await measureRow(row, input, { scratchFile, corpus })
process.stdout.write(`${JSON.stringify(result)}\n`)
