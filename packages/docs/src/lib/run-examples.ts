import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import type { CodeExample } from './code-examples.js'

/** What running an example gave. */
export interface ExampleRun {
  /** Exit code (0 is success). */
  status: number | null
  stdout: string
  stderr: string
  /** Path of the file the example was written to (scripts only). */
  script?: string
}

/** Where and how examples run. */
export interface RunOptions {
  /** The repository root: examples run from there, so `corpus/…` paths work. */
  readonly root: string
  /** Folder for the example scripts (default `<root>/build/docs-examples`). */
  readonly scratch?: string
  /** Time limit per example in milliseconds (default 60 000). */
  readonly timeout?: number
}

/**
 * Run one example of the docs: a script block is written under `build/docs-examples/`
 * (inside the repository, so `@matn/*` resolve to the built packages through the root
 * `node_modules`) and run with `tsx`; a shell block runs with `bash -euo pipefail` with
 * `node_modules/.bin` on the PATH.
 *
 * @param example A `run` or `shell` example.
 * @param options Root, scratch folder, time limit.
 * @returns Exit status and output.
 */
export function runExample(example: CodeExample, options: Readonly<RunOptions>): ExampleRun {
  const env = { ...process.env, PATH: `${join(options.root, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1' }
  const timeout = options.timeout ?? 60_000
  if (example.mode === 'shell') {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', example.code], { cwd: options.root, env, encoding: 'utf8', timeout })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  }
  if (example.mode !== 'run') throw new TypeError(`Cannot run a ${example.mode} block`)
  const scratch = options.scratch ?? join(options.root, 'build/docs-examples')
  mkdirSync(scratch, { recursive: true })
  const extension = example.lang.startsWith('t') || example.lang === 'mts' ? 'mts' : 'mjs'
  const script = join(scratch, `${example.file.replace(/[^A-Za-z0-9]+/g, '-')}-${example.line}.${extension}`)
  writeFileSync(script, example.code)
  const tsx = createRequire(join(options.root, 'package.json')).resolve('tsx/cli')
  const result = spawnSync(process.execPath, [tsx, script], { cwd: options.root, env, encoding: 'utf8', timeout })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, script }
}
