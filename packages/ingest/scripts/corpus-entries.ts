/**
 * The corpus entries and how ingest is run on them: shared by the quality report, the
 * corrections script and the corrections test, so that all three see the same ingest output.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ingest, loadPersianLexicon, type IngestOptions, type IngestResult } from '../src/index.js'

/** The repository's `corpus/` folder. */
export const corpusRoot = fileURLToPath(new URL('../../../corpus/', import.meta.url))

/** Ids of the corpus entries that have a raw `source.txt` and a curated `article.md`. */
export function entryIds(): string[] {
  return readdirSync(corpusRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusRoot, entry.name, 'source.txt')) && existsSync(join(corpusRoot, entry.name, 'article.md')))
    .map((entry) => entry.name)
    .sort()
}

/** The raw source of an entry. */
export function readSource(id: string): string {
  return readFileSync(join(corpusRoot, id, 'source.txt'), 'utf8')
}

/** The curated article of an entry. */
export function readCurated(id: string): string {
  return readFileSync(join(corpusRoot, id, 'article.md'), 'utf8')
}

/**
 * Run ingest on an entry's source exactly as the corrections record assumes: with the
 * lexicon that leaves out the entry's own curated counts, so that the automatic figures are
 * not helped by the text they are measured against.
 */
export function ingestEntry(id: string, options?: Readonly<IngestOptions>): IngestResult {
  return ingest(readSource(id), { id, sourceFile: 'source.txt', lexicon: loadPersianLexicon({ exclude: [id] }), ...options })
}
