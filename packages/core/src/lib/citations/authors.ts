import { normalizePersian } from '../normalize.js'
import {
  chineseFamilyNames,
  corporateHeads,
  documentNouns,
  eventNouns,
  eventOrPlaceLeads,
  latinGivenNames,
  latinMonths,
  latinNonAuthors,
  latinOrganizationWords,
  latinParticles,
  latinSentenceWords,
  latinSurnameEndings,
  persianFunctionWords,
  persianGivenNames,
  persianNonAuthors,
  placeHeads,
  placeNames
} from './lexicon.js'

/** Authors read from a citation. */
export interface AuthorList {
  authors: string[]
  etAl: boolean
  /**
   * The author position holds the title of a work cited without an author, printed in
   * quotes or italics (`(“Balancing and Bandwagoning,” 1987)`, `(*Leviathan*, 1651)`): it
   * is keyed whole.
   */
  title?: true
  /**
   * The surname of each author where it cannot be told from the name alone: a narrative
   * citation read a word outside the list of given names as a given name (`سپهر قاسمی`,
   * keyed `قاسمی`, as full names come in pairs).
   */
  surnames?: ReadonlyArray<string | undefined>
}

/**
 * A title in the author position (APA 7 8.14, Chicago 15.32): in straight or curly double
 * quotes, guillemets, or Markdown emphasis, a final comma inside or after the quotes.
 */
const quotedTitlePattern = /^(?:"([^"]+)"|“([^”]+)”|«([^»]+)»|\*{1,2}([^*]+)\*{1,2}|_([^_]+)_)$/u
/** More words than this in quotes is a quotation, not a title. */
const maxTitleWords = 15

const prefixPattern =
  /^(?:see (?:especially|esp\.|in particular)|see also|see|also|cf\.?|compare|e\.\s?g\.|i\.\s?e\.|for example|for instance|(?:as\s+)?(?:quoted|cited)\s+in|citing|(?:but|and) see(?: also)?|for (?:[a-z-]+ ){0,4}[a-z-]+,? see(?: also)?|on (?:[a-z-]+ ){0,3}[a-z-]+, see(?: also)?|(?:نک|رک|ر\.\s?ک|ن\.\s?ک)[.:]*(?:\s+به)?|برای(?:\s+[^\s،,:]+){1,5}[،,]?\s+(?:(?:نک|رک|ر\.\s?ک|ن\.\s?ک)[.:]*(?:\s+به)?|بنگرید به|نگاه کنید به|رجوع (?:کنید|شود) به)|به نقل از|برای نمونه|برای (?:مطالعه|اطلاع)(?:\u0654|\u200Cی|ی)?\s+(?:بیشتر|بیش\u200Cتر)|بنگرید به|نگاه کنید به|رجوع (?:کنید|شود) به|مقایسه کنید(?:\s+با)?|قس\.?|همچنین|نیز|مثلاً|مثلا|از جمله)[,،:]?\s+/i
/** Prefixes read before the author, one after another (`see, e.g.,`). */
const maxPrefixes = 3
/** A lower-case Arabic article or kinship word joined to a capitalized name: `al-Sayyid`, `ibn-Rushd`. */
const arabicPrefixedName = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu)-\p{Lu}/u
/** `et al.`, `and others`, `and colleagues`, `& co-workers`, `و همکاران`, `و همکارانش`, `و دیگران` at the end. */
const etAlPattern = /(?:,?\s*et\.?\s*al\.?|(?:\s+and|\s*&)\s+(?:others|colleagues|co-?workers)|\s+و\s+(?:همکاران|همکارانش|دیگران))$/i
const separatorPattern = /\s*[,،]\s*(?:(?:and|&|و)\s+)?|\s+(?:and|&|و)\s+|\s*&\s*/i
/** More words than this in a piece means the author is a corporate name, not a list. */
const maxPersonalNameWords = 4
/** Longer author texts are not read (bounded work on hostile input). */
const maxAuthorTextLength = 40_000

/**
 * Read the author part of a citation (`Krause and Singer`, `Walt et al.`, `والت و همکاران`,
 * `The Meeting of the President of Russia with the Leader of the Revolution`).
 *
 * @param text Everything before the year, separators trimmed.
 * @returns The authors, or undefined when the text does not look like authors.
 */
export function readAuthors(text: string): AuthorList | undefined {
  if (text.length > maxAuthorTextLength) return undefined
  let value = text.trim().replace(/^[.,،:;؛\s]+/, '').replace(/\s+/g, ' ')
  value = withoutPrefixes(value)
  value = trimEndOf(value, ' ,،:')
  if (value.length === 0) return undefined
  if (/[0-9\u06F0-\u06F9\u0660-\u0669%٪=\/]/.test(value)) return undefined
  const title = readQuotedTitle(value)
  if (title) return { authors: [title], etAl: false, title: true }
  if (!/[,،:]\s*$/.test(text) && namesDocument(value)) return undefined
  let etAl = false
  const etAlMatch = etAlPattern.exec(value)
  if (etAlMatch) {
    etAl = true
    value = trimEndOf(value.slice(0, etAlMatch.index), ' ,،')
  }
  if (value.length === 0) return undefined
  const pieces = value.split(separatorPattern).map((piece) => piece.trim()).filter(Boolean)
  // A group author with its abbreviation in brackets (APA 7 8.21: `[UNDP]`; also printed
  // `(UNCTAD)`, `Russia (RUS) and Iran (IRN) Trade`) is one name: a person's name holds no bracket.
  const isList =
    pieces.length > 1 &&
    !isCorporate(value) &&
    !/[[(]/.test(value) &&
    pieces.every((piece) => wordCount(piece) <= maxPersonalNameWords)
  const authors = isList ? withInitialsJoined(pieces) : [value]
  if (/^(?:others|colleagues|co-?workers|همکاران|همکارانش|دیگران)$/i.test(authors[authors.length - 1] ?? '')) {
    authors.pop()
    etAl = true
  }
  if (!areAuthorsLike(authors)) return undefined
  return { authors, etAl }
}

/**
 * Whether every name of a list could be an author (`isAuthorLike`); a month name counts as
 * a surname in a list with a name that is not one (`March and Olsen`, not `March and April`).
 *
 * @param authors The authors as printed.
 */
export function areAuthorsLike(authors: readonly string[]): boolean {
  if (authors.length === 0) return false
  const isMonth = (author: string) => latinMonths.has(author.toLowerCase())
  const hasName = authors.length > 1 && authors.some((author) => !isMonth(author) && isAuthorLike(author))
  return authors.every((author) => isAuthorLike(author) || (hasName && isMonth(author)))
}

/**
 * Whether an author text printed right before a year, without a comma, is the name of a
 * document, plan or event that the year names (`Saudi Vision 2030`, `US Census 2010`,
 * `سند چشم‌انداز ۱۴۰۴`): its head word is a document noun (`documentNouns`), the last word
 * in English, the first in Persian. With a comma (`Saudi Vision, 2030`) it is read as an
 * author, as a corporate name may end with such a word (`World Vision, 2019`).
 */
export function namesDocument(value: string): boolean {
  const words = value.split(' ')
  const head = /^[\u0600-\u06FF]/.test(value) ? words[0] : words[words.length - 1]
  if (head !== undefined && isDocumentNoun(foldLexiconWord(head))) return true
  // `Treaty of Paris`, `Constitution of Iran`: the head before `of`.
  return words[1] === 'of' && documentNouns.has(foldLexiconWord(words[0] ?? ''))
}

/** A document noun of the list, or the plural of one (`Accords`, `Agreements`, `Treaties`). */
function isDocumentNoun(word: string): boolean {
  return documentNouns.has(word) || (/[a-z]s$/.test(word) && (documentNouns.has(word.slice(0, -1)) || (word.endsWith('ies') && documentNouns.has(`${word.slice(0, -3)}y`))))
}

/** A word or name as the lexicon lists it: Latin lower-case, Persian normalized, one space between words. */
function foldLexiconWord(value: string): string {
  return normalizePersian(value, { affixes: false }).toLowerCase().replace(/\s+/g, ' ')
}

/**
 * The title of a work cited without an author, when the author text is one in quotes or
 * italics: `“Balancing and Bandwagoning,”` → `Balancing and Bandwagoning`. Latin titles
 * start with a capital; a lower-case or long text in quotes is a quotation.
 */
function readQuotedTitle(value: string): string | undefined {
  const match = quotedTitlePattern.exec(value)
  if (!match) return undefined
  const inner = trimEndOf((match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').trim(), ' ,،.').trim()
  if (!/^[\p{Lu}\u0600-\u06FF]/u.test(inner) || wordCount(inner) > maxTitleWords) return undefined
  return inner
}

/**
 * A list of authors with initials or a generational suffix printed after a surname joined
 * to it (`Smith, J.` and `Joseph Nye, Jr.` are one author, as a reference list prints
 * them), not read as an author of their own.
 */
function withInitialsJoined(pieces: string[]): string[] {
  const joined: string[] = []
  for (const piece of pieces) {
    const previous = joined[joined.length - 1]
    if (previous !== undefined && (initialsPattern.test(piece) || generationalSuffixPattern.test(piece))) joined[joined.length - 1] = `${previous}, ${piece}`
    else joined.push(piece)
  }
  return joined
}

/** A generational suffix after a name: `Jr.`, `Sr.`, `III`. */
const generationalSuffixPattern = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u

/** Initials only: `J.`, `J. R.`, `J.-P.`. */
const initialsPattern = /^\p{Lu}\.(?:\s?-?\p{Lu}\.)*$/u

/**
 * Text without the prefixes a citation may start with (`see`, `cf.`, `see, e.g.,`, `نک.`,
 * `به نقل از`), a few at most.
 *
 * @param text Bracket content or a part of it, trimmed at the start.
 */
export function withoutPrefixes(text: string): string {
  let value = text
  for (let prefix = 0; prefix < maxPrefixes && prefixPattern.test(value); prefix++) value = value.replace(prefixPattern, '')
  return value
}

/**
 * Whether a name could be an author: it starts like a name (a capital, a name particle,
 * or a Persian word that is not a function word) and is not a date or caption word.
 *
 * @param name One author as printed.
 */
export function isAuthorLike(name: string): boolean {
  // An abbreviation or its expansion in square brackets (`UNESCO [United Nations …]`) is read past.
  const words = name.replace(/\s*\[[^\]]*\]/g, '').split(/\s+/).filter(Boolean)
  const first = words[0]
  if (!first) return false
  // A document, plan, event or place alone is what the year dates: `(Census 2016)`, `(Iran, 2019)`, `(سند ۲۰۳۰)`.
  const whole = foldLexiconWord(words.join(' '))
  if (documentNouns.has(whole) || placeNames.has(whole) || namesEventOrPlace(words)) return false
  if (/^[\u0600-\u06FF]/.test(first)) {
    const normalized = normalizePersian(first, { affixes: false })
    if (persianNonAuthors.has(normalized)) return false
    if (/^ن?می\u200C/.test(normalized)) return false
    // Prose in brackets (`(امضای توافق … در پایان سال 2021)`) has function words; names do not.
    if (words.some((word) => persianFunctionWords.has(normalizePersian(word, { affixes: false })))) return false
    return words.every((word) => /^[\u0600-\u06FF\u200C]+[.]?$/.test(word))
  }
  const bare = first.toLowerCase().replace(/[.,]/g, '')
  // Name particles, however many (`van der Berg`), must lead to a capitalized word.
  let particles = 0
  while (particles < words.length - 1 && latinParticles.has(words[particles] ?? '')) particles++
  if (particles > 0) return /^\p{Lu}/u.test(words[particles] ?? '') && words.every(isLatinNameWord)
  if (!startsLikeLatinName(first)) return false
  // A title or a group name may start with an article: `The Prince`, `The World Bank` (two
  // words in title case), `The Meeting of the President …` (longer, any case: titles of
  // web pages are cited in sentence case). `(The reform, 2018)` is prose.
  if (latinNonAuthors.has(bare) && !(latinArticles.has(bare) && (words.length > 2 || /^\p{Lu}/u.test(words[1] ?? '')))) return false
  return words.every(isLatinNameWord)
}

/**
 * Whether the words of an author name an event or a place rather than an author: an event
 * noun anywhere outside a corporate name (`Islamic Revolution`, `Iran–Iraq War`), a word
 * that leads an event's or place's name (`Hurricane Katrina`, `Peace of Westphalia`), a
 * place noun at the head (`Khuzestan Province`, `استان خوزستان`), or one word ending like
 * the names of provinces and countries (`Khuzestan`, `Kurdistan`, `خوزستان`). Names of a
 * few words only: a longer text is a title.
 */
function namesEventOrPlace(words: readonly string[]): boolean {
  // A longer text is the title of a work (`The Meeting of … the Leader of the Revolution`).
  if (words.length > maxPersonalNameWords) return false
  const folded = words.map((word) => foldLexiconWord(word).replace(/[.,،]$/, ''))
  if (folded.some((word) => corporateHeads.has(word))) return false
  if (folded.some((word) => eventNouns.has(word) || word.split('-').some((part) => eventNouns.has(part)))) return true
  const first = folded[0] ?? ''
  if (folded.length > 1 && eventOrPlaceLeads.has(first)) return true
  const head = /^[\u0600-\u06FF]/.test(first) ? first : folded[folded.length - 1] ?? ''
  if (folded.length > 1 && placeHeads.has(head)) return true
  return folded.length === 1 && /(?:stan|ستان)$/.test(first)
}

/** English articles, which may start a title or a group name. */
const latinArticles: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/**
 * Whether a Latin word can start a name: a capital, or a lower-case Arabic article joined
 * to a capitalized name (`al-Sayyid`).
 *
 * @param word One word.
 */
export function startsLikeLatinName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || arabicPrefixedName.test(word)
}

function isLatinNameWord(word: string): boolean {
  return /^[\p{L}\p{M}'’().&[\]-]+,?$/u.test(word)
}

/**
 * Where a citation names its authors: in brackets, where style guides print surnames
 * (`(Bueno de Mesquita, 2003)`), or in the sentence, where a full name is common (`Alexis
 * de Tocqueville (1835)`). The surname of a few name shapes depends on it (`surnameOf`).
 */
export type NamePosition = 'parenthetical' | 'narrative'

/**
 * The surname to key a work by: the author without leading Persian given names or Latin
 * given names and initials (`Stephen M. Walt` → `Walt`) and without a generational suffix
 * (`Joseph S. Nye Jr.` → `Nye`).
 *
 * Two shapes are read by where the name stands: in a sentence, one capitalized word before
 * a Romance particle is a given name (`Alexis de Tocqueville` → `de Tocqueville`), while in
 * brackets, where surnames are printed, the name is one surname (`Bueno de Mesquita`); in
 * brackets, a Persian given name before a surname formed from a given name is the first
 * part of a compound surname (`امیر احمدی` is `امیراحمدی`), while in a sentence it is a
 * given name (`علی احمدی` → `احمدی`).
 *
 * @param author One author as printed.
 * @param position Where the citation names the author (default `parenthetical`).
 */
export function surnameOf(author: string, position: NamePosition = 'parenthetical'): string {
  return remembered(position === 'narrative' ? narrativeSurnames : surnames, author, (name) => readSurname(name, position))
}

function readSurname(author: string, position: NamePosition): string {
  // `Joseph S. Nye Jr.`, `Joseph Nye, Jr.`: the suffix is not part of the surname.
  const suffix = /,?\s+(?:Jr|Sr)\.?$|,?\s+(?:II|III|IV)$/u.exec(author)
  if (suffix && suffix.index > 0) return readSurname(author.slice(0, suffix.index), position)
  // `Smith, J.`: the surname before the initials.
  const inverted = /^([^,]+),\s*\p{Lu}\.(?:\s?-?\p{Lu}\.)*$/u.exec(author)
  if (inverted) return inverted[1] as string
  const words = author.split(/\s+/)
  let persianGiven = 0
  while (persianGiven < words.length - 1 && persianGivenNames.has(normalizePersian(words[persianGiven] ?? '', { affixes: false }))) persianGiven++
  if (persianGiven > 0) {
    if (position === 'parenthetical' && words.length === 2 && isPatronymic(words[1] ?? '')) return author
    return words.slice(persianGiven).join(' ')
  }
  // A group name (`U.S. Department of State`) has lower-case words other than particles
  // (`van`, `de`, `al-`), or a word of an organization (`Johns Hopkins University`, `U.S.
  // Energy Information Administration`): kept whole.
  if (words.some((word) => /^\p{Ll}/u.test(word) && !latinParticles.has(word) && !arabicPrefixedName.test(word))) return author
  if (words.some(isOrganizationWord)) return author
  // Leading listed given names and initials before a capitalized surname, particles kept with
  // it: `Stephen Walt` → `Walt`, `S. M. Walt` → `Walt`, `Bruce Bueno de Mesquita` →
  // `Bueno de Mesquita`. A given name before a compound-surname ending stays
  // (`Mohammad Nia` is `Mohammadnia`).
  let given = 0
  while (given < words.length - 1 && isLatinGivenName(words[given] ?? '') && startsSurname(words[given + 1] ?? '')) given++
  // Unlisted given names end at the last initial: `Zbigniew K. Brzezinski` → `Brzezinski`.
  let lastInitial = -1
  words.forEach((word, index) => {
    if (isInitial(word)) lastInitial = index
  })
  const start = Math.max(given, lastInitial + 1)
  // The words after listed given names may hold one more given name (`Martin Luther King`).
  const rest = words.slice(start)
  return surnameByShape(rest, position === 'narrative' && start === 0) ?? (start > 0 && start < words.length ? rest.join(' ') : author)
}

/**
 * Whether a Persian word is a surname formed from a given name with the adjective ending
 * `-ی` (`احمدی`, `یوسفی`, `حسینی`), as the second part of a compound surname is
 * (`امیر احمدی`, `حاجی یوسفی`).
 */
function isPatronymic(word: string): boolean {
  const normalized = normalizePersian(word, { affixes: false })
  const stem = normalized.replace(/(?:ی|یی)$/, '')
  return stem !== normalized && persianGivenNames.has(stem)
}

/**
 * Whether a word belongs to the name of an organization rather than a person: a corporate
 * head (`University`, `Ministry`), a word of organizations (`International`, `Energy`), or
 * an abstract noun by its ending, which no surname has (`Administration`, `Commission`,
 * `Development`, `Government`).
 *
 * @param word One word of a Latin name.
 */
export function isOrganizationWord(word: string): boolean {
  const folded = word.toLowerCase()
  return corporateHeads.has(folded) || latinOrganizationWords.has(folded) || organizationNounShape.test(word)
}

/** A capitalized abstract noun: `-tion`, `-sion`, `-ment` after at least five letters. */
const organizationNounShape = /^\p{Lu}\p{Ll}{5,}(?:tion|sion|ment)s?$/u

/**
 * The surname of a name shaped like a person's whose given name is not listed (`Chinua
 * Achebe` → `Achebe`, `Ludwig von Mises` → `von Mises`, `Wang Jisi` → `Wang`), or
 * undefined when the name may be something else or a surname alone:
 *
 * - two to four words in title case or particles, none a word of an organization,
 *   document, event, place or a title (`Amnesty International`, `Human Rights Watch`,
 *   `Freedom House`, `Foreign Policy`, `The Prince` stay whole);
 * - not led by a particle (`De Gaulle`, `Ibn Khaldun`, `Van Evera`: the surname), nor by
 *   a word ending in `-i`, the Persian and Arabic adjective of descent that starts
 *   surnames of two words (`Dehghani Firoozabadi`, `Rasooli Saniabadi`), nor holding the
 *   second part of a compound surname (`Mohammad Nia`, `Hasan Nia Rami`);
 * - the surname is the last word, or starts at a Germanic particle after the given name
 *   (`von Mises`, `van Gogh`); with another particle after the first word the name is kept
 *   whole, as `de` and `da` also join the parts of one surname (`Bueno de Mesquita`, so
 *   `Alexis de Tocqueville` is not split); a Chinese family name followed by a pinyin given
 *   name is printed first (`Wang Jisi`, `Yan Xuetong`).
 */
function surnameByShape(words: readonly string[], givenBeforeRomanceParticle = false): string | undefined {
  if (words.length < 2 || words.length > maxPersonalNameWords) return undefined
  const folded = words.map((word) => word.toLowerCase())
  const first = folded[0] as string
  const last = folded[folded.length - 1] as string
  // An Arabic article joined to a name starts the surname after given names, listed or not
  // (`Mohammed Abed al-Jabri` → `al-Jabri`); the last one (`Abd al-Rahman al-Kawakibi`).
  const article = words.findLastIndex((word, index) => index > 0 && arabicPrefixedName.test(word))
  if (article > 0 && words.slice(0, article).every((word) => titleCaseWord.test(word) && !isParticle(word))) return words.slice(article).join(' ')
  if (!words.every((word, index) => (index > 0 && isParticle(word)) || titleCaseWord.test(word))) return undefined
  if (words.length === 2 && chineseFamilyNames.has(first) && pinyinGivenName.test(last) && !latinGivenNames.has(last)) return words[0]
  if (isParticle(first) || /i$/.test(first) || folded.some((word, index) => index > 0 && latinSurnameEndings.has(word))) return undefined
  const isOtherWord = (word: string) =>
    corporateHeads.has(word) ||
    latinOrganizationWords.has(word) ||
    documentNouns.has(word) ||
    eventNouns.has(word) ||
    placeNames.has(word) ||
    placeHeads.has(word) ||
    latinNonAuthors.has(word) ||
    latinSentenceWords.has(word)
  if (folded.some(isOtherWord)) return undefined
  const particle = folded.findIndex((word, index) => index > 0 && isParticle(word))
  if (particle < 0) return words[words.length - 1]
  if (surnameParticles.has(folded[particle] as string)) return words.slice(particle).join(' ')
  // `de`, `da`, `al` may join the parts of a surname (`Bueno de Mesquita`): kept whole, but
  // in a sentence, one word before a lower-case particle is a given name (`Alexis de
  // Tocqueville`, `Simone de Beauvoir`).
  return givenBeforeRomanceParticle && particle === 1 && /^\p{Ll}/u.test(words[1] as string) ? words.slice(particle).join(' ') : undefined
}

/** Particles that start the surname after a given name (`Ludwig von Mises`, `Vincent van Gogh`). */
const surnameParticles: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'ten', 'ter', 'zu', 'vom'])

/** A word in title case: a capital, then letters with at least one lower-case (`Achebe`, `Adib-Moghaddam`, `McCarthy`, `O'Neill`). */
const titleCaseWord = /^\p{Lu}(?=[^]*\p{Ll})[\p{L}\p{M}'’-]+$/u

/** A name particle, capitalized or not (`von`, `Van`, `de`, `Ibn`, `Abu`). */
function isParticle(word: string): boolean {
  const lower = word.toLowerCase()
  return latinParticles.has(lower) || lower === 'abu'
}

/** One pinyin syllable, without tone marks. */
const pinyinSyllable = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)'
/** A Chinese given name in pinyin: one or two syllables, the second after a hyphen or an apostrophe or not (`Jisi`, `Xuetong`, `Jin-sheng`). */
const pinyinGivenName = new RegExp(`^${pinyinSyllable}(?:['’-]?${pinyinSyllable})?$`, 'iu')

/** An initial: `M.`, `J.-P.`. */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.(?:-?\p{Lu}\.)?$/u.test(word)
}

/** A listed Latin given name (`Stephen`, `Mohammad`), hyphenated ones too (`Jean-Paul`), or an initial. */
function isLatinGivenName(word: string): boolean {
  if (isInitial(word)) return true
  if (!/^\p{Lu}/u.test(word)) return false
  return word.split('-').every((part) => latinGivenNames.has(part.toLowerCase()))
}

/**
 * Whether a word after a given name can start the surname: a capitalized word that is not
 * the second part of a compound surname (`Nia`), a particle (`van`, `de`) or an Arabic
 * article joined to a name (`al-Sayyid`).
 */
function startsSurname(word: string): boolean {
  if (latinParticles.has(word) || arabicPrefixedName.test(word)) return true
  return /^\p{Lu}/u.test(word) && !latinSurnameEndings.has(word.toLowerCase())
}

/**
 * A name folded for comparison: Latin lower-cased without diacritics, Persian normalized,
 * spaces, ZWNJ and punctuation removed.
 *
 * @param name A name in either script.
 */
export function foldName(name: string): string {
  return remembered(foldedNames, name, foldOnce)
}

function foldOnce(name: string): string {
  const withoutMarks = name.normalize('NFD').replace(/\p{M}/gu, '')
  return normalizePersian(withoutMarks, { affixes: false })
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** `value` without the given characters at its end (a loop: `/[…]+$/` backtracks on long runs). */
function trimEndOf(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

/** Whether an author text starts with the head word of a corporate name (`Ministry`, `سازمان`). */
function isCorporate(value: string): boolean {
  const first = value.slice(0, value.search(/\s|$/))
  return corporateHeads.has(normalizePersian(first, { affixes: false }).toLowerCase())
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length
}

/**
 * Surnames and folded names already computed: every citation keys its authors, and the
 * same authors recur through a document. Bounded, so memory does not grow with a corpus.
 */
const surnames = new Map<string, string>()
const narrativeSurnames = new Map<string, string>()
const foldedNames = new Map<string, string>()
const maxRememberedNames = 4096

function remembered(cache: Map<string, string>, key: string, compute: (key: string) => string): string {
  let value = cache.get(key)
  if (value === undefined) {
    value = compute(key)
    if (cache.size >= maxRememberedNames) cache.clear()
    cache.set(key, value)
  }
  return value
}
