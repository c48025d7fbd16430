/**
 * Write `corpus/<id>/corrections.patch` for every corpus entry (`pnpm corpus:corrections`):
 * the unified diff from the automatic ingest output of `source.txt` to the curated
 * `article.md`, the record of every manual correction. Run it again whenever ingest changes;
 * `test/corrections.test.ts` checks that applying the patch to the current ingest output
 * gives `article.md` byte for byte.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { corpusRoot, entryIds, ingestEntry, readCurated } from './corpus-entries.js'

/** The corrections patch of an entry: ingest output → curated article. */
export function correctionsPatch(id: string): string {
  const automatic = ingestEntry(id).markdown
  return createTwoFilesPatch(`${id}/ingest.md`, `${id}/article.md`, automatic, readCurated(id), 'matn ingest source.txt', 'curated', { context: 1 })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const id of entryIds()) {
    const patch = correctionsPatch(id)
    const target = join(corpusRoot, id, 'corrections.patch')
    writeFileSync(target, patch)
    const changed = patch.split('\n').filter((line) => /^[+-](?![+-]{2} )/.test(line)).length
    console.log(`${target}: ${changed} changed lines`)
  }
}
