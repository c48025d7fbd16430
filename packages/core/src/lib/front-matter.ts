import { Ajv, type ErrorObject } from 'ajv'
import { isValidJalaaliDate, toGregorian } from 'jalaali-js'
import type { VFile } from 'vfile'
import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Node as YamlNode } from 'yaml'
import type { ArticleDate, ArticleMeta, Point } from './model.js'
import { frontMatterSchema } from './front-matter-schema.js'

/** Front matter read from a file, with a way to find where each field was written. */
export interface FrontMatter {
  meta: ArticleMeta
  /** Source span (file offsets) of the scalar at a path (`['title', 'fa']`), if any. */
  spanOf(path: ReadonlyArray<string | number>): { start: number; end: number } | undefined
}

/** Aliases deeper than this are refused (alias bombs). */
const maxAliasCount = 100

let validate: ReturnType<Ajv['compile']> | undefined

/**
 * Parse and validate YAML front matter. YAML is read in safe mode: core schema, tags it
 * does not know are refused (not read as strings), aliases bounded (`maxAliasCount`, against
 * alias bombs), numbers must be finite (the article must survive JSON). Every problem
 * becomes a fatal vfile message at the line and column of the offending node.
 *
 * @param yamlText The YAML between the `---` fences.
 * @param yamlOffset Offset of `yamlText` in the file.
 * @param file The file (messages go there).
 * @returns The metadata, or undefined when the front matter has errors.
 */
export function readFrontMatter(
  yamlText: string,
  yamlOffset: number,
  file: VFile,
  toPoint: (offset: number) => Point | undefined
): FrontMatter | undefined {
  const lineCounter = new LineCounter()
  // YAML breaks lines at CR alone too, but the parser does not: make it LF (same length,
  // so offsets still point into the file).
  const document = parseDocument(yamlText.replace(/\r(?!\n)/g, '\n'), {
    lineCounter,
    prettyErrors: false,
    schema: 'core',
    customTags: [],
    // Otherwise !!binary, !!set, !!timestamp… still give Uint8Array, Set, Date.
    resolveKnownTags: false,
    uniqueKeys: true,
    strict: true
  })
  const place = (offset: number): Point | undefined => toPoint(yamlOffset + offset)
  let failed = false
  for (const error of [...document.errors]) {
    failed = true
    message(file, `Malformed YAML: ${error.message.split('\n')[0]}`, place(error.pos[0]), 'yaml')
  }
  for (const warning of document.warnings) {
    // A tag (`!!js/function`, `!include`) asks for something plain YAML does not do: refuse it.
    const isTag = warning.code === 'TAG_RESOLVE_FAILED'
    const reason = isTag
      ? `Unsupported YAML tag: ${warning.message.split('\n')[0]} (matn reads plain YAML, core schema)`
      : `YAML: ${warning.message.split('\n')[0]}`
    message(file, reason, place(warning.pos[0]), 'yaml', isTag)
    failed ||= isTag
  }
  visit(document, {
    Pair(_, pair) {
      // `? [a, b]` or `{[a]: 1}`: JSON keys are strings (yaml would stringify it, with a process warning).
      if (isMap(pair.key) || isSeq(pair.key)) {
        failed = true
        message(file, 'A YAML key must be a plain value, not a list or a map (JSON keys are strings)', place(pair.key.range?.[0] ?? 0), 'yaml')
      }
    },
    Scalar(_, node) {
      // -0 would not survive JSON; it is the number 0.
      if (Object.is(node.value, -0)) node.value = 0
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
        failed = true
        message(file, `\`${String(node.source ?? node.value)}\` is not a finite number (JSON has no NaN or infinity)`, place(node.range?.[0] ?? 0), 'yaml')
      }
    }
  })
  if (failed) return undefined
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount })
  } catch (error) {
    message(file, `Unreadable YAML: ${(error as Error).message}`, place(0), 'yaml')
    return undefined
  }
  const spanOf = (path: ReadonlyArray<string | number>) => {
    const node = document.getIn(path, true) as YamlNode | undefined
    const range = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range : undefined
    return range ? { start: yamlOffset + range[0], end: yamlOffset + range[1] } : undefined
  }
  validate ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(frontMatterSchema)
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const path = error.instancePath.split('/').slice(1).map(decodePointer)
      const span = spanOf(path) ?? spanOf(path.slice(0, -1))
      message(file, describe(error), place((span?.start ?? yamlOffset) - yamlOffset), 'front-matter')
    }
    return undefined
  }
  const meta = toMeta(data as RawFrontMatter, file, (path) => place((spanOf(path)?.start ?? yamlOffset) - yamlOffset))
  return meta ? { meta, spanOf } : undefined
}

interface RawDate {
  solar: string
  gregorian?: string
}

interface RawFrontMatter extends Omit<ArticleMeta, 'received' | 'accepted' | 'keywords' | 'pages'> {
  received?: RawDate
  accepted?: RawDate
  keywords?: { fa?: string[]; en?: string[] }
  pages?: string
}

function toMeta(
  raw: RawFrontMatter,
  file: VFile,
  placeOf: (path: string[]) => Point | undefined
): ArticleMeta | undefined {
  const meta: ArticleMeta = {
    ...raw,
    keywords: { fa: raw.keywords?.fa ?? [], en: raw.keywords?.en ?? [] }
  } as ArticleMeta
  let ok = true
  for (const field of ['received', 'accepted'] as const) {
    const value = raw[field]
    if (!value) continue
    const checked = checkDate(value)
    if (typeof checked === 'string') {
      message(file, `\`${field}\`: ${checked}`, placeOf([field]), 'date')
      ok = false
    } else meta[field] = checked
  }
  const corresponding = raw.authors.filter((author) => author.corresponding).length
  if (corresponding > 1) {
    message(file, 'More than one author is marked `corresponding`', placeOf(['authors']), 'front-matter')
    ok = false
  }
  return ok ? meta : undefined
}

/**
 * Check a Solar Hijri date and its Gregorian day (computed with jalaali-js when missing).
 *
 * @param value The date as written.
 * @returns The full date, or the reason it is wrong.
 */
export function checkDate(value: RawDate): ArticleDate | string {
  const [jy, jm, jd] = value.solar.split('-').map(Number) as [number, number, number]
  if (!isValidJalaaliDate(jy, jm, jd)) return `${value.solar} is not a valid Solar Hijri date`
  const { gy, gm, gd } = toGregorian(jy, jm, jd)
  const gregorian = `${gy}-${pad(gm)}-${pad(gd)}`
  if (value.gregorian !== undefined && value.gregorian !== gregorian) {
    return `Solar Hijri ${value.solar} is Gregorian ${gregorian}, not ${value.gregorian}`
  }
  return { solar: value.solar, gregorian }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function decodePointer(segment: string): string | number {
  const text = segment.replace(/~1/g, '/').replace(/~0/g, '~')
  return /^\d+$/.test(text) ? Number(text) : text
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `\`${error.instancePath.slice(1).replace(/\//g, '.')}\`` : 'front matter'
  if (error.keyword === 'required') return `Missing required field \`${String(error.params['missingProperty'])}\` in ${where}`
  if (error.keyword === 'additionalProperties') return `Unknown field \`${String(error.params['additionalProperty'])}\` in ${where}`
  return `${where} ${error.message ?? 'is invalid'}`
}

function message(
  file: VFile,
  reason: string,
  place: Point | undefined,
  ruleId: string,
  fatal = true
): void {
  const entry = file.message(reason, { place: place ?? undefined, ruleId, source: 'matn' })
  entry.fatal = fatal
}
