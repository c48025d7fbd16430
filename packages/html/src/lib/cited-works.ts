import { dominantScript, gregorianYearsOf, namesMatch, type Article, type Calendar, type Citation, type Segment, type UndatedStatus } from '@matn/core'

/** One place a work is cited. */
export interface CitationPlace {
  article: Article
  citation: Citation
  /** The segment holding the citation. */
  segment: Segment
}

/** A cited work with every place it is cited, in either language and script. */
export interface CitedWorkPlaces {
  /** Id for the page (`w1`, `w2`… in order of first citation). */
  id: string
  /** Citation keys that name this work (`walt1987`, and `والت1987` when cited in Persian script). */
  keys: string[]
  /** Authors and year as first printed. */
  authors: string[]
  /** The year, null for an undated work. */
  year: number | null
  /** Calendar of the year, null for an undated work. */
  calendar: Calendar | null
  /** Why the work has no year; absent for dated works. */
  undated?: UndatedStatus
  places: CitationPlace[]
}

/**
 * Group the citations of some articles into works. Citations with the same key are the
 * same work; a key in the other script is the same work when it names as many authors,
 * each author's name matches by consonant skeleton (`Walt` ~ `والت`), the year suffix is
 * the same and the years overlap across calendars (Solar Hijri 1366 runs over 1987–1988).
 *
 * @param articles The articles (the result is cached per array: do not change the articles
 *   of an array after a call).
 * @returns Works in order of first citation, places in document order per article.
 */
export function groupCitedWorks(articles: readonly Article[]): CitedWorkPlaces[] {
  const cached = cache.get(articles)
  if (cached) return cached
  const works = groupWorks(articles)
  cache.set(articles, works)
  return works
}

/** Works per list of articles: `writeHtml` renders every page against the same list. */
const cache = new WeakMap<readonly Article[], CitedWorkPlaces[]>()

function groupWorks(articles: readonly Article[]): CitedWorkPlaces[] {
  const byKey = new Map<string, CitationPlace[]>()
  for (const article of articles) {
    const segments = new Map(article.segments.map((segment) => [segment.id, segment]))
    for (const citation of article.citations) {
      const segment = segments.get(citation.segment)
      // An ibid. that refers to no work (empty key) is not a place of any work.
      if (!segment || citation.key === '') continue
      const places = byKey.get(citation.key) ?? []
      places.push({ article, citation, segment })
      byKey.set(citation.key, places)
    }
  }
  const keys = [...byKey.keys()]
  const order = new Map(keys.map((key, index) => [key, index]))
  const parent = new Map(keys.map((key) => [key, key]))
  const root = (key: string): string => {
    let current = key
    while (parent.get(current) !== current) current = parent.get(current) as string
    return current
  }
  const union = (left: string, right: string): void => {
    const [a, b] = [root(left), root(right)]
    if (a === b) return
    // The root is the key cited first, so works keep the order of their first citation.
    if ((order.get(a) ?? 0) < (order.get(b) ?? 0)) parent.set(b, a)
    else parent.set(a, b)
  }
  // Only keys whose first authors are in different scripts and whose years overlap can be
  // the same work: compare Persian-script keys with Latin-script keys of the same
  // Gregorian year only.
  const byYear = new Map<number, { fa: Citation[]; en: Citation[] }>()
  for (const key of keys) {
    const citation = ((byKey.get(key) as CitationPlace[])[0] as CitationPlace).citation
    const script = dominantScript(citation.authors[0] ?? '')
    if (!script) continue
    for (const year of gregorianYears(citation)) {
      const bucket = byYear.get(year) ?? { fa: [], en: [] }
      bucket[script].push(citation)
      byYear.set(year, bucket)
    }
  }
  for (const { fa, en } of byYear.values()) {
    for (const persian of fa) {
      for (const latin of en) if (sameWorkAcrossScripts(persian, latin)) union(persian.key, latin.key)
    }
  }
  const groups = new Map<string, string[]>()
  for (const key of keys) {
    const group = groups.get(root(key)) ?? []
    group.push(key)
    groups.set(root(key), group)
  }
  const articleOrder = new Map(articles.map((article, position) => [article, position]))
  return [...groups.values()].map((group, index) => {
    const places = group.flatMap((key) => byKey.get(key) ?? [])
    places.sort(
      (x, y) => (articleOrder.get(x.article) ?? 0) - (articleOrder.get(y.article) ?? 0) || x.citation.start - y.citation.start
    )
    const first = (places[0] as CitationPlace).citation
    return {
      id: `w${index + 1}`,
      keys: group,
      authors: first.authors,
      year: first.year,
      calendar: first.calendar,
      ...(first.undated ? { undated: first.undated } : {}),
      places
    }
  })
}

function sameWorkAcrossScripts(a: Citation, b: Citation): boolean {
  if (a.authors.length !== b.authors.length || a.etAl !== b.etAl || a.yearSuffix !== b.yearSuffix) return false
  if (!gregorianYears(a).some((year) => gregorianYears(b).includes(year))) return false
  return a.authors.every((author, index) => {
    const other = b.authors[index] ?? ''
    return dominantScript(author) !== dominantScript(other) && namesMatch(author, other)
  })
}

/** The Gregorian years of a citation's year; none for an undated work (matched by key only). */
function gregorianYears(citation: Citation): number[] {
  return citation.year === null || citation.calendar === null ? [] : gregorianYearsOf(citation.year, citation.calendar)
}
