import type { Alignment, Article, Segment } from '@matn/core'
import { alignComparable, type SentenceContext } from './comparable.js'
import { FeatureSpace, weighTokens } from './features.js'
import { domainLexicon, Lexicon } from './lexicon.js'
import { headingRole, runInLabelRole, type SectionRole } from './sections.js'
import { coverageSimilarity, defaultEvidenceModel, matchMasks, maskWeight } from './similarity.js'
import { tokenizeDocument } from './token-document.js'
import { tokenizeEnglish, tokenizePersian } from './tokenize.js'
import { packVectors } from './vector-set.js'

/** Options of {@link alignArticle}. */
export interface AlignArticleOptions {
  /**
   * The article's Markdown source. With it, the Persian term a footnote glosses is read
   * from the words just before the footnote marker; without it, only names are found.
   */
  source?: string
  /** Base lexicon (default: the domain lexicon). */
  lexicon?: Lexicon
  /** Learn a dictionary from a first pass (default true). */
  learn?: boolean
}

/** A footnote gloss harvested from an article: a Persian term and its English gloss. */
export interface HarvestedGloss {
  /** Id of the Persian segment holding the marker. */
  fa: string
  /** Ids of the footnote's own segments. */
  en: string[]
  /** The Persian term (the words before the marker), if found. */
  term: string | undefined
  /** The English gloss (the footnote's text). */
  gloss: string
}

/** Segment kinds aligned as sentences. */
const sentenceKinds: ReadonlySet<Segment['kind']> = new Set(['abstract', 'sentence', 'cell'])
const persianKinds: ReadonlySet<Segment['kind']> = new Set(['abstract', 'sentence', 'heading', 'cell'])
/** A footnote longer than this many words is a note, not a gloss. */
const maxGlossWords = 8

/**
 * Align an article's two languages automatically, without its curated gold: the English
 * sentences (extended abstract) with the Persian text in comparable mode, the titles,
 * the keyword lists, and each English footnote with the Persian sentence whose term it
 * glosses. The lexicon grows with what the article itself says: footnote glosses (term ↔
 * gloss) and keyword pairs become lexicon entries, the title pair seeds the learned
 * dictionary.
 *
 * @param article A parsed article.
 * @param options Source text, lexicon, learning.
 * @returns Links with `source: 'auto'`: sentence links (null links for English sentences
 *   with no counterpart), then title, keyword and gloss links.
 */
export function alignArticle(article: Article, options?: Readonly<AlignArticleOptions> | null): Alignment[] {
  const lexicon = (options?.lexicon ?? domainLexicon()).clone()
  const byId = new Map(article.segments.map((segment) => [segment.id, segment]))
  const glosses = harvestGlosses(article, options?.source)
  const articleLexicon = new Lexicon()
  for (const gloss of glosses) {
    if (!gloss.term) continue
    lexicon.add(gloss.gloss, gloss.term)
    articleLexicon.add(gloss.gloss, gloss.term)
  }
  const titles = titleLinks(article, lexicon)
  const keywords = keywordLinks(article, lexicon, articleLexicon)
  for (const link of keywords) {
    const en = byId.get(link.en[0] ?? '')
    const fa = byId.get(link.fa[0] ?? '')
    if (en && fa) lexicon.add(en.text, fa.text)
  }
  const { en: enSegments, fa: faSegments } = articleSentences(article)
  const seeds: Array<[string, string]> = []
  const enTitle = byId.get('en-title')
  const faTitle = byId.get('fa-title')
  if (enTitle && faTitle) seeds.push([enTitle.text, faTitle.text])
  const links = alignComparable(
    enSegments.map((segment) => segment.text),
    faSegments.map((segment) => segment.text),
    {
      lexicon,
      learn: options?.learn,
      enContext: englishContexts(enSegments, byId),
      faContext: persianContexts(faSegments, byId),
      seeds
    }
  )
  const sentenceLinks: Alignment[] = links.map((link) => ({
    en: link.en.map((index) => (enSegments[index] as Segment).id),
    fa: link.fa.map((index) => (faSegments[index] as Segment).id),
    score: round(link.score),
    source: 'auto'
  }))
  const glossLinks: Alignment[] = glosses.map((gloss) => ({ en: gloss.en, fa: [gloss.fa], score: gloss.term ? 0.9 : 0.6, source: 'auto' }))
  return [...sentenceLinks, ...titles, ...keywords, ...glossLinks]
}

/**
 * The segments an article's sentence alignment pairs: English abstract sentences, body
 * sentences and table cells; Persian abstract sentences, body sentences, headings and
 * table cells (titles, keywords and footnotes are aligned on their own).
 *
 * @param article A parsed article.
 */
export function articleSentences(article: Article): { en: Segment[]; fa: Segment[] } {
  return {
    en: article.segments.filter((segment) => segment.lang === 'en' && sentenceKinds.has(segment.kind)),
    fa: article.segments.filter((segment) => segment.lang === 'fa' && persianKinds.has(segment.kind))
  }
}

/**
 * The glosses of an article: English footnotes of at most eight words whose marker sits in
 * a Persian segment. The Persian term is the words just before the marker (as many as the
 * gloss has words, at most four), read from the source when given; otherwise the words of
 * the segment that transliterate the gloss's names.
 *
 * @param article A parsed article.
 * @param source Its Markdown source.
 */
export function harvestGlosses(article: Article, source?: string): HarvestedGloss[] {
  const byId = new Map(article.segments.map((segment) => [segment.id, segment]))
  const glosses: HarvestedGloss[] = []
  for (const footnote of article.footnotes) {
    const holder = footnote.segment ? byId.get(footnote.segment) : undefined
    const text = footnote.text.trim()
    if (footnote.lang !== 'en' || !holder || holder.lang !== 'fa' || !text || footnote.segments.length === 0) continue
    const words = text.split(/\s+/)
    if (words.length > maxGlossWords) continue
    glosses.push({ fa: holder.id, en: [...footnote.segments], term: termBeforeMarker(holder, footnote.label, words.length, source), gloss: text })
  }
  return glosses
}

function termBeforeMarker(holder: Segment, label: string, glossWords: number, source: string | undefined): string | undefined {
  if (source === undefined) return undefined
  const span = source.slice(holder.position.start.offset, holder.position.end.offset)
  const marker = span.indexOf(`[^${label}]`)
  if (marker < 0) return undefined
  const before = span
    .slice(0, marker)
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(/[«»"“”:؛،,.()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word) => /[\u0600-\u06FF]/.test(word))
  const count = Math.max(1, Math.min(4, glossWords))
  const term = before.slice(-count).join(' ')
  return term || undefined
}

function titleLinks(article: Article, lexicon: Lexicon): Alignment[] {
  const en = article.segments.find((segment) => segment.id === 'en-title')
  const fa = article.segments.find((segment) => segment.id === 'fa-title')
  if (en && fa) return [{ en: [en.id], fa: [fa.id], score: round(similarityMatrix([en.text], [fa.text], lexicon)[0]?.[0] ?? 0), source: 'auto' }]
  if (en) return [{ en: [en.id], fa: [], score: 1, source: 'auto' }]
  if (fa) return [{ en: [], fa: [fa.id], score: 1, source: 'auto' }]
  return []
}

/**
 * Keyword pairs: greedy assignment by lexical similarity (lexicon, names, Latin strings),
 * best pair first, the article's own glosses breaking ties (they say which sense the
 * article means: `ائتلاف` is Coalition when a footnote says so); when the lists are of equal length and one keyword of each is left, they
 * are paired too (keyword lists translate each other). Keywords left over get null links.
 */
function keywordLinks(article: Article, lexicon: Lexicon, articleLexicon: Lexicon): Alignment[] {
  const en = article.segments.filter((segment) => segment.kind === 'keyword' && segment.lang === 'en')
  const fa = article.segments.filter((segment) => segment.kind === 'keyword' && segment.lang === 'fa')
  if (en.length === 0 && fa.length === 0) return []
  const enTexts = en.map((segment) => segment.text)
  const faTexts = fa.map((segment) => segment.text)
  const matrix = similarityMatrix(enTexts, faTexts, lexicon)
  const glossed = similarityMatrix(enTexts, faTexts, articleLexicon)
  const candidates: Array<{ e: number; f: number; value: number; rank: number }> = []
  matrix.forEach((row, e) =>
    row.forEach((value, f) => value > 0 && candidates.push({ e, f, value, rank: value + (glossed[e]?.[f] ?? 0) }))
  )
  candidates.sort((a, b) => b.rank - a.rank || a.e - b.e || a.f - b.f)
  const enUsed = new Set<number>()
  const faUsed = new Set<number>()
  const pairs: Array<{ e: number; f: number; value: number }> = []
  for (const candidate of candidates) {
    if (enUsed.has(candidate.e) || faUsed.has(candidate.f)) continue
    enUsed.add(candidate.e)
    faUsed.add(candidate.f)
    pairs.push(candidate)
  }
  const enLeft = en.map((_, e) => e).filter((e) => !enUsed.has(e))
  const faLeft = fa.map((_, f) => f).filter((f) => !faUsed.has(f))
  if (en.length === fa.length && enLeft.length === 1 && faLeft.length === 1) {
    pairs.push({ e: enLeft[0] as number, f: faLeft[0] as number, value: 0.5 })
    enLeft.length = 0
    faLeft.length = 0
  }
  pairs.sort((a, b) => a.e - b.e)
  return [
    ...pairs.map((pair): Alignment => ({ en: [(en[pair.e] as Segment).id], fa: [(fa[pair.f] as Segment).id], score: round(pair.value), source: 'auto' })),
    ...enLeft.map((e): Alignment => ({ en: [(en[e] as Segment).id], fa: [], score: 0.5, source: 'auto' })),
    ...faLeft.map((f): Alignment => ({ en: [], fa: [(fa[f] as Segment).id], score: 0.5, source: 'auto' }))
  ]
}

/**
 * Lexical similarity (harmonic mean of the two coverages) of every pair of two short lists.
 *
 * @param en English texts.
 * @param fa Persian texts.
 * @param lexicon Translations.
 */
export function similarityMatrix(en: readonly string[], fa: readonly string[], lexicon: Lexicon): number[][] {
  const tokens = weighTokens(tokenizeDocument(en, tokenizeEnglish), tokenizeDocument(fa, tokenizePersian), lexicon, new FeatureSpace())
  const enVectors = packVectors(tokens.en, defaultEvidenceModel.matchRate)
  const faVectors = packVectors(tokens.fa, defaultEvidenceModel.matchRate)
  const masks = new Uint32Array(4)
  return en.map((_, e) =>
    fa.map((_, f) => {
      matchMasks(enVectors, e, faVectors, f, masks)
      return coverageSimilarity(
        maskWeight(enVectors, e, masks[0] as number, masks[1] as number),
        enVectors.total[e] as number,
        maskWeight(faVectors, f, masks[2] as number, masks[3] as number),
        faVectors.total[f] as number
      )
    })
  )
}

/** Roles of English sentences: their heading's role, overridden by a paragraph's run-in label. */
function englishContexts(segments: readonly Segment[], byId: ReadonlyMap<string, Segment>): SentenceContext[] {
  let labelRole: SectionRole | undefined
  let labelSection = ''
  return segments.map((segment) => {
    const sectionKey = segment.section.join('/')
    if (sectionKey !== labelSection) {
      labelRole = undefined
      labelSection = sectionKey
    }
    if (/-s1$/.test(segment.id)) labelRole = runInLabelRole(segment.text) ?? labelRole
    const role = labelRole ?? sectionRoleOf(segment, byId, 'en') ?? (segment.kind === 'abstract' ? 'abstract' : 'body')
    return { role, group: groupOf(segment) }
  })
}

function persianContexts(segments: readonly Segment[], byId: ReadonlyMap<string, Segment>): SentenceContext[] {
  return segments.map((segment) => ({
    role: sectionRoleOf(segment, byId, 'fa') ?? (segment.kind === 'abstract' ? 'abstract' : 'body'),
    group: groupOf(segment)
  }))
}

/** The role of the outermost enclosing heading (or of the heading itself) that has one. */
function sectionRoleOf(segment: Segment, byId: ReadonlyMap<string, Segment>, lang: 'en' | 'fa'): SectionRole | undefined {
  const headings = segment.kind === 'heading' ? [...segment.section, segment.id] : segment.section
  for (const id of headings) {
    const heading = byId.get(id)
    const role = heading ? headingRole(heading.text, lang) : undefined
    if (role) return role
  }
  return undefined
}

/** Sentences of one paragraph, cells of one table row. */
function groupOf(segment: Segment): string {
  return segment.id.replace(/-s\d+$/, '').replace(/-c\d+$/, '')
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
