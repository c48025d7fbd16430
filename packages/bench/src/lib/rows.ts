import { readFileSync, writeFileSync } from 'node:fs'
import { parseArticle, scanSentences, splitSentences, tagTextCitations, normalizePersian, textSegments } from '@matn/core'
import { ParseLatin } from 'parse-latin'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { paragraphsOf, type Input, type InputKind } from './inputs.js'

/** Why a row does not run. */
export interface Unavailable {
  unavailable: string
}

/** What a row needs besides its input. */
export interface RowContext {
  /** A scratch file the row may write its input to (read + decode reads it back). */
  scratchFile: string
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
  /**
   * Prepare the work outside the timing (split paragraphs, write files) and return the
   * function to time, or why the row cannot run.
   */
  load: (input: Input, context: RowContext) => Promise<(() => unknown) | Unavailable>
}

/** A row waiting for a package another branch is building: printed as not available yet. */
function pending(id: string, name: string, input: InputKind, waitsFor: string): BenchRow {
  return {
    id,
    name,
    group: 'matn',
    input,
    load: async () => ({ unavailable: `not available yet (${waitsFor})` })
  }
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

/**
 * Every row, in print order. A row is one entry: rows for ingest, alignment, exports and
 * `matn build` join the list when their packages land, each as one more entry.
 */
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
  pending('ingest', 'ingest/repair of raw text', 'mixed', '@matn/ingest repair, branch ingest'),
  pending('align-1k', 'alignment, parallel mode, 1k sentences per side', 'mixed', 'alignment, branch align'),
  pending('align-10k', 'alignment, parallel mode, 10k sentences per side', 'mixed', 'alignment, branch align'),
  pending('align-100k', 'alignment, parallel mode, 100k sentences per side', 'mixed', 'alignment, branch align'),
  pending('exports', 'exports (JSON, JSONL, TEI, Moses, text)', 'markdown', 'exports, branch exports'),
  pending('build-10k', 'matn build, 10,000 generated articles', 'markdown', '`matn build`, branch exports'),
  {
    id: 'read-mixed',
    name: 'read + decode the file',
    group: 'reference',
    input: 'mixed',
    load: async (input, context) => {
      writeFileSync(context.scratchFile, input.text)
      const decoder = new TextDecoder('utf-8', { fatal: true })
      return () => decoder.decode(readFileSync(context.scratchFile))
    }
  },
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
