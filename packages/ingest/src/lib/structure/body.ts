import type { UnresolvedToken } from '../repair/types.js'
import { endsSentence, fullLength } from './front.js'
import { asciiDigits, wordsOf, type SourceLine } from './lines.js'
import { numberPagesByCount, maxLinesPerPage } from './page-count.js'
import { estimateMissingPages, pageBreakLines } from './page-estimate.js'
import { findRegions, spaceCaptionNumber } from './regions.js'
import { readTableCells } from './table-cells.js'
import { isCitationTail, joinCitationTail } from './citation-tails.js'
import { endsParagraph, marksAreReliable } from './last-lines.js'
import { runInHeading } from './run-in-heading.js'
import { captionContinuation, letterFormsOf, minorityLetterForms, type LetterForms } from './fonts.js'

/** A block of the article body, in reading order. */
export type Block =
  | { type: 'page'; page: PageRef }
  | {
      type: 'heading'
      text: string
      level: number
      line: number
      /** Printed at the start of its paragraph's first line (`runInHeading`), not on a line of its own. */
      runIn?: boolean
    }
  | { type: 'paragraph'; parts: Array<{ text: string; page: PageRef; line: number } | { marker: PageRef }> }
  | {
      type: 'footnote'
      /** The page in effect where the footnote was read (its number can be stale: a page end that left no mark was not counted). */
      page: PageRef
      n: string
      text: string
      line: number
      /** The page break that ends the footnote's page (footnotes print at the foot of their page), once read. */
      endsAt?: PageRef
    }
  | { type: 'table'; caption: string; header?: string[]; rows: string[][]; source: string; line: number }
  | { type: 'figure'; caption: string; content: string; source: string; line: number }
  | { type: 'link'; url: string; line: number }

/** A printed page, numbered once the running heads are read. */
export interface PageRef {
  index: number
  number?: number
}

/** The body read from the lines, and the author notes found under the first footnote rule. */
export interface DraftBody {
  blocks: Block[]
  pages: PageRef[]
  /** Texts of footnotes marked `*` or holding an e-mail address: the author notes. */
  authorNotes: Array<{ mark: string; text: string }>
  unresolved: UnresolvedToken[]
  /** Line numbers whose text went into the draft changed (a citation's end joined to its line), so not found there as printed. */
  joinedLines: number[]
}

const footnoteStart = /^\s*(\*|[\d\u06F0-\u06F9]{1,2}\s*[.\-)]|[\d\u06F0-\u06F9]{1,2}\s)/
const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/
/** A line that is one web address and nothing else. */
const bareUrl = /^(?:https?:\/\/|www\.)\S+$/i

/**
 * Read the body: headings, paragraphs re-flowed from the line wrap, page breaks (from
 * running heads and footnote rules), footnotes, tables and figures.
 *
 * @param lines The classified lines.
 * @param start Index of the first body line (after the Persian keywords).
 * @param pageStart Index of the first line of the first Persian page (the title page).
 * @param title The Persian title (running heads repeat it).
 * @returns The blocks.
 */
export function readBody(lines: readonly SourceLine[], start: number, title: string | undefined): DraftBody {
  const pages: PageRef[] = [{ index: 0 }]
  const blocks: Block[] = []
  const authorNotes: DraftBody['authorNotes'] = []
  const unresolved: UnresolvedToken[] = []
  const joinedLines: number[] = []
  const regions = findRegions(lines, start)
  const bodyLines = lines.slice(start).filter((line) => line.kind === 'fa')
  const full = fullLength(bodyLines)
  const reliableMarks = marksAreReliable(bodyLines)
  const otherFont = minorityLetterForms(bodyLines)
  const titleWords = new Set(wordsOf(title ?? ''))
  let page = pages[0] as PageRef
  let paragraph: Extract<Block, { type: 'paragraph' }> | undefined
  let lastEnded = true
  // A paragraph that ended with a colon introduces what follows (a list, a quotation): no heading.
  let introduces = false
  let pendingPage = false
  // Footnotes read while a paragraph runs on to the next page follow that paragraph.
  let heldFootnotes: Block[] = []
  // Footnotes whose page has not ended yet: the next page break ends it.
  let awaitingEnd: Array<Extract<Block, { type: 'footnote' }>> = []
  const readNotes = (footnotes: readonly Block[]): void => {
    if (paragraph) heldFootnotes.push(...footnotes)
    else blocks.push(...footnotes)
    for (const block of footnotes) if (block.type === 'footnote') awaitingEnd.push(block)
    pendingPage = true
  }

  const flush = (): void => {
    if (paragraph && paragraph.parts.length > 0) blocks.push(paragraph)
    paragraph = undefined
    blocks.push(...heldFootnotes)
    heldFootnotes = []
  }
  const newPage = (number?: number): void => {
    page = { index: pages.length, ...(number === undefined ? {} : { number }) }
    pages.push(page)
    for (const footnote of awaitingEnd) footnote.endsAt = page
    awaitingEnd = []
    if (paragraph) paragraph.parts.push({ marker: page })
    else blocks.push({ type: 'page', page })
  }

  let index = start
  while (index < lines.length) {
    const line = lines[index] as SourceLine
    const region = regions.find((candidate) => candidate.caption === index)
    if (region) {
      flush()
      lastEnded = true
      introduces = false
      const content = lines.slice(index + 1, region.source)
      const continued = sourceContinuation(lines, region.source)
      const sourceText = [(lines[region.source] as SourceLine).text, ...(continued === undefined ? [] : [(lines[continued] as SourceLine).text])].join(' ')
      if (region.kind === 'table') {
        // A caption in the heading font is followed by its wrapped lines and the header row in that font; otherwise the cells' count tells its tail.
        const byFont = otherFont !== undefined && letterFormsOf(line.raw) === otherFont
        const continued = captionContinuation(line, content, otherFont)
        const { captionTail, header, rows, sideBySide } = readTableCells(content.slice(continued), 2, byFont ? { headerFont: otherFont } : undefined)
        const caption = [line, ...content.slice(0, continued)].filter((entry) => entry.text !== '').map((entry) => entry.text)
        if (captionTail !== '') caption.push(captionTail)
        blocks.push({ type: 'table', caption: spaceCaptionNumber(caption.join(' ')), ...(header ? { header } : {}), rows, source: sourceText, line: line.line })
        for (const at of sideBySide) {
          unresolved.push({ step: 'structure', line: at, column: 1, token: (lines[at - 1] as SourceLine).text, reason: 'a table line holding two cells side by side (wider than any column, or one header line for several heads): nothing in the extraction tells where one cell stops, so it is left whole in the first of them' })
        }
      }
      else {
        const continued = captionContinuation(line, content, otherFont)
        const caption = [line, ...content.slice(0, continued)].filter((entry) => entry.text !== '').map((entry) => entry.text).join(' ')
        const figureText = content.slice(continued).filter((entry) => entry.text !== '').map((entry) => entry.text).join(' ')
        blocks.push({ type: 'figure', caption: spaceCaptionNumber(caption), content: figureText, source: sourceText, line: line.line })
      }
      index = (continued ?? region.source) + 1
      continue
    }
    const last = paragraph?.parts[paragraph.parts.length - 1]
    if (last !== undefined && 'text' in last && isCitationTail(line)) {
      last.text = joinCitationTail(last.text, line.text)
      joinedLines.push(line.line)
      // The tail is the paragraph's last line when it ends a sentence, as any short last line.
      lastEnded = /[.؟?!]["”»)]*\s*$/.test(last.text) && line.raw.trim().length < 0.85 * full
      introduces = false
      if (lastEnded) flush()
      index += 1
      continue
    }
    if (line.kind === 'blank' || line.kind === 'other') {
      index += 1
      continue
    }
    if (line.kind === 'rule') {
      const footnotes: Block[] = []
      index = readFootnotes(lines, index + 1, page, footnotes, authorNotes)
      readNotes(footnotes)
      continue
    }
    if (line.kind === 'en' && /^\s*[\d\u06F0-\u06F9]{1,2}\.\s+\S/.test(line.raw) && line.raw.trim().length < 0.6 * full) {
      // A numbered English note inside the Persian body: a footnote whose rule was lost. Footnotes
      // print at the foot of their page, so its page ends after it, as at a rule.
      const footnotes: Block[] = []
      index = readFootnotes(lines, index, page, footnotes, authorNotes)
      readNotes(footnotes)
      continue
    }
    const head = runningHead(line, titleWords, full, lastPageNumber(pages))
    if (head !== undefined) {
      pendingPage = false
      newPage(head)
      index += 1
      continue
    }
    if (pendingPage) {
      pendingPage = false
      newPage()
    }
    const headingMayFollow = lastEnded && !introduces
    if (isHeading(line, headingMayFollow, full) || isLongHeading(lines, index, headingMayFollow, full) || isOtherFontHeading(lines, index, headingMayFollow, otherFont)) {
      flush()
      blocks.push({ type: 'heading', text: line.text.replace(/\s+/g, ' '), level: headingLevel(line.text), line: line.line })
      lastEnded = true
      introduces = false
      index += 1
      continue
    }
    const second = twoLineHeading(lines, index, headingMayFollow, full)
    if (second !== undefined) {
      flush()
      const text = `${line.text} ${(lines[second] as SourceLine).text}`.replace(/\s+/g, ' ')
      blocks.push({ type: 'heading', text, level: headingLevel(text), line: line.line })
      lastEnded = true
      introduces = false
      index = second + 1
      continue
    }
    const runIn = headingMayFollow && paragraph === undefined ? runInHeading(line) : undefined
    if (runIn) {
      flush()
      blocks.push({ type: 'heading', text: runIn.heading.replace(/\s+/g, ' '), level: headingLevel(runIn.heading), line: line.line, runIn: true })
    }
    paragraph ??= { type: 'paragraph', parts: [] }
    paragraph.parts.push({ text: runIn?.rest ?? line.text, page, line: line.line })
    // A short last line ends its paragraph when it ends a sentence, or with a colon before a list (`endsParagraph`).
    lastEnded = endsParagraph(line, full, reliableMarks)
    introduces = lastEnded && /[:：]\s*$/.test(line.text)
    if (lastEnded) flush()
    index += 1
  }
  flush()
  for (const { page, line, kind, between, after } of estimateMissingPages(blocks, pages)) {
    const where = kind === 'placed' ? 'placed at the start of the block where the amount of text puts it' : 'read from the foot of a page (a footnote rule or note), numbered by its place'
    const from = after ? `after page ${between[1]}, at the text a page holds between pages ${between[0]} and ${between[1]}` : `between pages ${between[0]} and ${between[1]}`
    unresolved.push({ step: 'pages', line: Math.max(line, 1), column: 1, token: `page ${page.number}`, reason: `page ${page.number} printed no running head or number: ${where} ${from}` })
  }
  const { counted, uncounted } = numberPagesByCount(blocks, pages, maxLinesPerPage * fullText(lines.slice(start).filter((line) => line.kind === 'fa' || line.kind === 'en')))
  const breakLines = counted.length + uncounted.length > 0 ? pageBreakLines(blocks) : new Map<PageRef, number>()
  for (const { page, from } of counted) {
    unresolved.push({ step: 'pages', line: Math.max(breakLines.get(page) ?? 0, 1), column: 1, token: `page ${page.number}`, reason: `page ${page.number} printed no running head or number: numbered by counting the page breaks read since page ${from}, with no printed number ${from < (page.number as number) ? 'after it' : 'before it'} to check the count (a page whose end left no mark would make it wrong)` })
  }
  for (const { page, from, counted: number, stretch } of uncounted) {
    unresolved.push({ step: 'pages', line: Math.max(breakLines.get(page) ?? 0, 1), column: 1, token: 'page ?', reason: `a page break read here (the foot of a page) has no number: counting the breaks since page ${from} would make it ${number}, but ${stretch} characters of text stand between two of those breaks, more than a page holds (${maxLinesPerPage} full lines), so pages ended there without a mark; no marker written` })
  }
  return { blocks, pages, authorNotes, unresolved, joinedLines }
}

/** Read the footnotes under a rule; returns the index after them. */
/** A Latin line that ends a reference: words, then a year (`Country, 2022`). */
const latinReferenceEnd = /^[A-Za-z][^\u0600-\u06FF]*\b(?:1[89]|20)\d\d[a-z]?[.)]?\s*$/
/** A source line that ends in a year has its reference whole. */
const endsInYear = /\b(?:1[89]|20)\d\d[a-z]?[.)]?\s*$/

/**
 * The line that continues a table's or figure's `Source:` line the wrap broke (`Source: Number
 * of … by Target` + `Country, 2022`): the next line that is not blank, when the source line does
 * not end in a year and that line is Latin text ending in one. Its index, or undefined.
 */
function sourceContinuation(lines: readonly SourceLine[], source: number): number | undefined {
  if (endsInYear.test((lines[source] as SourceLine).text)) return undefined
  let next = source + 1
  while (next < lines.length && (lines[next] as SourceLine).kind === 'blank') next += 1
  const line = lines[next]
  return line !== undefined && line.kind === 'en' && latinReferenceEnd.test(line.text.trim()) ? next : undefined
}

function readFootnotes(lines: readonly SourceLine[], start: number, page: PageRef, blocks: Block[], authorNotes: DraftBody['authorNotes']): number {
  let index = start
  let current: { n: string; text: string; line: number } | undefined
  const finish = (): void => {
    if (!current) return
    if (current.n === '*' || email.test(current.text)) authorNotes.push({ mark: current.n, text: current.text })
    else blocks.push({ type: 'footnote', page, n: current.n, text: current.text, line: current.line })
    current = undefined
  }
  while (index < lines.length) {
    const line = lines[index] as SourceLine
    if (line.kind === 'blank') {
      index += 1
      continue
    }
    const raw = line.raw.trim()
    if (bareUrl.test(raw)) {
      // A footnote that ends with a colon (or has no text yet) goes on with its address;
      // otherwise the address stands under the rule with no number: a link target the
      // extraction wrote out, not a note of the page (`linkUnderRule`).
      if (current !== undefined && (current.text === '' || /[:：]$/.test(current.text))) current.text = `${current.text} ${raw}`.trim()
      else {
        finish()
        blocks.push({ type: 'link', url: raw, line: line.line })
      }
      index += 1
      continue
    }
    const mark = footnoteStart.exec(raw)
    if (mark || email.test(raw)) {
      finish()
      const n = mark ? asciiDigits(mark[1] as string).replace(/[^\d*]/g, '') : emailMark(raw)
      const text = mark ? raw.slice(mark[0].length).trim() : line.text
      current = { n, text: line.kind === 'en' && mark ? text : line.text.replace(/^[\d\u06F0-\u06F9*]+\s*[.\-)]?\s*/, ''), line: line.line }
      index += 1
      continue
    }
    break
  }
  finish()
  return index
}

/** The mark (`*` or a digit) of an author note printed without a leading number. */
function emailMark(text: string): string {
  if (text.includes('*')) return '*'
  return asciiDigits(/(?<![\d\u06F0-\u06F9])[\d\u06F0-\u06F9](?![\d\u06F0-\u06F9])/.exec(text)?.[0] ?? '*')
}

/** The length of a full line's text, white space not counted: the 90th percentile of the lines' (unbounded without lines). */
function fullText(lines: readonly SourceLine[]): number {
  const lengths = lines.map((line) => line.text.replace(/\s+/g, '').length).sort((a, b) => a - b)
  return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? Number.POSITIVE_INFINITY
}

/** The number of the last page whose running head gave one, if any. */
function lastPageNumber(pages: readonly PageRef[]): number | undefined {
  for (let index = pages.length - 1; index >= 0; index -= 1) {
    const number = pages[index]?.number
    if (number !== undefined) return number
  }
  return undefined
}

/**
 * A running head: a line that carries a page number (one to four digits standing alone at
 * either end) and repeats the title (at least two fifths of its words are title words), or
 * a line that is nothing but a page number. Pages only go forward: a number not above the
 * last running head's (`previous`) is no page number but a digit of the text (`3 چرایی …`,
 * a body line that starts with a table number and happens to share title words).
 */
function runningHead(line: SourceLine, titleWords: ReadonlySet<string>, full: number, previous: number | undefined): number | undefined {
  const text = asciiDigits(line.text)
  const page = (value: number): number | undefined => (previous !== undefined && value <= previous ? undefined : value)
  if (/^\d{1,4}$/.test(text)) return page(Number(text))
  const number = /^(\d{1,4})\s|\s(\d{1,4})$/.exec(text) ?? /^\s*(\d{1,4})\s/.exec(asciiDigits(line.raw))
  if (!number) return undefined
  const words = wordsOf(text)
  const shared = words.filter((word) => titleWords.has(word)).length
  if (words.length === 0 || shared / words.length < 0.4 || line.raw.trim().length > 1.2 * full) return undefined
  return page(Number(number[1] ?? number[2]))
}

/** A letter that numbers a heading in a list of them: `الف)`, `ب)`, `a)` (Persian alphabetical numbering starts with الف). */
const headingEnumerator = /^\s*(?:(?:الف|[\u0628-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC])\s?[)\-–]|[a-z]\))\s*\S/

/**
 * The level of a heading: one down (`###`) for a heading that ends with a colon (a run-in
 * subhead set on a line of its own) or that a letter numbers (`الف) …`, `ب) …`: subsections of
 * the section above, numbered in a list); `##` otherwise.
 *
 * @param text The heading's text.
 * @returns 2 or 3.
 */
export function headingLevel(text: string): number {
  return /[:：]$/.test(text) || headingEnumerator.test(text) ? 3 : 2
}

/**
 * A heading of two lines: after a paragraph end, a Persian line that does not end a sentence
 * (nor with a colon), then, past blank lines, a short Persian line that does not either (a
 * heading on its own), the two at most twenty words. Returns the index of the second line.
 */
function twoLineHeading(lines: readonly SourceLine[], index: number, afterParagraphEnd: boolean, full: number): number | undefined {
  const first = lines[index] as SourceLine
  if (first.kind !== 'fa' || !afterParagraphEnd || /[.؟?!،,:]["”»)]*$/.test(first.text)) return undefined
  let next = index + 1
  while (lines[next]?.kind === 'blank') next += 1
  const second = lines[next]
  if (second === undefined || /[:：]$/.test(second.text) || !isHeading(second, true, full)) return undefined
  return wordsOf(first.text).length + wordsOf(second.text).length <= 20 ? next : undefined
}

/** A heading: a short Persian line that does not end a sentence, after a paragraph end. */
function isHeading(line: SourceLine, afterParagraphEnd: boolean, full: number): boolean {
  if (line.kind !== 'fa' || !afterParagraphEnd) return false
  if (/[.؟?!،,]["”»)]*$/.test(line.text)) return false
  const words = wordsOf(line.text).length
  return words > 0 && words <= 14 && line.raw.trim().length < 0.6 * full
}

/**
 * A longer heading (up to twenty words, under three quarters of a full line, no comma): after
 * a paragraph end, a Persian line that does not end a sentence, followed (past blank lines) by
 * a Persian line that is full or ends a sentence. Inside a paragraph every line but the first
 * (indented) and the last is full, and the last ends a sentence, so a short unterminated line
 * between two paragraphs is a heading. (Up to 85% of a full line, paragraph first lines were
 * taken for headings too; measured on the corpus.)
 */
function isLongHeading(lines: readonly SourceLine[], index: number, afterParagraphEnd: boolean, full: number): boolean {
  const line = lines[index] as SourceLine
  if (line.kind !== 'fa' || !afterParagraphEnd || /[.؟?!،,]["”»)]*$/.test(line.text)) return false
  const words = wordsOf(line.text).length
  if (words === 0 || words > 20 || line.raw.trim().length >= 0.75 * full || /[،,]/.test(line.text)) return false
  let next = index + 1
  while (lines[next]?.kind === 'blank') next += 1
  const following = lines[next]
  return following?.kind === 'fa' && (following.raw.trim().length >= 0.85 * full || endsSentence(following))
}

/**
 * A heading set in another font than the body (`minorityLetterForms`): after a paragraph end,
 * a Persian line of at most twenty words in that font's letter forms that does not end a
 * sentence, with a blank line or a Persian line after it. Its length does not count: a heading
 * font is larger, so a heading line holds fewer characters than its width suggests.
 */
function isOtherFontHeading(lines: readonly SourceLine[], index: number, afterParagraphEnd: boolean, otherFont: LetterForms | undefined): boolean {
  const line = lines[index] as SourceLine
  if (otherFont === undefined || line.kind !== 'fa' || !afterParagraphEnd || letterFormsOf(line.raw) !== otherFont) return false
  if (/[.؟?!،,]["”»)]*$/.test(line.text)) return false
  const words = wordsOf(line.text).length
  return words > 0 && words <= 20
}
