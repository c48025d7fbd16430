import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** What a benchmark row reads. */
export type InputKind = 'fa' | 'en' | 'mixed' | 'markdown' | 'raw'

/** A generated input: its text and its fingerprint. */
export interface Input {
  kind: InputKind
  /** Size asked for, in MB (10^6 bytes of UTF-8). */
  megabytes: number
  text: string
  /** Its UTF-8 length. */
  bytes: number
  /** SHA-256 of its UTF-8 bytes (first 16 hex digits): rows that share an input share this. */
  sha256: string
}

/** The articles of the bundled corpus, in path order. */
export interface CorpusArticles {
  /** Article Markdown files, front matter included. */
  markdown: string[]
  /** Raw PDF-text extractions (`source.txt`) of the articles that have one, in the same order. */
  raw: string[]
}

/**
 * Read `corpus/<id>/article.md` (and `source.txt` where there is one) of every corpus
 * article, sorted by id.
 *
 * @param corpusDirectory The `corpus/` folder.
 */
export function readCorpus(corpusDirectory: string): CorpusArticles {
  const ids = readdirSync(corpusDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  const markdown = ids.map((id) => readFileSync(join(corpusDirectory, id, 'article.md'), 'utf8'))
  if (markdown.length === 0) throw new Error(`No articles in ${corpusDirectory}`)
  const raw = ids.map((id) => join(corpusDirectory, id, 'source.txt')).filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8'))
  return { markdown, raw }
}

/** The body of an article: what follows its front matter. */
export function bodyOf(markdown: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(markdown)
  return match ? markdown.slice(match[0].length) : markdown
}

/**
 * The running text of an article body, paragraph by paragraph with its language: headings,
 * list items, quotes and paragraphs with their Markdown marks removed; tables, HTML lines
 * and footnote markers left out.
 *
 * @param body Article Markdown without front matter.
 */
export function textParagraphsOf(body: string): Array<{ lang: 'fa' | 'en'; text: string }> {
  const paragraphs: Array<{ lang: 'fa' | 'en'; text: string }> = []
  const stack: Array<'fa' | 'en'> = []
  let lines: string[] = []
  const flush = (): void => {
    const text = lines.join('\n').trim()
    if (text) paragraphs.push({ lang: stack[stack.length - 1] ?? 'fa', text })
    lines = []
  }
  for (const line of body.split(/\r?\n/)) {
    const open = /^<div\b[^>]*\blang="(fa|en)"/.exec(line)
    if (open) {
      flush()
      stack.push(open[1] as 'fa' | 'en')
      continue
    }
    if (/^<\/div>/.test(line)) {
      flush()
      stack.pop()
      continue
    }
    if (line.trim() === '' || /^\s*(?:<|\|)/.test(line)) {
      flush()
      continue
    }
    lines.push(line.replace(/^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+|\[\^[^\]]+\]:\s*)/, '').replace(/\[\^[^\]]+\]/g, ''))
  }
  flush()
  return paragraphs
}

/**
 * Generate an input of about `megabytes` MB from the corpus, deterministically: the
 * corpus text repeated in order until the UTF-8 size is reached. `fa` and `en` hold the
 * paragraphs of one language, `mixed` all paragraphs in article order (plain text,
 * paragraphs separated by blank lines), `markdown` the first article's front matter
 * followed by the article bodies repeated, `raw` the raw PDF-text extractions
 * (`source.txt`, what ingest reads) one after the other, each ending in a line break.
 *
 * @param corpus The corpus articles.
 * @param kind What to generate.
 * @param megabytes Target size in MB (10^6 bytes).
 */
export function generateInput(corpus: CorpusArticles, kind: InputKind, megabytes: number): Input {
  const target = Math.round(megabytes * 1e6)
  let pieces: string[]
  let head = ''
  if (kind === 'markdown') {
    const first = corpus.markdown[0] as string
    head = first.slice(0, first.length - bodyOf(first).length)
    pieces = corpus.markdown.map((markdown) => `${bodyOf(markdown).trimEnd()}\n\n`)
  } else if (kind === 'raw') {
    if (corpus.raw.length === 0) throw new Error('No source.txt in the corpus: cannot generate raw text')
    pieces = corpus.raw.map((raw) => (raw.endsWith('\n') ? raw : `${raw}\n`))
  } else {
    const paragraphs = corpus.markdown.flatMap((markdown) => textParagraphsOf(bodyOf(markdown)))
    pieces = paragraphs.filter((paragraph) => kind === 'mixed' || paragraph.lang === kind).map((paragraph) => `${paragraph.text}\n\n`)
  }
  const pieceBytes = pieces.map((piece) => Buffer.byteLength(piece))
  const parts: string[] = [head]
  let bytes = Buffer.byteLength(head)
  for (let index = 0; bytes < target; index = (index + 1) % pieces.length) {
    parts.push(pieces[index] as string)
    bytes += pieceBytes[index] as number
  }
  const text = parts.join('')
  return { kind, megabytes, text, bytes, sha256: fingerprint(text) }
}

/** SHA-256 of the UTF-8 bytes of a text, first 16 hex digits. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * The paragraphs of a plain-text input (split at blank lines), as the reference rows
 * feed them to the nlcst parsers one by one.
 *
 * @param text A plain-text input.
 */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*(?:\r?\n[ \t]*)+/).filter((paragraph) => paragraph.trim() !== '')
}
