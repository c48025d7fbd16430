import { readFileSync, writeFileSync } from 'node:fs'
import { parseArticle, scanSentences, splitSentences, tagTextCitations, normalizePersian, textSegments } from '@matn/core'
import { ParseLatin } from 'parse-latin'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { alignParallel } from '@matn/align'
import type { Article } from '@matn/core'
import { renderArticle, renderIndex } from '@matn/html'
import { ingest, loadPersianLexicon } from '@matn/ingest'
import { articleToJson, corpusToJson, footnoteGlossary, segmentRows, toJsonLines, translationPairs, worksCited } from '@matn/json'
import { articleToTei, corpusToTei } from '@matn/tei'
import { articlesToTmx, articleText, mosesCorpus } from '@matn/text'
import { generatedArticles, parallelSentences } from './articles.js'
import { paragraphsOf, type CorpusArticles, type Input, type InputKind } from './inputs.js'

/** Why a row does not run. */
export interface Unavailable {
  unavailable: string
}

/** What a row needs besides its input. */
export interface RowContext {
  /** A scratch file the row may write its input to (read + decode reads it back). */
  scratchFile: string
  /** The bundled articles (rows that generate articles or sentences from them). */
  corpus: CorpusArticles
}

/** Work to time over something else than the row's input, with that thing's UTF-8 size. */
export interface SizedWork {
  run: () => unknown
  /** Bytes the work reads (MB/s divides this). */
  bytes: number
}

/** One line of the benchmark: a piece of work over a generated input. */
export interface BenchRow {
  /** Stable key (command line, results). */
  id: string
  /** Printed name. */
  name: string
  /** `matn` rows are what matn does; `reference` rows are the yardsticks. */
  group: 'matn' | 'reference'
  input: InputKind
  /** Reference rows this row is compared with (its MB/s divided by theirs). */
  compareWith?: readonly string[]
  /** Largest input in MB the row runs at unless limits are lifted (slow or memory-hungry rows). */
  maxMegabytes?: number
  /** The one input size (MB) the row runs at (rows sized otherwise, such as sentence counts). */
  onlyAt?: number
  /**
   * Prepare the work outside the timing (split paragraphs, write files) and return the
   * function to time, or why the row cannot run.
   */
  load: (input: Input, context: RowContext) => Promise<(() => unknown) | SizedWork | Unavailable>
}

function each<T>(values: readonly T[], work: (value: T) => unknown): () => number {
  return () => {
    let count = 0
    for (const value of values) {
      work(value)
      count++
    }
    return count
  }
}

/** The export rows: each format of `matn build`, in memory, over generated articles (parsed and aligned outside the timing). */
const exportRows: BenchRow[] = (
  [
    ['json', 'JSON (articleToJson each, corpusToJson)', (articles) => [articles.map(articleToJson), corpusToJson(articles)]],
    [
      'jsonl',
      'JSONL (translation pairs, segment rows, glossary)',
      (articles) => [toJsonLines(articles.flatMap(translationPairs)), toJsonLines(articles.flatMap(segmentRows)), toJsonLines(articles.flatMap(footnoteGlossary))]
    ],
    ['txt', 'plain text with .ids (articleText, both languages)', (articles) => articles.flatMap((article) => [articleText(article, 'fa'), articleText(article, 'en')])],
    ['moses', 'Moses (mosesCorpus)', (articles) => mosesCorpus(articles)],
    ['tmx', 'TMX (articlesToTmx)', (articles) => articlesToTmx(articles)],
    ['csl', 'CSL-JSON (worksCited each and for the corpus)', (articles) => [...articles.map((article) => JSON.stringify(worksCited([article]))), JSON.stringify(worksCited(articles))]],
    ['tei', 'TEI (articleToTei each, corpusToTei)', (articles) => [articles.map((article) => articleToTei(article)), corpusToTei(articles)]],
    ['html', 'HTML (renderIndex, renderArticle each with the corpus)', (articles) => [renderIndex(articles), articles.map((article) => renderArticle(article, { corpus: articles }))]]
  ] as const satisfies ReadonlyArray<readonly [string, string, (articles: Article[]) => unknown]>
).map(
  ([format, what, write]): BenchRow => ({
    id: `export-${format}`,
    name: `export ${what}, generated articles (MB: their Markdown)`,
    group: 'matn',
    input: 'markdown',
    compareWith: ['remark-markdown'],
    maxMegabytes: 10,
    load: async (input, context) => {
      const { articles, bytes } = generatedArticles(context.corpus, input.megabytes)
      return { run: () => write(articles), bytes }
    }
  })
)

/** Every row, in print order. One entry per row. */
export const rows: readonly BenchRow[] = [
  {
    id: 'normalize',
    name: 'normalization (normalizePersian, whole text)',
    group: 'matn',
    input: 'mixed',
    compareWith: ['read-mixed', 'parse-latin-mixed'],
    load: async (input) => () => normalizePersian(input.text)
  },
  {
    id: 'segment-fa',
    name: 'Persian segmentation (scanSentences, by paragraph)',
    group: 'matn',
    input: 'fa',
    compareWith: ['parse-latin-fa', 'retext-persian-fa'],
    load: async (input) => each(paragraphsOf(input.text), (paragraph) => scanSentences(paragraph, 'fa'))
  },
  {
    id: 'segment-en',
    name: 'English segmentation (scanSentences, by paragraph)',
    group: 'matn',
    input: 'en',
    compareWith: ['parse-latin-en', 'retext-english-en'],
    load: async (input) => each(paragraphsOf(input.text), (paragraph) => scanSentences(paragraph, 'en'))
  },
  {
    id: 'cite',
    name: 'citation tagging (tagTextCitations)',
    group: 'matn',
    input: 'mixed',
    compareWith: ['parse-latin-mixed'],
    load: async (input) => () => tagTextCitations(input.text)
  },
  {
    id: 'pipeline',
    name: 'plain-text pipeline (textSegments: segment, normalize, cite, ids, positions)',
    group: 'matn',
    input: 'mixed',
    compareWith: ['read-mixed', 'parse-latin-mixed', 'retext-english-mixed'],
    load: async (input) => () => {
      let count = 0
      for (const segment of textSegments(input.text)) count += segment.norm.length > 0 ? 1 : 0
      return count
    }
  },
  {
    id: 'parse-article',
    name: 'parseArticle on Markdown',
    group: 'matn',
    input: 'markdown',
    compareWith: ['remark-markdown', 'remark-gfm-markdown'],
    maxMegabytes: 10,
    load: async (input) => () => parseArticle(input.text, { path: 'bench.md' })
  },
  {
    id: 'ingest',
    name: 'ingest/repair of raw PDF text (@matn/ingest ingest: repair + draft article), corpus source.txt repeated',
    group: 'matn',
    input: 'raw',
    compareWith: ['read-raw'],
    // About 16 s per MB: 18 runs at 10 MB would take over 20 minutes (`--unlimited` runs them).
    maxMegabytes: 1,
    load: async (input) => {
      const lexicon = loadPersianLexicon()
      return () => ingest(input.text, { lexicon })
    }
  },
  ...([
    [1, '1k'],
    [10, '10k'],
    [100, '100k']
  ] as const).map(
    ([megabytes, label]): BenchRow => ({
      id: `align-${label}`,
      name: `alignment, parallel mode (alignParallel), ${label} sentences per side (MB: both sides)`,
      group: 'matn',
      input: 'mixed',
      onlyAt: megabytes,
      load: async (_input, context) => {
        const { en, fa } = parallelSentences(context.corpus, megabytes * 1000)
        return { run: () => alignParallel(en, fa), bytes: Buffer.byteLength(en.join('\n')) + Buffer.byteLength(fa.join('\n')) }
      }
    })
  ),
  ...exportRows,
  ...(['mixed', 'raw'] as const).map(
    (kind): BenchRow => ({
      id: `read-${kind}`,
      name: 'read + decode the file',
      group: 'reference',
      input: kind,
      load: async (input, context) => {
        writeFileSync(context.scratchFile, input.text)
        const decoder = new TextDecoder('utf-8', { fatal: true })
        return () => decoder.decode(readFileSync(context.scratchFile))
      }
    })
  ),
  ...(['fa', 'en', 'mixed'] as const).map(
    (kind): BenchRow => ({
      id: `parse-latin-${kind}`,
      name: 'parse-latin (nlcst), paragraph by paragraph',
      group: 'reference',
      input: kind,
      maxMegabytes: 10,
      load: async (input) => {
        const parser = new ParseLatin()
        return each(paragraphsOf(input.text), (paragraph) => parser.parse(paragraph))
      }
    })
  ),
  ...(['en', 'mixed'] as const).map(
    (kind): BenchRow => ({
      id: `retext-english-${kind}`,
      name: 'retext-english, paragraph by paragraph',
      group: 'reference',
      input: kind,
      maxMegabytes: 10,
      load: async (input) => {
        const processor = unified().use(retextEnglish)
        return each(paragraphsOf(input.text), (paragraph) => processor.parse(paragraph))
      }
    })
  ),
  {
    id: 'retext-persian-fa',
    name: 'matn before the scanner: splitSentences (@matn/retext-persian), by paragraph',
    group: 'reference',
    input: 'fa',
    maxMegabytes: 10,
    load: async (input) => each(paragraphsOf(input.text), (paragraph) => splitSentences(paragraph, 'fa'))
  },
  {
    id: 'remark-markdown',
    name: 'unified + remark-parse',
    group: 'reference',
    input: 'markdown',
    maxMegabytes: 10,
    load: async (input) => {
      const processor = unified().use(remarkParse)
      return () => processor.parse(input.text)
    }
  },
  {
    id: 'remark-gfm-markdown',
    name: 'unified + remark-parse + remark-frontmatter + remark-gfm (the stack parseArticle parses with)',
    group: 'reference',
    input: 'markdown',
    maxMegabytes: 10,
    load: async (input) => {
      const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
      return () => processor.parse(input.text)
    }
  }
]

/**
 * Find a row by id.
 *
 * @param id The row's id.
 */
export function rowById(id: string): BenchRow | undefined {
  return rows.find((row) => row.id === id)
}
