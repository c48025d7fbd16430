import { MatnError, type Article, type Segment } from '@matn/core'
import { VFile } from 'vfile'

/**
 * A lookup of an article's segments by id that fails loudly on a dangling id, so that no
 * export silently drops text.
 *
 * @param article The article.
 * @returns A function from segment id to segment.
 */
export function segmentLookup(article: Article): (id: string, where: string) => Segment {
  const byId = new Map(article.segments.map((segment) => [segment.id, segment]))
  return (id, where) => {
    const segment = byId.get(id)
    if (segment) return segment
    const file = new VFile({ path: article.id })
    const message = file.message(`${where} names the unknown segment \`${id}\``, { ruleId: 'schema', source: 'matn' })
    message.fatal = true
    throw new MatnError('E_SCHEMA', file, [message])
  }
}
