import { describe, expect, it } from 'vitest'
import { tagCitations, type TagCitationsOptions } from '@matn/core'

/**
 * Inputs built to make the citation rules backtrack or rescan: calendar markers, suffixes,
 * locators, period ranges, long name runs, lists of commas and many markup offsets.
 * Linearity is checked by comparing sizes (four times the text within eight times the
 * time), not by absolute speed.
 */
const families: Record<string, (units: number) => { text: string; options?: TagCitationsOptions }> = {
  'calendar markers that never end a citation': (units) => ({ text: `(والت، ${'۱۴۲۰ ه. ق. ه '.repeat(units)})` }),
  'three-digit numbers with and without markers': (units) => ({ text: `(طباطبایی، ${'۷۸۴ ۱۲۳ق ۱۲م '.repeat(units)}` }),
  'spaced letter suffixes': (units) => ({ text: `(والت، ${'۱۳۸۷ ب ۱۳۸۷ الف '.repeat(units)})` }),
  'volume locators without pages': (units) => ({ text: `(Walt, 1987, ${'vol. 2, ج. ۲، ch. 3, '.repeat(units)})` }),
  'periods and academic years': (units) => ({ text: '(Walt, 1987–1988) (Walt, 1980–1990) '.repeat(units) }),
  'capitalized runs with commas before years': (units) => ({ text: 'In Russia, Walt, Snyder, and Jervis (1990) and '.repeat(units) }),
  'corporate heads with and': (units) => ({ text: `(Ministry ${'of Trade and '.repeat(units)}Industry, 2019)` }),
  'passive reporting words': (units) => ({ text: 'سند چشم‌انداز (۱۴۰۴) نوشته شد و '.repeat(units) }),
  'undated marks that never end a citation': (units) => ({ text: `(Smith, ${'n.d. x, in press y, بی‌تا ز، '.repeat(units)})` }),
  'white space after a comma before an undated mark': (units) => ({ text: `(Smith,${' '.repeat(units * 8)}n.d. x) (نوری،${' '.repeat(units * 8)}زیر` }),
  'square brackets, links and numbers': (units) => ({ text: '[Walt, 1987] [1] [Walt, 1987](u) [[Walt, 1987]] '.repeat(units) }),
  'ibid. after ibid.': (units) => ({ text: '(Walt, 1987) (ibid.) (همان: ۳) (Walt, 1987; Waltz, 1979) (Ibid., p. 4) '.repeat(units) }),
  'page lists joined by and, و and Roman numerals': (units) => ({ text: `(Walt, 1987, pp. ${'3 and xii و ۱۲ تا ۱۵, '.repeat(units)}x)` }),
  'remarks and months that never end a citation': (units) => ({ text: `(Walt, 1987, ${'May 5, Spring, emphasis added, تأکید از ماست، '.repeat(units)})` }),
  'op. cit. after a long author text': (units) => ({ text: `(${'Walt, op. cit., '.repeat(units)}x) (${'Walt, '.repeat(units)}op. cit.)` }),
  'reprint years in square brackets and after slashes': (units) => ({ text: `(Walt ${'[1651] 1996 1900/1999 ۱۳۹۸/۲۰۱۹ '.repeat(units)})` }),
  'quoted titles before years': (units) => ({ text: `(${'“Title,” *Leviathan* «عنوان» '.repeat(units)}1987)` }),
  'years alone and idem after semicolons': (units) => ({ text: `(Walt, 1987${'; 1990; ibid.; idem, 1991'.repeat(units)}) ${'(idem, 1992) (همو، ۱۳۷۰) '.repeat(units)}` }),
  'markup between every word': (units) => {
    const text = 'Russia  Iran  Walt (1987) '.repeat(units)
    const markupOffsets: number[] = []
    for (let index = 0; index < text.length; index++) if (text[index] === ' ' && text[index + 1] === ' ') markupOffsets.push(index + 1)
    return { text, options: { markupOffsets } }
  }
}

/** CPU time of one call in milliseconds (user + system): less disturbed than wall time on a loaded machine. */
function cpuMilliseconds(input: { text: string; options?: TagCitationsOptions }): number {
  const start = process.cpuUsage()
  tagCitations(input.text, input.options)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** The fastest of five runs at each size, the two sizes interleaved so that a busy spell hits both. */
function fastestPair(make: (units: number) => { text: string; options?: TagCitationsOptions }, smallUnits: number, largeUnits: number): { small: number; large: number } {
  const smallInput = make(smallUnits)
  const largeInput = make(largeUnits)
  let small = Number.POSITIVE_INFINITY
  let large = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    small = Math.min(small, cpuMilliseconds(smallInput))
    large = Math.min(large, cpuMilliseconds(largeInput))
  }
  return { small: Math.max(small, 1), large }
}

describe('citation rules on hostile input', () => {
  for (const [name, make] of Object.entries(families)) {
    it(`should take time linear in the size of: ${name}`, () => {
      const { small, large } = fastestPair(make, 2_000, 8_000)
      // 4× the text: linear work takes ~4× the time, quadratic ~16×; the margin absorbs a loaded CI machine.
      expect(large / small).toBeLessThan(10)
    }, 60_000)
  }

  it('should still read the citations inside the hostile inputs', () => {
    const markup = families['markup between every word']?.(3)
    expect(tagCitations(markup?.text ?? '', markup?.options).map((citation) => citation.raw)).toEqual(['Walt (1987)', 'Walt (1987)', 'Walt (1987)'])
    expect(tagCitations(families['periods and academic years']?.(2).text ?? '').map((citation) => citation.raw)).toEqual([
      '(Walt, 1987–1988)',
      '(Walt, 1987–1988)'
    ])
    expect(tagCitations(families['passive reporting words']?.(3).text ?? '')).toEqual([])
  })
})
