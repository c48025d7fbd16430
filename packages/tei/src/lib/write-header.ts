/**
 * The `teiHeader` of an article: both titles and the authors with their affiliations
 * (`titleStmt`), matn's publication of the file and the licence (`publicationStmt`), the
 * printed source with journal, volume, issue, pages, the received and accepted dates in
 * both calendars and the provenance record (`sourceDesc`), the characters XML cannot hold
 * (`charDecl`), the languages (`langUsage`), the keywords per language (`textClass`) and
 * the Solar Hijri calendar (`calendarDesc`). Title and keyword segments are the `title`
 * and `term` elements, with their ids.
 */
import type { Article, ArticleDate, Author, Bilingual, Calendar, Lang, Segment } from '@matn/core'
import { jsonToFeatureStructure } from './feature-structure.js'
import type { TeiWriterContext } from './tei-context.js'
import { teiError } from './tei-error.js'
import { element, mixedElement, type XmlElement } from './xml-writer.js'

/** The header and the order its segments were written in. */
export interface WrittenHeader {
  readonly header: XmlElement
  /** Ids of title and keyword segments, in document order. */
  readonly order: readonly string[]
}

const languageNames: Readonly<Record<Lang, string>> = { fa: 'Persian', en: 'English' }
const bilingualOrder: readonly Lang[] = ['fa', 'en']
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

function fail(reason: string, segment?: Segment): never {
  throw teiError('tei-write', reason, segment?.position.start)
}

function langsOf(value: Bilingual | undefined): Lang[] {
  return bilingualOrder.filter((lang) => value?.[lang] !== undefined)
}

class HeaderWriter {
  readonly order: string[] = []
  private solarDates = false

  constructor(
    private readonly article: Article,
    private readonly context: TeiWriterContext
  ) {}

  private headerSegments(kind: 'title' | 'keyword'): Segment[] {
    const segments = this.article.segments.filter((segment) => segment.kind === kind)
    for (const segment of segments) {
      if (segment.section.length > 0 || segment.page !== null || segment.citations.length > 0 || segment.footnotes.length > 0) {
        fail(`The ${kind} segment \`${segment.id}\` has a section, page, citation or footnote: the TEI header holds none`, segment)
      }
    }
    return segments
  }

  private titles(): XmlElement[] {
    const segments = this.headerSegments('title')
    const langs: Lang[] = []
    for (const segment of segments) {
      if (this.article.meta.title[segment.lang] !== segment.text) fail(`Title segment \`${segment.id}\` differs from \`meta.title.${segment.lang}\``, segment)
      if (langs.includes(segment.lang)) fail(`Two title segments are in \`${segment.lang}\``, segment)
      langs.push(segment.lang)
      this.order.push(segment.id)
    }
    for (const lang of langsOf(this.article.meta.title)) if (!langs.includes(lang)) langs.push(lang)
    return langs.map((lang) => {
      const segment = segments.find((candidate) => candidate.lang === lang)
      const attributes = { type: 'main', 'xml:id': segment ? this.context.id(segment.id) : undefined, 'xml:lang': lang }
      return mixedElement('title', attributes, this.context.text(this.article.meta.title[lang] ?? ''))
    })
  }

  private author(author: Author): XmlElement {
    const role = author.corresponding === undefined ? undefined : author.corresponding ? 'corresp' : 'non-corresp'
    return element('author', { role }, [
      ...langsOf(author.name).map((lang) => mixedElement('persName', { 'xml:lang': lang }, this.context.text(author.name[lang] ?? ''))),
      ...langsOf(author.affiliation).map((lang) =>
        mixedElement('affiliation', { 'xml:lang': lang }, this.context.text(author.affiliation?.[lang] ?? ''))
      ),
      ...(author.email === undefined ? [] : [mixedElement('email', undefined, this.context.text(author.email))])
    ])
  }

  private date(type: 'received' | 'accepted', date: ArticleDate | undefined): XmlElement[] {
    if (!date) return []
    if (!isoDate.test(date.solar) || !isoDate.test(date.gregorian) || Number.isNaN(Date.parse(date.gregorian))) {
      fail(`\`meta.${type}\` must hold YYYY-MM-DD dates`)
    }
    this.solarDates = true
    const calendar = this.context.pointer(this.context.generatedId('cal', 'solar-hijri'))
    const attributes = { type, when: date.gregorian, 'when-custom': date.solar, datingMethod: calendar, calendar }
    return [mixedElement('date', attributes, this.context.text(date.solar))]
  }

  /** Volume or issue; a number (not a string of digits) also in `@from` and `@to`. */
  private scope(unit: string, value: number | string | undefined): XmlElement[] {
    if (value === undefined) return []
    if (typeof value === 'number' && !Number.isFinite(value)) fail(`\`meta\` ${unit} is not a number`)
    const range = typeof value === 'number' ? { from: value, to: value } : {}
    return [mixedElement('biblScope', { unit, ...range }, this.context.text(String(value)))]
  }

  private sourceDesc(): XmlElement {
    const { meta } = this.article
    const pages = meta.pages === undefined ? [] : [mixedElement('biblScope', pageRange(meta.pages), this.context.text(meta.pages))]
    const imprint = [
      ...this.scope('volume', meta.volume),
      ...this.scope('issue', meta.issue),
      ...pages,
      ...this.date('received', meta.received),
      ...this.date('accepted', meta.accepted)
    ]
    const analytic = langsOf(meta.title).map((lang) => mixedElement('title', { level: 'a', 'xml:lang': lang }, this.context.text(meta.title[lang] ?? '')))
    const journal = langsOf(meta.journal).map((lang) => mixedElement('title', { level: 'j', 'xml:lang': lang }, this.context.text(meta.journal?.[lang] ?? '')))
    const source = meta.source === undefined ? [] : [element('note', { type: 'provenance' }, [jsonToFeatureStructure(meta.source, this.context, { type: 'source' })])]
    return element('sourceDesc', undefined, [
      element('biblStruct', undefined, [
        ...(analytic.length > 0 ? [element('analytic', undefined, analytic)] : []),
        element('monogr', undefined, [...journal, element('imprint', undefined, imprint.length > 0 ? imprint : [element('date')])]),
        ...source
      ])
    ])
  }

  private textClass(): XmlElement[] {
    const segments = this.headerSegments('keyword')
    const langs: Lang[] = []
    for (const segment of segments) if (!langs.includes(segment.lang)) langs.push(segment.lang)
    for (const lang of bilingualOrder) if (!langs.includes(lang) && this.article.meta.keywords[lang].length > 0) langs.push(lang)
    const groups = langs.map((lang) => {
      const terms = this.article.meta.keywords[lang]
      const own = segments.filter((segment) => segment.lang === lang)
      if (own.length > 0 && (own.length !== terms.length || own.some((segment, index) => segment.text !== terms[index]))) {
        fail(`The \`${lang}\` keyword segments differ from \`meta.keywords.${lang}\``, own[0])
      }
      this.order.push(...own.map((segment) => segment.id))
      return element(
        'keywords',
        { 'xml:lang': lang },
        terms.map((term, index) => {
          const segment = own[index]
          return mixedElement('term', { 'xml:id': segment ? this.context.id(segment.id) : undefined }, this.context.text(term))
        })
      )
    })
    return groups.length > 0 ? [element('textClass', undefined, groups)] : []
  }

  private langUsage(): XmlElement {
    const used = new Set<Lang>([...this.article.segments.map((segment) => segment.lang), ...langsOf(this.article.meta.title)])
    const langs = bilingualOrder.filter((lang) => used.has(lang))
    return element(
      'langUsage',
      undefined,
      (langs.length > 0 ? langs : bilingualOrder).map((lang) => mixedElement('language', { ident: lang }, [languageNames[lang]]))
    )
  }

  private calendarDesc(): XmlElement[] {
    const used = (calendar: Calendar): boolean => this.article.citations.some((citation) => citation.calendar === calendar || citation.original?.calendar === calendar)
    const calendars = [
      ...(this.solarDates || used('solar-hijri') ? [{ id: 'solar-hijri', description: 'The Solar Hijri (Iranian) calendar.' }] : []),
      ...(used('lunar-hijri') ? [{ id: 'lunar-hijri', description: 'The lunar Hijri (Islamic) calendar.' }] : [])
    ]
    if (calendars.length === 0) return []
    return [
      element(
        'calendarDesc',
        undefined,
        calendars.map(({ id, description }) =>
          element('calendar', { 'xml:id': this.context.generatedId('cal', id) }, [mixedElement('p', undefined, [description])])
        )
      )
    ]
  }

  private encodingDesc(): XmlElement {
    const chars = this.context.usedChars().map((code) => {
      const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      return element('char', { 'xml:id': this.context.charId(code) }, [mixedElement('desc', undefined, [`${name}, which XML cannot hold`])])
    })
    return element('encodingDesc', undefined, [
      mixedElement('p', undefined, [
        'Exported by matn from the article model; the mapping (ids, segments, citations, footnotes, alignments) is documented in matn’s docs/tei.md.'
      ]),
      ...(chars.length > 0 ? [element('charDecl', undefined, chars)] : [])
    ])
  }

  write(): XmlElement {
    const { meta } = this.article
    const titleStmt = element('titleStmt', undefined, [...this.titles(), ...meta.authors.map((author) => this.author(author))])
    const publicationStmt = element('publicationStmt', undefined, [
      mixedElement('authority', undefined, ['matn']),
      mixedElement('idno', { type: 'matn' }, this.context.text(meta.id)),
      ...(meta.license === undefined ? [] : [element('availability', undefined, [mixedElement('licence', undefined, this.context.text(meta.license))])])
    ])
    const fileDesc = element('fileDesc', undefined, [titleStmt, publicationStmt, this.sourceDesc()])
    const profileDesc = element('profileDesc', undefined, [this.langUsage(), ...this.textClass(), ...this.calendarDesc()])
    return element('teiHeader', undefined, [fileDesc, this.encodingDesc(), profileDesc])
  }
}

function pageRange(pages: string): { unit: string; from?: string; to?: string } {
  const match = /^(\d+)-(\d+)$/.exec(pages)
  return match ? { unit: 'page', from: match[1], to: match[2] } : { unit: 'page' }
}

/**
 * Write the `teiHeader` of an article. Call it after the text and stand-off parts, so the
 * `charDecl` lists every character they used.
 *
 * @param article The article.
 * @param context Ids and characters of the document being written.
 */
export function writeHeader(article: Article, context: TeiWriterContext): WrittenHeader {
  const writer = new HeaderWriter(article, context)
  const header = writer.write()
  return { header, order: writer.order }
}
