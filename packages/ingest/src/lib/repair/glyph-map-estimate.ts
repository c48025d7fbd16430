/**
 * Estimating a broken glyph map from the damaged document itself. A font whose glyph-to-Unicode
 * map is broken damages one letter in one contextual form the same way wherever it prints it,
 * so two facts of the document reveal each broken glyph: many word types the lexicon does not
 * know become known words when that one letter in that one form is put back, and the document
 * (almost) never prints that letter in that form intact. A rule found by chance (a typo, a
 * spelling variant that happens to read as another word) fails the second test: the letter in
 * that form is printed intact far more often than it is explained.
 */
import { detectGlyphMapDamage } from './glyph-map.js'
import { glyphForm, joinsFollowing } from './glyph-map-channel.js'
import type { GlyphChannel, GlyphForm, GlyphSubstitution } from './glyph-map-channel.js'
import { longestKnownWord } from './lexicon.js'
import { zwnj } from './lexicon-text.js'
import type { PersianLexicon } from './types.js'

/** Options of {@link estimateGlyphChannel}. */
export interface GlyphChannelEstimateOptions {
  /** Distinct damaged word types a rule must explain (default 3). */
  readonly minimumTypes?: number
  /** Printed tokens a rule must explain (default 5). */
  readonly minimumTokens?: number
  /**
   * Share of the letter's occurrences in that form that the rule must explain, against
   * those printed intact (default 0.6): a broken glyph is nearly always printed broken.
   */
  readonly minimumBrokenShare?: number
}

/** One rule the estimate weighed, with its evidence. */
export interface GlyphRuleEvidence extends GlyphSubstitution {
  /** Unknown printed types the rule alone turns into known words. */
  readonly types: number
  /** Printed tokens of those types. */
  readonly tokens: number
  /** Printed tokens that show the letter intact in that form (known words only). */
  readonly intact: number
  /** Whether the rule is in the estimated channel. */
  readonly accepted: boolean
}

/** The estimated channel and the evidence for each rule weighed. */
export interface GlyphChannelEstimate {
  readonly channel: GlyphChannel
  readonly rules: readonly GlyphRuleEvidence[]
  /** Unknown types that deleting one ی after a joining letter turns into known words, and their tokens. */
  readonly kashida: { readonly types: number; readonly tokens: number; readonly accepted: boolean }
}

const persianToken = /[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC]+/g
/** The letters a broken glyph may stand for or be printed as. */
const persianLetters = [...'ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگیۀ']
const forms: readonly GlyphForm[] = ['isolated', 'initial', 'medial', 'final']
/** Kashida ی removed per word at most (as in decoding). */
const maximumKashida = 3
/** Share of all tokens that kashida ی must explain before the channel prints the kashida as ی. */
const kashidaShare = 0.005
/** Rules an estimate must share with a known table (or all of a smaller table) to be taken for the same font. */
const sameFontRules = 3
/** Share of a known type's occurrences followed by a wide gap from which it may have lost a final glyph. */
const wideGapShare = 0.75

interface TypeInfo {
  count: number
  /** Tokens followed by two spaces or more inside the line. */
  wide: number
}

/**
 * Estimate the broken glyph map of a document: substitutions (a letter in one form printed as
 * another letter), lost glyphs (a letter in one form printed as a space, at a word's end) and
 * the kashida printed as `ی`. Each rule is weighed on its own, against the printed text as is;
 * a rule enters the channel when it explains enough damaged types and tokens and the letter in
 * that form is mostly not printed intact elsewhere.
 *
 * @param lines The document's lines (letter forms already Persian).
 * @param lexicon The lexicon.
 * @param options Thresholds.
 * @returns The channel (empty when the document shows no such damage) and the evidence.
 */
export function estimateGlyphChannel(
  lines: readonly string[],
  lexicon: PersianLexicon,
  options?: Readonly<GlyphChannelEstimateOptions> | null
): GlyphChannelEstimate {
  const minimumTypes = options?.minimumTypes ?? 3
  const minimumTokens = options?.minimumTokens ?? 5
  const minimumBrokenShare = options?.minimumBrokenShare ?? 0.6
  const types = new Map<string, TypeInfo>()
  // Two tokens a wide gap apart, as `first\u0000second`: a glyph lost inside a word leaves its space between them.
  const wideGapPairs = new Map<string, number>()
  for (const line of lines) {
    let previousEnd = -1
    let previous = ''
    for (const match of line.matchAll(persianToken)) {
      const raw = normalize(match[0])
      if (previousEnd >= 0 && /^ {2,}$/.test(line.slice(previousEnd, match.index))) {
        const pair = `${previous}\u0000${raw}`
        wideGapPairs.set(pair, (wideGapPairs.get(pair) ?? 0) + 1)
      }
      previousEnd = match.index + match[0].length
      previous = raw
      const type = raw
      if (type.length < 2 || type.length > longestKnownWord) continue
      const info = types.get(type) ?? { count: 0, wide: 0 }
      info.count++
      const rest = line.slice(match.index + match[0].length)
      if (/^ {2,}\S/.test(rest)) info.wide++
      types.set(type, info)
    }
  }
  // A printed type is known as is or without its ZWNJ (lost in print); a reading must be known as is.
  const knownType = (word: string): boolean => isKnown(word, lexicon)
  const known = (word: string): boolean => lexicon.has(word)
  // Intact occurrences of each letter in each form, in known printed words.
  const intact = new Map<string, number>()
  const damaged: Array<{ type: string; info: TypeInfo; bases: string[]; lostOnly?: boolean }> = []
  let allTokens = 0
  let kashidaTypes = 0
  let kashidaTokens = 0
  for (const [type, info] of types) {
    allTokens += info.count
    if (knownType(type)) {
      for (let index = 0; index < type.length; index++) {
        const key = `${type[index]}\u0000${glyphForm(type, index)}`
        intact.set(key, (intact.get(key) ?? 0) + info.count)
      }
      // A known word nearly always printed before a wide gap may have lost its final glyph (`پژوه`).
      if (info.count >= 2 && info.wide >= wideGapShare * info.count) damaged.push({ type, info, bases: [type], lostOnly: true })
      continue
    }
    const bases = withoutKashida(type)
    if (bases.slice(1).some(known)) {
      kashidaTypes++
      kashidaTokens += info.count
      continue
    }
    damaged.push({ type, info, bases })
  }
  const kashidaAccepted = kashidaTypes >= minimumTypes && kashidaTokens >= minimumTokens && kashidaTokens >= kashidaShare * allTokens
  // The rules that explain each damaged type alone (on top of kashida ی, when accepted), and its tokens.
  const explanations: Array<{ rules: Set<string>; tokens: number; wideTokens: number }> = []
  const ruleOf = new Map<string, GlyphSubstitution>()
  for (const { type, info, bases, lostOnly } of damaged) {
    const rules = new Set<string>()
    const lostRules = new Set<string>()
    for (const base of kashidaAccepted ? bases : [type]) {
      for (let index = 0; index < (lostOnly ? 0 : base.length); index++) {
        const printed = base[index] as string
        for (const original of persianLetters) {
          if (original === printed) continue
          const word = base.slice(0, index) + original + base.slice(index + 1)
          if (!known(word)) continue
          const key = ruleKey(original, printed, glyphForm(word, index))
          ruleOf.set(key, { original, printed, forms: [glyphForm(word, index)] })
          rules.add(key)
        }
      }
      // A glyph lost at the end leaves a wide gap after the token.
      if (info.wide === 0) continue
      for (const original of persianLetters) {
        const word = base + original
        if (!known(word)) continue
        const key = ruleKey(original, '', glyphForm(word, word.length - 1))
        ruleOf.set(key, { original, printed: '', forms: [glyphForm(word, word.length - 1)] })
        lostRules.add(key)
      }
    }
    for (const key of lostRules) rules.add(key)
    if (rules.size > 0) explanations.push({ rules, tokens: info.count, wideTokens: info.wide })
  }
  for (const [pair, count] of wideGapPairs) {
    const [first = '', second = ''] = pair.split('\u0000')
    if (knownType(first) && knownType(second)) continue
    const rules = new Set<string>()
    for (const original of persianLetters) {
      const word = first + original + second
      if (!known(word)) continue
      const key = ruleKey(original, '', glyphForm(word, first.length))
      ruleOf.set(key, { original, printed: '', forms: [glyphForm(word, first.length)] })
      rules.add(key)
    }
    if (rules.size > 0) explanations.push({ rules, tokens: count, wideTokens: count })
  }
  // Greedy explaining away: take the rule with the most evidence that passes, drop what it explains, again.
  const accepted: GlyphSubstitution[] = []
  const evidence: GlyphRuleEvidence[] = []
  let open = explanations
  for (;;) {
    const tally = new Map<string, { types: number; tokens: number }>()
    for (const { rules, tokens, wideTokens } of open) {
      for (const key of rules) {
        const entry = tally.get(key) ?? { types: 0, tokens: 0 }
        entry.types++
        entry.tokens += ruleOf.get(key)?.printed === '' ? wideTokens : tokens
        tally.set(key, entry)
      }
    }
    let best: { key: string; types: number; tokens: number; intact: number } | undefined
    for (const [key, { types: typeCount, tokens }] of tally) {
      const rule = ruleOf.get(key) as GlyphSubstitution
      const intactCount = intact.get(`${rule.original}\u0000${rule.forms[0] as GlyphForm}`) ?? 0
      const passes = typeCount >= minimumTypes && tokens >= minimumTokens && tokens / (tokens + intactCount) >= minimumBrokenShare
      if (passes && (best === undefined || tokens > best.tokens)) best = { key, types: typeCount, tokens, intact: intactCount }
    }
    if (best === undefined) {
      for (const [key, { types: typeCount, tokens }] of tally) {
        const rule = ruleOf.get(key) as GlyphSubstitution
        evidence.push({ ...rule, types: typeCount, tokens: Math.round(tokens), intact: intact.get(`${rule.original}\u0000${rule.forms[0] as GlyphForm}`) ?? 0, accepted: false })
      }
      break
    }
    const rule = ruleOf.get(best.key) as GlyphSubstitution
    accepted.push(rule)
    evidence.push({ ...rule, types: best.types, tokens: Math.round(best.tokens), intact: best.intact, accepted: true })
    const chosen = best.key
    open = open.filter(({ rules }) => !rules.has(chosen))
    // A glyph has one code in the font's map: no other rule for the same letter in the same form.
    const glyph = `${rule.original}\u0000`
    const form = `\u0000${rule.forms[0] as GlyphForm}`
    for (const entry of open) {
      for (const key of entry.rules) if (key.startsWith(glyph) && key.endsWith(form)) entry.rules.delete(key)
    }
    open = open.filter(({ rules }) => rules.size > 0)
  }
  evidence.sort((a, b) => Number(b.accepted) - Number(a.accepted) || b.tokens - a.tokens || (a.original < b.original ? -1 : 1))
  return {
    channel: { substitutions: mergeForms(accepted), kashidaAsYeh: kashidaAccepted },
    rules: evidence,
    kashida: { types: kashidaTypes, tokens: kashidaTokens, accepted: kashidaAccepted }
  }
}

function ruleKey(original: string, printed: string, form: GlyphForm): string {
  return `${original}\u0000${printed}\u0000${form}`
}

/**
 * The type, then the type with each nonempty set of at most `maximumKashida` ی removed that
 * stand after a joining letter (a kashida printed as ی; one at the end stretched a lost glyph).
 */
function withoutKashida(type: string): string[] {
  const positions: number[] = []
  for (let index = 1; index < type.length; index++) {
    if (type[index] === 'ی' && joinsFollowing(type[index - 1])) positions.push(index)
  }
  const results = [type]
  const visit = (from: number, removed: number[]): void => {
    for (let next = from; next < positions.length; next++) {
      const chosen = [...removed, positions[next] as number]
      results.push([...type].filter((_, index) => !chosen.includes(index)).join(''))
      if (chosen.length < maximumKashida) visit(next + 1, chosen)
    }
  }
  if (positions.length <= 8) visit(0, [])
  return results
}

/**
 * The channel to decode with: the estimated one, completed by a known font's table that it
 * matches. A known table (`defaultGlyphChannel`, measured on one broken font) holds rules a
 * single document may have too little evidence for (a letter lost in one word only, or a short
 * text); it is used when every estimated rule is in it, or at least half of them and at least
 * three (the same font, some of its rules unseen; one or two shared rules beside others may be
 * a coincidence of two fonts), and the estimated rules win where both have a rule for the same
 * letter in the same form.
 *
 * @param estimated The channel `estimateGlyphChannel` found (empty: no damage, returned as is).
 * @param known Tables of broken fonts met before.
 * @returns The channel to decode with.
 */
export function completeGlyphChannel(estimated: GlyphChannel, known: readonly GlyphChannel[]): GlyphChannel {
  if (estimated.substitutions.length === 0) return estimated
  const glyphs = (channel: GlyphChannel): Set<string> =>
    new Set(channel.substitutions.flatMap((rule) => rule.forms.map((form) => ruleKey(rule.original, rule.printed, form))))
  const estimatedGlyphs = glyphs(estimated)
  let best: { table: GlyphChannel; shared: number } | undefined
  for (const table of known) {
    const tableGlyphs = glyphs(table)
    const shared = [...estimatedGlyphs].filter((key) => tableGlyphs.has(key)).length
    // The same font: all that was estimated is in the table, or most of it and more than one or
    // two rules (two fonts may share one or two broken glyphs by coincidence).
    const enough = shared === estimatedGlyphs.size || (2 * shared >= estimatedGlyphs.size && shared >= Math.min(sameFontRules, tableGlyphs.size))
    if (enough && (best === undefined || shared > best.shared)) best = { table, shared }
  }
  if (best === undefined) return estimated
  const taken = new Set(estimated.substitutions.flatMap((rule) => rule.forms.map((form) => `${rule.original}\u0000${form}`)))
  const added: GlyphSubstitution[] = []
  for (const rule of best.table.substitutions) {
    const forms = rule.forms.filter((form) => !taken.has(`${rule.original}\u0000${form}`))
    if (forms.length > 0) added.push({ ...rule, forms })
  }
  return { substitutions: mergeForms([...estimated.substitutions, ...added]), kashidaAsYeh: estimated.kashidaAsYeh || best.table.kashidaAsYeh }
}

/**
 * The broken map to decode a document with: the estimate (`estimateGlyphChannel`) completed by
 * a known table it matches (`completeGlyphChannel`); when the document is too short to estimate
 * anything, a known table whose damage `detectGlyphMapDamage` finds in it; else the empty map
 * (no damage).
 *
 * @param lines The document's lines (letter forms Persian, no kashida).
 * @param lexicon The lexicon.
 * @param known Tables of broken fonts met before.
 * @returns The map.
 */
export function documentGlyphChannel(lines: readonly string[], lexicon: PersianLexicon, known: readonly GlyphChannel[]): GlyphChannel {
  const estimated = estimateGlyphChannel(lines, lexicon).channel
  if (estimated.substitutions.length > 0 || estimated.kashidaAsYeh) return completeGlyphChannel(estimated, known)
  const text = lines.join('\n')
  return known.find((table) => detectGlyphMapDamage(text, lexicon, { channel: table }).damaged) ?? estimated
}

/** Rules that differ only in form, as one substitution with several forms. */
function mergeForms(rules: readonly GlyphSubstitution[]): GlyphSubstitution[] {
  const merged = new Map<string, { original: string; printed: string; forms: GlyphForm[] }>()
  for (const rule of rules) {
    const key = `${rule.original}\u0000${rule.printed}`
    const entry = merged.get(key) ?? { original: rule.original, printed: rule.printed, forms: [] }
    for (const form of rule.forms) if (!entry.forms.includes(form)) entry.forms.push(form)
    merged.set(key, entry)
  }
  return [...merged.values()].map((entry) => ({ ...entry, forms: forms.filter((form) => entry.forms.includes(form)) }))
}

function normalize(token: string): string {
  return token.replace(/ي/g, 'ی').replace(/ك/g, 'ک')
}

/** Known as is or with one ZWNJ inserted (a word printed without its ZWNJ). */
function isKnown(word: string, lexicon: PersianLexicon): boolean {
  if (lexicon.has(word)) return true
  for (let index = 1; index < word.length; index++) {
    if (lexicon.has(word.slice(0, index) + zwnj + word.slice(index))) return true
  }
  return false
}
