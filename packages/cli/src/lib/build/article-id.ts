import { parseDocument } from 'yaml'

const fence = /^---[ \t]*\r?\n/
const closingFence = /^---[ \t]*$/m
const safeId = /^[a-z0-9][a-z0-9-]*$/

/**
 * The `id` of an article's front matter, read without parsing the article (for `--shard`,
 * which must skip the articles of other shards cheaply). Only a plain case is read: the file
 * starts with a `---` line, a later `---` line closes the YAML, the YAML parses without error
 * and `id` is a string usable as an article id. Anything else gives `undefined`, and the
 * caller loads the article to learn its id (and report its errors).
 *
 * @param source The article's Markdown.
 */
export function frontMatterId(source: string): string | undefined {
  const opening = fence.exec(source)
  if (!opening) return undefined
  const rest = source.slice(opening[0].length)
  const closing = closingFence.exec(rest)
  if (!closing) return undefined
  const document = parseDocument(rest.slice(0, closing.index), {
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    uniqueKeys: true,
    strict: true
  })
  if (document.errors.length > 0) return undefined
  const id: unknown = document.get('id')
  return typeof id === 'string' && safeId.test(id) ? id : undefined
}
