import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyGlyphDamage,
  createGlyphMapDecoder,
  decodeGlyphMap,
  defaultGlyphChannel,
  detectGlyphMapDamage,
  glyphForm,
  glyphMapCandidates,
  kashidaRunEvidence,
  loadPersianLexicon,
  persianLexiconArticles,
  prepareGlyphMapDecoder,
  seededRandom,
  type PersianLexicon
} from '../src/index.js'
import { persianParagraphs, persianSource, persianToken } from './curated-text.js'

/** A lexicon that knows the words of `counts`, with their counts as frequencies and no bigrams. */
function lexiconOfCounts(counts: ReadonlyMap<string, number>): PersianLexicon {
  return { size: counts.size, has: (word) => counts.has(word), frequency: (word) => counts.get(word) ?? 0, bigram: () => 0 }
}

const seed = 20261122

function tokens(text: string): string[] {
  return text.match(persianToken) ?? []
}

/** Number of tokens of `reference` matched in order by `candidate` (longest common subsequence). */
function matchedTokens(reference: readonly string[], candidate: readonly string[]): number {
  let previous = new Array<number>(candidate.length + 1).fill(0)
  for (const word of reference) {
    const current = [0]
    for (let index = 0; index < candidate.length; index++) {
      current.push(word === candidate[index] ? (previous[index] ?? 0) + 1 : Math.max(previous[index + 1] ?? 0, current[index] ?? 0))
    }
    previous = current
  }
  return previous[candidate.length] ?? 0
}

describe('glyph-map channel', () => {
  it('should tell the contextual form of a letter', () => {
    expect(glyphForm('کشور', 0)).toBe('initial')
    expect(glyphForm('دنباله', 2)).toBe('medial')
    expect(glyphForm('پژوهش', 4)).toBe('final')
    expect(glyphForm('آژانس', 1)).toBe('isolated')
  })

  it('should damage clean text the way the broken font does', () => {
    const damage = (text: string): string => applyGlyphDamage(text, { kashidaRate: 0 })
    expect(damage('که کشور')).toBe('وه وشور')
    expect(damage('اتحاد و دنباله‌روی')).toBe('اتااد و دنداله روی')
    expect(damage('پژوهش دیپلماسی غرب')).toBe('پژوه  دیللماسی ررب')
    expect(damage('موازنۀ تهدید')).toBe('موازن  تهدید')
    expect(damage('انرژی و آژانس')).toBe('انر ی و آ انس')
    expect(damage('دورۀ موضوع')).toBe('دورۀ موضوع')
  })

  it('should list the clean word among the readings of its damaged form', () => {
    const words = [...new Set(persianParagraphs('ghani-askarian-1400').flatMap(tokens))]
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.integer(), (word, kashidaSeed) => {
        const damaged = applyGlyphDamage(word, { random: seededRandom(kashidaSeed), kashidaRate: 0.1 }).trim()
        fc.pre(!damaged.includes(' ') && (damaged.match(/ی/g) ?? []).length <= (word.match(/ی/g) ?? []).length + 2)
        const readings = glyphMapCandidates(damaged).map((reading) => reading.word)
        expect(readings[0]).toBe(damaged)
        expect(readings).toContain(word)
      }),
      { seed, numRuns: 300 }
    )
  })
})

describe('decodeGlyphMap', () => {
  const lexicon = loadPersianLexicon({ exclude: ['ghani-askarian-1400'] })

  it('should repair synthetic damage of an article the lexicon counts leave out', () => {
    const random = seededRandom(seed)
    let total = 0
    let before = 0
    let after = 0
    let falseCorrections = 0
    let changed = 0
    for (const [index, paragraph] of persianParagraphs('ghani-askarian-1400').slice(0, 12).entries()) {
      const clean = tokens(paragraph.replace(/\u200C/g, ' '))
      const damaged = applyGlyphDamage(paragraph, { random })
      const result = decodeGlyphMap(damaged, { line: index + 1, lexicon })
      total += clean.length
      before += matchedTokens(clean, tokens(damaged))
      after += matchedTokens(clean, tokens(result.text))
      for (const change of result.changes) {
        changed++
        if (change.before.trim() === change.after) falseCorrections++
        expect(change.step).toBe('glyph-map')
        expect(damaged.slice(change.column - 1, change.column - 1 + change.before.length)).toBe(change.before)
      }
    }
    expect(total).toBeGreaterThan(1000)
    expect(before / total).toBeLessThan(0.85)
    expect(after / total).toBeGreaterThan(0.95)
    expect(changed).toBeGreaterThan(100)
    expect(falseCorrections).toBe(0)
  })

  it('should repair real damaged lines of the 001 source (lexicon without that article)', () => {
    const leaveOut = loadPersianLexicon({ exclude: ['rasooli-sani-1401'] })
    // Lines of corpus/rasooli-sani-1401/source.txt in logical order, and the curated reading.
    const pairs: Array<[string, string]> = [
      ['پس از انقلاب اسلامی در ایران وه به تغییر هویتی این وشور', 'پس از انقلاب اسلامی در ایران که به تغییر هویتی این کشور'],
      ['هدف اصلی ما در این پژوه  پرداختن به چرایی نزدیکی', 'هدف اصلی ما در این پژوهش پرداختن به چرایی نزدیکی'],
      ['روایت های « موازن  تهدید » یا « سیاست دنداله روی »', 'روایت های « موازنۀ تهدید » یا « سیاست دنباله روی »'],
      ['جایگاه گاز طدیعی در دیللماسیی انیر ی جمهیوری اسیلامی', 'جایگاه گاز طبیعی در دیپلماسی انرژی جمهوری اسلامی']
    ]
    for (const [index, [damaged, curated]] of pairs.entries()) {
      const result = decodeGlyphMap(damaged, { line: index + 1, lexicon: leaveOut })
      expect(result.text.replace(/ +/g, ' ')).toBe(curated)
    }
  })

  it('should prefer a headword reading to a printed form the lexicon knows only through its affix rules', () => {
    // The word list alone, no counts: the prior is all the lexicon says.
    const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
    // Forward channel: initial ک → و, medial ح → ا; each printed form is an affixed form of another headword.
    for (const [printed, clean] of [['ونند', 'کنند'], ['صادت', 'صحبت'], ['تاریم', 'تحریم'], ['ولان', 'کلان']] as const) {
      expect(applyGlyphDamage(clean, { kashidaRate: 0 })).toBe(printed)
      expect(wordList.isHeadword?.(printed), printed).toBe(false)
      expect(decodeGlyphMap(`این ${printed} است`, { line: 1, lexicon: wordList }).text).toBe(`این ${clean} است`)
    }
    // A printed headword stays, though it reads as another headword (باران, بحران).
    expect(decodeGlyphMap('این باران است', { line: 1, lexicon: wordList }).text).toBe('این باران است')
  })

  it('should not take a wide gap before a number or a Latin word for a lost final glyph', () => {
    const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
    // `سال` and `سالۀ` are both words: the two spaces before the digits are where the writing direction turns.
    expect(wordList.has('سالۀ')).toBe(true)
    expect(decodeGlyphMap('این کتاب در سال  1390 نوشته شد', { line: 1, lexicon: wordList }).text).toBe('این کتاب در سال  1390 نوشته شد')
    expect(decodeGlyphMap('این کتاب در سال  Smith نوشته شد', { line: 1, lexicon: wordList }).text).toBe('این کتاب در سال  Smith نوشته شد')
    // Before Persian text the same gap still restores the lost glyph of a word that needs it.
    expect(decodeGlyphMap('این پژوه  نشان داد', { line: 1, lexicon: wordList }).text).toBe('این پژوهش نشان داد')
  })

  it('should read the printed letters of a token when only a glyph lost at its end is in doubt', () => {
    const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
    // `متایدان` is `متحدان` (ح printed ا, a kashida ی); three spaces after it may hold a lost ش or ۀ
    // (`متحدانش`, `متحدانۀ`) or end a run: no reading is confident, the letters are.
    const result = decodeGlyphMap('این متایدان   پس از', { line: 1, lexicon: wordList })
    expect(result.text).toBe('این متحدان   پس از')
    expect(result.changes).toEqual([expect.objectContaining({ before: 'متایدان', after: 'متحدان' })])
    expect(result.unresolved).toEqual([])
  })

  it('should restore a glyph lost at the start of a word after a wide gap', () => {
    const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
    // Forward channel: an isolated ژ is printed as a space, at the start of a word too.
    expect(applyGlyphDamage('در ژانویه', { kashidaRate: 0 })).toBe('در  انویه')
    expect(decodeGlyphMap('سفر در  انویه بود', { line: 1, lexicon: wordList }).text).toBe('سفر در ژانویه بود')
    expect(decodeGlyphMap('این  نرال گفت', { line: 1, lexicon: wordList }).text).toBe('این ژنرال گفت')
    // One space before, or the start of the line: a piece of a split word, no letter put in front.
    for (const line of ['سفر در انویه بود', 'انویه بود']) expect(decodeGlyphMap(line, { line: 1, lexicon: wordList }).text).not.toContain('ژ')
  })

  it('should keep a letter printed alone as printed (a piece of a split word, not a word that lost its final glyph)', () => {
    for (const line of ['این رفتا ر  دولت است', 'درس ت  است', 'ای ن  کشور']) {
      expect(decodeGlyphMap(line, { line: 1, lexicon }).text).toBe(line)
    }
  })

  it('should read a two-letter piece only one edit away (a piece of a split word, not a word damaged twice)', () => {
    // ند reads as نبش (medial ب printed د, final ش lost): two edits for two letters.
    expect(glyphMapCandidates('ند').some((reading) => reading.word === 'نبش' && reading.edits === 2)).toBe(true)
    expect(decodeGlyphMap('توا ند  تا', { line: 1, lexicon }).text).toBe('توا ند  تا')
    // One edit still decodes: وه is که with its initial ک printed و.
    expect(decodeGlyphMap('گفت وه این', { line: 1, lexicon }).text).toBe('گفت که این')
  })

  it('should decode words printed without a space between them, part by part, and leave the cut to run order', () => {
    // Forward channel on each word, then the space lost: وتاب + وردن, نفت + وشور, اتااد + بزرگ.
    for (const [first, second] of [['کتاب', 'کردن'], ['نفت', 'کشور'], ['اتحاد', 'بزرگ']] as const) {
      const printed = applyGlyphDamage(first, { kashidaRate: 0 }) + applyGlyphDamage(second, { kashidaRate: 0 })
      const result = decodeGlyphMap(`این ${printed} است`, { line: 2, lexicon })
      expect(result.text).toBe(`این ${first}${second} است`)
      expect(result.changes).toEqual([expect.objectContaining({ step: 'glyph-map', column: 5, before: printed, after: `${first}${second}` })])
      expect(result.unresolved).toEqual([])
    }
    // No part reads as a known word: kept and reported.
    expect(decodeGlyphMap('این قژغظقژغظ است', { line: 2, lexicon }).unresolved).toHaveLength(1)
  })

  it('should read a conjunction printed solid inside a glued token as itself, not as a damaged ک', () => {
    // `شصت` + `و` + `هفتمین`, a compound number written solid: not `شصت` + `کهفت` + `مین`.
    expect(decodeGlyphMap('در شصتوهفتمین سال', { line: 1, lexicon }).text).toBe('در شصتوهفتمین سال')
    // A glued word whose initial ک was printed و is still decoded (`دولت` + `کند`).
    expect(decodeGlyphMap('این دولتوند است', { line: 1, lexicon }).text).toBe('این دولتکند است')
  })

  it('should leave clean text alone', () => {
    const paragraphs = persianParagraphs('ghani-askarian-1400').slice(0, 8)
    let words = 0
    let changed = 0
    for (const [index, paragraph] of paragraphs.entries()) {
      const result = decodeGlyphMap(paragraph, { line: index + 1, lexicon })
      words += tokens(paragraph).length
      changed += result.changes.length
    }
    expect(words).toBeGreaterThan(500)
    expect(changed / words).toBeLessThan(0.01)
  })

  it('should keep a token without a confident reading as printed and report it', () => {
    const result = decodeGlyphMap('این قژغظ است', { line: 7, lexicon })
    expect(result.text).toBe('این قژغظ است')
    expect(result.changes).toEqual([])
    expect(result.unresolved).toEqual([
      expect.objectContaining({ step: 'glyph-map', line: 7, column: 5, token: 'قژغظ' })
    ])
  })

  it('should never invent text: every change is a reading of what was printed', () => {
    const words = [...new Set(persianParagraphs('ghani-askarian-1400').flatMap(tokens))].slice(0, 400)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.integer(), (sample, damageSeed) => {
        const damaged = applyGlyphDamage(sample.join(' '), { random: seededRandom(damageSeed) })
        const result = decodeGlyphMap(damaged, { line: 1, lexicon })
        for (const change of result.changes) {
          const printed = change.before.trim().split(/ +/)
          const single = glyphMapCandidates(printed[0] ?? '').map((reading) => reading.word)
          // A space before the token may be the isolated ژ the default channel loses.
          const readings =
            printed.length === 1
              ? [...single, ...(change.before.startsWith(' ') ? single.map((word) => `ژ${word}`) : [])]
              : [change.after]
          expect(readings).toContain(change.after)
        }
        expect(tokens(result.text).length).toBeLessThanOrEqual(tokens(damaged).length)
      }),
      { seed, numRuns: 60 }
    )
  })
})

describe('detectGlyphMapDamage', () => {
  const lexicon = loadPersianLexicon()
  const source = persianSource

  it('should find the broken-map damage in the 001 source and not in the 000 source', () => {
    const damaged = detectGlyphMapDamage(source('rasooli-sani-1401'), lexicon)
    const clean = detectGlyphMapDamage(source('ghani-askarian-1400'), lexicon)
    expect(damaged.damaged).toBe(true)
    expect(clean.damaged).toBe(false)
    expect(damaged.rate).toBeGreaterThan(5 * clean.rate)
  })

  it('should find synthetic damage and not clean curated text', () => {
    const text = persianParagraphs('ghani-askarian-1400').slice(0, 10).join('\n')
    expect(detectGlyphMapDamage(text, lexicon).damaged).toBe(false)
    expect(detectGlyphMapDamage(applyGlyphDamage(text), lexicon).damaged).toBe(true)
  })
})

describe('prepareGlyphMapDecoder', () => {
  const lexicon = loadPersianLexicon({ exclude: ['ghani-askarian-1400'] })
  const paragraphs = persianParagraphs('ghani-askarian-1400').slice(0, 10)

  it('should change nothing in a document without the damage', () => {
    const step = prepareGlyphMapDecoder(paragraphs, { lexicon })
    expect(step.detection.damaged).toBe(false)
    for (const [index, paragraph] of paragraphs.entries()) {
      expect(step(paragraph, { line: index + 1, lexicon })).toEqual({ text: paragraph, changes: [], unresolved: [] })
    }
  })

  it('should decode a damaged document at least as well as line by line', () => {
    const random = seededRandom(seed)
    const damaged = paragraphs.map((paragraph) => applyGlyphDamage(paragraph, { random }))
    const step = prepareGlyphMapDecoder(damaged, { lexicon })
    expect(step.detection.damaged).toBe(true)
    let total = 0
    let lineByLine = 0
    let whole = 0
    paragraphs.forEach((paragraph, index) => {
      const clean = tokens(paragraph.replace(/\u200C/g, ' '))
      const printed = damaged[index] ?? ''
      total += clean.length
      lineByLine += matchedTokens(clean, tokens(decodeGlyphMap(printed, { line: index + 1, lexicon }).text))
      whole += matchedTokens(clean, tokens(step(printed, { line: index + 1, lexicon }).text))
    })
    expect(whole / total).toBeGreaterThan(0.95)
    // The document's counts favour a word it prints elsewhere (`مرزهای`) over a reading known
    // only as an affixed form (`مرزهایش`, a lost ش restored): a rare loss, one token in 500 at most.
    expect(whole).toBeGreaterThanOrEqual(lineByLine - total / 500)
  })
})

describe('prepareGlyphMapDecoder with words the lexicon does not know', () => {
  const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
  const damaged = persianParagraphs('ghani-askarian-1400')
    .slice(0, 6)
    .map((paragraph) => applyGlyphDamage(paragraph, { random: seededRandom(seed) }))

  it('should read a damaged copy of a name the document prints again and again as that name', () => {
    // A made-up name printed intact four times, and once with a kashida printed as ی.
    const name = 'فالکنر'
    expect(wordList.has(name)).toBe(false)
    const lines = [...damaged, ...Array.from({ length: 4 }, () => `به نظر ${name} این درست است`), 'به نظر فالیکنر این درست است']
    const step = prepareGlyphMapDecoder(lines, { lexicon: wordList })
    expect(step.detection.damaged).toBe(true)
    expect(step(lines.at(-1) ?? '', { line: lines.length, lexicon: wordList }).text).toBe(`به نظر ${name} این درست است`)
    // Line by line the document's evidence is missing: the damaged copy stays as printed.
    expect(decodeGlyphMap('به نظر فالیکنر این درست است', { line: 1, lexicon: wordList }).text).toBe('به نظر فالیکنر این درست است')
  })

  it('should let a word the document reads with confidence outweigh a rare headword that a kashida printed as ی makes', () => {
    // `خطیر` is a headword of the list, and `خطر` with a kashida after ط; the document prints `خطر` twice.
    expect(wordList.isHeadword?.('خطیر')).toBe(true)
    // Other words around each, so that no word pair speaks for it.
    const lines = [...damaged, 'این خطر بزرگ است', 'آن خطر جدی بود', 'یک خطیر تازه']
    const step = prepareGlyphMapDecoder(lines, { lexicon: wordList })
    expect(step(lines.at(-1) ?? '', { line: lines.length, lexicon: wordList }).text).toBe('یک خطر تازه')
  })

  it('should not take a damaged form printed again and again for a word when it reads as a known word', () => {
    const lines = [...damaged, ...Array.from({ length: 5 }, () => 'این وشور بزرگ است')]
    const step = prepareGlyphMapDecoder(lines, { lexicon: wordList })
    expect(step(lines.at(-1) ?? '', { line: lines.length, lexicon: wordList }).text).toBe('این کشور بزرگ است')
  })
})

describe('decodeGlyphMap on text without spaces', () => {
  const run = 'دولتهایمنطقهدربرابرتهدیدموازنهمیکنند'

  it('should decode a line of sixty thousand words in time linear in its length', () => {
    // Every edit of the line copied the whole line once, and the spaces before each token were found by a pattern over all the text before it (quadratic: 24.5 s here before, 0.7 s after).
    const lexicon = loadPersianLexicon()
    const words = ['سیاسیت', 'اییران', 'شیدند', 'ایران', 'بزرگ', 'در', 'و']
    const line = Array.from({ length: 60_000 }, (_, index) => words[index % words.length] as string).join(' ')
    const started = performance.now()
    const result = decodeGlyphMap(line, { line: 1, lexicon })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(result.text.split(' ')).toHaveLength(60_000)
    expect(result.changes.length).toBeGreaterThan(0)
  })

  it('should read the letters of tokens in doubt only about a lost glyph in time linear in their number', () => {
    // Each such token sums the posteriors of the readings over it alone, not of the whole chain's
    // (summed over the chain: 18 s for half this line; over the token: 1.7 s).
    const wordList = loadPersianLexicon({ exclude: persianLexiconArticles })
    const line = Array.from({ length: 40_000 }, () => 'متایدان   پس').join(' ')
    const started = performance.now()
    const result = decodeGlyphMap(line, { line: 1, lexicon: wordList })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(result.text.split('متحدان')).toHaveLength(40_001)
  })

  it('should keep a token longer than any word as printed, report it and stay linear', () => {
    const lexicon = loadPersianLexicon()
    const token = run.repeat(2000)
    const line = `دولت‌ها ${token} موازنه`
    const started = performance.now()
    const result = decodeGlyphMap(line, { line: 3, lexicon })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(result.text).toBe(line)
    expect(result.unresolved).toContainEqual({
      step: 'glyph-map',
      line: 3,
      column: 9,
      token,
      reason: `${token.length} letters without a space: longer than any word, not decoded`
    })
    expect(glyphMapCandidates(token)).toEqual([{ word: token, channelLogProbability: 0, edits: 0, kashida: 0, restoresFinalGlyph: false }])
  })

  it('should still decode a token of a word length', () => {
    expect(glyphMapCandidates(run).length).toBeGreaterThan(1)
  })
})

describe('decodeGlyphMap with the kashida share of each line', () => {
  // A small lexicon: `شیدند` is a word, rarer than `شدند`, which a kashida printed as ی turns into it.
  const counts = new Map([['آنها', 5], ['در', 9], ['سیاست', 4], ['ایران', 6], ['تبدیل', 2], ['شدند', 3], ['شیدند', 0], ['و', 9], ['بزرگ', 2], ['هستند', 2]])
  const lexicon = lexiconOfCounts(counts)
  const stretched = 'آنها در سیاسیت اییران تبدیل شیدند و بیزرگ هسیتند'
  const loose = 'آنها در سیاست ایران تبدیل شیدند و بزرگ هستند'

  it('should read a known word as a kashida reading on a line stretched with kashida, and keep it on a loose line', () => {
    const decode = createGlyphMapDecoder({ kashidaShare: 0.1 })
    expect(decode(stretched, { line: 1, lexicon }).text).toBe('آنها در سیاست ایران تبدیل شدند و بزرگ هستند')
    expect(decode(loose, { line: 2, lexicon }).text).toBe(loose)
  })

  it('should weigh kashida alike on every line without the document share', () => {
    expect(decodeGlyphMap(stretched, { line: 1, lexicon }).text).toBe('آنها در سیاست ایران تبدیل شیدند و بزرگ هستند')
    expect(decodeGlyphMap(loose, { line: 2, lexicon }).text).toBe(loose)
  })
})

describe('kashida evidence of a run', () => {
  // `شیدند` is a word, rarer than `شدند`, which a kashida printed as ی turns into it.
  const counts = new Map([['آنها', 5], ['در', 9], ['سیاست', 4], ['ایران', 6], ['تبدیل', 2], ['شدند', 3], ['شیدند', 0], ['و', 9], ['بزرگ', 2], ['هستند', 2]])
  const lexicon = lexiconOfCounts(counts)

  it('should measure a positive ratio where kashida stretches the words of a run together', () => {
    // Runs with two stretched words and a known word with ی, and loose runs with that word.
    const lines = Array.from({ length: 12 }, () => 'سیاسیت اییران شیدند      ایران بزرگ شیدند')
    const ratio = kashidaRunEvidence(lines, defaultGlyphChannel, lexicon)
    expect(ratio).toBeDefined()
    expect(ratio as number).toBeGreaterThan(0.5)
  })

  it('should measure no positive ratio where each run has one stretched word', () => {
    const lines = Array.from({ length: 12 }, () => 'سیاسیت ایران شیدند      اییران بزرگ شیدند')
    expect(kashidaRunEvidence(lines, defaultGlyphChannel, lexicon) as number).toBeLessThanOrEqual(0)
  })

  it('should measure nothing on a short document or without kashida in the map', () => {
    expect(kashidaRunEvidence(['سیاسیت اییران شیدند      ایران بزرگ شیدند'], defaultGlyphChannel, lexicon)).toBeUndefined()
    const lines = Array.from({ length: 12 }, () => 'سیاسیت اییران شیدند      ایران بزرگ شیدند')
    expect(kashidaRunEvidence(lines, { ...defaultGlyphChannel, kashidaAsYeh: false }, lexicon)).toBeUndefined()
  })

  it('should read a known word as its kashida reading in a stretched run only', () => {
    // One line, two runs: the first holds a stretched word (`سیاسیت`), the second none. The line's
    // share equals the document's, so the line alone moves nothing.
    const line = 'آنها در سیاسیت تبدیل شیدند      و بزرگ شیدند هستند'
    const withRuns = createGlyphMapDecoder({ kashidaShare: 1 / 8, kashidaRunRatio: Math.log(5) })
    expect(withRuns(line, { line: 1, lexicon }).text).toBe('آنها در سیاست تبدیل شدند      و بزرگ شیدند هستند')
    const withoutRuns = createGlyphMapDecoder({ kashidaShare: 1 / 8 })
    expect(withoutRuns(line, { line: 1, lexicon }).text).toBe('آنها در سیاست تبدیل شیدند      و بزرگ شیدند هستند')
  })
})

describe('decodeGlyphMap with pieces of a word split across runs', () => {
  const counts = new Map([['ائتلاف', 3], ['ایران', 9], ['و', 9], ['روسیه', 6], ['که', 9], ['آیا', 3], ['تسلیحات', 2], ['صادرات', 2], ['در', 9], ['مورد', 3]])
  const lexicon = lexiconOfCounts(counts)

  it('should give each piece its part of the word the two read as together', () => {
    // `ائتلاف` printed with a kashida ی, broken between two runs at the two ends of the line.
    const result = decodeGlyphMap('ف ایران و روسیه که آیا ائیتلا', { line: 1, lexicon })
    expect(result.text).toBe('ف ایران و روسیه که آیا ائتلا')
    expect(result.changes).toEqual([expect.objectContaining({ before: 'ائیتلا', after: 'ائتلا', note: expect.stringContaining('`ائتلاف`') })])
    expect(result.unresolved.map((token) => token.token)).not.toContain('ائیتلا')
  })

  it('should decode both pieces where each is damaged', () => {
    // `تسلیحات`: a kashida after س in the first piece, ح printed ا in the second.
    expect(decodeGlyphMap('لیاات در مورد صادرات تسی', { line: 1, lexicon }).text).toBe('لیحات در مورد صادرات تس')
  })

  it('should read a piece whose own readings tie as part of the word it makes with another piece', () => {
    // Made-up words: `بیسیت` alone reads `بسیت` or `بیست` alike (one of its two ی is a kashida);
    // with the letter `ن` printed apart it makes only `بیستن`.
    const tied = new Map([['بسیت', 1], ['بیست', 1], ['بیستن', 3], ['روسیه', 6], ['پس', 4], ['از', 9]])
    const small: PersianLexicon = { size: tied.size, has: (word) => tied.has(word), frequency: (word) => tied.get(word) ?? 0, bigram: () => 0 }
    expect(decodeGlyphMap('روسیه پس از بیسیت', { line: 1, lexicon: small }).unresolved).toEqual([expect.objectContaining({ token: 'بیسیت' })])
    const result = decodeGlyphMap('ن روسیه پس از بیسیت', { line: 1, lexicon: small })
    expect(result.text).toBe('ن روسیه پس از بیست')
    expect(result.unresolved).toEqual([])
  })

  it('should decode a piece even where its part reads as two known words printed together', () => {
    // `ایرا` (of `ایران`) is also `ای` + `را`; run order keeps the pieces of a split word whole
    // (`completesSplitWord`), so the piece is decoded like any other.
    const words = new Map([['ایران', 9], ['ای', 2], ['را', 9], ['گرایش', 2], ['این', 9], ['کشور', 5], ['به', 9], ['روسیه', 6], ['سیاست', 4], ['خارجی', 3]])
    const small: PersianLexicon = { size: words.size, has: (word) => words.has(word), frequency: (word) => words.get(word) ?? 0, bigram: () => 0 }
    const line = 'ن، گرایش این کشور به روسیه      سیاست خارجی اییرا'
    expect(decodeGlyphMap(line, { line: 1, lexicon: small }).text).toBe('ن، گرایش این کشور به روسیه      سیاست خارجی ایرا')
  })

  it('should leave pieces as printed where a piece could pair with two others', () => {
    const line = 'ف ایران و ف روسیه که آیا ائیتلا'
    expect(decodeGlyphMap(line, { line: 1, lexicon }).text).toBe(line)
  })

  it('should not pair the pieces of a line with more of them than a printed line holds', () => {
    // Sixty made-up unknown tokens with no reading: every pair of pieces would be tried.
    const filler = Array.from({ length: 60 }, (_, index) => `ظض${'صطظ'[index % 3] as string}${'ضصط'[Math.floor(index / 3) % 3] as string}ظ${String.fromCharCode(0x0636 + (Math.floor(index / 9) % 2))}`)
    const line = `ف ایران و روسیه که آیا ائیتلا ${filler.join(' ')}`
    expect(decodeGlyphMap(line, { line: 1, lexicon }).changes.filter((change) => change.before === 'ائیتلا')).toEqual([])
    expect(decodeGlyphMap('ف ایران و روسیه که آیا ائیتلا', { line: 1, lexicon }).text).toBe('ف ایران و روسیه که آیا ائتلا')
  })

  it('should leave pieces as printed where the word needs no decoding', () => {
    const line = 'ف ایران و روسیه که آیا ائتلا'
    const result = decodeGlyphMap(line, { line: 1, lexicon })
    expect(result.text).toBe(line)
    expect(result.changes).toEqual([])
  })
})

describe('prepareGlyphMapDecoder with the spacing of each printed type', () => {
  // `میان` and `میانۀ` are both words; `وشور` is `کشور` with its initial ک printed و (the damage the detector needs).
  const counts = new Map([['میان', 20], ['میانۀ', 5], ['میانه', 5], ['در', 9], ['دو', 5], ['سه', 3], ['کشور', 5], ['این', 9], ['است', 9]])
  const lexicon = lexiconOfCounts(counts)
  const wideGap = 'این است در میان  دو وشور'

  it('should keep a type the document prints nearly always with one space after it, even before a wide gap', () => {
    const lines = ['در میان دو وشور', 'در میان سه وشور', 'در میان دو وشور', 'در میان سه وشور', wideGap]
    expect(prepareGlyphMapDecoder(lines, { lexicon })(wideGap, { line: 5, lexicon }).text).toBe('این است در میان  دو کشور')
  })

  it('should read a lost final glyph before a wide gap where the document shows nothing else of the type', () => {
    const lines = ['در دو وشور', 'در سه وشور', 'در دو وشور', 'در سه وشور', wideGap]
    expect(prepareGlyphMapDecoder(lines, { lexicon })(wideGap, { line: 5, lexicon }).text).toBe('این است در میانۀ دو کشور')
  })

  it('should not count one space as evidence where spacing evidence is off (normalized spacing)', () => {
    // A weak pair count for `در میانۀ` tips the reading; evidence from one-space types would tip it back.
    const withPair: PersianLexicon = { ...lexicon, bigram: (first, second) => (first === 'در' && second === 'میانۀ' ? 0.15 : 0) }
    const lines = ['در میان دو وشور', 'در میان سه وشور', 'در میان دو وشور', 'در میان سه وشور', wideGap]
    const step = prepareGlyphMapDecoder(lines, { lexicon: withPair }, { spacingEvidence: false })
    expect(step(wideGap, { line: 5, lexicon: withPair }).text).toBe('این است در میانۀ دو کشور')
  })
})
