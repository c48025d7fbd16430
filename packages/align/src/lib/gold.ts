import { MatnError, normalizePersian, type Alignment, type Article, type Segment } from '@matn/core'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'

/** What a curated link pairs. */
export type GoldLinkKind = 'sentence' | 'title' | 'keyword' | 'gloss'

/** One curated link: segment ids on each side (an empty side marks "no counterpart"). */
export interface GoldLink {
  kind: GoldLinkKind
  en: string[]
  fa: string[]
  /** For a gloss: the Persian term and its English gloss as printed. */
  term?: { en: string; fa: string }
  /** A curator's remark. */
  note?: string
}

/** A curated alignment file (`alignment.json` beside an article). */
export interface AlignmentGold {
  /** The article id it belongs to. */
  article: string
  provenance: 'curated'
  description?: string
  links: GoldLink[]
  /** Segment id → the first words of its text, to notice ids that moved after an edit. */
  check?: Record<string, string>
}

const kinds: ReadonlySet<string> = new Set(['sentence', 'title', 'keyword', 'gloss'])
const sentenceSegmentKinds: ReadonlySet<string> = new Set(['abstract', 'sentence', 'heading', 'cell'])

/**
 * Read and validate a curated alignment file against its article. Every referenced
 * segment id must exist in the article, be of the side's language and of a kind that fits
 * the link (`en-kw2` in a keyword link, `fn3-s1` in a gloss); a gloss's term must be
 * printed in its segments; an English sentence may be in one sentence link only.
 * Problems are fatal and thrown together as one `MatnError` (`E_ALIGNMENT`) whose
 * messages point at the offending JSON value (`alignment.json:12:18: error: …`).
 * Drift is a warning on `file`: a `check` prefix that no longer starts its segment's text
 * (the ids moved after an edit), an English abstract sentence left out.
 *
 * @param file The JSON file (`value` and `path`).
 * @param article The article it annotates.
 * @returns The validated gold.
 */
export function readAlignmentGold(file: VFile, article: Article): AlignmentGold {
  const text = String(file.value)
  const place = location(file)
  const errors: VFile['messages'] = []
  const fail = (reason: string, offset: number | undefined, ruleId: string): void => {
    const point = offset === undefined ? undefined : place.toPoint(offset)
    const message = file.message(reason, { place: point ?? { line: 1, column: 1 }, ruleId, source: 'matn' })
    message.fatal = true
    errors.push(message)
  }
  const warn = (reason: string, offset: number | undefined, ruleId: string): void => {
    const point = offset === undefined ? undefined : place.toPoint(offset)
    file.message(reason, { place: point ?? { line: 1, column: 1 }, ruleId, source: 'matn' }).fatal = false
  }
  const syntax: ParseError[] = []
  const tree = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const first = syntax[0]
    const reason = first ? printParseErrorCode(first.error) : error instanceof Error ? error.message : String(error)
    fail(`Malformed JSON: ${reason}`, first?.offset ?? 0, 'alignment-json')
    throw new MatnError('E_ALIGNMENT', file, errors)
  }
  const at = (path: ReadonlyArray<string | number>): number | undefined => offsetOf(tree, path)
  if (!isObject(value)) {
    fail('The alignment file must hold a JSON object', 0, 'alignment-shape')
    throw new MatnError('E_ALIGNMENT', file, errors)
  }
  if (value.article !== article.id) {
    fail(`\`article\` is ${JSON.stringify(value.article)}, but the article beside it is \`${article.id}\``, at(['article']) ?? 0, 'alignment-article')
  }
  if (value.provenance !== 'curated') fail('`provenance` must be "curated"', at(['provenance']) ?? 0, 'alignment-shape')
  const byId = new Map(article.segments.map((segment) => [segment.id, segment]))
  const links: GoldLink[] = []
  if (!Array.isArray(value.links)) fail('`links` must be an array', at(['links']) ?? 0, 'alignment-shape')
  else {
    const linkedEnglish = new Map<string, number>()
    value.links.forEach((raw: unknown, index: number) => {
      const link = checkLink(raw, index, byId, (reason, path, ruleId) => fail(reason, at(['links', index, ...path]) ?? at(['links', index]), ruleId))
      if (!link) return
      links.push(link)
      if (link.kind !== 'sentence') return
      link.en.forEach((id, k) => {
        const first = linkedEnglish.get(id)
        if (first !== undefined) fail(`\`${id}\` is already in sentence link ${first + 1}`, at(['links', index, 'en', k]), 'alignment-duplicate')
        else linkedEnglish.set(id, index)
      })
    })
    for (const segment of article.segments) {
      if (segment.lang === 'en' && segment.kind === 'abstract' && !linkedEnglish.has(segment.id)) {
        warn(`English abstract sentence \`${segment.id}\` is in no sentence link (link it, or give it an empty \`fa\`)`, at(['links']), 'alignment-missing')
      }
    }
  }
  const check: Record<string, string> = {}
  if (value.check !== undefined) {
    if (!isObject(value.check)) fail('`check` must map segment ids to the first words of their text', at(['check']) ?? 0, 'alignment-shape')
    else {
      for (const [id, prefix] of Object.entries(value.check)) {
        const segment = byId.get(id)
        if (typeof prefix !== 'string') {
          fail(`\`check.${id}\` must be a string`, at(['check', id]), 'alignment-shape')
          continue
        }
        check[id] = prefix
        if (!segment) warn(`\`check\` names \`${id}\`, which the article does not have`, at(['check', id]), 'alignment-check')
        else if (!comparable(segment.text).startsWith(comparable(prefix))) {
          warn(`\`${id}\` no longer starts with “${prefix}” (it reads “${segment.text.slice(0, 40)}…”): did the ids move?`, at(['check', id]), 'alignment-check')
        }
      }
    }
  }
  if (errors.length > 0) throw new MatnError('E_ALIGNMENT', file, errors)
  const gold: AlignmentGold = { article: article.id, provenance: 'curated', links }
  if (typeof value.description === 'string') gold.description = value.description
  if (value.check !== undefined) gold.check = check
  return gold
}

/**
 * The curated links of a gold file as article alignments (`source: 'curated'`, score 1).
 *
 * @param gold A validated gold file.
 */
export function goldAlignments(gold: AlignmentGold): Alignment[] {
  return gold.links.map((link) => ({ en: [...link.en], fa: [...link.fa], score: 1, source: 'curated' }))
}

type Complain = (reason: string, path: ReadonlyArray<string | number>, ruleId: string) => void

function checkLink(raw: unknown, index: number, byId: ReadonlyMap<string, Segment>, complain: Complain): GoldLink | undefined {
  const name = `link ${index + 1}`
  if (!isObject(raw)) {
    complain(`${name} must be an object`, [], 'alignment-shape')
    return undefined
  }
  const kind = raw.kind
  if (typeof kind !== 'string' || !kinds.has(kind)) {
    complain(`${name}: \`kind\` must be one of sentence, title, keyword, gloss`, ['kind'], 'alignment-shape')
    return undefined
  }
  let valid = true
  const sides: Record<'en' | 'fa', string[]> = { en: [], fa: [] }
  for (const side of ['en', 'fa'] as const) {
    const ids = raw[side]
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      complain(`${name}: \`${side}\` must be an array of segment ids`, [side], 'alignment-shape')
      valid = false
      continue
    }
    ids.forEach((id: string, k: number) => {
      const segment = byId.get(id)
      if (!segment) {
        complain(`${name}: segment \`${id}\` does not exist in the article`, [side, k], 'alignment-segment')
        valid = false
      } else if (segment.lang !== side) {
        complain(`${name}: \`${id}\` is ${segment.lang === 'en' ? 'English' : 'Persian'}, not ${side === 'en' ? 'English' : 'Persian'}`, [side, k], 'alignment-segment')
        valid = false
      } else if (!fitsKind(kind as GoldLinkKind, side, segment)) {
        complain(`${name}: \`${id}\` is a ${segment.kind} segment, which a ${kind} link cannot hold`, [side, k], 'alignment-segment')
        valid = false
      }
    })
    sides[side] = ids as string[]
  }
  if (valid && sides.en.length === 0 && sides.fa.length === 0) {
    complain(`${name} has no segment on either side`, [], 'alignment-shape')
    valid = false
  }
  const link: GoldLink = { kind: kind as GoldLinkKind, en: sides.en, fa: sides.fa }
  if (kind === 'gloss') {
    const term = raw.term
    if (!isObject(term) || typeof term.en !== 'string' || typeof term.fa !== 'string') {
      complain(`${name}: a gloss needs \`term\` with \`en\` and \`fa\` strings`, ['term'], 'alignment-shape')
      valid = false
    } else {
      link.term = { en: term.en, fa: term.fa }
      const enText = sides.en.map((id) => byId.get(id)?.text ?? '').join(' ')
      const faText = sides.fa.map((id) => byId.get(id)?.text ?? '').join(' ')
      if (valid && !comparable(enText).includes(comparable(term.en))) {
        complain(`${name}: the gloss “${term.en}” is not in ${sides.en.join(', ')}`, ['term', 'en'], 'alignment-term')
        valid = false
      }
      if (valid && !comparable(faText).includes(comparable(term.fa))) {
        complain(`${name}: the term “${term.fa}” is not in ${sides.fa.join(', ')}`, ['term', 'fa'], 'alignment-term')
        valid = false
      }
    }
  }
  if (typeof raw.note === 'string') link.note = raw.note
  return valid ? link : undefined
}

function fitsKind(kind: GoldLinkKind, side: 'en' | 'fa', segment: Segment): boolean {
  if (kind === 'title') return segment.kind === 'title'
  if (kind === 'keyword') return segment.kind === 'keyword'
  if (kind === 'gloss') return side === 'en' ? segment.kind === 'footnote' : segment.kind !== 'footnote' && segment.kind !== 'keyword'
  return sentenceSegmentKinds.has(segment.kind)
}

/** Text compared loosely: Persian normalized, ZWNJ and case ignored, spaces collapsed. */
function comparable(text: string): string {
  return normalizePersian(text).replace(/\u200C/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

function offsetOf(tree: JsonNode | undefined, path: ReadonlyArray<string | number>): number | undefined {
  const node = tree ? findNodeAtLocation(tree, [...path]) : undefined
  return node?.offset
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
