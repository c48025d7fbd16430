/**
 * Segment ids. They are built from counters local to the structure (paragraph n of a
 * language, sentence m of that paragraph), so the same input gives the same ids, and
 * editing the text of one paragraph changes only that paragraph's ids.
 */

/** Id of a sentence: `fa-p12-s3`. */
export function sentenceId(lang: string, paragraph: number, sentence: number): string {
  return `${lang}-p${paragraph}-s${sentence}`
}

/** Id of a heading: `fa-h4`. */
export function headingId(lang: string, heading: number): string {
  return `${lang}-h${heading}`
}

/** Id of a title: `en-title`. */
export function titleId(lang: string): string {
  return `${lang}-title`
}

/** Id of a keyword: `fa-kw2`. */
export function keywordId(lang: string, keyword: number): string {
  return `${lang}-kw${keyword}`
}

/** Id of a footnote's sentence: `fn3-s1`. */
export function footnoteSentenceId(footnote: number, sentence: number): string {
  return `fn${footnote}-s${sentence}`
}

/** Id of a table cell: `fa-t2-r3-c1` (row 1 is the header). */
export function cellId(lang: string, table: number, row: number, column: number): string {
  return `${lang}-t${table}-r${row}-c${column}`
}

/** Id of a citation inside its segment: `fa-p12-s3-c1`. */
export function citationId(segment: string, citation: number): string {
  return `${segment}-c${citation}`
}
