import type { Article } from '@matn/core'
import {
  articleToJson,
  corpusToJson,
  footnoteGlossary,
  segmentRows,
  toJsonLines,
  translationPairs,
  worksCited
} from '@matn/json'
import { writeHtml } from '@matn/html'
import { articleToTei, corpusToTei } from '@matn/tei'
import { articleText, articlesToTmx, countNonXmlCharacters, mosesCorpus } from '@matn/text'
import type { OutputDir } from './output-dir.js'

/** What one format's output carries; `null` where the format does not carry that kind of thing. */
export interface FormatCounts {
  files: number
  articles: number
  segments: number | null
  citations: number | null
  links: number | null
}

/** One export format of `matn build`. */
export interface BuildFormat {
  /** The name used with `--format`. */
  name: string
  /** One line for the help text. */
  description: string
  /**
   * Write the format's files through `out` (which refuses unsafe paths).
   *
   * @returns What the output carries, and warnings to print.
   */
  write: (articles: readonly Article[], out: OutputDir) => Promise<{ counts: FormatCounts; warnings: string[] }>
}

/** A file of a format: path relative to the output directory, and content. */
export type FormatFile = readonly [path: string, content: string]

type Carried = Pick<FormatCounts, 'segments' | 'citations' | 'links'>

/** Everything the articles hold: the counts of a format that carries the whole model. */
function whole(articles: readonly Article[]): Carried {
  return {
    segments: sum(articles, (article) => article.segments.length),
    citations: sum(articles, (article) => article.citations.length),
    links: sum(articles, (article) => article.alignments.length)
  }
}

/**
 * A format made of files computed in memory.
 *
 * @param name Format name.
 * @param description Help line.
 * @param files The files for the articles.
 * @param carried What the output carries (default: everything in the articles).
 * @param warn Warnings about the articles for this format.
 */
export function filesFormat(
  name: string,
  description: string,
  files: (articles: readonly Article[]) => FormatFile[],
  carried: (articles: readonly Article[]) => Carried = whole,
  warn: (articles: readonly Article[]) => string[] = () => []
): BuildFormat {
  return {
    name,
    description,
    async write(articles, out) {
      const list = files(articles)
      for (const [path, content] of list) await out.write(path, content)
      return { counts: { files: list.length, articles: articles.length, ...carried(articles) }, warnings: warn(articles) }
    }
  }
}

/**
 * A format whose writer writes its own files into a folder and returns their paths (`html`).
 * The folder is created through `out`'s checks and every returned path is checked too.
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
  return {
    name,
    description,
    async write(articles, out) {
      const dir = await out.directory(folder)
      const paths = await writer([...articles], dir)
      await out.adopt(paths)
      return { counts: { files: paths.length, articles: articles.length, ...whole(articles) }, warnings: [] }
    }
  }
}

const jsonFormat = filesFormat('json', 'Article JSON per article and the corpus (JSON Schema in @matn/json)', (articles) => [
  ...articles.map((article): FormatFile => [`json/${article.id}.json`, articleToJson(article)]),
  ['json/corpus.json', corpusToJson(articles)]
])

const jsonlFormat = filesFormat(
  'jsonl',
  'JSONL datasets: aligned pairs (Hugging Face translation shape), segments with citations, footnote glossary',
  (articles) => [
    ['jsonl/pairs.jsonl', toJsonLines(articles.flatMap(translationPairs))],
    ['jsonl/segments.jsonl', toJsonLines(articles.flatMap(segmentRows))],
    ['jsonl/glossary.jsonl', toJsonLines(articles.flatMap(footnoteGlossary))]
  ],
  (articles) => ({ ...whole(articles), links: articles.flatMap(translationPairs).length })
)

const txtFormat = filesFormat(
  'txt',
  'plain text, one segment per line per language, with a line-aligned .ids sidecar',
  (articles) =>
    articles.flatMap((article) =>
      (['fa', 'en'] as const).flatMap((lang): FormatFile[] => {
        const { text, ids } = articleText(article, lang)
        return [
          [`txt/${article.id}.${lang}.txt`, text],
          [`txt/${article.id}.${lang}.ids`, ids]
        ]
      })
    ),
  (articles) => ({ ...whole(articles), links: null })
)

const mosesFormat = filesFormat(
  'moses',
  'Moses line-aligned parallel text (corpus.en, corpus.fa) from the alignments, with corpus.ids',
  (articles) => {
    const moses = mosesCorpus(articles)
    return [
      ['moses/corpus.en', moses.en],
      ['moses/corpus.fa', moses.fa],
      ['moses/corpus.ids', moses.ids]
    ]
  },
  linkCounts
)

const tmxFormat = filesFormat(
  'tmx',
  'TMX 1.4b translation memory of the alignments',
  (articles) => [['tmx/corpus.tmx', articlesToTmx(articles)]],
  linkCounts,
  (articles) =>
    articles.flatMap((article) =>
      article.segments
        .filter((segment) => countNonXmlCharacters(segment.text) > 0)
        .map((segment) => `${article.id}: segment ${segment.id} holds characters XML cannot represent; they are written as U+FFFD`)
    )
)

const cslFormat = filesFormat(
  'csl',
  'works cited as CSL-JSON, for the corpus and per article',
  (articles) => [
    ['csl/works-cited.json', `${JSON.stringify(worksCited(articles), null, 2)}\n`],
    ...articles.map((article): FormatFile => [`csl/${article.id}.json`, `${JSON.stringify(worksCited([article]), null, 2)}\n`])
  ],
  (articles) => ({ segments: null, citations: whole(articles).citations, links: null })
)

const teiFormat = filesFormat('tei', 'TEI P5: one document per article and a teiCorpus', (articles) => [
  ...articles.map((article): FormatFile => [`tei/${article.id}.xml`, articleToTei(article)]),
  ['tei/corpus.xml', corpusToTei([...articles])]
])

const htmlFormat = directoryFormat(
  'html',
  'static bilingual reading view (index and one page per article), offline, with Vazirmatn',
  'html',
  writeHtml
)

/** Every format `matn build` can write, in the order it writes them. One entry per format. */
export const formats: readonly BuildFormat[] = [jsonFormat, jsonlFormat, txtFormat, mosesFormat, tmxFormat, cslFormat, teiFormat, htmlFormat]

function linkCounts(articles: readonly Article[]): Carried {
  const links = mosesCorpus(articles).lines
  const segments = sum(articles, (article) =>
    article.alignments.filter((alignment) => alignment.en.length > 0 && alignment.fa.length > 0).reduce((total, alignment) => total + alignment.en.length + alignment.fa.length, 0)
  )
  return { segments, citations: null, links }
}

function sum(articles: readonly Article[], count: (article: Article) => number): number {
  return articles.reduce((total, article) => total + count(article), 0)
}
