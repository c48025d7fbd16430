/**
 * Validate XML files against a RELAX NG schema with jing (one JVM for many files).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** jing's errors for each document, by name (empty list: valid). */
export function jing(schema: string, documents: Readonly<Record<string, string>>): Record<string, string[]> {
  const directory = mkdtempSync(join(tmpdir(), 'matn-tei-'))
  try {
    const names = Object.keys(documents)
    const paths = names.map((name, index) => join(directory, `${index}.xml`))
    names.forEach((name, index) => writeFileSync(paths[index] as string, documents[name] as string))
    const run = spawnSync('jing', [schema, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.trim() && !line.includes('[warning]'))
    const result: Record<string, string[]> = {}
    names.forEach((name, index) => {
      result[name] = lines.filter((line) => line.startsWith(`${paths[index]}:`)).map((line) => line.slice(directory.length + 1))
    })
    const unattributed = lines.filter((line) => !paths.some((path) => line.startsWith(`${path}:`)))
    if (run.status !== 0 && unattributed.length > 0) throw new Error(`jing failed: ${unattributed.join('\n')}`)
    if (run.status !== 0 && Object.values(result).every((errors) => errors.length === 0)) throw new Error(`jing exited ${run.status} without errors`)
    return result
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}
