import type { Article } from '@matn/core'
import { alignedTexts } from './aligned-text.js'
import { oneLine } from './one-line.js'

/** A Moses-style parallel corpus: line *n* of `en` translates line *n* of `fa`. */
export interface MosesCorpus {
  /** English side, one link per line. */
  en: string
  /** Persian side, one link per line. */
  fa: string
  /**
   * Where each line comes from, tab-separated: article id, English segment ids, Persian
   * segment ids (space-separated), link source (`curated`/`auto`), score.
   */
  ids: string
  /** Number of lines. */
  lines: number
}

/**
 * Line-aligned parallel text from the alignment links of articles (links with an empty side
 * are left out), in article order then link order, for Moses, fairseq, OpenNMT and the like.
 *
 * @param articles The articles.
 * @returns The two sides and the id sidecar.
 */
export function mosesCorpus(articles: readonly Article[]): MosesCorpus {
  const links = alignedTexts(articles)
  return {
    en: links.map((link) => `${oneLine(link.en.text)}\n`).join(''),
    fa: links.map((link) => `${oneLine(link.fa.text)}\n`).join(''),
    ids: links
      .map((link) => `${link.article}\t${link.en.ids.join(' ')}\t${link.fa.ids.join(' ')}\t${link.source}\t${link.score}\n`)
      .join(''),
    lines: links.length
  }
}
