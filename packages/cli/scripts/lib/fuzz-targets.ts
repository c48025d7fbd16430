/**
 * What `pnpm fuzz` feeds matn, and what it checks: one target per entry point, each with a
 * fast-check arbitrary (random text, and seeds from the repository mutated) and a check
 * that throws when matn breaks a promise: a throw that is not a `MatnError` (a crash), an
 * export that is not valid (JSON that does not parse, XML that is not well-formed, markup
 * from the text in the HTML: a {@link FuzzFailure} of kind `invalid-export`), a result that
 * breaks an invariant or does not read back (kind `invariant`).
 * Shared by the fuzz worker and the regression test that replays recorded failures
 * (`test/reliability/fuzz-regressions.test.ts`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { SaxesParser } from 'saxes'
import { align, alignArticle } from '@matn/align'
import { MatnError, normalizePersian, parseArticle, segmentText, tagCitations, type Article } from '@matn/core'
import { renderArticle } from '@matn/html'
import { ingest } from '@matn/ingest'
import { articleToJson, readArticle, segmentRows, toJsonLines, worksCited } from '@matn/json'
import { articleToTei, teiToArticle } from '@matn/tei'
import { articleText, articlesToTmx, mosesCorpus } from '@matn/text'

/** What a {@link FuzzFailure} found: an export that is not valid, or a broken invariant. */
export type FuzzFailureKind = 'invalid-export' | 'invariant'

/** A broken promise found by a check (any other throw that is not a `MatnError` is a crash). */
export class FuzzFailure extends Error {
  override name = 'FuzzFailure'
  /** What was found. */
  readonly kind: FuzzFailureKind

  /**
   * @param message What is wrong.
   * @param kind What was found (default `invariant`).
   */
  constructor(message: string, kind: FuzzFailureKind = 'invariant') {
    super(message)
    this.kind = kind
  }
}

/** The names of the targets. */
export const targetNames = ['parse', 'citations', 'normalize', 'segment', 'ingest', 'json-reader', 'tei-reader', 'align'] as const

/** A fuzz target. */
export type TargetName = (typeof targetNames)[number]

/** One target: how inputs are made, and how one is checked. */
export interface FuzzTarget {
  /** Inputs (strings; `align` inputs are JSON). */
  arbitrary: fc.Arbitrary<string>
  /** Run the input through matn; throws on a broken promise. */
  check: (input: string) => void
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

function ensure(condition: boolean, message: string, kind: FuzzFailureKind = 'invariant'): asserts condition {
  if (!condition) throw new FuzzFailure(message, kind)
}

/** Throw an `invalid-export` failure unless `text` is well-formed XML (saxes: strict XML 1.0). */
function ensureWellFormedXml(text: string, name: string): void {
  const parser = new SaxesParser({ position: true })
  let error: Error | undefined
  parser.on('error', (found) => {
    error ??= found
  })
  parser.write(text).close()
  ensure(error === undefined, `${name} is not well-formed XML: ${error?.message ?? ''}`, 'invalid-export')
}

/** Throw an `invalid-export` failure unless `text` parses as JSON; returns the value. */
function ensureJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new FuzzFailure(`${name} is not valid JSON: ${(error as Error).message}`, 'invalid-export')
  }
}

/** Run `action`; a `MatnError` is a fine outcome (returned), anything else thrown propagates. */
function allowMatnError<T>(action: () => T): T | MatnError {
  try {
    return action()
  } catch (error) {
    if (error instanceof MatnError) {
      // A line where one exists: an article built in memory (exports) has none.
      const placed = error.line === undefined || (Number.isInteger(error.line) && error.line >= 1)
      ensure(/^E_[A-Z_]+$/.test(error.code) && error.messages.length > 0 && placed, `MatnError without a code, a message or a valid line: ${error.message}`)
      return error
    }
    throw error
  }
}

// ---------------------------------------------------------------- inputs

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const anyString = fc.oneof(fc.string({ unit: anyUnit, maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }))

/** Pieces that matter to matn's parsers, inserted by mutations. */
const pieces = [
  '# ', '## ', '> ', '- ', '1. ', '*', '_', '**', '`', '```\n', '[', ']', '[^1]', '[^x]', '\n[^1]: ', '](', '![a](b)',
  '[l](javascript:alert(1))', '<javascript:x>', '| a | b |\n|---|---|\n', '\\', '&amp;', '&#1575;', '&#0;', '&#x202E;', '&bogus;',
  '<div lang="fa" dir="rtl">\n\n', '<div lang="en">\n\n', '<div lang="de">\n\n', '\n\n</div>\n\n', '<!-- page: 12 -->', '<!--',
  '<script>', '"><img src=x onerror=alert(1)>', ']]>', '<![CDATA[', '{{x}}', '---\n', '\n', '\n\n', '\r\n', '\r', '\t', ' ',
  'دولت‌ها', 'والت', 'و', 'همکاران', 'Walt', 'et al.', '.', '؟', '،', '(', ')', ')(', '(2018)', '1987', '۱۳۹۸', ': 3-4',
  '(Walt, 1987: 3-4)', '(مشیرزاده، ۱۳۹۳: ۷۲)', '.)Katzman, 2016: 1(', 'Walt (1987)', '\u200C', '\u200F', '\u202B', '\u202E',
  '\u2067', '\u0640', '\uFEFF', '\u0000', '\uFFFD', 'ﻻ', 'ﺩﻭﻟﺖ', '\uD800', '\uDC00', '😀', '\u2028', '\u0085',
  // XML and JSON syntax, for the readers
  '<', '>', '</', '/>', '"', "'", '&', '&lt;', '<s xml:id="x">', '</s>', '</p>', '<pb n="1"/>', '<g ref="#char_0"/>',
  'xml:id="fa-p1-s1"', '{', '}', '[', ']', ',', ':', 'null', '-1', '1e999', '"id"', '"segments"', '"\\ud800"'
]

type Mutation = [operation: number, at: number, length: number, piece: number]
const mutations = fc.array(fc.tuple(fc.nat(5), fc.nat(), fc.nat(64), fc.nat(pieces.length - 1)), { minLength: 1, maxLength: 8 })

/** Apply mutations to a text: insert a piece, delete, duplicate, replace a unit, move, truncate. */
export function mutate(text: string, list: readonly Mutation[]): string {
  let result = text
  for (const [operation, at, length, piece] of list) {
    const start = result.length === 0 ? 0 : at % (result.length + 1)
    const end = Math.min(result.length, start + length)
    switch (operation) {
      case 0:
        result = result.slice(0, start) + (pieces[piece] as string) + result.slice(start)
        break
      case 1:
        result = result.slice(0, start) + result.slice(end)
        break
      case 2:
        result = result.slice(0, end) + result.slice(start, end) + result.slice(end)
        break
      case 3:
        result = result.slice(0, start) + String.fromCharCode((at * 7919) % 0x10000) + result.slice(start + 1)
        break
      case 4: {
        const moved = result.slice(start, end)
        const rest = result.slice(0, start) + result.slice(end)
        const to = (at >> 3) % (rest.length + 1)
        result = rest.slice(0, to) + moved + rest.slice(to)
        break
      }
      default:
        result = result.slice(0, Math.max(start, result.length - length * 16))
    }
  }
  return result
}

/** A window of at most `size` characters of a text, starting anywhere. */
function window(texts: readonly string[], size: number): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 1, max: size })).map(([index, at, length]) => {
    const text = texts[index] as string
    const start = at % Math.max(1, text.length)
    return text.slice(start, start + length)
  })
}

/** The files named `name` in each corpus article's folder. */
function corpusFiles(name: string): string[] {
  return readdirSync(`${repoRoot}corpus`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${repoRoot}corpus/${entry.name}/${name}`))
    .map((entry) => readFileSync(`${repoRoot}corpus/${entry.name}/${name}`, 'utf8'))
}

/** The files of a folder whose names end with `suffix`, sorted by name. */
function folderFiles(folder: string, suffix: string): string[] {
  if (!existsSync(`${repoRoot}${folder}`)) return []
  return readdirSync(`${repoRoot}${folder}`)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => readFileSync(`${repoRoot}${folder}/${name}`, 'utf8'))
}

/** Inputs of the failures recorded so far (`test/fixtures/fuzz/`): seeds too. */
const recordedInputs = folderFiles('test/fixtures/fuzz', '.json')
  .map((text) => (JSON.parse(text) as { input: string }).input)
  .filter((input) => input.length > 0)

// Article seeds: the test fixture articles first (small), then the corpus articles.
const articleSources = [...folderFiles('test/fixtures/articles', '.md'), ...corpusFiles('article.md')]
const frontMatterOf = (source: string): string => source.slice(0, source.indexOf('\n---', 4) + 5)
const bodies = articleSources.map((source) => source.slice(frontMatterOf(source).length))
const frontMatters = articleSources.map(frontMatterOf)
const smallArticles = articleSources.filter((source) => source.length <= 20_000)

// Raw extraction seeds: the ingest fixtures, the corpus sources, and recorded failures.
const rawSources = [...folderFiles('packages/ingest/test/fixtures', '.txt'), ...corpusFiles('source.txt'), ...recordedInputs]

const markdownish = fc.array(fc.oneof(fc.constantFrom(...pieces), anyString.map((value) => value.slice(0, 8))), { maxLength: 80 }).map((parts) => parts.join(''))

/** Article Markdown: seeds (whole small ones, windows of big ones) mutated, or random text under valid front matter. */
const articleInput: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...smallArticles), mutations).map(([source, list]) => mutate(source, list)),
  fc.tuple(fc.nat(frontMatters.length - 1), window(bodies, 6000), mutations).map(([index, body, list]) => mutate(`${frontMatters[index]}\n${body}`, list)),
  fc.tuple(fc.constantFrom(...frontMatters), markdownish).map(([front, body]) => `${front}\n${body}`),
  fc.tuple(fc.constantFrom(...frontMatters), mutations).map(([front, list]) => mutate(front, list) + '\n\nText.\n'),
  anyString
)

const plainText = fc.oneof(
  markdownish,
  anyString,
  fc.tuple(window(bodies, 2000), mutations).map(([text, list]) => mutate(text, list)),
  ...(recordedInputs.length > 0 ? [fc.tuple(window(recordedInputs, 2000), mutations).map(([text, list]) => mutate(text, list))] : [])
)

const rawInput: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(window(rawSources, 12000), mutations).map(([text, list]) => mutate(text, list)),
  fc.tuple(window(rawSources, 3000), fc.constantFrom('\r\n', '\r', '\u0000', '\uFEFF', '\u2028')).map(([text, ending]) => text.replaceAll('\n', ending)),
  anyString,
  markdownish
)

// Readers' seeds: the exports of the small articles, with alignments.
const exported = smallArticles.map((source) => {
  const article = parseArticle(source)
  article.alignments = alignArticle(article, { source })
  return { json: articleToJson(article), tei: articleToTei(article) }
})
const jsonInput = fc.tuple(fc.constantFrom(...exported.map((entry) => entry.json)), mutations).map(([text, list]) => mutate(text, list))
const teiInput = fc.tuple(fc.constantFrom(...exported.map((entry) => entry.tei)), mutations).map(([text, list]) => mutate(text, list))

const englishWords = ['Iran', 'Russia', 'alliance', 'threat', 'policy', '1987', 'Walt', 'the', 'of', '(Walt, 1987)', '', 'x'.repeat(300)]
const persianWords = ['ایران', 'روسیه', 'اتحاد', 'تهدید', 'سیاست', '۱۳۶۶', 'والت', 'و', 'در', '(Walt, 1987)', '']
const sentences = (pool: readonly string[]) =>
  fc.array(fc.oneof(fc.array(fc.constantFrom(...pool), { maxLength: 14 }).map((list) => list.join(' ')), anyString.map((value) => value.slice(0, 40))), { maxLength: 60 })
const alignInput = fc
  .record({ en: sentences(englishWords), fa: sentences(persianWords), mode: fc.constantFrom('parallel' as const, 'comparable' as const) })
  .map((value) => JSON.stringify(value))

// ---------------------------------------------------------------- checks

/**
 * Every export of a parsed article (json, jsonl, txt, moses, tmx, csl, tei, html) is valid:
 * JSON parses, XML is well-formed, markup from the text stays text in the HTML, each text
 * file holds one line per segment; the JSON and TEI readers give back the article. An
 * export may refuse an article with a `MatnError`, never crash.
 */
function checkExports(article: Article): void {
  const expected: unknown = JSON.parse(JSON.stringify(article))
  const json = allowMatnError(() => articleToJson(article))
  if (!(json instanceof MatnError)) {
    ensureJson(json, 'the JSON export')
    ensure(isDeepStrictEqual(readArticle(json), expected), 'the JSON export does not read back to the article')
  }
  const tei = allowMatnError(() => articleToTei(article))
  if (!(tei instanceof MatnError)) {
    ensureWellFormedXml(tei, 'the TEI export')
    ensure(isDeepStrictEqual(teiToArticle(tei), expected), 'the TEI export does not read back to the article')
  }
  const lineBreak = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/
  for (const lang of ['fa', 'en'] as const) {
    const plain = allowMatnError(() => articleText(article, lang))
    if (plain instanceof MatnError) continue
    ensure(plain.text.split(lineBreak).length === plain.lines + 1, `txt (${lang}) does not hold one line per segment`, 'invalid-export')
  }
  const moses = allowMatnError(() => mosesCorpus([article]))
  if (!(moses instanceof MatnError)) {
    for (const side of [moses.en, moses.fa, moses.ids]) ensure(side.split(lineBreak).length === moses.lines + 1, 'Moses files are not line-aligned', 'invalid-export')
  }
  const jsonl = allowMatnError(() => toJsonLines(segmentRows(article)))
  if (!(jsonl instanceof MatnError)) {
    const lines = jsonl.split(lineBreak)
    ensure(lines.length === article.segments.length + 1 && lines.pop() === '', 'segments.jsonl does not hold one line per segment', 'invalid-export')
    for (const line of lines) ensureJson(line, 'a segments.jsonl line')
  }
  const csl = allowMatnError(() => JSON.stringify(worksCited([article])))
  if (!(csl instanceof MatnError)) ensureJson(csl, 'the CSL-JSON export')
  const tmx = allowMatnError(() => articlesToTmx([article]))
  if (!(tmx instanceof MatnError)) {
    ensureWellFormedXml(tmx, 'the TMX export')
    ensure(!/<(script|img)\b/.test(tmx), 'markup from the text reached the TMX', 'invalid-export')
  }
  const html = allowMatnError(() => renderArticle(article))
  if (!(html instanceof MatnError)) {
    ensure(!/<(script|img)\b[^>]*(alert|onerror|matnPwned)/i.test(html), 'markup from the text reached the HTML', 'invalid-export')
  }
}

function checkParsed(source: string, article: Article): void {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const ids = article.segments.map((segment) => segment.id)
  ensure(new Set(ids).size === ids.length, 'duplicate segment ids')
  const body = article.segments
    .filter((segment) => segment.kind !== 'title' && segment.kind !== 'keyword')
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
  let previousEnd = 0
  for (const segment of body) {
    const { start, end } = segment.position
    ensure(start.offset >= previousEnd && end.offset > start.offset && end.offset <= text.length, `segment ${segment.id} has a bad span`)
    ensure(segment.text.trim() !== '', `segment ${segment.id} is empty`)
    previousEnd = end.offset
  }
  for (const citation of article.citations) {
    ensure(text.slice(citation.start, citation.end) === citation.raw, `citation ${citation.id} does not read as its raw text`)
    ensure(ids.includes(citation.segment), `citation ${citation.id} names a missing segment`)
  }
}

function checkArticleSource(source: string): void {
  const article = allowMatnError(() => parseArticle(source))
  if (article instanceof MatnError) return
  checkParsed(source, article)
  article.alignments = alignArticle(article, { source })
  const langOf = new Map(article.segments.map((segment) => [segment.id, segment.lang]))
  for (const link of article.alignments) {
    ensure(link.en.every((id) => langOf.get(id) === 'en') && link.fa.every((id) => langOf.get(id) === 'fa'), 'an alignment link names a missing segment or the wrong language')
  }
  checkExports(article)
}

/** Every target, by name. */
export const targets: Record<TargetName, FuzzTarget> = {
  parse: { arbitrary: articleInput, check: checkArticleSource },
  citations: {
    arbitrary: plainText,
    check(text) {
      let previous = 0
      for (const citation of tagCitations(text)) {
        ensure(citation.start >= previous && citation.end > citation.start && citation.end <= text.length, 'citation spans out of order or out of the text')
        ensure(text.slice(citation.start, citation.end) === citation.raw, 'citation does not read as its raw text')
        previous = citation.start
      }
    }
  },
  normalize: {
    arbitrary: plainText,
    check(text) {
      const once = normalizePersian(text)
      ensure(normalizePersian(once) === once, 'normalizePersian is not idempotent')
    }
  },
  segment: {
    arbitrary: plainText,
    check(text) {
      let previous = 0
      const covered = new Uint8Array(text.length)
      for (const sentence of segmentText(text)) {
        ensure(sentence.start >= previous && sentence.end > sentence.start && sentence.end <= text.length, 'sentences out of order or out of the text')
        covered.fill(1, sentence.start, sentence.end)
        previous = sentence.end
      }
      for (let index = 0; index < text.length; index++) {
        ensure(covered[index] === 1 || /[\s\u0085]/.test(text[index] as string), `visible character ${index} is in no sentence`)
      }
    }
  },
  ingest: {
    arbitrary: rawInput,
    check(raw) {
      const result = allowMatnError(() => ingest(raw, { id: 'fuzz', sourceFile: 'fuzz.txt' }))
      if (result instanceof MatnError) return
      // One repaired line per raw line, whatever the line ends (LF, CRLF, CR).
      const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
      ensure(result.lines.length === lines.length, `ingest gave ${result.lines.length} repaired lines for ${lines.length} raw lines`)
      // The draft must be an article matn reads (or a MatnError saying why, never a crash),
      // and whose exports are valid.
      checkArticleSource(result.markdown)
    }
  },
  'json-reader': {
    arbitrary: jsonInput,
    check(json) {
      const article = allowMatnError(() => readArticle(json))
      if (article instanceof MatnError) return
      ensure(isDeepStrictEqual(readArticle(articleToJson(article)), article), 'an article read from JSON does not survive another JSON round trip')
      allowMatnError(() => articleToTei(article))
    }
  },
  'tei-reader': {
    arbitrary: teiInput,
    check(xml) {
      const article = allowMatnError(() => teiToArticle(xml))
      if (article instanceof MatnError) return
      const again = allowMatnError(() => articleToTei(article))
      if (again instanceof MatnError) return
      ensure(isDeepStrictEqual(teiToArticle(again), article), 'an article read from TEI does not survive another TEI round trip')
    }
  },
  align: {
    arbitrary: alignInput,
    check(input) {
      const { en, fa, mode } = JSON.parse(input) as { en: string[]; fa: string[]; mode: 'parallel' | 'comparable' }
      const links = align(en, fa, { mode })
      const english = links.flatMap((link) => link.en)
      ensure(isDeepStrictEqual(english, en.map((_, index) => index)), 'English sentences not each linked once, in order')
      for (const link of links) {
        ensure(link.fa.every((index) => Number.isInteger(index) && index >= 0 && index < fa.length), 'a link names a missing Persian sentence')
        ensure(link.score >= 0 && link.score <= 1, 'a score outside [0, 1]')
      }
      if (mode === 'parallel') {
        ensure(isDeepStrictEqual(links.flatMap((link) => link.fa), fa.map((_, index) => index)), 'parallel links cross or skip a Persian sentence')
      }
    }
  }
}
