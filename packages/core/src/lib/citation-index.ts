import { foldName } from './citations/authors.js'
import { gregorianYearsOf, readYear } from './citations/years.js'
import type { Article, Calendar, Citation, Lang, OriginalDate, Segment, UndatedStatus } from './model.js'
import { namesMatch } from './transliterate.js'

/** What to look for; every given field must match. */
export interface CitationQuery {
  /**
   * An author name in either script (`Walt`, `والت`, `walt`, `Dehghani Firoozabadi`):
   * matched case-, diacritic- and script-insensitively against each author and each
   * word of an author's name.
   */
  readonly author?: string
  /**
   * A year; Solar Hijri and Gregorian years that overlap match each other. A reprint
   * (`(Freud, 1900/1999)`) matches the year of its edition and of its original. Undated
   * works never match a year.
   */
  readonly year?: number
  /**
   * Undated works: `true` for any (`n.d.`, `in press`, `forthcoming`), a status for that one
   * only (`'no-date'`), `false` for dated works only.
   */
  readonly undated?: boolean | UndatedStatus
  /** `true` for ibid.s only, `false` for every other citation. */
  readonly ibid?: boolean
  /** Calendar of `year` (default: decided by the year, below 1500 is Solar Hijri). */
  readonly calendar?: Calendar
  /** The work's key (`walt1987`). */
  readonly key?: string
  /** A page: matches a citation whose pages include it (`3` matches `3-4`). */
  readonly page?: string | number
  /** Only citations in segments of this language. */
  readonly lang?: Lang
}

/** A citation found by a lookup, with the text around it. */
export interface CitationHit {
  /** Id of the article. */
  article: string
  citation: Citation
  /** The segment that holds the citation. */
  segment: Segment
  /** The sentences before and after it in the same paragraph, when there are. */
  context: { before: Segment | null; after: Segment | null }
  /** Segments of the other language aligned with the citing segment. */
  aligned: Segment[]
}

/** A cited work with how often it is cited. */
export interface CitedWork {
  key: string
  authors: string[]
  /** The year, null for an undated work. */
  year: number | null
  /** Calendar of the year, null for an undated work. */
  calendar: Calendar | null
  /** Why the work has no year; absent for dated works. */
  undated?: UndatedStatus
  /** The year of first publication of a reprint cited with two years; absent otherwise. */
  original?: OriginalDate
  /** Number of citations. */
  count: number
  /** Ids of the articles that cite it. */
  articles: string[]
}

interface Entry {
  article: Article
  citation: Citation
  names: string[]
  gregorianYears: number[]
}

/**
 * An index of the citations of one or more articles, for lookups by author, year, key
 * and page, and for the list of works cited.
 */
export class CitationIndex {
  private readonly entries: Entry[]
  private readonly byKey = new Map<string, Entry[]>()
  private readonly segmentsByArticle = new Map<string, Map<string, Segment>>()
  private readonly articles: readonly Article[]

  /**
   * @param articles The articles to index.
   */
  constructor(articles: readonly Article[]) {
    this.articles = articles
    this.entries = articles.flatMap((article) =>
      article.citations.map((citation) => ({
        article,
        citation,
        names: citation.authors.flatMap((author) => [author, ...author.split(/\s+/)]),
        gregorianYears: citationYears(citation)
      }))
    )
    for (const entry of this.entries) {
      // An unresolved ibid. refers to no work.
      if (entry.citation.key === '') continue
      const list = this.byKey.get(entry.citation.key) ?? []
      list.push(entry)
      this.byKey.set(entry.citation.key, list)
    }
    for (const article of articles) {
      this.segmentsByArticle.set(article.id, new Map(article.segments.map((segment) => [segment.id, segment])))
    }
  }

  /**
   * Find citations matching a query, in document order per article.
   *
   * @param query What to look for.
   */
  find(query: Readonly<CitationQuery>): CitationHit[] {
    const candidates = query.key !== undefined ? (this.byKey.get(query.key) ?? []) : this.entries
    const years = query.year === undefined ? undefined : queryYears(query.year, query.calendar)
    return candidates
      .filter((entry) => {
        if (years && !entry.gregorianYears.some((year) => years.includes(year))) return false
        if (query.author !== undefined && !entry.names.some((name) => authorMatches(query.author as string, name))) return false
        if (query.undated !== undefined && !undatedMatches(query.undated, entry.citation.undated)) return false
        if (query.ibid !== undefined && query.ibid !== (entry.citation.ibid === true)) return false
        if (query.page !== undefined && !pageMatches(String(query.page), entry.citation.pages)) return false
        if (query.lang !== undefined && this.segment(entry)?.lang !== query.lang) return false
        return true
      })
      .map((entry) => this.hit(entry))
  }

  /** Every work cited, most cited first, then by key. */
  works(): CitedWork[] {
    const works: CitedWork[] = []
    for (const [key, entries] of this.byKey) {
      const first = entries[0] as Entry
      works.push({
        key,
        authors: first.citation.authors,
        year: first.citation.year,
        calendar: first.citation.calendar,
        ...(first.citation.undated ? { undated: first.citation.undated } : {}),
        ...(first.citation.original ? { original: first.citation.original } : {}),
        count: entries.length,
        articles: [...new Set(entries.map((entry) => entry.article.id))]
      })
    }
    return works.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }

  private segment(entry: Entry): Segment | undefined {
    return this.segmentsByArticle.get(entry.article.id)?.get(entry.citation.segment)
  }

  private hit(entry: Entry): CitationHit {
    const segments = this.segmentsByArticle.get(entry.article.id) as Map<string, Segment>
    const segment = segments.get(entry.citation.segment) as Segment
    const neighbour = (delta: number): Segment | null => {
      const match = /^(.*-s)(\d+)$/.exec(segment.id)
      if (!match) return null
      return segments.get(`${match[1]}${Number(match[2]) + delta}`) ?? null
    }
    const aligned = entry.article.alignments
      .filter((link) => link.en.includes(segment.id) || link.fa.includes(segment.id))
      .flatMap((link) => (segment.lang === 'fa' ? link.en : link.fa))
      .map((id) => segments.get(id))
      .filter((value): value is Segment => value !== undefined)
    return {
      article: entry.article.id,
      citation: entry.citation,
      segment,
      context: { before: neighbour(-1), after: neighbour(1) },
      aligned: [...new Map(aligned.map((value) => [value.id, value])).values()]
    }
  }
}

/** The Gregorian years a citation's work is dated by: its edition's, and its original's. */
function citationYears(citation: Citation): number[] {
  if (citation.year === null || citation.calendar === null) return []
  const years = gregorianYearsOf(citation.year, citation.calendar)
  return citation.original ? [...years, ...gregorianYearsOf(citation.original.year, citation.original.calendar)] : years
}

function queryYears(year: number, calendar: Calendar | undefined): number[] {
  const resolved = calendar ?? readYear(String(year))?.calendar ?? 'gregorian'
  return gregorianYearsOf(year, resolved)
}

function authorMatches(query: string, name: string): boolean {
  const folded = foldName(query)
  if (folded.length === 0) return false
  if (foldName(name) === folded) return true
  const queryIsPersian = /[\u0600-\u06FF]/.test(query)
  const nameIsPersian = /[\u0600-\u06FF]/.test(name)
  return queryIsPersian !== nameIsPersian && namesMatch(query, name)
}

function undatedMatches(query: boolean | UndatedStatus, status: UndatedStatus | undefined): boolean {
  return typeof query === 'boolean' ? query === (status !== undefined) : query === status
}

function pageMatches(query: string, pages: string | null): boolean {
  if (pages === null) return false
  const wanted = Number(query.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
  for (const item of pages.split(/,\s*/)) {
    const [from, to] = item.split('-').map((value) => Number.parseInt(value, 10))
    if (from === undefined || Number.isNaN(from)) continue
    if (Number.isNaN(wanted) ? item === query : wanted >= from && wanted <= (to ?? from)) return true
  }
  return false
}
