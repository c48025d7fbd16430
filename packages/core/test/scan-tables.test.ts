import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { renderScanTables } from '../scripts/render-scan-tables.js'
import { loadReferenceExpressions } from '../scripts/scan-reference.js'

describe('scan tables', () => {
  it('should match the installed parse-latin and parse-english (run `pnpm --filter @matn/core generate` if not)', async () => {
    const expressions = await loadReferenceExpressions(fileURLToPath(new URL('../package.json', import.meta.url)))
    const generated = readFileSync(new URL('../src/lib/scan/unicode-tables.ts', import.meta.url), 'utf8')
    expect(generated === renderScanTables(expressions)).toBe(true)
  })
})
