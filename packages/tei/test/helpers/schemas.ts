/**
 * Where the validation schemas are (`MATN_SCHEMAS`, else `<repo>/../shared/schemas`), and
 * whether the validators can run: tests that need them skip, saying so, when they cannot.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')

/** The schemas folder, or undefined when it is absent. */
export const schemasDirectory: string | undefined = (() => {
  const candidate = process.env.MATN_SCHEMAS ?? join(repository, '..', 'shared', 'schemas')
  return existsSync(join(candidate, 'tei_all.rng')) && existsSync(join(candidate, 'tei_all.sch')) ? candidate : undefined
})()

function hasJing(): boolean {
  try {
    execFileSync('jing', [], { stdio: 'ignore' })
    return true
  } catch (error) {
    // jing without arguments prints its usage and exits 1 (spawn errors have code ENOENT).
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}

/** Why schema validation cannot run here, or undefined when it can. */
export const validationUnavailable: string | undefined = !schemasDirectory
  ? 'TEI schemas not found (set MATN_SCHEMAS or put them in ../shared/schemas): skipping TEI validation'
  : !hasJing()
    ? 'jing is not installed: skipping TEI validation'
    : undefined

if (validationUnavailable) console.warn(validationUnavailable)

/** The repository root. */
export const repositoryRoot = repository
