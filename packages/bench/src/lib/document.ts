/** Marks around the part of `docs/performance.md` the benchmark writes. */
export const generatedStart = '<!-- bench:start (written by `pnpm bench`; edit outside these marks) -->'
export const generatedEnd = '<!-- bench:end -->'

/**
 * Put `block` between the generated marks of a document, keeping everything outside
 * them; a document without marks gets the block appended.
 *
 * @param document The current document (empty when there is none).
 * @param block The generated Markdown.
 */
export function replaceGeneratedBlock(document: string, block: string): string {
  const wrapped = `${generatedStart}\n${block.trim()}\n${generatedEnd}`
  const start = document.indexOf(generatedStart)
  const end = document.indexOf(generatedEnd)
  if (start < 0 || end < start) return `${document.trimEnd()}${document.trim() ? '\n\n' : ''}${wrapped}\n`
  return document.slice(0, start) + wrapped + document.slice(end + generatedEnd.length)
}
