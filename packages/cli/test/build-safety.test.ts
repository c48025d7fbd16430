/**
 * `matn build` never writes outside OUT or over a source file, end to end through the CLI:
 * unsafe article ids, OUT equal to or inside the corpus folder, OUT a link into an article
 * folder, links in OUT to `article.md` or `source.txt`. The `OutputDir` unit tests are in
 * build.test.ts. A refused output path is an `E_OUTPUT` error and an unsafe id a front matter
 * error, both exit 1 (docs/errors.md).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, smallCorpus, snapshot, tempDir } from './helpers/build-corpus.js'

const temp = (prefix: string): string => tempDir(`safety-${prefix}`)

describe('matn build path safety, end to end', () => {
  it('should refuse article ids with ../ or an absolute path, writing nothing anywhere', async () => {
    for (const id of ['../../evil', '/tmp/matn-evil', 'a/../../evil', '..']) {
      const corpus = smallCorpus(['alpha-1401'])
      const path = join(corpus, 'alpha-1401', 'article.md')
      writeFileSync(path, readFileSync(path, 'utf8').replace('id: alpha-1401', `id: '${id}'`))
      const root = temp('evil-id')
      const result = await cli(['build', corpus, '-o', join(root, 'out')])
      expect(result.code, id).toBe(1)
      expect(result.stderr, id).toMatch(/article\.md:2:5: error: `id` must match pattern/)
      // Output folders may have been created before the article was read; no file is in them.
      const written = existsSync(join(root, 'out')) ? readdirSync(join(root, 'out'), { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory()) : []
      expect(written.map((entry) => entry.name), id).toEqual([])
      expect(readdirSync(root).filter((name) => name !== 'out'), id).toEqual([])
      expect(readdirSync(corpus), id).toEqual(['alpha-1401'])
    }
    expect(existsSync('/tmp/matn-evil.json')).toBe(false)
  })

  it('should write beside the article folders when OUT is the corpus folder or inside it, never over a source', async () => {
    for (const out of ['.', 'build', 'build/deeper']) {
      const corpus = smallCorpus()
      for (const name of ['alpha-1401', 'beta-1401']) writeFileSync(join(corpus, name, 'source.txt'), 'raw extraction')
      const before = snapshot(corpus)
      const result = await cli(['build', corpus, '-o', join(corpus, out)])
      expect(result.code, `${out}: ${result.stderr}`).toBe(0)
      const after = snapshot(corpus)
      for (const [path, hash] of Object.entries(before)) expect(after[path], path).toBe(hash)
      // Nothing was written into an article folder, and a rebuild finds the same articles.
      expect(Object.keys(after).filter((path) => path.startsWith('alpha-1401') || path.startsWith('beta-1401')).sort()).toEqual(Object.keys(before).sort())
      const again = await cli(['build', corpus, '-o', join(corpus, out), '--format', 'json'])
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(/^json\s+3\s+2\s/m)
    }
  })

  it('should refuse an OUT that is a symbolic link into an article folder', async () => {
    const corpus = smallCorpus(['alpha-1401'])
    const root = temp('link-out')
    symlinkSync(join(corpus, 'alpha-1401'), join(root, 'out'))
    const before = snapshot(corpus)
    const result = await cli(['build', corpus, '-o', join(root, 'out')])
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/refusing to build into the source folder/)
    expect(snapshot(corpus)).toEqual(before)
  })

  it('should refuse to overwrite source.txt or article.md through a hard link or a symbolic link in OUT', async () => {
    for (const [source, kind] of [['source.txt', 'hard'], ['article.md', 'symbolic'], ['source.txt', 'symbolic']] as const) {
      const corpus = smallCorpus(['alpha-1401'])
      writeFileSync(join(corpus, 'alpha-1401', 'source.txt'), 'raw extraction')
      const out = temp('over')
      mkdirSync(join(out, 'txt'))
      const target = join(out, 'txt', 'alpha-1401.fa.txt')
      if (kind === 'hard') linkSync(join(corpus, 'alpha-1401', source), target)
      else symlinkSync(join(corpus, 'alpha-1401', source), target)
      const before = snapshot(corpus)
      const result = await cli(['build', corpus, '-o', out, '--format', 'txt'])
      expect(result.code, `${source} ${kind}: ${result.stderr}`).toBe(1)
      expect(result.stderr).toMatch(kind === 'hard' ? /refusing to write: it is the source file .*source\.txt/ : /refusing to write: it is a symbolic link/)
      expect(snapshot(corpus)).toEqual(before)
    }
  })
})
