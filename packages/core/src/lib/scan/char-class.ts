import { persianTerminalMarker } from '@matn/retext-persian'
import {
  affixSymbolRanges,
  codeUnitKindRuns,
  innerWordSymbolRanges,
  lowerInitialRanges,
  numericalRanges,
  terminalMarkerRanges
} from './unicode-tables.js'

/**
 * Character classes of the scanner: one byte per UTF-16 code unit, built once on first
 * use from the generated tables. The two low bits are the token kind parse-latin gives
 * the character; the other bits are flags.
 */

/** Token kind: white space. */
export const WHITE_SPACE = 0
/** Token kind: a word character (letter, mark, digit). */
export const WORD = 1
/** Token kind: punctuation. */
export const PUNCTUATION = 2
/** Token kind: any other symbol. */
export const SYMBOL = 3

/** Mask of the kind bits. */
export const KIND = 3
/** Flag: a digit of some numeral system. */
export const NUMERICAL = 4
/** Flag: opening a sentence, a run of it belongs to the sentence before (`)`, `»`). */
export const AFFIX = 8
/** Flag: joins two words into one (`-`, `'`, `.`, `&`…). */
export const INNER_WORD = 16
/** Flag: a run of it ends a Latin sentence (`.` `!` `?` `…` `‽`). */
export const LATIN_TERMINAL = 32
/** Flag: a run of it ends a Persian sentence (the Latin ones, `؟`, `۔`). */
export const PERSIAN_TERMINAL = 64
/** Flag: a BMP letter parse-latin counts as a lower-case initial. */
export const LOWER_INITIAL = 128

let table: Uint8Array | undefined

/** The class byte of every UTF-16 code unit (built on first call). */
export function characterTable(): Uint8Array {
  table ??= buildTable()
  return table
}

function buildTable(): Uint8Array {
  const result = new Uint8Array(0x10000)
  for (let index = 0; index < codeUnitKindRuns.length; index += 2) {
    const first = codeUnitKindRuns[index] as number
    const next = codeUnitKindRuns[index + 2] ?? 0x10000
    result.fill(codeUnitKindRuns[index + 1] as number, first, next)
  }
  flag(result, numericalRanges, NUMERICAL)
  flag(result, affixSymbolRanges, AFFIX)
  flag(result, innerWordSymbolRanges, INNER_WORD)
  flag(result, terminalMarkerRanges, LATIN_TERMINAL | PERSIAN_TERMINAL)
  for (let unit = 0; unit < 0x10000; unit++) {
    if (((result[unit] as number) & KIND) === PUNCTUATION && persianTerminalMarker.test(String.fromCharCode(unit))) {
      result[unit] = (result[unit] as number) | PERSIAN_TERMINAL
    }
  }
  for (let index = 0; index < lowerInitialRanges.length && (lowerInitialRanges[index] as number) < 0x10000; index += 2) {
    const last = Math.min(lowerInitialRanges[index + 1] as number, 0xffff)
    for (let unit = lowerInitialRanges[index] as number; unit <= last; unit++) result[unit] = (result[unit] as number) | LOWER_INITIAL
  }
  return result
}

function flag(target: Uint8Array, ranges: readonly number[], bit: number): void {
  for (let index = 0; index < ranges.length; index += 2) {
    const last = ranges[index + 1] as number
    for (let unit = ranges[index] as number; unit <= last; unit++) target[unit] = (target[unit] as number) | bit
  }
}

/**
 * Whether the text at `at` starts with a lower-case letter as parse-latin decides it
 * (a surrogate pair is read as one code point).
 *
 * @param text The text.
 * @param at Index of the first character.
 * @param end End of the word (a pair cut by it is not read as one).
 */
export function startsLowerCase(text: string, at: number, end: number): boolean {
  const unit = text.charCodeAt(at)
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < end) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return inRanges(lowerInitialRanges, ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
  }
  return ((characterTable()[unit] ?? 0) & LOWER_INITIAL) !== 0
}

function inRanges(ranges: readonly number[], value: number): boolean {
  let low = 0
  let high = ranges.length / 2 - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (value < (ranges[middle * 2] as number)) high = middle - 1
    else if (value > (ranges[middle * 2 + 1] as number)) low = middle + 1
    else return true
  }
  return false
}
