import { MatnError, type AlignmentSource, type Article } from '@matn/core'
import { VFile } from 'vfile'

/** One alignment link with the text of both sides. */
export interface AlignedText {
  article: string
  /** 1-based index of the link in `article.alignments`. */
  link: number
  en: { ids: string[]; text: string }
  fa: { ids: string[]; text: string }
  source: AlignmentSource
  score: number
}

/**
 * The alignment links of articles that have text on both sides, with that text (several
 * segments of a side joined by a space), in article order then link order.
 *
 * @param articles The articles.
 * @returns The aligned texts.
 * @throws {MatnError} `E_SCHEMA` when a link names an unknown segment.
 */
export function alignedTexts(articles: readonly Article[]): AlignedText[] {
  return articles.flatMap((article) => {
    const byId = new Map(article.segments.map((segment) => [segment.id, segment.text]))
    const side = (ids: string[], link: number): { ids: string[]; text: string } => ({
      ids: [...ids],
      text: ids
        .map((id) => {
          const text = byId.get(id)
          if (text === undefined) throw unknownSegment(article.id, id, link)
          return text
        })
        .join(' ')
    })
    return article.alignments.flatMap((alignment, index): AlignedText[] =>
      alignment.en.length > 0 && alignment.fa.length > 0
        ? [
            {
              article: article.id,
              link: index + 1,
              en: side(alignment.en, index + 1),
              fa: side(alignment.fa, index + 1),
              source: alignment.source,
              score: alignment.score
            }
          ]
        : []
    )
  })
}

function unknownSegment(article: string, id: string, link: number): MatnError {
  const file = new VFile({ path: article })
  const message = file.message(`alignment ${link} names the unknown segment \`${id}\``, { ruleId: 'schema', source: 'matn' })
  message.fatal = true
  return new MatnError('E_SCHEMA', file, [message])
}
