import type { TaggedCitation } from '../model.js'
import { normalizePersian } from '../normalize.js'
import { foldName, isOrganizationWord, surnameOf } from './authors.js'
import { corporateHeads, latinParticles, placeNames } from './lexicon.js'

/** The role of a piece of a printed personal name. */
export type NamePartRole = 'given' | 'particle' | 'family' | 'suffix' | 'separator'

/** A piece of a printed personal name: its role and its text as printed. */
export interface NamePiece {
  part: NamePartRole
  text: string
}

/**
 * The parts of an author's name as a citation prints it, in the fields of CSL-JSON names
 * (`family`, `given`, `non-dropping-particle`, `suffix`) and TEI `persName` children.
 */
export interface PersonNameParts {
  /** The family name, without its particles (`Mises` of `Ludwig von Mises`). */
  family: string
  /** Given names and initials as printed (`Stephen M.`, `محمود`); absent when the citation gives none. */
  given?: string
  /** Lower-case particles kept with the family name (`von`, `van der`, `de`). */
  particle?: string
  /** A generational suffix (`Jr.`, `III`). */
  suffix?: string
  /** Whether a comma stands before the suffix (`Joseph Nye, Jr.`), as CSL's `comma-suffix`. */
  commaSuffix?: true
  /** The name in printed order, piece by piece: the pieces' texts joined are the name as printed. */
  pieces: NamePiece[]
}

/** More words than this (the suffix and particles aside) are not one person's name. */
const maxPersonNameWords = 4

/**
 * Split an author, as a citation prints it, into the parts of a person's name: given
 * names where the citation gives them (`Stephen M. Walt` → given `Stephen M.`, family
 * `Walt`; `Smith, J.` → family `Smith`, given `J.`; `Wang Jisi` → family `Wang`, given
 * `Jisi`; `محمود سریع‌القلم` → given `محمود`), particles (`Ludwig von Mises` → particle
 * `von`, family `Mises`) and a generational suffix (`Joseph S. Nye Jr.` → suffix `Jr.`).
 * The surname is the one the citation key is made from (`surnameOf`), so a name and its
 * key agree.
 *
 * @param author One author as printed (`Citation.authors`), not a title cited in its place.
 * @param surname The surname as printed, when the citation tells it (`citationNameParts`
 *   reads it from the key): the last words of the name (`de Tocqueville` of `Alexis de
 *   Tocqueville`, `قاسمی` of `سپهر قاسمی`). Otherwise the name alone decides (`surnameOf`).
 * @returns The parts, or undefined for a group or corporate author (`World Bank`, `UNDP`,
 *   `U.S. Department of State`, `سازمان برنامه و بودجه`), which is one name.
 */
export function personNameParts(author: string, surname?: string): PersonNameParts | undefined {
  const name = author.trim()
  const suffixMatch = generationalSuffixAtEnd.exec(name)
  const base = suffixMatch ? name.slice(0, suffixMatch.index) : name
  if (base === '' || isGroupName(base)) return undefined
  if (base.split(/\s+/).filter((word) => !latinParticles.has(word)).length > maxPersonNameWords) return undefined
  const pieces = basePieces(base, surname !== undefined && base.endsWith(surname) ? surname : undefined)
  if (!pieces) return undefined
  if (suffixMatch) pieces.push({ part: 'separator', text: suffixMatch[1] as string }, { part: 'suffix', text: suffixMatch[2] as string })
  const text = (part: NamePartRole) => pieces.filter((piece) => piece.part === part).map((piece) => piece.text).join(' ')
  const parts: PersonNameParts = { family: text('family'), pieces }
  if (text('given')) parts.given = text('given')
  if (text('particle')) parts.particle = text('particle')
  if (suffixMatch) {
    parts.suffix = suffixMatch[2] as string
    if ((suffixMatch[1] as string).includes(',')) parts.commaSuffix = true
  }
  return parts
}

/** A generational suffix at the end of a name, with the space or comma before it. */
const generationalSuffixAtEnd = /(,?\s+)((?:Jr|Sr)\.?|II|III|IV)$/u

/**
 * The parts of each author's name of a citation, split where its key splits them: the key
 * names the surname of the first author (and of the second of two), read with what the
 * citation tells beyond the name alone (where it names the author, `Alexis de Tocqueville
 * (1835)` → `detocqueville1835`; a given name read in the sentence, `سپهر قاسمی` →
 * `قاسمی`), so the family name of an export and the key agree. Other authors are split by
 * the name alone (`personNameParts`).
 *
 * @param citation A citation (its `authors`, `key` and `etAl`).
 * @returns One entry per author: its parts, or undefined for a group or corporate author.
 */
export function citationNameParts(citation: Pick<TaggedCitation, 'authors' | 'key' | 'etAl'>): Array<PersonNameParts | undefined> {
  const keyed = citation.etAl || citation.authors.length > 2 ? 1 : citation.authors.length
  let rest: string | undefined = citation.key
  return citation.authors.map((author, index) => {
    if (index >= keyed || rest === undefined) return personNameParts(author)
    const surname = surnameInKey(author, rest)
    rest = surname === undefined ? undefined : rest.slice(foldName(surname).length + 1)
    return personNameParts(author, surname)
  })
}

/**
 * The last words of a name (its suffix aside) whose folded form starts `key`, up to a `-`,
 * a digit or the end: the surname the key is made of. The longest such words; undefined
 * when none fold so (a name printed family name first, `Wang Jisi`; `Smith, J.`).
 */
function surnameInKey(author: string, key: string): string | undefined {
  const name = author.trim()
  const suffixMatch = generationalSuffixAtEnd.exec(name)
  const words = (suffixMatch ? name.slice(0, suffixMatch.index) : name).split(/\s+/)
  for (let start = 0; start < words.length; start++) {
    const surname = words.slice(start).join(' ')
    const folded = foldName(surname)
    if (folded !== '' && key.startsWith(folded) && /^(?:-|[0-9]|$)/.test(key.slice(folded.length))) return surname
  }
  return undefined
}

/** The pieces of a name without its suffix: given names, particles and the family name, with what separates them. */
function basePieces(base: string, knownSurname: string | undefined): NamePiece[] | undefined {
  // `Smith, J.`: the family name, then the initials.
  const inverted = /^([^,]+)(,\s*)(\p{Lu}\.(?:\s?-?\p{Lu}\.)*)$/u.exec(base)
  if (inverted) {
    return [...familyPieces(inverted[1] as string), { part: 'separator', text: inverted[2] as string }, { part: 'given', text: inverted[3] as string }]
  }
  if (base.includes(',')) return undefined
  const surname = knownSurname ?? surnameOf(base)
  if (surname === base) return familyPieces(base)
  // `Wang Jisi`: the family name first.
  if (base.startsWith(`${surname} `)) {
    const given = base.slice(surname.length).trimStart()
    return [...familyPieces(surname), { part: 'separator', text: base.slice(surname.length, base.length - given.length) }, { part: 'given', text: given }]
  }
  if (!base.endsWith(surname)) return familyPieces(base)
  const before = base.slice(0, base.length - surname.length)
  const given = before.trimEnd()
  return [{ part: 'given', text: given }, { part: 'separator', text: before.slice(given.length) }, ...familyPieces(surname)]
}

/** A family name with the lower-case particles that lead it apart (`van der Berg` → `van der`, `Berg`). */
function familyPieces(family: string): NamePiece[] {
  const match = /^((?:\p{Ll}+\s+)+)(\p{Lu}.*)$/u.exec(family)
  if (!match) return [{ part: 'family', text: family }]
  const particles = (match[1] as string).trimEnd()
  if (!particles.split(/\s+/).every((word) => latinParticles.has(word))) return [{ part: 'family', text: family }]
  return [
    { part: 'particle', text: particles },
    { part: 'separator', text: (match[1] as string).slice(particles.length) },
    { part: 'family', text: match[2] as string }
  ]
}

/**
 * Whether an author is a group or corporate name rather than a person's: an abbreviation
 * (`UNDP`, `IMF`), a country or city (`Russia Military Strength`: the title of a page), a
 * word of an institution (`Bank`, `Ministry`, `International`, `Administration`,
 * `سازمان`, `وزارت`), a lower-case word that is not a particle (`Department of State`),
 * digits or brackets.
 */
function isGroupName(name: string): boolean {
  if (/[\d[\]&()]/.test(name)) return true
  const words = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean)
  return words.some((word) => {
    const folded = normalizePersian(word, { affixes: false }).toLowerCase()
    if (corporateHeads.has(folded) || isOrganizationWord(word) || placeNames.has(folded)) return true
    if (/^[\u0600-\u06FF]/.test(word)) return false
    if (/^\p{Lu}{2,}$/u.test(word)) return true
    return /^\p{Ll}/u.test(word) && !latinParticles.has(word) && !/^\p{Ll}+-\p{Lu}/u.test(word)
  })
}
