import { repairFootnoteDigits } from './footnote-digits.js'
import { detectGlyphMapDamage } from './glyph-map.js'
import { defaultGlyphChannel, type GlyphChannel } from './glyph-map-channel.js'
import { documentGlyphChannel } from './glyph-map-estimate.js'
import { prepareGlyphMapDecoder } from './glyph-map-document.js'
import { removeKashida } from './kashida.js'
import { spaceMarkPairs } from './mark-spacing.js'
import { repairLetterForms } from './letter-forms.js'
import { repairMirroredBrackets } from './mirrored-brackets.js'
import { loadPersianLexicon } from './lexicon.js'
import { memoizeLexicon } from './lexicon-memo.js'
import { prepareRotatedWords } from './rotated-words.js'
import { createRunOrderStep } from './run-order.js'
import type { PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './types.js'
import { prepareZwnj } from './zwnj-document.js'

/** What a document-level step is told when it prepares. */
export interface DocumentContext {
  lexicon?: PersianLexicon
  /**
   * The document shows the damage of a broken glyph-to-Unicode map, final letters lost
   * among it (`detectGlyphMapDamage` on the raw text, unless the caller says).
   */
  lostFinalLetters?: boolean
  /** The document's broken glyph map (`documentGlyphChannel` on the raw text, unless the caller says). */
  glyphChannel?: GlyphChannel
  /**
   * Set by the run-order step: the document was found to be in reading order (some extractors
   * give Persian so), so its brackets are not mirrored either.
   */
  readingOrder?: boolean
}

/**
 * One step of the repair pipeline: a {@link RepairStep} over single lines, or a step that
 * first reads the whole document (as the previous steps left it) and then repairs line by line.
 */
export type PipelineStep =
  | { readonly name: string; readonly step: RepairStep }
  | { readonly name: string; readonly prepare: (lines: readonly string[], context: DocumentContext) => RepairStep }

/**
 * The default repair pipeline, in order. A new step is one line here. Glyph-map decoding
 * goes before `run-order`, so that run order counts word pairs of decoded words (one word
 * printed in several damaged forms would split its counts); ZWNJ restoration goes last.
 */
export const defaultPipeline: readonly PipelineStep[] = [
  { name: 'letter-forms', step: repairLetterForms },
  { name: 'kashida', step: removeKashida },
  { name: 'glyph-map', prepare: (lines, context) => prepareGlyphMapDecoder(lines, context) },
  { name: 'run-order', prepare: prepareRunOrder },
  { name: 'rotated-words', prepare: (lines, context) => prepareRotatedWords(lines, context) },
  { name: 'mirrored-brackets', prepare: (lines, context) => (context.readingOrder === true ? keepBrackets : repairMirroredBrackets) },
  { name: 'mark-spacing', prepare: (lines, context) => (context.readingOrder === true ? keepBrackets : spaceMarkPairs) },
  { name: 'footnote-digits', step: repairFootnoteDigits },
  { name: 'zwnj', prepare: prepareZwnj }
]

/** The run-order step, which tells the later steps whether the document is in reading order. */
function prepareRunOrder(lines: readonly string[], context: DocumentContext): RepairStep {
  const step = createRunOrderStep(lines, context)
  context.readingOrder = step.readingOrder
  return step
}

/**
 * The mirrored-brackets step of a document in reading order: its brackets and quotation marks
 * face the way the text reads, even where a line closes a quotation the line before opened
 * and opens one the next line closes (`توسعه‌گرا» سیاست خارجی را با «روابط`, which would
 * balance only swapped): left as printed.
 */
const keepBrackets: RepairStep = (text) => ({ text, changes: [], unresolved: [] })

/** Measured effect of one step on a document. */
export interface StepEffect {
  step: string
  /** Lines the step changed. */
  lines: number
  /** White-space separated tokens the step changed (token-level edit distance, summed over lines). */
  tokens: number
}

/** Options of {@link repairLines}. */
export interface RepairOptions {
  pipeline?: readonly PipelineStep[]
  /** Persian lexicon (default: `loadPersianLexicon()`, the word list and all corpus counts). */
  lexicon?: PersianLexicon
  /** Whether the font lost final letters (default: what `detectGlyphMapDamage` finds in the raw text with the map's lost glyphs). */
  lostFinalLetters?: boolean
  /** The broken glyph map (default: read from the raw text, `documentGlyphChannel`). */
  glyphChannel?: GlyphChannel
  /** Keep the lines as each step left them (`RepairReport.history`), to measure steps one by one. */
  history?: boolean
}

/** The repaired lines (exactly one per input line) and what each step did. */
export interface RepairReport {
  lines: string[]
  changes: RepairChange[]
  unresolved: UnresolvedToken[]
  effects: StepEffect[]
  /** With `history`: the lines after each step, in pipeline order. */
  history?: string[][]
}

/**
 * Run the repair pipeline over a document's lines.
 *
 * @param lines The raw lines (split on `\n`; a trailing `\r` is kept as part of the line).
 * @param options Pipeline, lexicon.
 * @returns One repaired line per input line, the changes, the unresolved tokens and each step's effect.
 */
export function repairLines(lines: readonly string[], options?: Readonly<RepairOptions> | null): RepairReport {
  const pipeline = options?.pipeline ?? defaultPipeline
  const given = options?.lexicon ?? loadPersianLexicon()
  // Every step asks the lexicon about the same words: each answer is computed once per document.
  const lexicon = memoizeLexicon(given)
  // Results of line steps run before the pipeline, by step: reused where the pipeline runs the step on the same line.
  const done = new Map<RepairStep, { inputs: readonly string[]; results: readonly RepairResult[] }>()
  // The map is read from the letters as the glyph-map step will see them (Persian forms, no kashida).
  // Its estimate asks about each printed type once and about every one-letter variant of the
  // unknown ones, most of which nothing asks again: the document's memo does not keep them.
  const glyphChannel = options?.glyphChannel ?? documentGlyphChannel(lettersAsDecoded(lines, lexicon, done), given, [defaultGlyphChannel])
  const losesGlyphs = glyphChannel.substitutions.some((substitution) => substitution.printed === '')
  const context: DocumentContext = {
    lexicon,
    glyphChannel,
    lostFinalLetters: options?.lostFinalLetters ?? (losesGlyphs && detectGlyphMapDamage(lines.join('\n'), lexicon, { channel: glyphChannel }).damaged)
  }
  let current = [...lines]
  const changes: RepairChange[] = []
  const unresolved: UnresolvedToken[] = []
  const effects: StepEffect[] = []
  const history: string[][] = []
  for (const entry of pipeline) {
    const step = 'step' in entry ? entry.step : entry.prepare(current, context)
    const effect: StepEffect = { step: entry.name, lines: 0, tokens: 0 }
    const before = 'step' in entry ? done.get(entry.step) : undefined
    current = current.map((line, index) => {
      const result = before !== undefined && before.inputs[index] === line ? (before.results[index] as RepairResult) : step(line, { line: index + 1, lexicon })
      changes.push(...result.changes)
      unresolved.push(...result.unresolved)
      if (result.text !== line) {
        effect.lines += 1
        effect.tokens += tokenDistance(line, result.text)
      }
      return result.text
    })
    effects.push(effect)
    if (options?.history) history.push(current)
  }
  return { lines: current, changes, unresolved, effects, ...(options?.history ? { history } : {}) }
}

/**
 * The lines with their letter forms and kashida repaired (`repairLetterForms`, then
 * `removeKashida`, with the context the pipeline gives them), each step's results kept in
 * `done` for the pipeline, which runs the same steps first.
 */
function lettersAsDecoded(lines: readonly string[], lexicon: PersianLexicon, done: Map<RepairStep, { inputs: readonly string[]; results: readonly RepairResult[] }>): string[] {
  const letterForms = lines.map((line, index) => repairLetterForms(line, { line: index + 1, lexicon }))
  const inputs = letterForms.map((result) => result.text)
  const kashida = inputs.map((line, index) => removeKashida(line, { line: index + 1, lexicon }))
  done.set(repairLetterForms, { inputs: lines, results: letterForms })
  done.set(removeKashida, { inputs, results: kashida })
  return kashida.map((result) => result.text)
}

/** Edit distance between the white-space separated tokens of two lines. */
export function tokenDistance(before: string, after: string): number {
  const allBefore = before.split(/\s+/).filter(Boolean)
  const allAfter = after.split(/\s+/).filter(Boolean)
  // Tokens the two lines share at the start and at the end change no edit distance: only the rest is compared.
  let start = 0
  while (start < allBefore.length && start < allAfter.length && allBefore[start] === allAfter[start]) start += 1
  let end = 0
  while (end < allBefore.length - start && end < allAfter.length - start && allBefore[allBefore.length - 1 - end] === allAfter[allAfter.length - 1 - end]) end += 1
  const a = allBefore.slice(start, allBefore.length - end)
  const b = allAfter.slice(start, allAfter.length - end)
  let row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      next.push(Math.min(substitution, (row[j] as number) + 1, (next[j - 1] as number) + 1))
    }
    row = next
  }
  return row[b.length] as number
}
