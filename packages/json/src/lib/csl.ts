import { citationNameParts, dominantScript, type Article, type Calendar, type Citation, type PersonNameParts, type UndatedStatus } from '@matn/core'

/**
 * A CSL-JSON name: a person's name in parts, as far as the citation gives them (`family`
 * always; `given`, `non-dropping-particle` and `suffix` where printed), or a group or
 * corporate author as a literal.
 */
export type CslName = CslPersonName | { literal: string }

/** A person's name in the fields of CSL-JSON. */
export interface CslPersonName {
  family: string
  /** Given names and initials as printed (`Stephen M.`, `محمود`). */
  given?: string
  /** Lower-case particles kept with the family name (`von`, `van der`). */
  'non-dropping-particle'?: string
  /** A generational suffix (`Jr.`). */
  suffix?: string
  /** A comma before the suffix (`Nye, Jr.`). */
  'comma-suffix'?: true
  /** The family name is printed first (`Wang Jisi`). */
  'static-ordering'?: true
}

/** Where a work is cited in the corpus (kept under `custom.matn`). */
export interface CslCitedAt {
  article: string
  citation: string
  segment: string
  pages: string | null
}

/** A CSL-JSON item for a work cited in running text (CSL-JSON 1.0 input data). */
export interface CslItem {
  /** The citation key (`walt1987`, `krause-singer2001`, `مشیرزاده1393`). */
  id: string
  /** Always `document`: a citation in running text does not say what kind of work it cites. */
  type: 'document'
  /** The authors as printed; absent for a work cited by its title (`title`). */
  author?: CslName[]
  /**
   * The title of a work cited without an author, printed in the author position
   * (`(“Balancing and Bandwagoning,” 1987)`); absent otherwise (the citation does not give it).
   */
  title?: string
  /**
   * Gregorian years as date parts; Solar Hijri years as a literal (`1393`), see
   * `custom.matn.calendar`. Absent for an undated work (CSL processors print `n.d.`).
   */
  issued?: { 'date-parts': [[number]] } | { literal: string }
  /** The year of first publication of a reprint (`1900` of `(Freud, 1900/1999)`), written as `issued` is. */
  'original-date'?: { 'date-parts': [[number]] } | { literal: string }
  'year-suffix'?: string
  /** `in press` or `forthcoming` for such undated works (CSL's publication status). */
  status?: 'in press' | 'forthcoming'
  /** `fa` when the author names are in Arabic script, else `en`. */
  language: 'fa' | 'en'
  custom: { matn: CslMatnFields }
}

/** What matn keeps under `custom.matn`: the calendar (null for an undated work), et al., where it is cited. */
export interface CslMatnFields {
  calendar: Calendar | null
  etAl: boolean
  /** Why the work has no year; absent for dated works. */
  undated?: UndatedStatus
  citedAt: CslCitedAt[]
}

/**
 * The works cited in running text, as CSL-JSON items (one per citation key, sorted by key),
 * each with every place it is cited. The items hold what the citations say (authors as
 * printed, year, suffix); titles are unknown and left out, except the title of a work
 * cited without an author in the author position, which is its `title` (and it has no
 * `author`). An undated work has no `issued`
 * (with `status` `in press` or `forthcoming` when printed so); an ibid. is a place where the
 * work it refers to is cited, and an unresolved one is left out.
 *
 * @param articles The articles.
 * @returns The items, valid against the CSL-JSON 1.0 input schema.
 */
export function worksCited(articles: readonly Article[]): CslItem[] {
  const items = new Map<string, CslItem>()
  for (const article of articles) {
    for (const citation of article.citations) {
      // An ibid. that refers to no work cites nothing to list.
      if (citation.key === '') continue
      let item = items.get(citation.key)
      if (!item) {
        item = cslItem(citation)
        items.set(citation.key, item)
      }
      item.custom.matn.citedAt.push({ article: article.id, citation: citation.id, segment: citation.segment, pages: citation.pages })
    }
  }
  return [...items.values()].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
}

function cslItem(citation: Citation): CslItem {
  const names = citation.authors.join(' ')
  const title = citation.titleAsAuthor ? citation.authors[0] : undefined
  return {
    id: citation.key,
    type: 'document',
    ...(title === undefined ? { author: citationNameParts(citation).map((parts, index) => toName(citation.authors[index] ?? '', parts)) } : { title }),
    ...issued(citation),
    ...(citation.yearSuffix ? { 'year-suffix': citation.yearSuffix } : {}),
    language: dominantScript(names) === 'fa' ? 'fa' : 'en',
    custom: {
      matn: {
        calendar: citation.calendar,
        etAl: citation.etAl,
        ...(citation.undated ? { undated: citation.undated } : {}),
        citedAt: []
      }
    }
  }
}

/**
 * `issued` of a dated work (and `original-date` of a reprint); `status` of a work in press
 * or forthcoming; nothing for `n.d.`.
 */
function issued(citation: Citation): Pick<CslItem, 'issued' | 'original-date' | 'status'> {
  if (citation.year === null || citation.calendar === null) {
    if (citation.undated === 'in-press') return { status: 'in press' }
    if (citation.undated === 'forthcoming') return { status: 'forthcoming' }
    return {}
  }
  return {
    issued: cslDate(citation.year, citation.calendar),
    ...(citation.original ? { 'original-date': cslDate(citation.original.year, citation.original.calendar) } : {})
  }
}

/** A Gregorian year as date parts, a Hijri year as a literal (the calendar is in `custom.matn`). */
function cslDate(year: number, calendar: Calendar): { 'date-parts': [[number]] } | { literal: string } {
  return calendar === 'gregorian' ? { 'date-parts': [[year]] } : { literal: String(year) }
}

/**
 * A CSL name of an author as printed: a person's name split into its parts by
 * `citationNameParts`, where the citation's key splits it (`Stephen M. Walt` → `{ family: 'Walt', given: 'Stephen M.' }`,
 * `Ludwig von Mises` → `non-dropping-particle` `von`, `Joseph S. Nye Jr.` → `suffix`
 * `Jr.`), a group or corporate author (`World Bank`, `سازمان برنامه و بودجه`) as a literal.
 */
function toName(author: string, parts: PersonNameParts | undefined): CslName {
  if (!parts) return { literal: author }
  const familyFirst = parts.given !== undefined && parts.pieces.findIndex((piece) => piece.part === 'family') < parts.pieces.findIndex((piece) => piece.part === 'given')
  return {
    family: parts.family,
    ...(parts.given !== undefined ? { given: parts.given } : {}),
    ...(parts.particle !== undefined ? { 'non-dropping-particle': parts.particle } : {}),
    ...(parts.suffix !== undefined ? { suffix: parts.suffix } : {}),
    ...(parts.commaSuffix ? { 'comma-suffix': true as const } : {}),
    ...(familyFirst && !parts.pieces.some((piece) => piece.part === 'separator' && piece.text.includes(',')) ? { 'static-ordering': true as const } : {})
  }
}
