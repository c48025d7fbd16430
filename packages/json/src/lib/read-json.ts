import { Corpus, MatnError, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { pointerOffset } from './json-pointer.js'
import { syntaxErrorOffset } from './json-syntax.js'
import { validateArticle, validateCorpus, type JsonIssue } from './validate.js'

/** Options of {@link readArticle} and {@link readCorpus}. */
export interface ReadJsonOptions {
  /** Path reported in error messages (`file:line:column`). */
  path?: string
}

const emptyOptions: Readonly<ReadJsonOptions> = Object.freeze({})

/**
 * Read Article JSON (as {@link articleToJson} or `matn parse` write it), validated against
 * the Article schema and its references.
 *
 * @param input The JSON text or its UTF-8 bytes.
 * @param options Path for messages.
 * @returns The article.
 * @throws {MatnError} `E_EMPTY`, `E_ENCODING`, `E_JSON` (not JSON) or `E_SCHEMA` (not an
 *   Article), with the line and column of the first problem.
 */
export function readArticle(input: string | Uint8Array, options?: Readonly<ReadJsonOptions> | null): Article {
  const { text, value, file } = parse(input, options ?? emptyOptions)
  fail(file, text, validateArticle(value))
  return value as Article
}

/**
 * Read corpus JSON (`{ "articles": [...] }`, as {@link corpusToJson} writes it), validated
 * against the Corpus schema.
 *
 * @param input The JSON text or its UTF-8 bytes.
 * @param options Path for messages.
 * @returns A `Corpus` of the articles, with citation lookup.
 * @throws {MatnError} As {@link readArticle}.
 */
export function readCorpus(input: string | Uint8Array, options?: Readonly<ReadJsonOptions> | null): Corpus {
  const { text, value, file } = parse(input, options ?? emptyOptions)
  fail(file, text, validateCorpus(value))
  return new Corpus((value as { articles: Article[] }).articles)
}

function parse(input: string | Uint8Array, options: Readonly<ReadJsonOptions>): { text: string; value: unknown; file: VFile } {
  const file = new VFile({ path: options.path ?? '<input>' })
  let text: string
  if (typeof input === 'string') text = input
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      throw failure('E_ENCODING', file, 'The JSON is not valid UTF-8', 'encoding')
    }
  }
  text = text.replace(/^\uFEFF/, '')
  file.value = text
  if (text.trim() === '') throw failure('E_EMPTY', file, 'The JSON is empty', 'json')
  try {
    return { text, value: JSON.parse(text) as unknown, file }
  } catch {
    const offset = syntaxErrorOffset(text) ?? 0
    const found = offset < text.length ? `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0))}` : 'unexpected end'
    throw failure('E_JSON', file, `Malformed JSON: ${found}`, 'json', offset)
  }
}

function fail(file: VFile, text: string, issues: JsonIssue[]): void {
  if (issues.length === 0) return
  const messages = issues.map((issue) => message(file, issue.message, 'schema', pointerOffset(text, issue.pointer) ?? 0))
  throw new MatnError('E_SCHEMA', file, messages)
}

function failure(code: 'E_EMPTY' | 'E_ENCODING' | 'E_JSON', file: VFile, reason: string, rule: string, offset = 0): MatnError {
  return new MatnError(code, file, [message(file, reason, rule, offset)])
}

function message(file: VFile, reason: string, ruleId: string, offset: number): ReturnType<VFile['message']> {
  const text = String(file.value ?? '')
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  const entry = file.message(reason, { place: { line, column }, ruleId, source: 'matn' })
  entry.fatal = true
  return entry
}
