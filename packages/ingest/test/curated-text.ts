import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The repository's corpus folder. */
export const corpusRoot = join(import.meta.dirname, '..', '..', '..', 'corpus')

/** A run of Persian letters (Arabic-block letters and the Persian ones). */
export const persianToken = /[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/g

/** Persian paragraphs of a curated article (headings, tables and comments left out). */
export function persianParagraphs(id: string): string[] {
  const text = readFileSync(join(corpusRoot, id, 'article.md'), 'utf8')
  return text
    .slice(text.indexOf('<div lang="fa"'))
    .split('\n')
    .filter((line) => /[\u0600-\u06FF]/.test(line) && !/^[<|#]/.test(line))
}

/** A corpus source with Arabic yeh and kaf read as Persian and kashida removed. */
export function persianSource(id: string): string {
  return readFileSync(join(corpusRoot, id, 'source.txt'), 'utf8').replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\u0640/g, '')
}
