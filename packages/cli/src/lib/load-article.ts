import { existsSync } from 'node:fs'
import { access } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { alignArticle, goldAlignments, readAlignmentGold } from '@matn/align'
import { parseArticle, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { readInput, readInputSync } from './cli-io.js'

/** An article read from disk, with the file that holds its messages. */
export interface LoadedArticle {
  article: Article
  file: VFile
  /** The curated alignment file read beside the article (`alignment.json`), if there is one; its warnings are in its messages. */
  alignmentFile?: VFile
}

/** How {@link loadArticle} reads its files. */
export interface LoadOptions {
  /**
   * Read with blocking calls (`readFileSync`) instead of through libuv's thread pool: for
   * worker threads, which have nothing else to do meanwhile (default `false`).
   */
  blocking?: boolean
}

/** Name of the curated alignment file beside an article. */
export const alignmentFileName = 'alignment.json'

/**
 * Read and parse one article file: the single place where the CLI turns a path into an Article,
 * so that every command (parse, build, …) sees the same result. Its `alignments` hold the
 * curated links of `alignment.json` beside the article, when there is one (`source:
 * 'curated'`, validated against the article), then the automatic links of `@matn/align`
 * (`source: 'auto'`, computed without looking at the curated file).
 *
 * @param path Path of the article Markdown.
 * @param options How to read the files.
 * @returns The article and its file (warnings are in `file.messages`).
 * @throws {MatnError} When the article or its alignment file is invalid.
 */
export async function loadArticle(path: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  const read = options.blocking ? readInputSync : readInput
  const file = new VFile({ path, value: await read(path) })
  const article = parseArticle(file)
  const auto = alignArticle(article, { source: String(file.value) })
  const goldPath = join(dirname(path), alignmentFileName)
  if (!(options.blocking ? existsSync(goldPath) : await exists(goldPath))) {
    article.alignments = auto
    return { article, file }
  }
  const alignmentFile = new VFile({ path: goldPath, value: await read(goldPath) })
  const curated = goldAlignments(readAlignmentGold(alignmentFile, article))
  article.alignments = [...curated, ...auto]
  return { article, file, alignmentFile }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
