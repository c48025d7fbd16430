import type { Article } from '@matn/core'
import type { JsonIssue } from './validate.js'

/**
 * Check what a JSON Schema cannot: ids are unique and every reference between the parts of
 * an article points at something that exists (and of the right language for alignments).
 *
 * @param article An article that already matches the schema.
 * @param base JSON Pointer of the article in its document (`''`, or `/articles/0`).
 * @returns Every broken reference.
 */
export function checkArticleReferences(article: Article, base = ''): JsonIssue[] {
  const issues: JsonIssue[] = []
  const report = (pointer: string, message: string): void => {
    issues.push({ pointer: `${base}${pointer}`, message: `\`${base}${pointer}\` ${message}` })
  }
  if (article.meta.id !== article.id) report('/meta/id', `is \`${article.meta.id}\`, not the article id \`${article.id}\``)
  const segments = new Map<string, Article['segments'][number]>()
  article.segments.forEach((segment, index) => {
    if (segments.has(segment.id)) report(`/segments/${index}/id`, `repeats the segment id \`${segment.id}\``)
    segments.set(segment.id, segment)
  })
  const citations = new Map<string, Article['citations'][number]>()
  article.citations.forEach((citation, index) => {
    if (citations.has(citation.id)) report(`/citations/${index}/id`, `repeats the citation id \`${citation.id}\``)
    citations.set(citation.id, citation)
    const holder = segments.get(citation.segment)
    if (!holder) report(`/citations/${index}/segment`, `names the unknown segment \`${citation.segment}\``)
    else if (!holder.citations.includes(citation.id)) {
      report(`/citations/${index}/segment`, `names \`${citation.segment}\`, which does not list \`${citation.id}\``)
    }
  })
  const labels = new Set<string>()
  article.footnotes.forEach((footnote, index) => {
    if (labels.has(footnote.label)) report(`/footnotes/${index}/label`, `repeats the footnote label \`${footnote.label}\``)
    labels.add(footnote.label)
    const marker = footnote.segment === null ? undefined : segments.get(footnote.segment)
    if (footnote.segment !== null && !marker) report(`/footnotes/${index}/segment`, `names the unknown segment \`${footnote.segment}\``)
    if (footnote.markerOffset !== undefined) {
      if (!marker) report(`/footnotes/${index}/markerOffset`, 'is given for a footnote without a marker segment')
      else if (footnote.markerOffset > marker.text.length) {
        report(`/footnotes/${index}/markerOffset`, `is past the end of the text of \`${marker.id}\``)
      }
    }
    footnote.segments.forEach((id, item) => {
      if (!segments.has(id)) report(`/footnotes/${index}/segments/${item}`, `names the unknown segment \`${id}\``)
    })
  })
  article.segments.forEach((segment, index) => {
    segment.citations.forEach((id, item) => {
      if (citations.get(id)?.segment !== segment.id) {
        report(`/segments/${index}/citations/${item}`, `names \`${id}\`, which is not a citation of this segment`)
      }
    })
    segment.footnotes.forEach((label, item) => {
      if (!labels.has(label)) report(`/segments/${index}/footnotes/${item}`, `names the unknown footnote \`${label}\``)
    })
    segment.section.forEach((id, item) => {
      if (segments.get(id)?.kind !== 'heading') report(`/segments/${index}/section/${item}`, `names \`${id}\`, which is not a heading`)
    })
  })
  article.alignments.forEach((alignment, index) => {
    for (const lang of ['en', 'fa'] as const) {
      alignment[lang].forEach((id, item) => {
        const segment = segments.get(id)
        if (!segment) report(`/alignments/${index}/${lang}/${item}`, `names the unknown segment \`${id}\``)
        else if (segment.lang !== lang) report(`/alignments/${index}/${lang}/${item}`, `names \`${id}\`, a segment in \`${segment.lang}\``)
      })
    }
  })
  return issues
}

/**
 * Check the references of every article of a corpus and that article ids are unique.
 *
 * @param articles Articles that already match the schema.
 * @returns Every broken reference.
 */
export function checkCorpusReferences(articles: readonly Article[]): JsonIssue[] {
  const seen = new Set<string>()
  return articles.flatMap((article, index) => {
    const issues = checkArticleReferences(article, `/articles/${index}`)
    if (seen.has(article.id)) {
      issues.unshift({ pointer: `/articles/${index}/id`, message: `\`/articles/${index}/id\` repeats the article id \`${article.id}\`` })
    }
    seen.add(article.id)
    return issues
  })
}
