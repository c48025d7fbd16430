/**
 * Letters drawn apart from the end of their word, in a line written in visual order.
 *
 * A right-to-left run ends (in reading order) at its left edge. Where the PDF draws the last
 * letter or two of the run's last word as a piece of their own (a final form, a kerning pair),
 * an extractor that sorts pieces left to right writes that piece first, before the run's text,
 * glued to the run's first word: `تالمللی و یکپارچگی و عقلانیت دول` is the run
 * `المللی و یکپارچگی و عقلانیت دولت`, `وردر این شرایط، روابط کش` is `در این شرایط، روابط کشور`.
 * The glued token is unknown; without its first letters it is a word; and those letters end
 * the run's last word. The piece may also come out with a space after it (`. ت چنین رویکردی
 * یا چگونگی آن اس` is `چنین رویکردی یا چگونگی آن است.`). Moved back, both words are whole, so
 * run order sees words it knows.
 */
import { splitAtoms, type Atom } from './atoms.js'
import type { DocumentCounts } from './document-counts.js'

/** One letter piece moved back to the end of its word. */
export interface DetachedLetterMove {
  /** The piece (one or two letters). */
  letters: string
  /** The glued token as printed (the piece and the first word of the run). */
  printed: string
  /** The word that the piece ends, as printed. */
  host: string
  /** 0-based offset of the glued token in the line as printed. */
  from: number
  /** 0-based offset of the host word in the line as printed. */
  to: number
}

/** A line with its detached letters moved back, and what was left alone as uncertain. */
export interface DetachedLettersResult {
  text: string
  /** For each UTF-16 unit of `text`, its offset in the line as printed. */
  origins: number[]
  moves: DetachedLetterMove[]
  /** Glued tokens for which two pieces (one letter or two) would each complete a word: left as printed. */
  ambiguous: Array<{ token: string; from: number }>
}

/** A verbal prefix or a suffix printed as a word of its own: a ZWNJ broke the run before or after it. */
const boundMorphemes = new Set(['می', 'نمی', 'ها', 'های', 'هایی', 'ترین', 'تر', 'ای', 'اند', 'ایم', 'اید'])
/** Marks a run holds glued to a word, with a space after them (a comma closes a word inside a run). */
const innerMarks = new Set(['،', ',', '؛', ';', ':'])
const maximumPiece = 2
const minimumToken = 3

/**
 * Move letters drawn apart from the end of a run's last word back to it, in one line of a
 * document found to be in visual order.
 *
 * A token is read as `piece + word` when all of these hold: it starts a run as printed (first
 * on the line, after a gap of two or more spaces, or after a mark); the lexicon does not know
 * it and the document prints it at most once; without its first one or two letters it is a
 * solid word (a headword of the lexicon, or printed at least twice in the document); and the
 * last word of its run (the word before the next gap of two or more spaces or the line's end,
 * or the word before that when the last is a prefix or suffix printed apart) followed by the
 * piece is a solid word too, which the document prints at least as often as the last word
 * alone, unless the lexicon does not know that word. Where a piece of one letter and a piece
 * of two would both do, the token is left as printed and reported. A piece printed alone (one
 * or two letters the lexicon does not know as a word, starting a run, one space before the
 * next word) goes to the end of the run's last word on the same terms.
 *
 * @param line One line as printed (after letter-form, kashida and glyph-map repair).
 * @param counts The document's counts, with the lexicon.
 * @returns The line with the pieces moved back, the moves and the ambiguous tokens.
 */
export function reattachDetachedLetters(line: string, counts: DocumentCounts): DetachedLettersResult {
  const moves: DetachedLetterMove[] = []
  const ambiguous: Array<{ token: string; from: number }> = []
  const atoms = splitAtoms(line)
  // Edits as offsets of the printed line: a piece taken from the front of one token, put after another.
  const edits: Array<{ at: number; remove: number; insert: string; origin: number }> = []
  const used = new Set<number>()
  atoms.forEach((atom, index) => {
    if (used.has(index) || !startsRun(atoms, index)) return
    if (isLonePiece(atoms, index, counts)) {
      const host = hostOf(atoms, index, atom.text, counts)
      if (host === undefined || used.has(host)) return
      const hostAtom = atoms[host] as Atom
      used.add(host)
      used.add(index)
      // The piece goes with the space after it: the run's first word starts the run again.
      edits.push({ at: atom.start, remove: atom.text.length + 1, insert: '', origin: atom.start }, { at: hostAtom.start + hostAtom.text.length, remove: 0, insert: atom.text, origin: atom.start })
      moves.push({ letters: atom.text, printed: atom.text, host: hostAtom.text, from: atom.start, to: hostAtom.start })
      return
    }
    if (!isCandidateToken(atom, counts)) return
    const readings = []
    for (let size = 1; size <= maximumPiece; size += 1) {
      const letters = atom.text.slice(0, size)
      const rest = atom.text.slice(size)
      if (rest.length < 2 || !isSolid(rest, counts)) continue
      const host = hostOf(atoms, index, letters, counts)
      if (host !== undefined && !used.has(host)) readings.push({ letters, host })
    }
    if (readings.length > 1) ambiguous.push({ token: atom.text, from: atom.start })
    const reading = readings.length === 1 ? readings[0] : undefined
    if (reading === undefined) return
    const host = atoms[reading.host] as Atom
    used.add(reading.host)
    used.add(index)
    edits.push({ at: atom.start, remove: reading.letters.length, insert: '', origin: atom.start }, { at: host.start + host.text.length, remove: 0, insert: reading.letters, origin: atom.start })
    moves.push({ letters: reading.letters, printed: atom.text, host: host.text, from: atom.start, to: host.start })
  })
  const units = Array.from({ length: line.length }, (_, offset) => offset)
  if (edits.length === 0) return { text: line, origins: units, moves, ambiguous }
  // Apply from the end of the line, so that earlier offsets stay valid; a piece keeps its printed offsets.
  edits.sort((a, b) => b.at - a.at)
  for (const edit of edits) {
    units.splice(edit.at, edit.remove, ...Array.from({ length: edit.insert.length }, (_, offset) => edit.origin + offset))
  }
  return { text: units.map((offset) => line[offset] as string).join(''), origins: units, moves, ambiguous }
}

/** A piece of one or two letters the lexicon does not know as a word, printed apart before the next word of its run. */
function isLonePiece(atoms: readonly Atom[], index: number, counts: DocumentCounts): boolean {
  const atom = atoms[index] as Atom
  const next = atoms[index + 1]
  return atom.kind === 'word' && atom.text.length <= maximumPiece && !atom.text.includes('\u200C') && !counts.inLexicon(atom.text) && next?.kind === 'word' && next.gap === 1
}

/** A word unknown to the lexicon, printed at most once, long enough to hold a piece and a word. */
function isCandidateToken(atom: Atom, counts: DocumentCounts): boolean {
  return atom.kind === 'word' && atom.text.length >= minimumToken && !atom.text.includes('\u200C') && counts.count(atom.text) <= 1 && !counts.inLexicon(atom.text)
}

/** A headword of the lexicon, or a word the document prints at least twice. */
function isSolid(word: string, counts: DocumentCounts): boolean {
  return counts.count(word) >= 2 || counts.isHeadword(word)
}

/** Whether atom `index` starts a run as printed: first, after a wide gap, or right after a mark. */
function startsRun(atoms: readonly Atom[], index: number): boolean {
  const previous = atoms[index - 1]
  return previous === undefined || (atoms[index] as Atom).gap >= 2 || previous.kind === 'punct'
}

/**
 * The word whose end the piece is, if any: the last word of the run that atom `index` starts,
 * or the word before it when that last word is a bound morpheme printed apart.
 */
function hostOf(atoms: readonly Atom[], index: number, letters: string, counts: DocumentCounts): number | undefined {
  const last = runEnd(atoms, index)
  const candidates = [last]
  if (boundMorphemes.has((atoms[last] as Atom).text) && last - 1 > index && atoms[last - 1]?.kind === 'word') candidates.push(last - 1)
  for (const candidate of candidates) {
    if (candidate === index) continue
    const host = (atoms[candidate] as Atom).text
    const whole = host + letters
    if (isSolid(whole, counts) && (!counts.inLexicon(host) || counts.count(whole) >= counts.count(host))) return candidate
  }
  return undefined
}

/** The last word of the run atom `index` starts: words one space apart, across marks glued inside the run. */
function runEnd(atoms: readonly Atom[], index: number): number {
  let end = index
  for (let next = index + 1; next < atoms.length; next += 1) {
    const atom = atoms[next] as Atom
    if (atom.kind === 'word' && atom.gap === 1) end = next
    else if (!(atom.kind === 'punct' && atom.glued && innerMarks.has(atom.text) && atoms[next + 1]?.gap === 1)) break
  }
  return end
}
