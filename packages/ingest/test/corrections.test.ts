import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyPatch } from 'diff'
import { describe, expect, it } from 'vitest'
import { corpusRoot, entryIds, ingestEntry, readCurated } from '../scripts/corpus-entries.js'

describe('corpus corrections', () => {
  it('should have a corrections patch for every corpus entry', () => {
    expect(entryIds().length).toBeGreaterThan(0)
    for (const id of entryIds()) expect(existsSync(join(corpusRoot, id, 'corrections.patch')), id).toBe(true)
  })

  for (const id of entryIds()) {
    it(`should turn the ingest output of ${id} into its article.md exactly (else run pnpm corpus:corrections)`, () => {
      const patch = readFileSync(join(corpusRoot, id, 'corrections.patch'), 'utf8')
      const patched = applyPatch(ingestEntry(id).markdown, patch)
      expect(patched).not.toBe(false)
      expect(patched === readCurated(id)).toBe(true)
    })
  }
})
