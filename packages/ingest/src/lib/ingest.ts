import { createHash } from 'node:crypto'
import { repairLines, type PipelineStep, type StepEffect } from './repair/pipeline.js'
import type { PersianLexicon, RepairChange, UnresolvedToken } from './repair/types.js'
import type { GlyphChannel } from './repair/glyph-map-channel.js'
import { readBody } from './structure/body.js'
import { readFront } from './structure/front.js'
import { classifyLines } from './structure/lines.js'
import { renderArticle, type DraftCounts } from './structure/render.js'

/** Options of {@link ingest}. */
export interface IngestOptions {
  /** Article id for the front matter (`[a-z0-9-]`); `untitled` when missing. */
  id?: string
  /** File name of the raw source, recorded with its SHA-256 in the front matter. */
  sourceFile?: string
  /** Repair pipeline (default: {@link defaultPipeline}). */
  pipeline?: readonly PipelineStep[]
  /** Persian lexicon (default: `loadPersianLexicon()`). */
  lexicon?: PersianLexicon
  /** The font lost final letters (default: detected, see `detectGlyphMapDamage`). */
  lostFinalLetters?: boolean
  /** The broken glyph map (default: read from the text, see `estimateGlyphChannel`). */
  glyphChannel?: GlyphChannel
}

/** What ingest did: every change, every unresolved token, counts and each step's effect. */
export interface IngestReport {
  changes: RepairChange[]
  unresolved: UnresolvedToken[]
  effects: StepEffect[]
  counts: DraftCounts & { lines: number; authors: number }
}

/** The article draft and its report. */
export interface IngestResult {
  markdown: string
  report: IngestReport
  /** The repaired lines, one per raw line. */
  lines: string[]
}

/**
 * Turn the raw text of a PDF extraction into an article draft in the matn format: repair
 * every line (the pipeline), then read the structure from the layout (English abstract,
 * Persian title page, abstract, keywords, headings, paragraphs, page breaks, footnotes,
 * tables, figures) and write the Markdown.
 *
 * @param raw The raw extracted text.
 * @param options Id, source file name, pipeline, lexicon.
 * @returns The Markdown and the report. Never throws on text input: what it cannot place
 *   stays in the text as printed and is listed in `report.unresolved`.
 */
export function ingest(raw: string, options?: Readonly<IngestOptions> | null): IngestResult {
  const rawLines = splitRawLines(raw)
  const repaired = repairLines(rawLines, {
    ...(options?.pipeline ? { pipeline: options.pipeline } : {}),
    ...(options?.lexicon ? { lexicon: options.lexicon } : {}),
    ...(options?.lostFinalLetters === undefined ? {} : { lostFinalLetters: options.lostFinalLetters }),
    ...(options?.glyphChannel ? { glyphChannel: options.glyphChannel } : {})
  })
  const draft = draftArticle(rawLines, repaired.lines, { ...options, rawText: raw })
  return {
    markdown: draft.markdown,
    lines: repaired.lines,
    report: {
      changes: repaired.changes,
      unresolved: [...repaired.unresolved, ...draft.unresolved],
      effects: repaired.effects,
      counts: draft.counts
    }
  }
}

/**
 * Split raw extracted text into lines as ingest does (a leading byte-order mark dropped; CR LF,
 * LF or a lone CR ends a line).
 *
 * @param raw The raw text.
 * @returns Its lines.
 */
export function splitRawLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
}

/**
 * The structure half of {@link ingest}: read the layout of the repaired lines and write the
 * article Markdown.
 *
 * @param rawLines The raw lines (for layout: lengths, indentation, rules).
 * @param repairedLines The repaired lines, one per raw line.
 * @param options Id, source file name, and the raw text as read (for its SHA-256; default: the lines joined).
 * @returns The Markdown, the counts and the unresolved structure tokens.
 */
export function draftArticle(
  rawLines: readonly string[],
  repairedLines: readonly string[],
  options?: Readonly<Pick<IngestOptions, 'id' | 'sourceFile'> & { rawText?: string }> | null
): { markdown: string; counts: IngestReport['counts']; unresolved: UnresolvedToken[] } {
  const lines = classifyLines(rawLines, repairedLines)
  const front = readFront(lines)
  const body = readBody(lines, front.bodyStart, front.title)
  attachAuthorNotes(front.authors, body.authorNotes)
  const id = options?.id && /^[a-z0-9][a-z0-9-]*$/.test(options.id) ? options.id : 'untitled'
  const raw = options?.rawText ?? rawLines.join('\n')
  const source = options?.sourceFile ? { file: options.sourceFile, sha256: createHash('sha256').update(raw).digest('hex') } : undefined
  const rendered = renderArticle(front, body, { id, ...(source ? { source } : {}) })
  return {
    markdown: rendered.markdown,
    counts: { ...rendered.counts, lines: rawLines.length, authors: front.authors.length },
    unresolved: [...body.unresolved, ...rendered.unresolved, ...leftOutLines(lines, rendered.markdown, new Set(body.joinedLines))]
  }
}

/**
 * Lines with text but neither letters nor a number alone (`2021 .)` broken off a citation,
 * control characters) that the structure reader placed nowhere: reported, never silently
 * left out.
 */
function leftOutLines(lines: ReturnType<typeof classifyLines>, markdown: string, joined: ReadonlySet<number>): UnresolvedToken[] {
  const unescaped = markdown.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
  // Each search reads the whole draft: search each text once (a long document repeats them).
  const placed = new Map<string, boolean>()
  const isPlaced = (text: string): boolean => {
    let found = placed.get(text)
    if (found === undefined) {
      found = unescaped.includes(text)
      placed.set(text, found)
    }
    return found
  }
  return lines
    .filter((line) => line.kind === 'other' && !joined.has(line.line) && !isPlaced(line.text))
    .map((line) => ({ step: 'structure', line: line.line, column: 1, token: line.text, reason: 'line left out of the draft: no letters to place it by' }))
}

/** Give each author note's e-mail to the author whose name carries the note's mark. */
function attachAuthorNotes(authors: ReturnType<typeof readFront>['authors'], notes: ReadonlyArray<{ mark: string; text: string }>): void {
  for (const note of notes) {
    const address = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(note.text)?.[0]
    const author = authors.find((candidate) => candidate.mark !== undefined && candidate.mark === note.mark) ?? (authors.length === 1 ? authors[0] : undefined)
    if (!author) continue
    if (address) author.email = address
    author.corresponding = true
  }
}
