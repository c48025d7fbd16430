import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { parseArticle } from '@matn/core'
import { describe, expect, it } from 'vitest'
import { run } from '../src/index.js'
import { cli, smallFixture as fixture, snapshot, tempDir } from './helpers/build-corpus.js'
import { frontMatterId } from '../src/lib/build/article-id.js'
import { inShard, parseShard, shardBucket } from '../src/lib/build/shard.js'
import { repoRoot } from '../../../test/helpers/articles.js'

const temp = (prefix: string): string => tempDir(`parallel-${prefix}`)

const bin = `${repoRoot}packages/cli/bin/matn.js`
const dist = `${repoRoot}packages/cli/dist/build-worker.js`

/**
 * A corpus of `count` articles made from the small fixture: each its own id, and a different
 * number of extra English and Persian paragraphs, so the articles differ in size and content
 * (workers finish out of order).
 */
function corpus(count: number): string {
  const dir = temp('corpus')
  for (let index = 0; index < count; index++) {
    const id = `article-${String(index).padStart(3, '0')}`
    const extra = (lang: 'fa' | 'en'): string =>
      Array.from({ length: (index * 7) % 5 }, (_, n) =>
        lang === 'en' ? `Extra paragraph ${n} of ${id} (Walt, 1987: ${n + 1}). It ends here.` : `بند افزوده ${n} از ${id} (والت، ۱۳۶۶: ${n + 1}). پایان.`
      ).join('\n\n')
    const text = fixture
      .replace('id: sample-alliance-1401', `id: ${id}`)
      .replace('<div lang="en">', `<div lang="en">\n\n${extra('en')}\n`)
      .replace('<div lang="fa">', `<div lang="fa">\n\n${extra('fa')}\n`)
    mkdirSync(join(dir, id))
    writeFileSync(join(dir, id, 'article.md'), text)
  }
  return dir
}

/**
 * Files that belong to one article (named after its id), as opposed to corpus-level files.
 * HTML pages are left out: each lists the other articles of its build that cite the same works.
 */
function perArticle(tree: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([path]) => /article-\d{3}/.test(path) && !path.startsWith('html/')))
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean)
}

describe('matn build --jobs', () => {
  it('should write byte-identical trees with 1 and 2 threads (workers from the TypeScript sources)', async () => {
    const source = corpus(7)
    const [one, two] = [temp('one'), temp('two')]
    const first = await cli(['build', source, '-o', one, '--jobs', '1'])
    const second = await cli(['build', source, '-o', two, '--jobs', '2'])
    expect(first.code).toBe(0)
    expect(second).toEqual({ ...first, stdout: first.stdout.replace(one, two) })
    const tree = snapshot(one)
    expect(Object.keys(tree)).toContain('tei/corpus.xml')
    expect(snapshot(two)).toEqual(tree)
  })

  it.skipIf(!existsSync(dist))('should run its workers from the built dist, byte-identical to one thread', async () => {
    const source = corpus(5)
    const [one, two] = [temp('dist-one'), temp('dist-two')]
    expect((await cli(['build', source, '-o', one, '--jobs', '1', '--format', 'json,jsonl,moses,tmx,tei'])).code).toBe(0)
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'build', source, '-o', two, '--jobs', '2', '--format', 'json,jsonl,moses,tmx,tei'])
    expect(stdout).toMatch(/wrote \d+ files/)
    expect(snapshot(two)).toEqual(snapshot(one))
  })
  if (!existsSync(dist)) console.warn(`skipped: ${dist} is missing (run \`npx -y pnpm@10 -r run build\`)`)

  it('should report an article error from a worker as one thread does, at its line and column, without hanging', async () => {
    const source = corpus(6)
    writeFileSync(join(source, 'article-003', 'article.md'), '---\nid: article-003\ntitle: [unclosed\n---\n\nBody\n')
    const one = await cli(['build', source, '-o', temp('err-one'), '--jobs', '1', '--format', 'jsonl'])
    const two = await cli(['build', source, '-o', temp('err-two'), '--jobs', '2', '--format', 'jsonl'])
    expect(one.code).toBe(1)
    expect(one.stderr).toMatch(/article-003\/article\.md:\d+:\d+: error: /)
    expect(two).toEqual(one)
  })

  it('should read curated alignment files in the worker threads as one thread does', async () => {
    // Workers read with blocking calls, the main thread through the thread pool.
    const source = temp('curated')
    for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
      mkdirSync(join(source, id))
      for (const name of ['article.md', 'alignment.json']) writeFileSync(join(source, id, name), readFileSync(`${repoRoot}corpus/${id}/${name}`))
    }
    const [one, two] = [temp('curated-one'), temp('curated-two')]
    expect((await cli(['build', source, '-o', one, '--jobs', '1', '--format', 'json,moses'])).code).toBe(0)
    expect((await cli(['build', source, '-o', two, '--jobs', '2', '--format', 'json,moses'])).code).toBe(0)
    expect(readFileSync(join(one, 'json', 'ghani-askarian-1400.json'), 'utf8')).toContain('"source": "curated"')
    expect(snapshot(two)).toEqual(snapshot(one))
  })

  it('should report an article that is not UTF-8 from a worker as one thread does', async () => {
    const source = corpus(4)
    writeFileSync(join(source, 'article-002', 'article.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]))
    const one = await cli(['build', source, '-o', temp('utf8-one'), '--jobs', '1', '--format', 'jsonl'])
    const two = await cli(['build', source, '-o', temp('utf8-two'), '--jobs', '2', '--format', 'jsonl'])
    expect(one.code).toBe(1)
    expect(one.stderr).toMatch(/article-002\/article\.md:1:1: error: The file is not valid UTF-8/)
    expect(two).toEqual(one)
  })

  it('should check every article before writing with --strict, in worker threads too', async () => {
    const source = corpus(4)
    const path = join(source, 'article-002', 'article.md')
    writeFileSync(path, readFileSync(path, 'utf8').replace('<div lang="en">', '<div lang="de">'))
    const out = join(temp('strict'), 'out')
    const strict = await cli(['build', source, '-o', out, '--strict', '--jobs', '2'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/article-002\/article\.md:\d+:\d+: warning: Unknown language `de`/)
    expect(existsSync(out)).toBe(false)
  })

  it('should write a shard byte-identically with 1 and 3 threads', async () => {
    const source = corpus(8)
    const [one, three] = [temp('shard-one'), temp('shard-three')]
    const first = await cli(['build', source, '-o', one, '--jobs', '1', '--shard', '2/3'])
    const second = await cli(['build', source, '-o', three, '--jobs', '3', '--shard', '2/3'])
    expect(first.code, first.stderr).toBe(0)
    expect(second).toEqual({ ...first, stdout: first.stdout.replace(one, three) })
    expect(snapshot(three)).toEqual(snapshot(one))
  })

  it('should refuse unsafe output paths in the worker threads that write the articles', async () => {
    const source = corpus(4)
    const root = temp('worker-links')
    const outside = join(root, 'outside')
    mkdirSync(outside)
    const out = join(root, 'out')
    mkdirSync(join(out, 'tei'), { recursive: true })
    // An article's own file: written by a worker, which must refuse the link as the main thread does.
    symlinkSync(join(outside, 'stolen.xml'), join(out, 'tei', 'article-002.xml'))
    const result = await cli(['build', source, '-o', out, '--jobs', '2', '--format', 'tei'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/tei\/article-002\.xml:1:1: error: refusing to write: it is a symbolic link/)
    expect(readdirSync(outside)).toEqual([])
  })

  it('should refuse a bad --jobs or --shard', async () => {
    for (const args of [['--jobs', '0'], ['--jobs', 'two'], ['--shard', '0/2'], ['--shard', '3/2'], ['--shard', '1']]) {
      const result = await cli(['build', corpus(1), '-o', temp('usage'), ...args])
      expect(result.code, args.join(' ')).toBe(2)
    }
  })
})

describe('matn build --shard', () => {
  it('should split the articles into disjoint shards whose union is the full build', async () => {
    const source = corpus(9)
    const full = temp('full')
    expect((await cli(['build', source, '-o', full, '--jobs', '1'])).code).toBe(0)
    const count = 3
    const shards = Array.from({ length: count }, (_, index) => temp(`shard${index + 1}`))
    for (const [index, out] of shards.entries()) {
      const result = await cli(['build', source, '-o', out, '--shard', `${index + 1}/${count}`, '--jobs', String(1 + (index % 2))])
      expect(result.code, result.stderr).toBe(0)
    }
    // Per-article files: disjoint, and together exactly those of the full build, byte for byte.
    const trees = shards.map((out) => perArticle(snapshot(out)))
    const union: Record<string, string> = {}
    for (const tree of trees) {
      for (const [path, hash] of Object.entries(tree)) {
        expect(union[path], `${path} in two shards`).toBeUndefined()
        union[path] = hash
      }
    }
    expect(union).toEqual(perArticle(snapshot(full)))
    expect(trees.filter((tree) => Object.keys(tree).length > 0).length).toBeGreaterThan(1)
    // Line files: the shards' lines together are the full build's lines.
    for (const file of ['jsonl/pairs.jsonl', 'jsonl/segments.jsonl', 'jsonl/glossary.jsonl', 'moses/corpus.ids']) {
      const joined = shards.flatMap((out) => lines(join(out, file)))
      expect(joined.sort(), file).toEqual(lines(join(full, file)).sort())
    }
    // Moses sides stay line-aligned within each shard.
    for (const out of shards) {
      const counts = ['en', 'fa', 'ids'].map((side) => lines(join(out, 'moses', `corpus.${side}`)).length)
      expect(new Set(counts).size).toBe(1)
    }
  })

  it('should put each article in the shard its id hashes to, whatever the shard count', () => {
    // Reviewed against an independent implementation (Python):
    // int.from_bytes(hashlib.sha256(id.encode()).digest()[:8], "big") % 7
    expect(shardBucket('ghani-askarian-1400', 7)).toBe(6)
    expect(shardBucket('rasooli-sani-1401', 7)).toBe(2)
    expect(shardBucket('alpha-1401', 7)).toBe(4)
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 64 }), (id, count) => {
        const owners = Array.from({ length: count }, (_, index) => inShard(id, { index: index + 1, count }))
        expect(owners.filter(Boolean)).toHaveLength(1)
      }),
      { seed: 1404, numRuns: 300 }
    )
  })

  it('should spread ids evenly over the shards', () => {
    const sizes = [0, 0, 0, 0]
    for (let index = 0; index < 4000; index++) sizes[shardBucket(`article-${index}`, 4)]! += 1
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(150)
  })

  it('should read shard specifications', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 })
    expect(() => parseShard('5/2')).toThrow(/--shard expects i\/n/)
  })
})

describe('frontMatterId (the cheap id read for --shard)', () => {
  it('should give the id parseArticle gives, for the corpus and fixtures', () => {
    const paths = [
      ...readdirSync(`${repoRoot}corpus`)
        .map((name) => `${repoRoot}corpus/${name}/article.md`)
        .filter((path) => existsSync(path) && statSync(path).isFile()),
      `${repoRoot}test/fixtures/articles/bilingual-small.md`
    ]
    for (const path of paths) {
      const text = readFileSync(path, 'utf8')
      expect(frontMatterId(text), path).toBe(parseArticle(text, { path }).id)
    }
  })

  it('should give nothing for what it does not read plainly, so the article is loaded', () => {
    for (const text of ['', 'id: a\n', '---\nid: a\n', '---\nid: [a\n---\n', '---\nid: 12\n---\n', '---\nid: A_b\n---\n', '---\nid: a\nid: b\n---\n', ' ---\nid: a\n---\n']) {
      expect(frontMatterId(text), JSON.stringify(text)).toBeUndefined()
    }
    expect(frontMatterId('---\r\nid: "a-1"\r\n---\r\nbody')).toBe('a-1')
  })
})
