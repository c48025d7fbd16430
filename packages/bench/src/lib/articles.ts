import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignArticle } from '@matn/align'
import { parseArticle, type Article } from '@matn/core'
import { bodyOf, textParagraphsOf, type CorpusArticles } from './inputs.js'

/** A generated article: its id and Markdown. */
export interface GeneratedArticle {
  id: string
  markdown: string
}

/**
 * The article at `index` of a generated corpus, deterministically: the front matter of a
 * bundled article (taken in turn) with the id `gen-000123`, then an English section of 2–5
 * and a Persian section of 3–8 of that article's paragraphs (running text, Markdown marks
 * removed), taken from a window that moves with the index. Articles differ in length and
 * text, and parse like the bundled ones (about 5–10 KB each).
 *
 * @param corpus The bundled articles.
 * @param index 0-based position in the generated corpus.
 */
export function generatedArticle(corpus: CorpusArticles, index: number): GeneratedArticle {
  const source = corpus.markdown[index % corpus.markdown.length] as string
  const body = bodyOf(source)
  const id = `gen-${String(index).padStart(6, '0')}`
  const head = source.slice(0, source.length - body.length).replace(/^id: .*$/m, `id: ${id}`)
  const paragraphs = textParagraphsOf(body)
  const window = (lang: 'fa' | 'en', count: number): string => {
    const texts = paragraphs.filter((paragraph) => paragraph.lang === lang).map((paragraph) => paragraph.text)
    const start = (index * 7) % texts.length
    return Array.from({ length: Math.min(count, texts.length) }, (_, offset) => texts[(start + offset) % texts.length]).join('\n\n')
  }
  const markdown =
    `${head}\n<div lang="en">\n\n## Abstract\n\n${window('en', 2 + (index % 4))}\n\n</div>\n\n` +
    `<div lang="fa" dir="rtl">\n\n## چکیده\n\n${window('fa', 3 + ((index * 5) % 6))}\n\n</div>\n`
  return { id, markdown }
}

/**
 * Write a generated corpus of `count` articles, `DIR/<id>/article.md`, as `matn build` reads it.
 *
 * @param corpus The bundled articles.
 * @param count Number of articles.
 * @param dir The folder (created).
 * @returns The UTF-8 size of all the articles' Markdown.
 */
export function writeGeneratedCorpus(corpus: CorpusArticles, count: number, dir: string): number {
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const { id, markdown } = generatedArticle(corpus, index)
    mkdirSync(join(dir, id), { recursive: true })
    writeFileSync(join(dir, id, 'article.md'), markdown)
    bytes += Buffer.byteLength(markdown)
  }
  return bytes
}

/**
 * Generated articles parsed and aligned (as `matn build` loads them), as many as it takes
 * for their Markdown to reach `megabytes` MB.
 *
 * @param corpus The bundled articles.
 * @param megabytes Target Markdown size in MB (10^6 bytes).
 * @returns The articles and the UTF-8 size of their Markdown.
 */
export function generatedArticles(corpus: CorpusArticles, megabytes: number): { articles: Article[]; bytes: number } {
  const articles: Article[] = []
  let bytes = 0
  for (let index = 0; bytes < megabytes * 1e6; index++) {
    const { id, markdown } = generatedArticle(corpus, index)
    const article = parseArticle(markdown, { path: `${id}/article.md` })
    article.alignments = alignArticle(article, { source: markdown })
    articles.push(article)
    bytes += Buffer.byteLength(markdown)
  }
  return { articles, bytes }
}

/**
 * Parallel sentences for the alignment rows: the aligned links (text on both sides) of the
 * bundled articles, taken in turn until each side has `count` units; every 20th Persian
 * unit is left out, so the sides differ and the aligner must find the gaps.
 *
 * @param corpus The bundled articles.
 * @param count English sentences (units) wanted.
 */
export function parallelSentences(corpus: CorpusArticles, count: number): { en: string[]; fa: string[] } {
  const pairs = corpus.markdown.flatMap((markdown, index) => {
    const article = parseArticle(markdown, { path: `corpus-${index}.md` })
    const text = new Map(article.segments.map((segment) => [segment.id, segment.text]))
    return alignArticle(article, { source: markdown })
      .filter((link) => link.en.length > 0 && link.fa.length > 0)
      .map((link) => ({ en: link.en.map((id) => text.get(id)).join(' '), fa: link.fa.map((id) => text.get(id)).join(' ') }))
  })
  const en: string[] = []
  const fa: string[] = []
  for (let index = 0; index < count; index++) {
    const pair = pairs[index % pairs.length] as { en: string; fa: string }
    en.push(pair.en)
    if (index % 20 !== 19) fa.push(pair.fa)
  }
  return { en, fa }
}
