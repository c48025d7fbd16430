import { dominantScript, namesMatch, type Article, type Calendar, type Citation, type Segment } from '@matn/core'

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
  year: number
  calendar: Calendar
  places: CitationPlace[]
}

/**
 * Group the citations of some articles into works. Citations with the same key are the
 * same work; a key in the other script is the same work when it names as many authors,
 * each author's name matches by consonant skeleton (`Walt` ~ `والت`), the year suffix is
 * the same and the years overlap across calendars (Solar Hijri 1366 runs over 1987–1988).
 *
 * @param articles The articles.
 * @returns Works in order of first citation, places in document order per article.
 */
export function groupCitedWorks(articles: readonly Article[]): CitedWorkPlaces[] {
  const byKey = new Map<string, CitationPlace[]>()
  for (const article of articles) {
    const segments = new Map(article.segments.map((segment) => [segment.id, segment]))
    for (const citation of article.citations) {
      const segment = segments.get(citation.segment)
      if (!segment) continue
      const places = byKey.get(citation.key) ?? []
      places.push({ article, citation, segment })
      byKey.set(citation.key, places)
    }
  }
  const keys = [...byKey.keys()]
  const parent = new Map(keys.map((key) => [key, key]))
  const root = (key: string): string => {
    let current = key
    while (parent.get(current) !== current) current = parent.get(current) as string
    return current
  }
  keys.forEach((left, index) => {
    for (const right of keys.slice(index + 1)) {
      const a = (byKey.get(left) as CitationPlace[])[0] as CitationPlace
      const b = (byKey.get(right) as CitationPlace[])[0] as CitationPlace
      if (sameWorkAcrossScripts(a.citation, b.citation)) parent.set(root(right), root(left))
    }
  })
  const groups = new Map<string, string[]>()
  for (const key of keys) {
    const group = groups.get(root(key)) ?? []
    group.push(key)
    groups.set(root(key), group)
  }
  return [...groups.values()].map((group, index) => {
    const places = group.flatMap((key) => byKey.get(key) ?? [])
    const order = new Map(articles.map((article, position) => [article, position]))
    places.sort(
      (x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.citation.start - y.citation.start
    )
    const first = (places[0] as CitationPlace).citation
    return { id: `w${index + 1}`, keys: group, authors: first.authors, year: first.year, calendar: first.calendar, places }
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

function gregorianYears(citation: Citation): number[] {
  return citation.calendar === 'solar-hijri' ? [citation.year + 621, citation.year + 622] : [citation.year]
}
