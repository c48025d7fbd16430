import { normalizePersian } from '../normalize.js'
import { areAuthorsLike, isAuthorLike, namesDocument, startsLikeLatinName, surnameOf } from './authors.js'
import {
  corporateHeads,
  latinMonths,
  latinNonAuthors,
  latinParticles,
  latinSentenceWords,
  persianClauseOpeners,
  persianEventVerbs,
  persianExampleLeads,
  persianFindingNouns,
  persianFunctionWords,
  persianGivenNames,
  persianHonorificPairs,
  persianHonorifics,
  persianLeadCues,
  persianNonAuthors,
  persianActCues,
  persianPassiveAuxiliaries,
  persianPlaceHeads,
  persianReportingCues,
  persianReportingWords
} from './lexicon.js'

/** The author named in running text before a `(year)`. */
export interface NarrativeAuthors {
  /** Offset where the name starts. */
  start: number
  authors: string[]
  etAl: boolean
  /** The surname of each author to key it by, where a given name outside the list was read (`AuthorList`). */
  surnames?: Array<string | undefined>
}

/** Persian words of citing, whole: lead nouns and reporting stems (`کتاب`, `مقاله`, `نظریه`, `نشان`). */
const citingWords: ReadonlySet<string> = new Set([...persianLeadCues, ...persianReportingCues])

/** How far back matn looks for the name of a narrative citation. */
const lookBehind = 160
const lookAhead = 80
/** How many words after the bracket may hold a reporting cue (`نیز بر این باور است`). */
const cueWindowWords = 4
/** Words of a first Persian author before `و` (`رسولی ثانی‌آبادی و ابراهیمی`). */
const maxFirstAuthorWords = 2
/** Given names read before a Persian surname (`سید محمد خاتمی`). */
const maxGivenNames = 2
/** More words than this in one Latin name is prose (`The Soviet Union Walt`), not a name. */
const maxLatinNameWords = 4
/** Words of a Persian corporate author after its head word (`وزارت امور خارجه`). */
const maxCorporateWords = 4

/**
 * Whether markup left out of the text (inline HTML, a page marker) stood between two
 * offsets, both included.
 */
export type MarkupTest = (from: number, to: number) => boolean

const noMarkup: MarkupTest = () => false

/**
 * Find the author a narrative citation names right before its bracket: `Walt (1987)`,
 * `Krause and Singer (2001)`, `Walt et al. (1987)`, `عباس ملکی (۱۳۷۹)`, `نوری (1398)`.
 *
 * A name is a contiguous run of name words right before the bracket. The run ends at
 * anything that is not a name word: punctuation, a lower-case or function word, a
 * sentence-opening word (`However`), the start of the text, and markup that was left out
 * of the text (`Russia <b> Iran <!-- page: 193 --> Walt (1987)` names `Walt`).
 *
 * Latin names are capitalized words (with particles and initials: `van der Berg`,
 * `Stephen M. Walt`); several are joined by `and`/`&`, and by commas only in a list that
 * ends with `and` (`Walt, Snyder, and Jervis`; in `In Russia, Walt (1987)` the comma ends
 * the name). Persian has no capitals, so a Persian word counts as a name only with
 * support: a given name before it, the same author cited elsewhere in the text (in either
 * script), a reporting word after the bracket (`معتقد است`), or a lead phrase before the
 * name (`به باور`). An ordinary noun before a year, `قرارداد (2014)`, is not a citation.
 *
 * @param text The whole text.
 * @param open Index of the opening bracket.
 * @param close Index of the closing bracket.
 * @param isKnownAuthor Whether a name matches an author of the text's parenthetical citations.
 * @param hasMarkupBetween Whether markup left out of the text stood between two offsets.
 */
export function findNarrativeAuthors(
  text: string,
  open: number,
  close: number,
  isKnownAuthor: (name: string) => boolean,
  hasMarkupBetween: MarkupTest = noMarkup
): NarrativeAuthors | undefined {
  const windowStart = Math.max(0, open - lookBehind)
  // A possessive is read past: `Walt's (1987)`, `Smith and colleagues’ (1987)`.
  const before = text.slice(windowStart, open).replace(/(?:['’]s|(?<=s)['’])?\s*$/, '')
  const tokens: Token[] = []
  for (const match of before.matchAll(/[^\s]+/g)) {
    const start = windowStart + match.index
    const previous = tokens[tokens.length - 1]
    const apart = previous ? hasMarkupBetween(previous.start + previous.value.length, start) : false
    tokens.push({ value: match[0], start, apart })
  }
  const last = tokens[tokens.length - 1]
  if (!last) return undefined
  if (/[\u0600-\u06FF]/.test(last.value)) return persianNarrative(text, tokens, close, isKnownAuthor)
  // `Khatami (1997) won the election`: the year dates an event of the person, not a work.
  if (latinEventVerbFollows(text, close)) return undefined
  const found = latinNarrative(tokens)
  return found ? withBracketSurnamesOfKnownAuthors(found, isKnownAuthor) : undefined
}

/**
 * A narrative citation whose names are cited whole in brackets elsewhere in the text keeps
 * the surname read there: `Bueno de Mesquita (2003)` is one surname when `(Bueno de
 * Mesquita, 2003)` is cited too, while alone, in a sentence, its first word is read as a
 * given name (as in `Alexis de Tocqueville`; see `surnameOf`).
 */
function withBracketSurnamesOfKnownAuthors(found: NarrativeAuthors, isKnownAuthor: (name: string) => boolean): NarrativeAuthors {
  let surnames: Array<string | undefined> | undefined
  found.authors.forEach((author, index) => {
    const inBrackets = surnameOf(author, 'parenthetical')
    if (inBrackets === surnameOf(author, 'narrative') || !isKnownAuthor(author)) return
    surnames ??= found.authors.map(() => undefined)
    surnames[index] = inBrackets
  })
  return surnames ? { ...found, surnames } : found
}

/**
 * Verbs of what happened to a person or a state, right after a narrative bracket (an
 * adverb between allowed): `won`, `died`, `took office`, `was elected`, `invaded`.
 */
const latinEventVerbPattern =
  /^\s*(?:[a-z]+ly\s+)?(?:won|lost\s+the\s+(?:election|war|vote)|died|resigned|withdrew|invaded|annexed|visited|took\s+(?:office|power)|came\s+to\s+power|(?:was|were)\s+(?:re-?)?(?:elected|assassinated|killed|born|overthrown|ousted|executed|arrested|appointed|inaugurated))\b/

function latinEventVerbFollows(text: string, close: number): boolean {
  return latinEventVerbPattern.test(text.slice(close + 1, close + 1 + lookAhead))
}

interface Token {
  value: string
  start: number
  /** Markup left out of the text stood between this token and the one before it. */
  apart: boolean
}

/** A word of a Latin name: capitalized, a particle (`van`, `de`) or an initial (`M.`). */
function isLatinNameWord(word: string): boolean {
  if (latinParticles.has(word)) return true
  if (/^\p{Lu}\.(?:-?\p{Lu}\.)?$/u.test(word)) return true
  if (!startsLikeLatinName(word) || !/^[\p{L}\p{M}'’-]+$/u.test(word)) return false
  const lower = word.toLowerCase()
  return !latinNonAuthors.has(lower) && !latinSentenceWords.has(lower)
}

function latinNarrative(tokens: Token[]): NarrativeAuthors | undefined {
  let index = tokens.length - 1
  let etAl = false
  const lastWord = tokens[index]?.value ?? ''
  const beforeLast = tokens[index - 1]?.value ?? ''
  const etAlHere =
    (lastWord.replace(/[.,]/g, '') === 'al' && beforeLast === 'et') ||
    (/^(?:others|colleagues|co-?workers)$/.test(lastWord) && (beforeLast === 'and' || beforeLast === '&'))
  if (etAlHere && !tokens[index]?.apart) {
    etAl = true
    index -= 2
  }
  // A generational suffix after the last name, with a comma before it or not: `Joseph S.
  // Nye Jr. (2004)`, `Joseph S. Nye, Jr. (1990)`.
  let suffix: string | undefined
  if (!etAl && generationalSuffix.test(lastWord) && index > 0 && !tokens[index]?.apart) {
    suffix = lastWord
    index -= 1
  }
  // The run of name words and separators before the bracket, right to left.
  const run: Token[] = []
  for (; index >= 0; index--) {
    let token = tokens[index] as Token
    // The comma before a suffix belongs to the name (`Nye, Jr.`).
    if (suffix !== undefined && run.length === 0 && token.value.endsWith(',')) {
      token = { ...token, value: token.value.slice(0, -1) }
      suffix = `, ${suffix}`
    }
    const bare = token.value.endsWith(',') ? token.value.slice(0, -1) : token.value
    const isSeparator = (bare === 'and' || bare === '&') && run.length > 0
    // A month is a surname before `and` and a name (`March and Olsen (1989)`).
    const isMonthName = latinMonths.has(bare.toLowerCase()) && /^\p{Lu}/u.test(bare) && (run[0]?.value === 'and' || run[0]?.value === '&')
    if (!isSeparator && !isMonthName && !isLatinNameWord(bare)) break
    // A comma right before the bracket (`Walt, (1987)`) ends the run.
    if (token.value.endsWith(',') && run.length === 0) break
    run.unshift(token)
    if (token.apart) break
  }
  const names = splitLatinNames(run)
  if (!names) return undefined
  const authors = names.map((name) => name.map((token) => token.value.replace(/,$/, '')).join(' '))
  if (suffix !== undefined) authors[authors.length - 1] = `${authors[authors.length - 1] ?? ''}${suffix.startsWith(',') ? '' : ' '}${suffix}`
  const first = names[0]?.[0]
  if (!first) return undefined
  // A name after `of` and capitalized words belongs to a longer proper name (`Peace of
  // Westphalia (1648)`, `Ministry of Health (2019)`): read whole, as a corporate author or
  // as the event, document or place it names.
  const proper = names.length === 1 && !etAl ? properNameBefore(tokens, tokens.indexOf(first)) : undefined
  if (proper) {
    const name = [...proper, ...(names[0] ?? [])].map((token) => token.value).join(' ')
    const head = proper[0] as Token
    return isAuthorLike(name) && !namesDocument(name) ? { start: head.start, authors: [name], etAl } : undefined
  }
  // A document named by its year (`Paris Agreement (2015)`) is not an author.
  if (!areAuthorsLike(authors) || authors.some(namesDocument)) return undefined
  return { start: first.start, authors, etAl }
}

/** A generational suffix after a name: `Jr.`, `Sr.`, `III`. */
const generationalSuffix = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u

/**
 * The words of a proper name before `of` (and `the`) that end right before `index`:
 * capitalized name words (`Ministry`, `Peace`, `Bank`), with no markup between, and more
 * `of`, `for` or `the` between them (`Ministry of Foreign Affairs of Japan`).
 */
function properNameBefore(tokens: Token[], index: number): Token[] | undefined {
  let at = index - 1
  if (tokens[at]?.value === 'the' && !tokens[at + 1]?.apart) at--
  if (tokens[at]?.value !== 'of' || tokens[at + 1]?.apart) return undefined
  const words: Token[] = [...tokens.slice(at, index)]
  // Words taken before the connector nearest the name; connectors wait for a name word before them.
  let count = 0
  let pending: Token[] = []
  for (let before = at - 1; before >= 0 && count < maxProperNameWords; before--) {
    const token = tokens[before] as Token
    if (tokens[before + 1]?.apart) break
    if (isLatinNameWord(token.value)) {
      // Past a connector, a capitalized word that opens the sentence is not known to be a
      // name word unless it heads a corporate name (`Data of the Central Bank of Iran`).
      const opensSentence = before === 0 || /[.!?:]$/.test(tokens[before - 1]?.value ?? '')
      if (pending.length > 0 && opensSentence && !corporateHeads.has(token.value.toLowerCase())) break
      words.unshift(token, ...pending)
      pending = []
      count++
    } else if (count > 0 && properNameConnectors.has(token.value) && pending.length < 2) pending.unshift(token)
    else break
  }
  return count > 0 ? words : undefined
}

/** Lower-case words inside a proper name (`Ministry of Foreign Affairs of Japan`). */
const properNameConnectors: ReadonlySet<string> = new Set(['of', 'for', 'the'])
/** Capitalized words of a proper name before `of`, at most. */
const maxProperNameWords = 6

/**
 * Split a run of name words into names: at `and`/`&`, and at commas of a list that ends
 * with `and` (`Walt, Snyder, and Jervis`). Words before a comma that is not part of such a
 * list are prose (`In Russia, Walt`) and are left out, as is a run that starts with `and`.
 * Undefined when a name has more words than a name has.
 */
function splitLatinNames(run: Token[]): Token[][] | undefined {
  const names: Token[][] = [[]]
  const separators: Array<'and' | 'comma'> = []
  for (const token of run) {
    const current = names[names.length - 1] as Token[]
    if (token.value === 'and' || token.value === '&') {
      if (current.length === 0 && separators[separators.length - 1] === 'comma') separators[separators.length - 1] = 'and'
      else if (current.length > 0) {
        separators.push('and')
        names.push([])
      }
      continue
    }
    current.push(token)
    if (token.value.endsWith(',')) {
      separators.push('comma')
      names.push([])
    }
  }
  // Read from the right: `A and B`, or `A, B, and C`; a comma with no `and` after it is prose.
  let keep = names.length - 1
  while (keep > 0 && (names[keep - 1] as Token[]).length > 0) {
    const separator = separators[keep - 1]
    const isLast = keep === names.length - 1
    if (isLast ? separator !== 'and' : separator !== 'comma') break
    keep--
  }
  const kept = names.slice(keep)
  if (kept.length === 0 || kept.some((name) => name.length === 0)) return undefined
  if (kept.some((name) => name.length > maxLatinNameWords)) return undefined
  // A name ends with a full word, not a particle or an initial.
  if (kept.some((name) => !/^[\p{L}\p{M}'’-]{2,},?$/u.test(name[name.length - 1]?.value ?? '') || !startsLikeLatinName(name[name.length - 1]?.value ?? ''))) return undefined
  return kept
}

function persianNarrative(
  text: string,
  tokens: Token[],
  close: number,
  isKnownAuthor: (name: string) => boolean
): NarrativeAuthors | undefined {
  const word = (offset: number): string => normalizePersian(tokens[tokens.length - 1 - offset]?.value ?? '', { affixes: false })
  // The word at `offset` as printed: authors keep the spelling of the text (`پژوهشکدهٔ`).
  const printed = (offset: number): string => tokens[tokens.length - 1 - offset]?.value ?? ''
  // Whether the word at `offset` and the one before it are joined (no markup between them).
  const joined = (offset: number): boolean => tokens[tokens.length - 1 - offset]?.apart === false
  // Whether the word at `offset` ends a clause before a name: nothing, punctuation, markup,
  // a clause opener (`که`) or a lead phrase (`به باور`).
  const opensClause = (offset: number): boolean => {
    const token = tokens[tokens.length - 1 - offset]
    if (!token || !joined(offset - 1) || /[.،,؛;:!؟?»]$/.test(token.value)) return true
    const value = word(offset)
    return (
      persianClauseOpeners.has(value) ||
      persianLeadCues.some((cue) => value.startsWith(cue)) ||
      exampleLeadEndsAt(tokens, tokens.length - 1 - offset)
    )
  }
  const isNameWord = (value: string): boolean =>
    /^[\u0600-\u06FF\u200C]+$/.test(value) &&
    !persianNonAuthors.has(value) &&
    !persianHonorifics.has(value) &&
    // The words that introduce a citation are not names (`کتاب (۱۳۹۸)`, `پژوهش (۱۳۹۸)`).
    !citingWords.has(value) &&
    !/^ن?می\u200C|\u200Cها(?:ی)?$|ها$|های$/.test(value)
  /**
   * A corporate author before the bracket: its head word (`بانک`, `وزارت`, `سازمان`) a
   * few words back, with the words after it up to the bracket (`بانک جهانی (۲۰۲۰)`,
   * `وزارت امور خارجه (۱۳۹۸)`); the offset of the head word, undefined when there is
   * none, null when the head word stands alone (`مجلس (۱۳۹۸)`: the institution, which the
   * sentence is about, not an author).
   */
  const corporateNarrative = (from: number): { head: number } | null | undefined => {
    // The farthest head word a few words back, over the words of a name: plurals too
    // (`مرکز پژوهش‌های مجلس`), `و` inside it (`سازمان برنامه و بودجه`) but never right
    // after a head (`دولت و محمد کرمی` is two names), no function word or given name.
    let head: number | undefined
    for (let at = from; at <= from + maxCorporateWords; at++) {
      const value = word(at)
      const afterAnd = at > from && word(at - 1) === 'و'
      if (corporateHeads.has(value) && !afterAnd) head = at
      else if (
        !/^[\u0600-\u06FF\u200C]+$/.test(value) ||
        persianFunctionWords.has(value) ||
        persianGivenNames.has(value) ||
        (value === 'و' && at === from)
      )
        break
      if (!joined(at)) break
    }
    return head === undefined ? undefined : head === from ? null : { head }
  }
  let offset = 0
  let etAl = false
  if ((word(0) === 'همکاران' || word(0) === 'همکارانش' || word(0) === 'دیگران') && word(1) === 'و' && joined(0) && joined(1)) {
    etAl = true
    offset = 2
  }
  const surname = word(offset)
  if (!isNameWord(surname)) return undefined
  // A place noun before the word makes it a place (`استان خوزستان (۱۳۹۸)`), not an author.
  if (joined(offset) && persianPlaceHeads.has(word(offset + 1))) return undefined
  const corporate = corporateNarrative(offset)
  if (corporate === null) return undefined
  if (corporate) {
    const first = tokens[tokens.length - 1 - corporate.head]
    const name = Array.from({ length: corporate.head - offset + 1 }, (_, index) => printed(corporate.head - index)).join(' ')
    // An institution's acts (`رد کرد`, `تأیید کرد`) are not reports of its documents.
    const supported = isKnownAuthor(name) || followsReportingCue(text, close, false) || precededByLeadCue(tokens, tokens.length - 1 - corporate.head) || exampleLeadEndsAt(tokens, tokens.length - 2 - corporate.head)
    return supported && first ? { start: first.start, authors: [name], etAl } : undefined
  }
  let startToken = tokens.length - 1 - offset
  const authors = [printed(offset)]
  // The surname each author is keyed by, where a given name outside the list was read.
  const surnames: Array<string | undefined> = [undefined]
  // A surname of two words (`رسولی ثانی‌آبادی (1399)`) when the two are cited together
  // elsewhere in the text (in either script), or when the first ends in the adjective of
  // descent `-ی` that starts such surnames (`حاجی یوسفی`, `دهقانی فیروزآبادی`) and a given
  // name or a title stands before it, or it opens a clause and a reporting word follows
  // (opening a clause alone is not enough: a noun and an adjective are shaped alike,
  // `همکاری نظامی (۲۰۱۵) افزایش یافت`); otherwise the last word is the surname.
  const twoWords = `${word(offset + 1)} ${surname}`
  const firstPart = word(offset + 1)
  const opensTwoWordSurname = (): boolean =>
    /ی$/.test(firstPart) &&
    !persianClauseOpeners.has(firstPart) &&
    ((joined(offset + 1) && (persianGivenNames.has(word(offset + 2)) || persianHonorifics.has(word(offset + 2)))) ||
      (opensClause(offset + 2) && followsReportingCue(text, close)))
  if (joined(offset) && isNameWord(firstPart) && !persianGivenNames.has(firstPart) && (isKnownAuthor(twoWords) || opensTwoWordSurname())) {
    authors[0] = `${printed(offset + 1)} ${authors[0] ?? ''}`
    startToken--
    offset++
  }
  // Given names before the surname join it, a few at most (`سید محمد خاتمی`).
  let givenNames = 0
  while (givenNames < maxGivenNames && joined(offset + givenNames) && persianGivenNames.has(word(offset + givenNames + 1))) {
    givenNames++
    authors[0] = `${printed(offset + givenNames)} ${authors[0] ?? ''}`
    startToken--
  }
  // Full names come in pairs: before `و` and a first author led by a given name of the
  // list, the word before the last surname is its given name, in the list or not
  // (`فرزانه رحیمی و سپهر قاسمی (۱۳۹۹)`).
  if (
    !etAl &&
    givenNames === 0 &&
    authors.length === 1 &&
    joined(offset) &&
    joined(offset + 1) &&
    joined(offset + 2) &&
    joined(offset + 3) &&
    isNameWord(word(offset + 1)) &&
    word(offset + 2) === 'و' &&
    isNameWord(word(offset + 3)) &&
    !persianGivenNames.has(word(offset + 3)) &&
    persianGivenNames.has(word(offset + 4))
  ) {
    givenNames = 1
    surnames[0] = authors[0]
    authors[0] = `${printed(offset + 1)} ${authors[0] ?? ''}`
    startToken--
  }
  const hasGivenName = givenNames > 0
  // A first author before `و` (one or two words, after given names of its own) joins when
  // known, when given names lead it (`مهدی سنایی و جهانگیر کرمی (1387)`), or when it opens
  // the clause (`والت و میرشایمر (۱۳۸۶) معتقدند`, `… کنیم. رسولی ثانی‌آبادی و ابراهیمی
  // (1399)`). After a last author given with a first name, a first author with none must be
  // known, or be two words that open the clause (a full name, as full names come in
  // pairs): so `سیاست و جهانگیر کرمی (1387)` names one author, `. فرزاد رحیمی و جهانگیر
  // کرمی (1387)` two.
  const beforeAnd = offset + givenNames + 1
  let firstHasGivenName = false
  if (!etAl && word(beforeAnd) === 'و' && joined(beforeAnd - 1) && joined(beforeAnd)) {
    for (let length = 1; length <= maxFirstAuthorWords; length++) {
      const last = beforeAnd + length
      if (!isNameWord(word(last)) || (length > 1 && !joined(last - 1))) break
      let name = Array.from({ length }, (_, index) => printed(last - index)).join(' ')
      let given = 0
      while (given < maxGivenNames && joined(last + given) && persianGivenNames.has(word(last + given + 1))) {
        given++
        name = `${printed(last + given)} ${name}`
      }
      const opensAt = opensClause(last + given + 1)
      const opens = hasGivenName ? length === 2 && given === 0 && opensAt : opensAt
      if (given > 0 || isKnownAuthor(name) || opens) {
        firstHasGivenName = given > 0 || (hasGivenName && opens)
        authors.unshift(name)
        surnames.unshift(hasGivenName && opens && given === 0 && !isKnownAuthor(name) ? word(beforeAnd + 1) : undefined)
        startToken -= 1 + length + given
        break
      }
    }
  }
  // A title before the name (`استاد مطهری`, `آیت‌الله خویی`, `آیت الله خویی`) shows a person, and is left out of it.
  const honorific = honorificEndsAt(tokens, startToken - 1)
  const supported =
    authors.some(isKnownAuthor) ||
    followsReportingCue(text, close) ||
    precededByLeadCue(tokens, startToken) ||
    exampleLeadEndsAt(tokens, startToken - 1) ||
    // A person named, by a given name or a title, or a name that opens a clause whose subject
    // it is (`والتز (۱۳۸۸) این نظریه را … پیوند زد`), unless the clause tells what happened to
    // the person (`ترامپ (۲۰۱۸) از برجام خارج شد`): the year dates an event.
    ((hasGivenName || firstHasGivenName || honorific > 0 || (opensClause(tokens.length - startToken) && continuesClause(text, close))) &&
      !endsWithEventVerb(text, close))
  if (!supported || !areAuthorsLike(authors)) return undefined
  const first = tokens[startToken]
  if (!first) return undefined
  const found: NarrativeAuthors = { start: first.start, authors, etAl }
  if (surnames.some((name) => name !== undefined)) found.surnames = surnames
  return found
}

/**
 * How many words of a title or honorific (`persianHonorifics`: `استاد`, `علامه`, `آیت‌الله`,
 * `آیت الله`) end at `index` and stand right before the name, with no markup between; 0 when none.
 */
function honorificEndsAt(tokens: Token[], index: number): number {
  const at = (offset: number) => normalizePersian(tokens[index - offset]?.value ?? '', { affixes: false })
  if (tokens[index + 1]?.apart !== false) return 0
  if (persianHonorifics.has(at(0))) return 1
  const paired = persianHonorificPairs.some(([first, second]) => at(1) === first && at(0) === second && tokens[index]?.apart === false)
  return paired ? 2 : 0
}

/**
 * Whether the clause after the bracket ends in a verb of what happened (`persianEventVerbs`:
 * `خارج شد`, `پیروز شد`, `به ریاست جمهوری رسید`), before any `که` (a relative clause's
 * verb, `که … منتشر شد`, is not the sentence's) and not followed by `که` (`متوجه شد که`
 * reports); `رسید` of a finding (`به این نتیجه رسید`) reports too.
 */
function endsWithEventVerb(text: string, close: number): boolean {
  const after = text.slice(close + 1, close + 1 + lookAhead * 2)
  const clause = after.slice(0, after.search(/[.!?؟؛;،,\n]|$/))
  const words = normalizePersian(clause, { affixes: false }).split(/\s+/).filter(Boolean)
  for (const [index, word] of words.entries()) {
    if (word === 'که') return false
    if (!persianEventVerbs.has(word) || words[index + 1] === 'که') continue
    if (word.startsWith('رسید') && words.some((other) => persianFindingNouns.some((noun) => other.startsWith(noun)))) return false
    return true
  }
  return false
}

/** Whether the sentence goes on after the bracket with a word (the name before it is its subject). */
function continuesClause(text: string, close: number): boolean {
  return /^\s*[\u0600-\u06FF]/.test(text.slice(close + 1, close + 3))
}

/**
 * Whether a reporting word follows the bracket within a few words, not in the passive.
 *
 * @param acts Whether verbs that are also an institution's acts count (`persianActCues`).
 */
function followsReportingCue(text: string, close: number, acts = true): boolean {
  const after = normalizePersian(text.slice(close + 1, close + 1 + lookAhead), { affixes: false })
  const words = after.split(/[\s،,.:;؛!?؟]+/).filter(Boolean).slice(0, cueWindowWords + 1)
  const isAct = (word: string) => persianActCues.some((cue) => (cue === 'رد' ? word === cue : word.startsWith(cue)))
  return words.some(
    (word, index) =>
      index < cueWindowWords &&
      (persianReportingWords.has(word) || persianReportingCues.some((cue) => word.startsWith(cue))) &&
      (acts || !isAct(word)) &&
      !persianPassiveAuxiliaries.has(words[index + 1] ?? '')
  )
}

/**
 * Whether the tokens ending at `index` are a phrase that gives an example (`برای نمونه`,
 * `از جمله`, a comma after it allowed), with no markup between its words or after it.
 */
function exampleLeadEndsAt(tokens: Token[], index: number): boolean {
  return persianExampleLeads.some((phrase) =>
    phrase.every((expected, position) => {
      const token = tokens[index - phrase.length + 1 + position]
      if (!token || (position > 0 && token.apart) || tokens[index + 1]?.apart) return false
      const value = position === phrase.length - 1 ? token.value.replace(/[،,]$/, '') : token.value
      return normalizePersian(value, { affixes: false }) === expected
    })
  )
}

/** Whether the word right before the name is a lead phrase's noun (`به باور`, `از دیدگاه`), with no markup between. */
function precededByLeadCue(tokens: Token[], startToken: number): boolean {
  const token = tokens[startToken - 1]
  if (!token || tokens[startToken]?.apart) return false
  const value = normalizePersian(token.value, { affixes: false })
  return persianLeadCues.some((cue) => value.startsWith(cue))
}
