import { parseArticle, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { readInput } from './cli-io.js'

/** An article read from disk, with the file that holds its messages. */
export interface LoadedArticle {
  article: Article
  file: VFile
}

/**
 * Read and parse one article file: the single place where the CLI turns a path into an Article,
 * so that every command (parse, build, …) sees the same result.
 *
 * @param path Path of the article Markdown.
 * @returns The article and its file (warnings are in `file.messages`).
 */
export async function loadArticle(path: string): Promise<LoadedArticle> {
  const file = new VFile({ path, value: await readInput(path) })
  const article = parseArticle(file)
  return { article, file }
}
