import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Article, Lang } from '@matn/core'
import {
  articleToJson,
  corpusJsonHead,
  corpusJsonItem,
  corpusJsonTail,
  footnoteGlossary,
  segmentRows,
  toJsonLines,
  translationPairs,
  worksCited,
  type CslItem
} from '@matn/json'
import { writeHtml } from '@matn/html'
import { articleToTei, teiCorpusHead, teiCorpusMember, teiCorpusTail } from '@matn/tei'
import { articleText, articleTmxUnits, countNonXmlCharacters, mosesCorpus, tmxHead, tmxTail } from '@matn/text'
import { OutputFile, type OutputDir } from './output-dir.js'

/** What a format's output carries; `null` where the format does not carry that kind of thing. */
export interface FormatCounts {
  files: number
  articles: number
  segments: number | null
  citations: number | null
  links: number | null
}

/** What a format wrote: its counts, and warnings to print. */
export interface FormatResult {
  counts: FormatCounts
  warnings: string[]
}

/** The counts of one article that a format carries. */
type Carried = Pick<FormatCounts, 'segments' | 'citations' | 'links'>
type CountName = keyof Carried

/**
 * One article rendered in one format, where the article was loaded (a worker thread): the
 * article's own files, written there, and what the corpus-level files need.
 */
export interface RenderedPiece<D = unknown> {
  /** The counts of the article that the format carries. */
  counts: Partial<Record<CountName, number>>
  /** Files of this article alone, `[path under OUT, content]`, written by {@link shipPiece}. */
  files?: Array<[string, string]>
  /** What the article appends to each of the format's corpus-level files, in the format's order. */
  streams?: string[]
  /** Anything else the format's sink needs: plain data (it crosses threads). */
  data?: D
}

/**
 * A {@link RenderedPiece} after {@link shipPiece}: its files written, its streams as UTF-8
 * bytes (moved to the main thread, not copied). What a {@link FormatSink} receives.
 */
export interface ShippedPiece<D = unknown> {
  counts: Partial<Record<CountName, number>>
  /** Number of files written. */
  files: number
  streams: Uint8Array[]
  data: D
}

const utf8 = new TextEncoder()

/**
 * Write a piece's files under `out` and encode its streams, so that what is left for the
 * main thread is small: bytes to append and the data a sink keeps.
 *
 * @param piece What a format's render returned.
 * @param out Where the article's files go.
 * @returns The piece to hand to the format's sink.
 * @throws {MatnError} When a file path is unsafe (see {@link OutputDir}).
 */
export function shipPiece<D>(piece: RenderedPiece<D>, out: OutputDir): ShippedPiece<D> {
  const files = piece.files ?? []
  for (const [path, content] of files) out.writeSync(path, content)
  return { counts: piece.counts, files: files.length, streams: (piece.streams ?? []).map((text) => utf8.encode(text)), data: piece.data as D }
}

/** Where one format's output goes during a build: the articles' pieces arrive one at a time, in article order. */
export interface FormatSink {
  /** Append (or keep) one article's piece. */
  add: (piece: ShippedPiece) => Promise<void>
  /** Write what is left (corpus files) and close every file. */
  finish: () => Promise<FormatResult>
  /** Close every file after a failure, removing scratch files. */
  abort: () => Promise<void>
}

/**
 * One export format of `matn build`. A format is split in two so that a build can stream and
 * the main thread does little: a pure `render` of one article (run where the article was
 * loaded, in a worker thread, which also writes the article's own files), and a sink in the
 * main thread that appends the pieces' streams to the corpus-level files in article order,
 * holding at most what such a file needs (see docs/performance.md).
 */
export interface BuildFormat {
  /** The name used with `--format`. */
  name: string
  /** One line for the help text. */
  description: string
  /** One article's piece. */
  render: (article: Article) => RenderedPiece
  /**
   * Open the format's output under `out` (which refuses unsafe paths).
   *
   * @returns Where the pieces go.
   */
  open: (out: OutputDir) => Promise<FormatSink>
}

/** The part of a sink a format writes; {@link defineFormat} adds the counts. */
interface PieceWriter<D> {
  add: (piece: ShippedPiece<D>) => Promise<void>
  /** Files written (the articles' own files included) and warnings. */
  finish: () => Promise<{ files: number; warnings?: string[] }>
  abort: () => Promise<void>
}

/**
 * A format from its render and writer, counting articles and summing the counts it carries.
 *
 * @param spec Name, help line, the counts the format carries, render and writer.
 */
export function defineFormat<D>(spec: {
  name: string
  description: string
  carries: readonly CountName[]
  render: (article: Article) => RenderedPiece<D>
  open: (out: OutputDir) => Promise<PieceWriter<D>>
}): BuildFormat {
  return {
    name: spec.name,
    description: spec.description,
    render: spec.render,
    async open(out) {
      const writer = await spec.open(out)
      const totals: Carried = { segments: null, citations: null, links: null }
      for (const name of spec.carries) totals[name] = 0
      let articles = 0
      return {
        async add(piece) {
          // The piece is what this format's render returned, shipped (and passed through postMessage).
          const typed = piece as ShippedPiece<D>
          articles++
          for (const name of spec.carries) totals[name] = (totals[name] ?? 0) + (typed.counts[name] ?? 0)
          await writer.add(typed)
        },
        async finish() {
          const { files, warnings = [] } = await writer.finish()
          return { counts: { files, articles, ...totals }, warnings }
        },
        abort: () => writer.abort()
      }
    }
  }
}

/**
 * Run a format over articles in this thread (what a build does, without workers).
 *
 * @param format The format.
 * @param articles The articles, in order.
 * @param out The output directory.
 */
export async function writeFormat(format: BuildFormat, articles: readonly Article[], out: OutputDir): Promise<FormatResult> {
  const sink = await format.open(out)
  try {
    for (const article of articles) await sink.add(shipPiece(format.render(article), out))
    return await sink.finish()
  } catch (error) {
    await sink.abort()
    throw error
  }
}

/** Files created up front and closed at the end (or on abort). */
async function openFiles(out: OutputDir, paths: readonly string[]): Promise<OutputFile[]> {
  const files: OutputFile[] = []
  try {
    for (const path of paths) files.push(await out.create(path))
  } catch (error) {
    await closeAll(files)
    throw error
  }
  return files
}

async function closeAll(files: readonly OutputFile[]): Promise<void> {
  const results = await Promise.allSettled(files.map((file) => file.close()))
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (failed) throw failed.reason
}

/** Everything an article holds: the counts of a format that carries the whole model. */
function whole(article: Article): RenderedPiece['counts'] {
  return { segments: article.segments.length, citations: article.citations.length, links: article.alignments.length }
}

/** Segments and lines of the links with text on both sides (Moses, TMX). */
function linkCounts(article: Article, lines: number): RenderedPiece['counts'] {
  const segments = article.alignments
    .filter((alignment) => alignment.en.length > 0 && alignment.fa.length > 0)
    .reduce((total, alignment) => total + alignment.en.length + alignment.fa.length, 0)
  return { segments, links: lines }
}

/** Append a shipped piece's streams to the format's open files, in order. */
async function appendStreams(files: readonly OutputFile[], piece: ShippedPiece): Promise<void> {
  for (const [index, file] of files.entries()) {
    const bytes = piece.streams[index]
    if (bytes) await file.write(bytes)
  }
}

const jsonFormat = defineFormat({
  name: 'json',
  description: 'Article JSON per article and the corpus (JSON Schema in @matn/json)',
  carries: ['segments', 'citations', 'links'],
  render(article) {
    const json = articleToJson(article)
    // The corpus item as the first one: every other one is a comma and the same text.
    return { counts: whole(article), files: [[`json/${article.id}.json`, json]], streams: [corpusJsonItem(json, 0)] }
  },
  async open(out) {
    const corpus = (await openFiles(out, ['json/corpus.json'])) as [OutputFile]
    await corpus[0].write(corpusJsonHead)
    let count = 0
    return {
      async add(piece) {
        if (count++ > 0) await corpus[0].write(',')
        await appendStreams(corpus, piece)
      },
      async finish() {
        await corpus[0].write(corpusJsonTail(count))
        await corpus[0].close()
        return { files: count + 1 }
      },
      abort: () => corpus[0].close()
    }
  }
})

const jsonlFiles = ['pairs', 'segments', 'glossary'] as const

const jsonlFormat = defineFormat({
  name: 'jsonl',
  description: 'JSONL datasets: aligned pairs (Hugging Face translation shape), segments with citations, footnote glossary',
  carries: ['segments', 'citations', 'links'],
  render(article) {
    const pairs = translationPairs(article)
    return {
      counts: { ...whole(article), links: pairs.length },
      streams: [toJsonLines(pairs), toJsonLines(segmentRows(article)), toJsonLines(footnoteGlossary(article))]
    }
  },
  async open(out) {
    const files = await openFiles(
      out,
      jsonlFiles.map((name) => `jsonl/${name}.jsonl`)
    )
    return {
      add: (piece) => appendStreams(files, piece),
      async finish() {
        await closeAll(files)
        return { files: files.length }
      },
      abort: () => closeAll(files)
    }
  }
})

const txtFormat = defineFormat({
  name: 'txt',
  description: 'plain text, one segment per line per language, with a line-aligned .ids sidecar',
  carries: ['segments', 'citations'],
  render: (article) => ({
    counts: whole(article),
    files: (['fa', 'en'] as const).flatMap((lang): Array<[string, string]> => {
      const { text, ids } = articleText(article, lang)
      return [
        [`txt/${article.id}.${lang}.txt`, text],
        [`txt/${article.id}.${lang}.ids`, ids]
      ]
    })
  }),
  async open() {
    let files = 0
    return {
      async add(piece) {
        files += piece.files
      },
      finish: async () => ({ files }),
      abort: async () => undefined
    }
  }
})

const mosesSides = ['en', 'fa', 'ids'] as const

const mosesFormat = defineFormat({
  name: 'moses',
  description: 'Moses line-aligned parallel text (corpus.en, corpus.fa) from the alignments, with corpus.ids',
  carries: ['segments', 'links'],
  render(article) {
    const moses = mosesCorpus([article])
    return { counts: linkCounts(article, moses.lines), streams: mosesSides.map((side) => moses[side]) }
  },
  async open(out) {
    const files = await openFiles(
      out,
      mosesSides.map((side) => `moses/corpus.${side}`)
    )
    return {
      add: (piece) => appendStreams(files, piece),
      async finish() {
        await closeAll(files)
        return { files: files.length }
      },
      abort: () => closeAll(files)
    }
  }
})

const tmxFormat = defineFormat({
  name: 'tmx',
  description: 'TMX 1.4b translation memory of the alignments',
  carries: ['segments', 'links'],
  render(article) {
    return {
      counts: linkCounts(article, mosesCorpus([article]).lines),
      streams: [articleTmxUnits(article)],
      data: article.segments
        .filter((segment) => countNonXmlCharacters(segment.text) > 0)
        .map((segment) => `${article.id}: segment ${segment.id} holds characters XML cannot represent; they are written as U+FFFD`)
    }
  },
  async open(out) {
    const tmx = (await openFiles(out, ['tmx/corpus.tmx'])) as [OutputFile]
    await tmx[0].write(tmxHead)
    const warnings: string[] = []
    return {
      async add(piece) {
        await appendStreams(tmx, piece)
        warnings.push(...piece.data)
      },
      async finish() {
        await tmx[0].write(tmxTail)
        await tmx[0].close()
        return { files: 1, warnings }
      },
      abort: () => tmx[0].close()
    }
  }
})

const cslFormat = defineFormat({
  name: 'csl',
  description: 'works cited as CSL-JSON, for the corpus and per article',
  carries: ['citations'],
  render(article) {
    const items = worksCited([article])
    return { counts: { citations: article.citations.length }, files: [[`csl/${article.id}.json`, `${JSON.stringify(items, null, 2)}\n`]], data: items }
  },
  async open(out) {
    // The corpus list is sorted by key and gathers every place a work is cited: it is kept
    // in memory (one small record per citation, no text) and written at the end.
    const [corpus] = (await openFiles(out, ['csl/works-cited.json'])) as [OutputFile]
    const works = new Map<string, CslItem>()
    let count = 0
    return {
      async add(piece) {
        count++
        for (const item of piece.data) {
          const known = works.get(item.id)
          if (known) known.custom.matn.citedAt.push(...item.custom.matn.citedAt)
          else works.set(item.id, item)
        }
      },
      async finish() {
        const sorted = [...works.values()].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
        await corpus.write(`${JSON.stringify(sorted, null, 2)}\n`)
        await corpus.close()
        return { files: count + 1 }
      },
      abort: () => corpus.close()
    }
  }
})

const teiFormat = defineFormat({
  name: 'tei',
  description: 'TEI P5: one document per article and a teiCorpus',
  carries: ['segments', 'citations', 'links'],
  render(article) {
    const member = teiCorpusMember(article)
    return { counts: whole(article), files: [[`tei/${article.id}.xml`, articleToTei(article)]], streams: [member.xml], data: member.langs }
  },
  async open(out) {
    // The corpus header names the number of articles and their languages: the members go to
    // a scratch file first, then follow the header into tei/corpus.xml.
    const scratchDir = await mkdtemp(join(tmpdir(), 'matn-build-tei-'))
    const scratchPath = join(scratchDir, 'members.xml')
    const members = new OutputFile(await open(scratchPath, 'wx'))
    const removeScratch = (): Promise<void> => rm(scratchDir, { recursive: true, force: true })
    const langs = new Set<Lang>()
    let count = 0
    return {
      async add(piece) {
        await appendStreams([members], piece)
        for (const lang of piece.data) langs.add(lang)
        count++
      },
      async finish() {
        try {
          await members.close()
          if (count === 0) return { files: 0, warnings: ['no article: tei/corpus.xml not written (a teiCorpus needs at least one article)'] }
          const [corpus] = (await openFiles(out, ['tei/corpus.xml'])) as [OutputFile]
          try {
            await corpus.write(teiCorpusHead({ articles: count, langs }))
            for await (const chunk of createReadStream(scratchPath) as AsyncIterable<Buffer>) await corpus.write(chunk)
            await corpus.write(teiCorpusTail)
          } finally {
            await corpus.close()
          }
          return { files: count + 1 }
        } finally {
          await removeScratch()
        }
      },
      async abort() {
        await members.close().catch(() => undefined)
        await removeScratch()
      }
    }
  }
})

/**
 * A format whose writer writes its own files into a folder, from every article at once, and
 * returns their paths (`html`: each page lists the other articles citing the same works).
 * The articles are held in memory until the end: such a format does not stream. The folder
 * is created through `out`'s checks and every returned path is checked too.
 *
 * @param name Format name.
 * @param description Help line.
 * @param folder Folder under the output directory.
 * @param writer Writes the articles into the folder and returns the paths written.
 */
export function directoryFormat(
  name: string,
  description: string,
  folder: string,
  writer: (articles: Article[], dir: string) => Promise<string[]>
): BuildFormat {
  return defineFormat({
    name,
    description,
    carries: ['segments', 'citations', 'links'],
    render: (article) => ({ counts: whole(article), data: article }),
    async open(out) {
      const articles: Article[] = []
      return {
        async add(piece) {
          articles.push(piece.data)
        },
        async finish() {
          const dir = await out.directory(folder)
          const paths = await writer(articles, dir)
          await out.adopt(paths)
          return { files: paths.length }
        },
        abort: async () => undefined
      }
    }
  })
}

const htmlFormat = directoryFormat(
  'html',
  'static bilingual reading view (index and one page per article), offline, with Vazirmatn',
  'html',
  writeHtml
)

/** Every format `matn build` can write, in the order it writes them. One entry per format. */
export const formats: readonly BuildFormat[] = [jsonFormat, jsonlFormat, txtFormat, mosesFormat, tmxFormat, cslFormat, teiFormat, htmlFormat]
