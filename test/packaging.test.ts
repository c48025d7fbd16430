/**
 * The packages as users get them: pack each publishable package with pnpm (which rewrites
 * `workspace:*`), lint the tarballs with publint (strict) and @arethetypeswrong, install them
 * with npm into a fresh project (the @matn packages come only from the tarballs; third-party
 * dependencies from npm's cache or registry), and use them from ESM, CJS, TypeScript and the
 * `matn` binary. Needs the packages built (`npx -y pnpm@10 test` builds first).
 * Set MATN_SKIP_PACK_TEST=1 to skip (e.g. without network access to the npm registry).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core'
import { publint } from 'publint'
import { beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './helpers/articles.js'

interface Packed {
  name: string
  dir: string
  tarball: string
}

const skip = process.env['MATN_SKIP_PACK_TEST'] === '1'
if (skip) console.warn('Skipping the packaging test (MATN_SKIP_PACK_TEST=1)')

const publishable = readdirSync(join(repoRoot, 'packages'))
  .map((name) => join(repoRoot, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean } }))
  .filter(({ manifest }) => manifest.private !== true)
  .sort((left, right) => (left.manifest.name < right.manifest.name ? -1 : 1))

/** pnpm as the test command runs it, else through npx as the README does. */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env['npm_execpath']
  const [command, ...prefix] = execPath?.includes('pnpm') ? [process.execPath, execPath] : ['npx', '-y', 'pnpm@10']
  return execFileSync(command as string, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function node(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8' })
}

describe.skipIf(skip)('the packed packages', () => {
  const work = mkdtempSync(join(tmpdir(), 'matn-pack-'))
  const packed: Packed[] = []

  beforeAll(() => {
    for (const { manifest, dir } of publishable) {
      if (!existsSync(join(dir, 'dist'))) throw new Error(`${manifest.name} is not built: run npx -y pnpm@10 -r run build`)
    }
    pnpm(['--recursive', '--filter', './packages/*', 'pack', '--pack-destination', work], repoRoot)
    for (const { dir, manifest } of publishable) {
      const tarball = join(work, `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`)
      expect(existsSync(tarball), tarball).toBe(true)
      packed.push({ name: manifest.name, dir, tarball })
    }
  }, 120_000)

  it('should include every package of the workspace but the private root', () => {
    expect(packed.map((entry) => entry.name)).toEqual(publishable.map(({ manifest }) => manifest.name))
    expect(packed.map((entry) => entry.name)).toEqual(expect.arrayContaining(['@matn/core', '@matn/json', '@matn/text', '@matn/cli', '@matn/corpus']))
  })

  it('should pass publint --strict', async () => {
    for (const { name, tarball } of packed) {
      const bytes = readFileSync(tarball)
      const { messages } = await publint({
        // With a tarball, pkgDir names the folder inside it.
        pkgDir: 'package',
        strict: true,
        pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }
      })
      expect(messages.filter((message) => message.type !== 'suggestion'), name).toEqual([])
    }
  })

  it('should pass @arethetypeswrong (node10, node16 from CJS and ESM, bundler)', async () => {
    for (const { name, tarball } of packed) {
      const result = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))))
      expect(result.types, name).not.toBe(false)
      expect('problems' in result ? result.problems : [], name).toEqual([])
    }
  })

  it('should install from the tarballs and work from ESM, CJS, TypeScript and the matn binary', () => {
    const project = join(work, 'project')
    mkdirSync(project)
    const dependencies = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]))
    // Packed packages depend on each other by version: point those at the tarballs too.
    const overrides = Object.fromEntries(packed.map(({ name }) => [name, `$${name}`]))
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'matn-install-test', private: true, dependencies, overrides }, null, 2))
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe']
    })

    const lookup = `
      const corpus = loadCorpus()
      const hits = corpus.findCitations({ author: 'Walt', year: 1987 })
      const article = parseArticle(${JSON.stringify(readFileSync(join(repoRoot, 'test/fixtures/articles/bilingual-small.md'), 'utf8'))})
      const json = articleToJson(article)
      const result = {
        articles: corpus.articles.map((a) => a.id),
        hits: hits.map((hit) => ({ lang: hit.segment.lang, text: hit.segment.text, raw: hit.citation.raw, aligned: hit.aligned.map((s) => s.lang + ':' + s.text) })),
        roundTrip: articleToJson(readArticle(json)) === json,
        tmx: articlesToTmx([article]).startsWith('<?xml'),
        commands: typeof run
      }
      console.log(JSON.stringify(result))`
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { loadCorpus } from '@matn/corpus'\nimport { parseArticle } from '@matn/core'\nimport { articleToJson, readArticle } from '@matn/json'\nimport { articlesToTmx } from '@matn/text'\nimport { run } from '@matn/cli'\nimport '@matn/retext-persian'\nimport '@matn/ingest'\n${lookup}\n`
    )
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { loadCorpus } = require('@matn/corpus')\nconst { parseArticle } = require('@matn/core')\nconst { articleToJson, readArticle } = require('@matn/json')\nconst { articlesToTmx } = require('@matn/text')\nconst { run } = require('@matn/cli')\nrequire('@matn/retext-persian')\nrequire('@matn/ingest')\n${lookup}\n`
    )
    const outputs = ['esm.mjs', 'cjs.cjs'].map((file) => {
      const result = node([file], project)
      expect(result.stderr, file).toBe('')
      expect(result.status, file).toBe(0)
      return JSON.parse(result.stdout) as { articles: string[]; hits: Array<{ lang: string; text: string; raw: string; aligned: string[] }>; roundTrip: boolean; tmx: boolean; commands: string }
    })
    expect(outputs[1]).toEqual(outputs[0])
    const esm = outputs[0]
    expect(esm?.articles).toEqual(['ghani-askarian-1400', 'rasooli-sani-1401'])
    expect(esm?.roundTrip).toBe(true)
    expect(esm?.tmx).toBe(true)
    expect(esm?.commands).toBe('function')
    const persian = esm?.hits.filter((hit) => hit.lang === 'fa') ?? []
    expect(persian.length).toBeGreaterThan(0)
    for (const hit of esm?.hits ?? []) {
      expect(hit.text).toContain(hit.raw)
      // Aligned segments, where links exist, are in the other language.
      for (const aligned of hit.aligned) expect(aligned.startsWith(`${hit.lang}:`)).toBe(false)
    }

    // Types resolve from both module systems (and are not `any`).
    const types = `
      import type { Corpus, CitationHit } from '@matn/core'
      import type { TranslationPair } from '@matn/json'
      import type { MosesCorpus } from '@matn/text'
      import type { Command } from '@matn/cli'
      export function check(load: () => Corpus, pair: TranslationPair, moses: MosesCorpus, command: Command): string {
        const hits: CitationHit[] = load().findCitations({ author: 'Walt', year: 1987 })
        // @ts-expect-error: a segment's text is a string, not a number
        const wrong: number = hits[0]?.segment.text ?? ''
        return String(wrong) + pair.translation.fa + moses.en + command.name
      }`
    writeFileSync(join(project, 'types.mts'), `import { loadCorpus } from '@matn/corpus'\n${types}\ncheck(loadCorpus, {} as never, {} as never, {} as never)\n`)
    writeFileSync(join(project, 'types.cts'), `import corpusPackage = require('@matn/corpus')\n${types}\ncheck(corpusPackage.loadCorpus, {} as never, {} as never, {} as never)\n`)
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] }, files: ['types.mts', 'types.cts'] })
    )
    const tsc = node([join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project)
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)

    // The binary runs the main job on the repository's corpus.
    const out = join(work, 'out')
    const bin = node([join(project, 'node_modules/@matn/cli/bin/matn.js'), 'build', join(repoRoot, 'corpus'), '-o', out, '--format', 'json,tmx'], project)
    expect(bin.status, bin.stderr).toBe(0)
    expect(bin.stdout).toMatch(/^format\s+files/)
    expect(existsSync(join(out, 'json', 'corpus.json'))).toBe(true)
  }, 240_000)
})
