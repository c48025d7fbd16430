/**
 * The matn data model: an article of segments, citations, footnotes and alignments.
 * Every type here survives `JSON.parse(JSON.stringify(value))`.
 */

/** Languages matn segments. */
export type Lang = 'fa' | 'en'

/** Writing direction of a segment. */
export type Dir = 'rtl' | 'ltr'

/** What a segment is. */
export type SegmentKind =
  | 'title'
  | 'abstract'
  | 'heading'
  | 'sentence'
  | 'keyword'
  | 'footnote'
  | 'cell'

/** Calendar of a year: Gregorian, Solar Hijri (`۱۳۹۸`), lunar Hijri (`۱۴۲۰ق`, `۷۸۴ ه.ق`). */
export type Calendar = 'gregorian' | 'solar-hijri' | 'lunar-hijri'

/**
 * Why a cited work has no year: printed `n.d.` or `بی‌تا` (`no-date`), `in press` or
 * `زیر چاپ` (`in-press`), `forthcoming` or `در دست انتشار` (`forthcoming`).
 */
export type UndatedStatus = 'no-date' | 'in-press' | 'forthcoming'

/**
 * The year a work was first published, printed beside the year of the edition cited: the
 * `1900` of `(Freud, 1900/1999)`, the `1651` of `(Hobbes [1651] 1996)`, the `۸۰۸ق` of
 * `(ابن خلدون، ۸۰۸ق/۱۳۹۵)`. It has its own calendar.
 */
export interface OriginalDate {
  year: number
  calendar: Calendar
}

/** A place in a source file: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A span of a source file. */
export interface Span {
  start: Point
  end: Point
}

/** One unit of text: a sentence, a heading, a title, a keyword, a table cell… */
export interface Segment {
  /** Deterministic id, unique in its article (`fa-p12-s3`, `en-title`, `fa-kw2`). */
  id: string
  lang: Lang
  dir: Dir
  kind: SegmentKind
  /** Ids of the headings this segment sits under, outermost first. */
  section: string[]
  /** Printed page its first character is on, when known. */
  page: number | null
  /** Where the segment is in the source file (front matter included). */
  position: Span
  /** The text as in the source, markup removed. */
  text: string
  /** The normalized form of `text` (`normalizePersian` for Persian). */
  norm: string
  /** Ids of the citations in this segment. */
  citations: string[]
  /** Labels of the footnotes whose markers are in this segment. */
  footnotes: string[]
}

/** Whether a citation wraps its work in brackets or names the author in the sentence. */
export type CitationKind = 'parenthetical' | 'narrative'

/** A reference to a work, as found in running text. */
export interface TaggedCitation {
  /** The citation as printed (brackets included for a single work in brackets). */
  raw: string
  /** Offsets of `raw` in the text that was tagged (UTF-16, end exclusive). */
  start: number
  end: number
  /** Author names as printed (surnames, or corporate names). */
  authors: string[]
  /** Whether the author list ends with et al., and others, و همکاران. */
  etAl: boolean
  /**
   * The year as printed, in its calendar; null when the citation prints none: an undated
   * work (`undated` says which kind) or an ibid. with no work before it to refer to.
   */
  year: number | null
  /** The letter after the year (`1987a` → `a`, `n.d.-a` → `a`), if any. */
  yearSuffix: string | null
  /** Calendar of `year`; null exactly when `year` is null. */
  calendar: Calendar | null
  /** Pages with ASCII digits, ranges with `-` (`3-4`), or null. */
  pages: string | null
  kind: CitationKind
  /** Normalized key of the cited work (`walt1987`, `krause-singer2001`). */
  key: string
  /** The bracket was printed mirrored (`)Walt, 1987(`), as PDF extraction leaves it. */
  mirrored: boolean
  /**
   * Set only on a reprint or translation cited with two years (`(Freud, 1900/1999)`,
   * `(Waltz, 2010 [1979])`, `(Hobbes [1651] 1996)`): the year of first publication, while
   * `year` is the edition cited (`1999`, `2010`, `1996`), as the reference list dates it.
   * Optional, added after 0.1.0: absent on other citations.
   */
  original?: OriginalDate
  /**
   * Set only for a work cited without a year (`(Walt, n.d.)`, `(نوری، زیر چاپ)`); then
   * `year` and `calendar` are null. Optional, added after 0.1.0: absent on dated citations.
   */
  undated?: UndatedStatus
  /**
   * Set (true) only on an ibid. (`(ibid., p. 12)`, `(همان: ۱۲)`): the citation refers back to
   * the work of the citation before it in the same language of the article, whose authors,
   * year and key it carries. When no single work precedes it, it is unresolved: `authors`
   * empty, `year` and `calendar` null, `key` empty (and `parseArticle` warns). Optional,
   * added after 0.1.0: absent on other citations.
   */
  ibid?: true
  /**
   * Set (true) only when the author position holds the title of a work cited without an
   * author, in quotes or italics (`(“Balancing and Bandwagoning,” 1987)`, `(«درآمدی بر
   * جامعه‌شناسی»، ۱۳۹۸)`): `authors` holds that one title, without its quotes, and exports
   * give it as the work's title (CSL-JSON `title`, no `author`). An ibid. of such a work
   * carries it too. Optional, added after 0.1.0: absent on other citations.
   */
  titleAsAuthor?: true
}

/** A citation inside an article. */
export interface Citation extends TaggedCitation {
  /** Id, unique in the article (`c12`). */
  id: string
  /** Id of the segment that holds it. */
  segment: string
  /** Where it is in the source file. */
  position: Span
}

/** A footnote of the article. */
export interface Footnote {
  /** 1-based order of the footnote in the article. */
  n: number
  /** The Markdown label (`233-1`). */
  label: string
  /** Its text, markup removed. */
  text: string
  lang: Lang
  /** Id of the segment holding its marker, or null if no marker references it. */
  segment: string | null
  /** Ids of the segments of its own text. */
  segments: string[]
  /**
   * UTF-16 offset in the `text` of `segment` where the marker stands (the marker follows the
   * term it glosses); absent when no marker references the footnote. Optional, added after 0.1.0.
   */
  markerOffset?: number
}

/** Who made an alignment link. */
export type AlignmentSource = 'auto' | 'curated'

/** A link between English and Persian segments. */
export interface Alignment {
  en: string[]
  fa: string[]
  score: number
  source: AlignmentSource
}

/** Text in both languages; either may be missing. */
export interface Bilingual {
  fa?: string
  en?: string
}

/** An author of the article. */
export interface Author {
  name: Bilingual
  affiliation?: Bilingual
  email?: string
  corresponding?: boolean
}

/** A date printed in the Solar Hijri calendar, with its Gregorian day. */
export interface ArticleDate {
  /** `YYYY-MM-DD` in the Solar Hijri calendar. */
  solar: string
  /** `YYYY-MM-DD` in the Gregorian calendar. */
  gregorian: string
}

/** The article's metadata, from its front matter. */
export interface ArticleMeta {
  id: string
  title: Bilingual
  authors: Author[]
  journal?: Bilingual
  volume?: number | string
  issue?: number | string
  pages?: string
  received?: ArticleDate
  accepted?: ArticleDate
  keywords: { fa: string[]; en: string[] }
  source?: Record<string, unknown>
  license?: string
}

/** A parsed article. */
export interface Article {
  id: string
  meta: ArticleMeta
  segments: Segment[]
  citations: Citation[]
  footnotes: Footnote[]
  alignments: Alignment[]
}
