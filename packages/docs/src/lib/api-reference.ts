import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Application, LogLevel } from 'typedoc'

/** A package the API reference covers. */
export interface ApiPackage {
  /** Package name (`@matn/core`). */
  name: string
  /** Its folder, absolute. */
  dir: string
}

/**
 * The packages of the workspace that have a public API: `packages/*` with a `package.json`
 * named `@matn/…`, not private, with a `src/index.ts`. Packages added on other branches
 * are picked up by this rule, with no list to update.
 *
 * @param root Repository root.
 */
export function apiPackages(root: string): ApiPackage[] {
  const packagesDir = join(root, 'packages')
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src/index.ts')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; private?: boolean } }))
    .filter(({ manifest }) => typeof manifest.name === 'string' && manifest.name.startsWith('@matn/') && manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name as string, dir }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Generate the API reference from the TSDoc of every public package with TypeDoc (one
 * module per package, its README as the module page) into `outDir`.
 *
 * @param root Repository root.
 * @param outDir Output folder (`build/docs/api`).
 * @returns The packages documented and TypeDoc's warnings.
 */
export async function buildApiReference(root: string, outDir: string): Promise<{ packages: ApiPackage[]; warnings: string[] }> {
  const packages = apiPackages(root)
  const warnings: string[] = []
  const app = await Application.bootstrapWithPlugins({
    entryPoints: packages.map((item) => item.dir),
    entryPointStrategy: 'packages',
    name: 'matn API',
    readme: 'none',
    logLevel: LogLevel.Warn,
    githubPages: false,
    hideGenerator: true,
    excludePrivate: true,
    excludeInternal: true,
    titleLink: '../index.html'
  })
  app.logger.log = (message: string, level: LogLevel) => {
    if (level >= LogLevel.Warn) warnings.push(message)
  }
  const project = await app.convert()
  if (!project) throw new Error(`TypeDoc could not convert the packages:\n${warnings.join('\n')}`)
  await app.generateDocs(project, outDir)
  return { packages, warnings }
}
