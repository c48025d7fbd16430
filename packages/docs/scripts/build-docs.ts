/**
 * Build the documentation site to build/docs/ (`npx -y pnpm@10 run docs`).
 * Pass `--no-api` to skip the TypeDoc reference.
 */
import { fileURLToPath } from 'node:url'
import { buildDocs } from '../src/index.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const built = await buildDocs({ root, api: !process.argv.includes('--no-api') })
for (const warning of built.warnings) console.warn(`warning: ${warning}`)
console.log(`${built.outDir}: ${built.pages.length} pages, API of ${built.apiPackages.map((item) => item.name).join(', ') || 'no package'}`)
