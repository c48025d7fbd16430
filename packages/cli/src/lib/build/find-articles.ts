import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileError } from '../cli-io.js'

/**
 * The article files of a corpus folder, `DIR/*\/article.md`, sorted by folder name (code-unit
 * order, the same on every machine and locale).
 *
 * @param dir The corpus folder.
 * @returns Paths of the article files.
 * @throws {MatnError} When the folder cannot be read or holds no article.
 */
export async function findArticles(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = (await readdir(dir)).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
  } catch (error) {
    throw fileError('E_INPUT', dir, `cannot read the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`, 'build')
  }
  // Every folder is checked at once (the checks run on libuv's threads): one after the
  // other, a corpus of 10,000 articles waited 10,000 round trips before the build began.
  const paths = names.map((name) => join(dir, name, 'article.md'))
  const isFile = await Promise.all(paths.map(async (path) => (await stat(path).catch(() => undefined))?.isFile() === true))
  const found = paths.filter((_, index) => isFile[index])
  if (found.length === 0) throw fileError('E_INPUT', dir, `no article found (expected ${join(dir, '*', 'article.md')})`, 'build')
  return found
}
