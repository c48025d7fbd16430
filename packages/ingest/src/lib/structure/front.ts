import { toGregorian } from 'jalaali-js'
import { asciiDigits, wordsOf, type SourceLine } from './lines.js'

/** An author as the title page prints it. */
export interface DraftAuthor {
  name: string
  affiliation?: string
  email?: string
  corresponding?: boolean
  /** The mark after the name that points to the author note (`*`, a digit), if any. */
  mark?: string
}

/** A Solar Hijri date and its Gregorian day. */
export interface DraftDate {
  solar: string
  gregorian: string
}

/** What the first pages give: abstract, title, authors, dates, keywords. */
export interface DraftFront {
  /** English abstract paragraphs (lines of each), with the structured subhead of each if printed. */
  enAbstract: Array<{ subhead?: string; lines: SourceLine[] }>
  title?: string
  authors: DraftAuthor[]
  received?: DraftDate
  accepted?: DraftDate
  keywordsEn: string[]
  keywordsFa: string[]
  /** Lines of the Persian abstract. */
  faAbstract: SourceLine[]
  /** Index (into the lines) where the body starts: the line after the Persian keywords. */
  bodyStart: number
  /** Index of the line that holds the Persian title's first line (for the page marker). */
  titleIndex: number
  /** Index of the `چکیده` heading. */
  abstractHeadingIndex: number
}

const affiliationWords = /دانشگاه|دانشکده|گروه|استاد|دانشیار|مربی|کارشناس|دانشجو|پژوهشگاه|پژوهشکده|پژوهشگر|مرکز|موسسه|مؤسسه|University|Faculty|Department/
const faKeywordsLabel = /(واژگان|واژه‌های|واژه های|کلمات)\s*(اصلی|کلیدی)|کلیدواژه‌ها|کلیدواژه ها|کلیدواژه|کلید واژه‌ها|کلید واژه ها/
const enKeywordsLabel = /^key\s*words?\s*:/i
const datePattern = /(\d{1,4})\/(\d{1,2})\/(\d{1,4})/g
const subheadPattern = /^([A-Z][A-Za-z ,()/&-]{2,90}?):\s+(.*)$/

/**
 * Read the front of an article: the English extended abstract (from `Abstract` to its
 * `Keywords:`), the Persian title page (title lines up to the first author, each author a
 * line followed by an affiliation line, the line with the received and accepted dates),
 * the Persian abstract (after `چکیده`) and the Persian keywords.
 *
 * @param lines The classified lines.
 * @returns What was found; missing parts are left out.
 */
export function readFront(lines: readonly SourceLine[]): DraftFront {
  const front: DraftFront = { enAbstract: [], authors: [], keywordsEn: [], keywordsFa: [], faAbstract: [], bodyStart: 0, titleIndex: 0, abstractHeadingIndex: -1 }
  let index = 0
  while (index < lines.length && lines[index]?.kind !== 'en' && lines[index]?.kind !== 'fa') index += 1
  if (lines[index]?.kind === 'en') index = readEnglishAbstract(lines, index, front)
  while (index < lines.length && lines[index]?.kind !== 'fa') index += 1
  front.titleIndex = index
  const headingIndex = lines.findIndex((line, position) => position >= index && line.kind === 'fa' && isAbstractHeading(line.text))
  const dateIndex = lines.findIndex((line, position) => position >= index && (headingIndex < 0 || position < headingIndex) && [...line.text.matchAll(datePattern)].length >= 2)
  const titleEnd = dateIndex >= 0 ? dateIndex : headingIndex >= 0 ? headingIndex : index
  readTitleAndAuthors(lines.slice(index, titleEnd), front)
  if (dateIndex >= 0) readDates(lines[dateIndex] as SourceLine, front)
  if (headingIndex < 0) {
    front.bodyStart = titleEnd
    return front
  }
  front.abstractHeadingIndex = headingIndex
  let position = headingIndex + 1
  while (position < lines.length) {
    const line = lines[position] as SourceLine
    if (line.kind === 'fa' && faKeywordsLabel.test(line.text)) break
    if (line.kind === 'rule') break
    if (line.kind === 'fa') front.faAbstract.push(line)
    position += 1
  }
  const label = lines[position]
  if (label?.kind === 'fa' && faKeywordsLabel.test(label.text)) {
    let keywords = label.text.replace(faKeywordsLabel, '').replace(/^[\s:]+|[\s:]+$/g, '')
    let next = position + 1
    if (wordsOf(keywords).length === 0) {
      while (next < lines.length && lines[next]?.kind === 'blank') next += 1
      keywords = lines[next]?.text ?? ''
      next += 1
    }
    front.keywordsFa = splitKeywords(keywords)
    position = next
  }
  front.bodyStart = position
  return front
}

function isAbstractHeading(text: string): boolean {
  return /^[\s:.]*(چکیده|خلاصه)[\s:.]*$/.test(text)
}

function readEnglishAbstract(lines: readonly SourceLine[], start: number, front: DraftFront): number {
  let index = start
  if (/^(extended\s+)?abstract\s*:?$/i.test(lines[index]?.text ?? '')) index += 1
  const body: SourceLine[] = []
  while (index < lines.length) {
    const line = lines[index] as SourceLine
    if (line.kind === 'fa') break
    if (line.kind === 'en' && enKeywordsLabel.test(line.text)) {
      let keywords = line.text.replace(enKeywordsLabel, '')
      index += 1
      while (index < lines.length && lines[index]?.kind === 'blank') index += 1
      // The list goes on while it has not ended with a full stop and the next line is English.
      while (!/\.\s*$/.test(keywords) && lines[index]?.kind === 'en') {
        keywords += ` ${(lines[index] as SourceLine).text}`
        index += 1
      }
      front.keywordsEn = splitKeywords(keywords)
      break
    }
    body.push(line)
    index += 1
  }
  front.enAbstract = paragraphsOf(body).map((paragraph) => {
    const first = paragraph[0] as SourceLine
    const match = subheadPattern.exec(first.text)
    if (match && wordsOf(match[1] as string).length <= 8) {
      return { subhead: (match[1] as string).trim(), lines: [{ ...first, text: match[2] as string }, ...paragraph.slice(1)] }
    }
    return { lines: paragraph }
  })
  return index
}

/**
 * Cut lines into paragraphs. When blank lines are rare (fewer than two in five text lines
 * followed by one) a blank line ends a paragraph; otherwise they are layout noise and a
 * paragraph ends at a short line ending a sentence, or before a line opening with a subhead.
 */
export function paragraphsOf(lines: readonly SourceLine[]): SourceLine[][] {
  const text = lines.filter((line) => line.kind !== 'blank')
  const followedByBlank = lines.filter((line, index) => line.kind !== 'blank' && lines[index + 1]?.kind === 'blank').length
  const blanksBreak = text.length === 0 || followedByBlank / text.length < 0.4
  const full = fullLength(text)
  const paragraphs: SourceLine[][] = []
  let current: SourceLine[] = []
  lines.forEach((line, index) => {
    if (line.kind === 'blank') {
      if (blanksBreak && current.length > 0) {
        paragraphs.push(current)
        current = []
      }
      return
    }
    if (current.length > 0 && subheadPattern.test(line.text) && endsSentence(current[current.length - 1] as SourceLine)) {
      paragraphs.push(current)
      current = []
    }
    current.push(line)
    const last = index === lines.length - 1
    if (!last && endsSentence(line) && line.raw.trim().length < 0.85 * full) {
      paragraphs.push(current)
      current = []
    }
  })
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** The length of a full line: the 90th percentile of the lines' trimmed raw lengths. */
export function fullLength(lines: readonly SourceLine[]): number {
  const lengths = lines.map((line) => line.raw.trim().length).sort((a, b) => a - b)
  return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0
}

/** Whether the (repaired) line ends a sentence. */
export function endsSentence(line: SourceLine): boolean {
  return /[.؟?!]["”»)]*\s*$/.test(line.text)
}

function readTitleAndAuthors(block: readonly SourceLine[], front: DraftFront): void {
  const text = block.filter((line) => line.kind === 'fa' || line.kind === 'en')
  const affiliations = text.map((line) => affiliationWords.test(line.text) && wordsOf(line.text).length >= 2)
  const firstAffiliation = affiliations.indexOf(true)
  const titleEnd = firstAffiliation > 0 ? firstAffiliation - 1 : text.length
  front.title = text.slice(0, titleEnd).map((line) => line.text).join(' ').replace(/\s+/g, ' ').trim() || undefined
  for (let index = titleEnd; index < text.length; index += 1) {
    if (affiliations[index] || !affiliations[index + 1]) continue
    const nameLine = (text[index] as SourceLine).text
    const mark = /[*\u066D]|(?<![\d\u06F0-\u06F9])[\d\u06F0-\u06F9](?![\d\u06F0-\u06F9])/.exec(nameLine)?.[0]
    const name = nameLine.replace(/[*\u066D\d\u06F0-\u06F9]/g, '').replace(/\s+/g, ' ').trim()
    const author: DraftAuthor = { name, affiliation: cleanAffiliation((text[index + 1] as SourceLine).text) }
    if (mark) author.mark = asciiDigits(mark)
    front.authors.push(author)
  }
}

function cleanAffiliation(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s،,.]+|[\s،,.]+$/g, '')
}

function readDates(line: SourceLine, front: DraftFront): void {
  const dates = [...asciiDigits(line.text).matchAll(datePattern)]
    .map((match) => toSolar(match[1] as string, match[2] as string, match[3] as string))
    .filter((date): date is [number, number, number] => date !== undefined)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
  // Received comes before accepted: the earlier date is the received one.
  const [first, second] = dates
  if (first) front.received = withGregorian(first)
  if (second) front.accepted = withGregorian(second)
}

function toSolar(a: string, b: string, c: string): [number, number, number] | undefined {
  const [year, month, day] = a.length === 4 ? [Number(a), Number(b), Number(c)] : [Number(c), Number(b), Number(a)]
  if (year < 1200 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  return [year, month, day]
}

function withGregorian([year, month, day]: [number, number, number]): DraftDate {
  const gregorian = toGregorian(year, month, day)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return { solar: `${year}-${pad(month)}-${pad(day)}`, gregorian: `${gregorian.gy}-${pad(gregorian.gm)}-${pad(gregorian.gd)}` }
}

/** Split a printed keyword list on commas (Persian or Latin), dropping the final full stop. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[،,؛;]/)
    .map((keyword) => keyword.replace(/^[\s.:]+|[\s.:]+$/g, '').replace(/\s+/g, ' '))
    .filter((keyword) => wordsOf(keyword).length > 0)
}
