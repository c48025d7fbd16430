/** Shared set-up of the `matn build` tests: running the CLI in process, temporary corpora, file snapshots. */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { run } from '../../src/index.js'
import { repoRoot } from '../../../../test/helpers/articles.js'

/** The small bilingual fixture article (`test/fixtures/articles/bilingual-small.md`). */
export const smallFixture = readFileSync(`${repoRoot}test/fixtures/articles/bilingual-small.md`, 'utf8')

/** Run `matn` in process and collect its exit code and output. */
export async function cli(argv: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTTY })
  return { code, stdout, stderr }
}

/** A new temporary folder named `matn-<prefix>-…`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `matn-${prefix}-`))
}

/** A corpus folder of the small fixture under the given ids, one per sub-folder. */
export function smallCorpus(names: readonly string[] = ['alpha-1401', 'beta-1401']): string {
  const dir = tempDir('build-corpus')
  for (const name of names) {
    mkdirSync(join(dir, name))
    writeFileSync(join(dir, name, 'article.md'), smallFixture.replace('id: sample-alliance-1401', `id: ${name}`))
  }
  return dir
}

/** Every file under a folder with the SHA-256 of its bytes, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return result
}
