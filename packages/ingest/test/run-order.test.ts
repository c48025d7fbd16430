import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadPersianLexicon, repairLines, restoreRunOrder, splitRawLines } from '../src/index.js'
import { readCurated, readSource } from '../scripts/corpus-entries.js'
import { completesSplitWord, compoundJoinsAcrossRuns, compoundsByFirstWord, pieceCut, pluralSplitPoint, runTriples, tripleEvidence, prefixRulesOut, splitPoint, wordSpacing } from '../src/lib/repair/run-order.js'
import { DocumentCounts } from '../src/lib/repair/document-counts.js'
import { splitAtoms } from '../src/lib/repair/atoms.js'
import type { PersianLexicon } from '../src/index.js'
import { visualDocument } from './helpers/visual-document.js'


describe('run order: glued runs', () => {
  it('should cut a glued word that is unknown as a whole where two runs meet in a visual-order document', () => {
    // `باشندمنافع` is two runs printed without a gap; no pair evidence joins them.
    const document = [...visualDocument, 'و  باشندمنافع    دولت‌ها']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe('دولت‌ها منافع باشند و')
  })

  it('should cut a glued word where three runs touch (a known word, then a rest that cuts into two known words)', () => {
    const document = [...visualDocument, 'متکی هستند امنیتباشندکشورها باید به خود']
    const words = (restoreRunOrder(document)[document.length - 1]?.text ?? '').split(' ')
    expect(words).toContain('امنیت')
    expect(words).not.toContain('امنیتباشندکشورها')
  })

  it('should leave a glued word alone in a document that is not in visual order', () => {
    const document = [...(visualDocument.slice(0, 2)), 'کشورها باید به باشندمنافع و']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe('کشورها باید به باشندمنافع و')
  })
})

describe('run order: runs printed word by word backwards', () => {
  it('should read a fully word-reversed line backwards, its full stop at the end', () => {
    const document = [...visualDocument, '.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe('کشورها باید به خود متکی باشند و امنیت خود را تأمین کنند.')
    expect(results[document.length - 1]?.changes[0]?.note).toMatch(/backwards/)
  })

  it('should not take the pairs a word-reversed line prints as evidence for its printed order', () => {
    // The reading-order pairs of the last line are seen once elsewhere; its printed pairs only in itself.
    const document = [...visualDocument, 'سیاست خارجی ایران نتیجه عوامل بسیاری است.', '.است بسیاری عوامل نتیجه ایران خارجی سیاست']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe('سیاست خارجی ایران نتیجه عوامل بسیاری است.')
  })

  it('should read a line backwards that stands between word-reversed lines, with no pair evidence of its own', () => {
    // The middle line's words are seen nowhere else: only its neighbours say how the block was written.
    const block = ['.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها', 'چهارم سوم دوم یکم', '.کنند دنبال را خود منافع و هستند متکی خود به امنیت تأمین برای دولت‌ها']
    const document = [...visualDocument, ...block]
    const results = restoreRunOrder(document)
    expect(results[document.length - 2]?.text).toBe('یکم دوم سوم چهارم')
    // Out of such a block, the same line stays as printed.
    const alone = [...visualDocument, block[1] as string]
    expect(restoreRunOrder(alone)[alone.length - 1]?.text).toBe('چهارم سوم دوم یکم')
  })

  it('should read a short run between wide gaps backwards in a word-reversed block where no pair holds it forward', () => {
    // `امنیت منافع`: two words one space apart that no other line prints together either way.
    const block = ['.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها', 'کشورها  امنیت منافع  متکی', '.کنند دنبال را خود منافع و هستند متکی خود به امنیت تأمین برای دولت‌ها']
    const document = [...visualDocument, ...block]
    expect(restoreRunOrder(document)[document.length - 2]?.text).toBe('متکی منافع امنیت کشورها')
  })

  it('should take lines written one word per run (wide gaps between all words) as word-reversed neighbours', () => {
    // Each word of the outer lines is a run of its own: read as runs reversed, not as one run backwards.
    const gapped = (line: string): string => line.split(' ').join('   ')
    const block = [gapped('.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها'), 'چهارم سوم دوم یکم', gapped('.کنند دنبال را خود منافع و هستند متکی خود به امنیت تأمین برای دولت‌ها')]
    const document = [...visualDocument, ...block]
    const results = restoreRunOrder(document)
    expect(results[document.length - 3]?.text).toBe('کشورها باید به خود متکی باشند و امنیت خود را تأمین کنند.')
    expect(results[document.length - 2]?.text).toBe('یکم دوم سوم چهارم')
  })

  it('should not take lines of many short runs read as printed for word-reversed neighbours', () => {
    // The outer lines print runs of one or two words, reversed, at wide gaps of varied width
    // (a justified line); their words at the line's word spacing (one space) stay in order.
    const block = ['تأمین کنند.  خود را    امنیت و     متکی باشند   به خود      کشورها باید', 'یکم دوم سوم چهارم', 'دنبال می‌کنند.   خود را  و منافع     متکی هستند    به خود      دولت‌ها برای تأمین امنیت']
    const document = [...visualDocument, ...block]
    const results = restoreRunOrder(document)
    expect(results[document.length - 3]?.text).toBe('کشورها باید به خود متکی باشند و امنیت خود را تأمین کنند.')
    expect(results[document.length - 2]?.text).toBe('یکم دوم سوم چهارم')
  })

  it('should not take lines of letter pieces and damaged words for word-reversed neighbours', () => {
    // Each piece is a run of its own whichever way its line was written: with a lexicon, pairs of words it does not know are no evidence.
    const words = new Set([...visualDocument.join(' ').split(/[\s.]+/), 'یکم', 'دوم', 'سوم', 'چهارم'])
    const lexicon: PersianLexicon = { size: words.size, has: (word) => words.has(word), frequency: () => 0, bigram: () => 0 }
    const pieces = 'ؤ   ثری  ۀلئ   مس   یها   ـ'
    const document = [...visualDocument, pieces, 'یکم دوم سوم چهارم', pieces]
    expect(restoreRunOrder(document, { lexicon })[document.length - 2]?.text).toBe('یکم دوم سوم چهارم')
  })

  it('should not take a short line for a word-reversed neighbour', () => {
    const document = [...visualDocument, 'می را', 'چهارم سوم دوم یکم', 'می را']
    expect(restoreRunOrder(document)[document.length - 2]?.text).toBe('چهارم سوم دوم یکم')
  })

  it('should read the rest of a line backwards at the edge of a word-reversed block when part of it already reads backwards', () => {
    // The last line: a run with pair evidence read backwards, and one with none; the line above is word-reversed.
    const edge = 'چهارم سوم دوم یکم   .کنند تأمین را خود امنیت'
    const document = [...visualDocument, '.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها', edge]
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('امنیت خود را تأمین کنند. یکم دوم سوم چهارم')
    const alone = [...visualDocument, edge]
    expect(restoreRunOrder(alone)[alone.length - 1]?.text).toBe('امنیت خود را تأمین کنند. چهارم سوم دوم یکم')
  })

  it('should read one run backwards and keep the others as printed', () => {
    const document = [...visualDocument, 'دنبال می‌کنند.   را خود منافع    و    کشورها باید به خود متکی باشند']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe('کشورها باید به خود متکی باشند و منافع خود را دنبال می‌کنند.')
  })

  it('should not read runs backwards in a document that is not in visual order', () => {
    const document = [...visualDocument.slice(0, 2), 'کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.text).toBe(document[document.length - 1])
  })
})

describe('run order: invariants in a visual-order document', () => {
  it('should never add or lose letters, whatever runs it cuts or reads backwards', () => {
    const letters = (value: string): string => [...value.replace(/[^\p{L}]/gu, '')].sort().join('')
    fc.assert(
      fc.property(fc.array(fc.constantFrom('کشورها', 'باید', 'به', 'خود', 'متکی', 'باشند', 'و', 'ها', '.', '،', '(', ')', 'Walt, 1987', '12', ' ', '  '), { maxLength: 16 }), (parts) => {
        const line = parts.join(' ')
        const results = restoreRunOrder([...visualDocument, line])
        return letters(results[visualDocument.length]?.text ?? '') === letters(line)
      }),
      { seed: 11, numRuns: 150 }
    )
  })
})

describe('run order: uncertain orders', () => {
  it('should report the words of an order no evidence decides, with their line and column', () => {
    // `را خود` was never seen, `خود را` was: whether the line is one run or is read backwards is a guess.
    const document = [...visualDocument, 'امنیت را خود']
    const results = restoreRunOrder(document)
    const unresolved = results[document.length - 1]?.unresolved ?? []
    expect(unresolved.length).toBeGreaterThan(0)
    expect(unresolved[0]).toMatchObject({ step: 'run-order', line: document.length })
    expect(unresolved[0]?.reason).toMatch(/uncertain word order/)
    // The reading chosen (backwards, by `خود را`), as the report prints it.
    expect(unresolved[0]).toMatchObject({ column: 1, token: 'خود را امنیت' })
  })

  it('should not report a reordering the document supports clearly', () => {
    const document = [...visualDocument, '.کنند   امنیت خود را تأمین    و    کشورها باید به خود متکی باشند']
    const results = restoreRunOrder(document)
    expect(results[document.length - 1]?.unresolved).toEqual([])
  })
})

describe('run order: the next line', () => {
  it('should end a line with the word the next line leads on from', () => {
    // Alone, the line's three runs give no clue; the next line reads `را دنبال کنند.`, and `خود را` is a pair seen before.
    const line = 'امنیت  خود  تأمین'
    expect(restoreRunOrder([...visualDocument, line])[visualDocument.length]?.text).toBe('خود تأمین امنیت')
    expect(restoreRunOrder([...visualDocument, line, '.کنند   دنبال  را'])[visualDocument.length]?.text).toBe('تأمین امنیت خود')
  })
})

describe('run order: marks inside runs', () => {
  it('should not cut after a comma glued to its word inside a run', () => {
    const document = [...visualDocument, 'منافع خود    در این شرایط، کشورها']
    expect(restoreRunOrder(document)[visualDocument.length]?.text).toBe('در این شرایط، کشورها منافع خود')
  })

  it('should keep a mirrored bracket pair around Persian words inside its run (`)…(`: drawn in one go)', () => {
    const lexicon = loadPersianLexicon()
    const document = [...visualDocument, 'خود متکی هستند.     دولت‌ها برای تأمین امنیت )در شرایط بحران( به']
    expect(restoreRunOrder(document, { lexicon })[visualDocument.length]?.text).toBe('دولت‌ها برای تأمین امنیت )در شرایط بحران( به خود متکی هستند.')
  })

  it('should never read a run holding a mirrored bracket pair word by word backwards, nor cut after a mark glued to its bracket', () => {
    // Word-reversed lines otherwise: the bracketed words were drawn in one go, in reading order.
    const reversed = [...visualDocument, '.کنند تأمین را خود امنیت )در این شرایط( کشورها']
    expect(restoreRunOrder(reversed)[reversed.length - 1]?.text).toContain(')در این شرایط(')
    const withComma = [...visualDocument, 'کنند تأمین را خود امنیت )شرایط این در(، کشورها باید']
    expect(restoreRunOrder(withComma)[withComma.length - 1]?.text).toContain(')شرایط این در(، کشورها باید')
  })

  it('should never keep a number glued in front of a Persian word in one run (digits are a left-to-right run of their own)', () => {
    const document = [...visualDocument, 'هستند   متکی  خود به 2020دولت‌ها برای تأمین امنیت']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('دولت‌ها برای تأمین امنیت 2020 به خود متکی هستند')
  })

  it('should never keep a Latin citation glued in front of a Persian word in one run (Latin text is a left-to-right run of its own)', () => {
    const document = [...visualDocument, 'هستند   متکی  خود به Waltz, 1979: 20دولت‌ها برای تأمین امنیت']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('دولت‌ها برای تأمین امنیت Waltz, 1979: 20 به خود متکی هستند')
  })

  it('should still cut at brackets that are not a mirrored pair glued to Persian words', () => {
    // Unmirrored brackets come out reversed with their runs; a mirrored pair around a Latin citation is drawn apart from it.
    for (const line of ['خود متکی هستند.     دولت‌ها برای تأمین امنیت (در شرایط بحران) به', 'خود متکی هستند.     دولت‌ها برای تأمین امنیت )Waltz, 1979( به']) {
      const text = restoreRunOrder([...visualDocument, line])[visualDocument.length]?.text ?? ''
      expect(text).not.toMatch(/امنیت [()]/)
    }
  })
})

describe('run order: full stops in visual order', () => {
  it('should never read a full stop printed at the front of a word before that word (it ends the run drawn to its right)', () => {
    // `.باید … باشند` is a run whose stop was drawn at its left end: the stop follows `باشند`, not `منافع`.
    const document = [...visualDocument, 'و امنیت خود را    .باید به خود متکی باشند    دولت‌ها برای تأمین منافع']
    const text = restoreRunOrder(document)[visualDocument.length]?.text ?? ''
    expect(text).not.toMatch(/منافع\s*\.\s*باید/)
    expect(text).toBe('دولت‌ها برای تأمین منافع باید به خود متکی باشند. و امنیت خود را')
  })

  it('should give the full stop to the word that ends sentences elsewhere in the document, where two single-space cuts tie', () => {
    // `.ها … آن`: one run cut at a single space; `شود` ends sentences elsewhere, `منطقه` never does.
    const document = [...visualDocument, 'این موضوع باید بررسی شود. امنیت منطقه مهم است و', 'همکاری در منطقه باید بررسی شود. این موضوع مهم است و', '.ها به منطقه باید بررسی شود شاید ورود آن']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('شاید ورود آن ها به منطقه باید بررسی شود.')
  })

  it('should let a word that ends most of its sentences take the full stop against a frequent pair that would hold it in its run', () => {
    // `است که` is a frequent pair, but `است` ends most of its sentences here: the runs are cut between the two.
    const context = ['امنیت مهم است. این روشن است که منافع مهم است.', 'همکاری ممکن است. گفته شده است که امنیت لازم است.', 'این راه ممکن است و منافع کشورها روشن است.']
    // The line before ends on `روشن است` with no full stop: its sentence goes on (`روشن است که …`).
    const document = [...visualDocument, ...context, 'این کار ممکن است. امنیت روشن است.', 'همکاری کشورها روشن است', 'در این شرایط کشورها   . ممکن است که امنیت فقط با همکاری']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('که امنیت فقط با همکاری ممکن است. در این شرایط کشورها')
  })

  it('should read the word before a citation printed mirrored with its full stop (`).Waltz, 1979: 1(`) as ending the sentence', () => {
    // `باشندامنیت`: two runs that touch; `باشند` ends sentences in this document, so it goes before the citation.
    const document = [...visualDocument, 'این کشورها باید متکی باشند. امنیت مهم است.', 'در این شرایط ).Waltz, 1979: 1( باشندامنیت کشورها و منافع']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toMatch(/^امنیت کشورها و منافع باشند \(Waltz, 1979: 1/)
  })

  it('should read a closing bracket printed glued to a full stop as ending the sentence: the word after it starts one', () => {
    // `در` starts sentences in this document; `).Waltz … 33(` is a citation whose bracket and stop close the sentence.
    const document = [...visualDocument, 'دولت‌ها باید به خود متکی باشند. در این شرایط امنیت مهم است.', 'کشورها منافع خود را دنبال می‌کنند. در این موضوع امنیت مهم است.', ' در این شرایط   ).Waltz, 1979: 33(کنند   تأمین می   امنیت را   دولت‌ها']
    const text = restoreRunOrder(document)[document.length - 1]?.text ?? ''
    expect(text).toMatch(/^دولت‌ها امنیت را تأمین می ?کنند \(Waltz, 1979: 33\.?\)\.? در این شرایط$/)
  })

  it('should not take the full stop a line prints after a word as evidence that the word ends sentences', () => {
    // `همکاری` is printed three times elsewhere, never before a full stop: the stop glued to it
    // here is the stop of the run to its right (`متکی باشند.`), drawn at that run's left end.
    const document = [...visualDocument, 'همکاری دو کشور ادامه دارد و', 'این همکاری در منطقه مهم است و', 'همکاری میان دولت‌ها ادامه دارد و', 'در این شرایط همکاری.  به خود متکی باشند']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('به خود متکی باشند. در این شرایط همکاری')
  })

  it('should start the line after a line that ends on its full stop with a word that starts sentences, not with the pair across the stop', () => {
    // The line before ends on `هستند.`; `در` starts sentences in this document, and `هستند همکاری`
    // is a pair printed elsewhere, which the full stop parts here: the single-space cut before `در` is taken.
    const context = [
      'امنیت مهم است. در این شرایط همکاری مهم است. در این راه کشورها متکی هستند.',
      'منافع روشن است. در این موضوع امنیت مهم است. در این شرایط همکاری مهم است.',
      'کشورها متکی هستند همکاری در این راه لازم است و هستند همکاری در منطقه'
    ]
    const document = [...visualDocument, ...context, '.هستند   متکی    دولت‌ها برای تأمین امنیت به خود', 'مهم است.   همکاری در این شرایط']
    const results = restoreRunOrder(document)
    expect(results[document.length - 2]?.text).toBe('دولت‌ها برای تأمین امنیت به خود متکی هستند.')
    expect(results[document.length - 1]?.text).toBe('در این شرایط همکاری مهم است.')
  })

  it('should start the line after the last line of a paragraph with a word that starts sentences, whatever that line\'s reading ends on', () => {
    // `هستند.2` is the short last line of a paragraph (its reading ends on a footnote number, not
    // on its full stop): the next line starts a sentence all the same, with `در`, which starts sentences here.
    const context = [
      'امنیت مهم است. در این شرایط همکاری مهم است. در این راه کشورها متکی هستند.',
      'منافع روشن است. در این موضوع امنیت مهم است. در این شرایط همکاری مهم است.',
      'کشورها متکی هستند همکاری در این راه لازم است و هستند همکاری در منطقه',
      'دولت‌ها برای تأمین امنیت به خود متکی هستند و منافع خود را دنبال می‌کنند.',
      'کشورها باید به خود متکی باشند و امنیت خود را تأمین کنند و همکاری کنند.'
    ]
    const document = [...visualDocument, ...context, 'دولت‌ها متکی هستند.2', 'مهم است.   همکاری در این شرایط']
    const results = restoreRunOrder(document)
    expect(results[document.length - 2]?.text).toBe('دولت‌ها متکی هستند.2')
    expect(results[document.length - 1]?.text).toBe('در این شرایط همکاری مهم است.')
  })

  it('should cut after a full stop glued to a word that seldom ends sentences (the stop of the next run)', () => {
    // `هستند` ends sentences in this document, `خود` does not: `خود. هستند` is two runs.
    const document = [...visualDocument, 'کشورها باید به خود. هستند  متکی']
    expect(restoreRunOrder(document)[visualDocument.length]?.text.replace(/\./g, '')).toBe('متکی هستند کشورها باید به خود')
  })
})

describe('run order: prefixes, suffixes and full stops at run edges', () => {
  it('should not read a verbal prefix before a suffix (`می|ها`), even where the lexicon knows them glued', () => {
    const lexicon = loadPersianLexicon()
    const line = 'ها و مقاله کنیم با نگاهی به کتاب در اینجا موضوع را مرور می'
    const text = restoreRunOrder([...visualDocument, line], { lexicon })[visualDocument.length]?.text ?? ''
    expect(text).toMatch(/مرور می کنیم/)
    expect(text).not.toMatch(/می\s*ها/)
  })

  it('should not join a suffix printed apart to a preposition as to a word the lexicon does not know with it (`به|های`)', () => {
    // `های` starts the run printed first; the run before it in reading order is `کتاب شهر به` read backwards, not `به` glued to the suffix.
    const document = [...visualDocument, 'آنان کتاب‌های بزرگ را دیدند.', 'ما به شهر رفتیم.', 'های بزرگ را دیدند    کتاب شهر به']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('به شهر کتاب های بزرگ را دیدند')
  })

  it('should not start a line with a plural and clitic printed apart (`هاست`): it is bound to the word before it', () => {
    const document = [...visualDocument, 'هاست و ما این دلیل اصلی آن']
    const text = restoreRunOrder(document)[document.length - 1]?.text ?? ''
    expect(text.startsWith('هاست')).toBe(false)
    expect(text).toContain('آن هاست')
  })

  it('should rule out a verbal prefix before a word the lexicon knows only without it, inside a run as across a cut (`نمی|بودن`)', () => {
    const words = new Set([...visualDocument.join(' ').split(/[\s.]+/), 'می‌کنند', 'کنند', 'بودن', 'گزارش', 'محرمانه', 'تشویق', 'دولت'])
    const lexicon: PersianLexicon = { size: words.size, has: (word) => words.has(word), frequency: () => 0, bigram: () => 0 }
    const counts = new DocumentCounts(visualDocument, lexicon)
    expect(prefixRulesOut('نمی', 'بودن', counts)).toBe(true)
    expect(prefixRulesOut('می', 'کنند', counts)).toBe(false)
    // A word the lexicon does not know keeps the benefit of the doubt; only a prefix rules out anything.
    expect(prefixRulesOut('نمی', 'گیرند', counts)).toBe(false)
    expect(prefixRulesOut('دولت', 'بودن', counts)).toBe(false)
    // The same misread junction `نمی بودن` on three lines vouches for itself in the others but for the rule.
    const printed = 'بودن گزارش   کنند. دولت تشویق محرمانه نمی'
    const document = [...visualDocument, printed, printed, printed, 'محرمانه بودن گزارش را دنبال کنند.']
    for (const result of restoreRunOrder(document, { lexicon }).slice(visualDocument.length, visualDocument.length + 3)) expect(result.text).toBe('نمی کنند. دولت تشویق محرمانه بودن گزارش')
  })

  it('should never read a verbal prefix printed apart before a mark (`می «`): its verb follows it', () => {
    const document = [...visualDocument, '« شد جنگ می']
    const text = restoreRunOrder(document)[visualDocument.length]?.text ?? ''
    expect(text).toMatch(/می شد/)
    expect(text.split(' ').sort()).toEqual('« شد جنگ می'.split(' ').sort())
  })

  it('should not join a verbal prefix to a word the lexicon knows only without it (`می|دولت`)', () => {
    // Runs `این رویکرد … جدا می`, `کند` (cut at one space) and `دولت قوی`: the prefix ends its
    // run where a ZWNJ fell, and its verb is `کند` (`می‌کند` is known), not `دولت`.
    const lexicon = loadPersianLexicon()
    const line = 'دولت قوی کند    این رویکرد را از دیگری جدا می'
    expect(restoreRunOrder([...visualDocument, line], { lexicon })[visualDocument.length]?.text).toBe('این رویکرد را از دیگری جدا می کند دولت قوی')
  })

  // Two lines of a corpus source, repaired with a lexicon that leaves out the article's own
  // counts, against its curated text: `آن. کشاند` (a full stop drawn with the run to its right)
  // and `مقاله کنیم … مرور می` (runs broken where a ZWNJ falls, one space apart).
  it('should restore corpus lines whose runs break at a ZWNJ and at a detached full stop, with letters drawn apart, and with a suffix after a full stop', () => {
    const id = 'ghani-askarian-1400'
    const flat = (text: string): string => text.replace(/[\s\u200C]+/g, ' ').trim()
    const curated = flat(readCurated(id))
    const { lines } = repairLines(splitRawLines(readSource(id)), { lexicon: loadPersianLexicon({ exclude: [id] }) })
    // 139 and 174: letters printed before their run (`وردر`, `تالمللی`); 631: `تر` must follow `مهم`, not the full stop.
    for (const number of [198, 352, 139, 174, 631]) expect(curated, `line ${number}`).toContain(flat(lines[number - 1] ?? ''))
  }, 120_000)
})

describe('run order: a line\'s word spacing', () => {
  it('should take the most common gap, the smaller on a tie, and one space when there is none', () => {
    expect(wordSpacing([1, 5, 1, 3, 1, 9])).toBe(1)
    expect(wordSpacing([2, 2, 1, 2, 5])).toBe(2)
    expect(wordSpacing([3, 1, 1, 3])).toBe(1)
    expect(wordSpacing([])).toBe(1)
  })

  it('should always give a gap of the line that no other gap outnumbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 }), (gaps) => {
        const spacing = wordSpacing(gaps)
        const count = (gap: number): number => gaps.filter((other) => other === gap).length
        expect(gaps).toContain(spacing)
        for (const gap of gaps) expect(count(gap)).toBeLessThanOrEqual(count(spacing))
      }),
      { seed: 20261122 }
    )
  })
})

describe('run order: a plural glued where two runs touch', () => {
  // Headwords, and the forms the affix rules would make of them with the plural.
  const headwords = new Set(['همکاری', 'احتمال', 'کشور', 'تنها', 'نهایی'])
  const lexicon: PersianLexicon = {
    size: headwords.size,
    has: (word) => headwords.has(word) || [...headwords].some((headword) => ['ها', 'های', 'هایی'].some((plural) => word === headword + plural)),
    isHeadword: (word) => headwords.has(word),
    frequency: () => 0,
    bigram: () => 0
  }
  const counts = new DocumentCounts([], lexicon)

  it('should cut the plural from a word whose last letter joins the next (written with a ZWNJ, so printed as runs of their own)', () => {
    expect(pluralSplitPoint('همکاریهای', counts)).toBe('همکاری'.length)
    expect(pluralSplitPoint('احتمالها', counts)).toBe('احتمال'.length)
  })

  it('should not cut after a letter that does not join, a headword, a word printed twice or an unknown stem', () => {
    expect(pluralSplitPoint('کشورهای', counts)).toBe(0)
    expect(pluralSplitPoint('تنها', counts)).toBe(0)
    expect(pluralSplitPoint('نهایی', counts)).toBe(0)
    expect(pluralSplitPoint('همکاریهای', new DocumentCounts(['همکاریهای مستقل', 'همکاریهای نظامی'], lexicon))).toBe(0)
    expect(pluralSplitPoint('سیمبلها', counts)).toBe(0)
  })

  it('should read the two runs apart in a visual-order document', () => {
    // `همکاری` ends the run read after `های مستقل برای`, whose first word it touches.
    const document = [...visualDocument, 'همکاری دو کشور ادامه دارد.', 'دولت‌ها به همکاری نیاز دارند.', 'های نظامی است      همکاریهای مستقل برای    دولت']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('دولت های مستقل برای همکاریهای نظامی است')
  })
})

describe('document counts: sentence edges', () => {
  it('should count a word as ending a sentence before a glued full stop and as starting one after it', () => {
    const counts = new DocumentCounts(['امنیت مهم است. دولت‌ها باید متکی باشند.', 'این است و .است', 'دولت‌ها امنیت را تأمین می‌کنند؟ دولت‌ها باید'])
    expect(counts.sentenceEndCount('است')).toBe(1)
    expect(counts.sentenceEndCount('باشند')).toBe(1)
    expect(counts.sentenceEndCount('می‌کنند')).toBe(1)
    // After a stop glued to the word before it and a space; not after a stop printed at a word's front.
    expect(counts.sentenceStartCount('دولت‌ها')).toBe(2)
    expect(counts.sentenceStartCount('امنیت')).toBe(0)
    expect(counts.sentenceStartCount('است')).toBe(0)
    expect(counts.sentenceEndTotal).toBe(3)
    expect(counts.sentenceStartTotal).toBe(2)
  })
})

describe('run order: a compound broken at its ZWNJ', () => {
  // The lexicon knows `پیاده‌روی` only with its ZWNJ; `روی` is also a word of its own (`روی هر میز`).
  const words = new Set([...visualDocument.join(' ').split(/[\s.]+/), 'پیاده', 'روی', 'پیاده‌روی', 'هر', 'روز', 'برای', 'کودکان', 'کتاب', 'میز', 'بود', 'مفید', 'است'])
  const lexicon: PersianLexicon = { size: words.size, has: (word) => words.has(word), frequency: () => 0, bigram: () => 0 }

  it('should read the two halves of a compound the lexicon knows with a ZWNJ together across a single-space cut, against a pair seen elsewhere', () => {
    // `روی هر` is a pair of the document (`کتاب روی هر میز بود`), but `روی` printed first is the
    // run after the ZWNJ of `پیاده‌روی`, drawn left of the run it ends.
    const document = [...visualDocument, 'کتاب روی هر میز بود و', 'روی هر روز برای کودکان پیاده']
    const text = restoreRunOrder(document, { lexicon })[document.length - 1]?.text ?? ''
    expect(text).toContain('پیاده روی')
    expect(text.split(' ').sort()).toEqual('روی هر روز برای کودکان پیاده'.split(' ').sort())
  })

  it('should read a compound the document prints as one whole across a cut, against a misread pair printed on several lines', () => {
    // The document prints `پیاده روی` together four times. Three lines print the phrase
    // `هر روز برای کودکان پیاده‌روی` with the compound's second half drawn left of the run it
    // ends, so each vouches for the misread pair `روی هر` in the others, and the lexicon's ZWNJ
    // form alone (`پیاده‌روی`) ties a single-space cut.
    const compoundLines = ['هر روز برای کودکان پیاده روی مفید است.', 'آنان هر روز برای کودکان پیاده روی کردند.', 'پیاده روی کار آنان بود.', 'کودکان پیاده روی کردند و رفتند.']
    const misread = ['روی هر روز برای کودکان پیاده', 'روی هر روز برای کودکان پیاده', 'روی هر روز برای کودکان پیاده']
    const document = [...visualDocument, ...compoundLines, ...misread]
    for (const result of restoreRunOrder(document, { lexicon }).slice(document.length - misread.length)) expect(result.text).toBe('هر روز برای کودکان پیاده روی')
  })

  it('should take for run-order evidence only the document compounds of content words', () => {
    const firsts = compoundsByFirstWord(new Set(['پیاده روی', 'پیاده رو', 'کشور ها', 'به عنوان', 'می کنند', 'دنباله روی']))
    expect([...firsts.keys()].sort()).toEqual(['دنباله', 'پیاده'])
    expect([...(firsts.get('پیاده') ?? [])].sort()).toEqual(['رو', 'روی'])
  })

  it('should start a run at a compound\'s second part printed apart (`سازی`) and join it to the word it follows, as a suffix', () => {
    // `امنیت‌سازی` is not in the word list; the ZWNJ before `سازی` broke the run, at a single space from the run printed before it.
    const document = [...visualDocument, 'کشورها به امنیت توجه دارند.', 'آنان در منطقه کار کردند و رفتند.', 'و آنان کار کردند سازی در منطقه توجه دارند   کشورها به امنیت']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('کشورها به امنیت سازی در منطقه توجه دارند و آنان کار کردند')
  })

  it('should not join a preposition to the word after it across a cut on the strength of a ZWNJ form (`به‌عنوان`)', () => {
    expect(compoundJoinsAcrossRuns('به', 'عنوان')).toBe(false)
    expect(compoundJoinsAcrossRuns('کشور', 'ها')).toBe(false)
    expect(compoundJoinsAcrossRuns('می', 'کنند')).toBe(false)
    expect(compoundJoinsAcrossRuns('پیاده', 'روی')).toBe(true)
  })
})

describe('run order: a glued word cut where two runs touch', () => {
  const known = new Set(['تا', 'امنیت', 'کشور', 'و', 'ن'])
  const lexicon: PersianLexicon = { size: known.size, has: (word) => known.has(word), frequency: () => 0, bigram: () => 0 }
  // `تا`, `امنیت` and `کشور` are frequent here, and the letter `ن` is printed alone twice (pieces of split words).
  const counts = new DocumentCounts(['تا این امنیت کشور تا آن امنیت کشور', 'تا امنیت کشور تا امنیت کشور تا امنیت کشور ن', 'ن تا'], lexicon)

  it('should cut two known words apart', () => {
    expect(splitPoint('امنیتکشور', counts)).toBe('امنیت'.length)
  })

  it('should cut off the conjunction `و`, the one Persian word of a single letter, before a frequent word', () => {
    expect(splitPoint('وامنیت', counts)).toBe(1)
  })

  it('should not cut off any other single letter, however often it is printed alone (`نتا` is a piece of a word split across runs)', () => {
    expect(splitPoint('نتا', counts)).toBe(0)
  })
})

describe('run order: a wide gap after a mark glued to its word', () => {
  it('should take a gap of two or more spaces after a comma glued to its word for a run boundary, as any wide gap', () => {
    // No pair of the line is seen elsewhere: only the gap tells where the runs meet.
    const document = [...visualDocument, 'آنان کار خود را ادامه دادند،   پس از آن جلسه']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('پس از آن جلسه آنان کار خود را ادامه دادند،')
  })

  it('should keep the line as printed in a document not in visual order', () => {
    const line = 'آنان کار خود را ادامه دادند،   پس از آن جلسه'
    expect(restoreRunOrder([line])[0]?.text).toBe(line)
  })
})

describe('run order: sentence edges inside a run', () => {
  it('should weigh a full stop inside a run by the evidence that its words end and start sentences, as at a junction', () => {
    // `رفتند` ends sentences here and `و`, printed often, never starts one: `رفتند. و` is no run
    // (the cut after the stop costs a single space), and the stop ends the line.
    const context = [
      'مادران و پدران به خانه رفتند. آنان شام خوردند. کودکان و دوستان به خانه رفتند.',
      'مردم و دوستان به خانه رفتند. آنان کار کردند. مادران و پدران به شهر رفتند.',
      'کار و درس و ورزش و بازی مهم است. آنان و دوستان به مدرسه رفتند. کودکان درس خواندند.',
      'پدران و مادران و کودکان به خانه رفتند. آنان و دوستان شاد بودند.',
      'کتاب و دفتر و قلم و کیف آوردند. آنان و دوستان شاد بودند.'
    ]
    const document = [...visualDocument, ...context, 'رفتند. و کودکان به خانه']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('و کودکان به خانه رفتند.')
  })
})

describe('run order: a piece of a word split across runs', () => {
  // `ایرا` cuts into the known words `ای` and `را`; with the piece `ن` it is the known word `ایران`.
  const known = new Set(['ایران', 'ای', 'را', 'و', 'روسیه', 'سیاست', 'خارجی'])
  const lexicon: PersianLexicon = { size: known.size, has: (word) => known.has(word), frequency: () => 0, bigram: () => 0 }
  const counts = new DocumentCounts(['ای را ای را'], lexicon)
  const atomOf = (atoms: ReturnType<typeof splitAtoms>, text: string) => atoms.find((atom) => atom.text === text) as (typeof atoms)[number]

  it('should find the other piece the line prints, glued after or before the word', () => {
    const atoms = splitAtoms('ن و روسیه    سیاست خارجی ایرا')
    expect(completesSplitWord(atomOf(atoms, 'ایرا'), atoms, counts)).toBe(true)
    const before = splitAtoms('یران و روسیه    سیاست خارجی ا')
    expect(completesSplitWord(atomOf(before, 'یران'), before, counts)).toBe(true)
  })

  it('should find no piece where no word of the line completes the word into a known one', () => {
    const atoms = splitAtoms('و روسیه    سیاست خارجی ایرا')
    expect(completesSplitWord(atomOf(atoms, 'ایرا'), atoms, counts)).toBe(false)
  })

  it('should join the pieces across the run boundary instead of cutting the first where two known words meet', () => {
    const document = [...visualDocument, 'سیاست خارجی ای را دنبال می‌کنند.', 'ای را ای را', 'ن و روسیه    سیاست خارجی ایرا']
    expect(restoreRunOrder(document, { lexicon })[document.length - 1]?.text).toBe('سیاست خارجی ایران و روسیه')
  })

  it('should not cut such a piece where two known words meet, but still before a plural written after a ZWNJ (it starts a run of its own)', () => {
    const atoms = splitAtoms('ن و روسیه    سیاست خارجی ایرا')
    expect(pieceCut(atomOf(atoms, 'ایرا'), atoms, counts)).toBe(0)
    const plural = new Set(['شکل', 'شکلها', 'کل', 'ها'])
    const pluralLexicon: PersianLexicon = { size: plural.size, has: (word) => plural.has(word), frequency: () => 0, bigram: () => 0 }
    const pluralCounts = new DocumentCounts([], pluralLexicon)
    const line = splitAtoms('های مهم   کلها دیگر به ش')
    expect(pieceCut(atomOf(line, 'کلها'), line, pluralCounts)).toBe('کل'.length)
  })

})

describe('run order: three words in a row', () => {
  it('should count three words one space apart in order, and no triple across a wide gap or a mark', () => {
    const counts = new DocumentCounts(['گرایش ایران به روسیه بیشتر شد', 'ایران به   روسیه', 'ایران به، روسیه'], undefined, { triples: true })
    expect(new DocumentCounts(['گرایش ایران به روسیه'], undefined).tripleCountOfIds(1, 2, 3)).toBe(0)
    const id = (word: string): number => counts.wordId(word)
    expect(counts.tripleCountOfIds(id('ایران'), id('به'), id('روسیه'))).toBe(1)
    expect(counts.tripleCountOfIds(id('روسیه'), id('به'), id('ایران'))).toBe(0)
    expect(counts.tripleCountOfIds(id('به'), id('روسیه'), id('بیشتر'))).toBe(1)
    expect(counts.tripleCountOfIds(-1, id('به'), id('روسیه'))).toBe(0)
    expect(counts.startsTripleOfId(id('ایران'))).toBe(true)
    expect(counts.middleOfTripleOfId(id('گرایش'))).toBe(false)
    expect(counts.middleOfTripleOfId(id('به'))).toBe(true)
    expect(counts.startsTripleOfId(id('شد'))).toBe(false)
  })

  it('should take the triples of each run of a line apart, none across two runs', () => {
    const triples = runTriples(['گرایش ایران به روسیه', 'را بیشتر کرد'])
    expect(triples.get('ایران به روسیه')).toBe(1)
    expect(triples.get('گرایش ایران به')).toBe(1)
    expect(triples.has('به روسیه را')).toBe(false)
    expect(triples.get('را بیشتر کرد')).toBe(1)
  })

  it('should weigh a triple seen more often than its pairs give it by chance, and never count one seen less against it', () => {
    expect(tripleEvidence('به', 14, 1.67, 0)).toBeCloseTo(Math.log(14.2 / 1.87))
    expect(tripleEvidence('به', 1, 5, 0)).toBe(0)
    expect(tripleEvidence('به', 0, 0, 0)).toBe(0)
    expect(tripleEvidence('به', 1000, 0, 0)).toBe(3)
  })

  it('should take no more evidence than the triple is seen more often than the three the other way round', () => {
    expect(tripleEvidence('به', 14, 1, 14)).toBe(0)
    expect(tripleEvidence('به', 14, 1, 6)).toBeCloseTo(Math.log(14.2 / 6.2))
  })

  it('should take no evidence from two words joined by the conjunction, which are read in either order', () => {
    expect(tripleEvidence('و', 14, 1, 0)).toBe(0)
    expect(tripleEvidence('با', 14, 1, 0)).toBeGreaterThan(0)
  })

  it('should not read a line in reading order backwards on the triples of a word-reversed line an earlier pass left as printed', () => {
    const edge = 'چهارم سوم دوم یکم   .کنند تأمین را خود امنیت'
    const document = [...visualDocument, '.کنند تأمین را خود امنیت و باشند متکی خود به باید کشورها', edge]
    expect(restoreRunOrder(document)[0]?.text).toBe(visualDocument[0])
  })

  it('should cut a line at one space where the phrase across the cut is one the other lines read, though its pair alone would not', () => {
    // Visual-order lines, each two runs: `ایران به روسیه` in seven of them; `به` before forty other
    // (made-up) words, so that the pair `به روسیه` says little; `نظری` never after `کرد`.
    const printed = (...runs: string[]): string => '.' + [...runs].reverse().join('   ')
    const letters = 'ابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی'
    const others = Array.from({ length: 40 }, (_, index) => `واژه${letters[index % 32]}${letters[Math.floor(index / 32)]}`)
    const document = [
      ...visualDocument,
      ...['گرایش', 'نزدیکی', 'سیاست', 'نگاه', 'اعتماد', 'پیوند', 'نیاز'].map((head) => printed(`${head} ایران به روسیه را`, 'نشان داد')),
      ...others.map((other) => printed(`نگاه به ${other}`, 'تغییر کرد')),
      ...['بحث', 'نگاه', 'چارچوب', 'مبانی', 'سطح', 'رویکرد'].map((head) => printed(`${head} نظری`, 'روشن است')),
      'روسیه را ابتدا بررسی کرد نظری جدا گرایش ایران به'
    ]
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('نظری جدا گرایش ایران به روسیه را ابتدا بررسی کرد')
  })

  it('should never add or lose letters with triple evidence, in a document whose lines repeat a phrase across runs', () => {
    const printed = (...runs: string[]): string => '.' + [...runs].reverse().join('   ')
    const document = [...visualDocument, ...['گرایش', 'نزدیکی', 'نیاز'].map((head) => printed(`${head} ایران به روسیه را`, 'نشان داد')), 'روسیه را ابتدا بررسی کرد نظری جدا گرایش ایران به']
    const letters = (text: string): string => [...text.replace(/[\s\u200C]/g, '')].sort().join('')
    restoreRunOrder(document).forEach((result, index) => expect(letters(result.text)).toBe(letters(document[index] as string)))
  })
})
