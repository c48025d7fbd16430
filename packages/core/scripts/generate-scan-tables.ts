/**
 * Write `src/lib/scan/unicode-tables.ts` from the installed reference tokenizers.
 * Run after upgrading parse-latin or parse-english: `pnpm --filter @matn/core generate`.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { renderScanTables } from './render-scan-tables.js'
import { loadReferenceExpressions } from './scan-reference.js'

const target = fileURLToPath(new URL('../src/lib/scan/unicode-tables.ts', import.meta.url))
const expressions = await loadReferenceExpressions(fileURLToPath(import.meta.url))
await writeFile(target, renderScanTables(expressions))
console.log(`wrote ${target}`)
