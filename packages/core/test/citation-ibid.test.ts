import { describe, expect, it } from 'vitest'
import { tagCitations } from '../src/index.js'

/** Raw text, key (∅ when unresolved) and whether it is an ibid., of each citation after the first bracket. */
function after(text: string): Array<[string, string, boolean]> {
  return tagCitations(text)
    .filter((citation) => citation.start > text.indexOf(').'))
    .map((citation) => [citation.raw, citation.key || '∅', citation.ibid === true])
}

describe('an ibid. or the same author right after a citation of several works', () => {
  it('should resolve an ibid. that names the author of one of the works', () => {
    expect(after('Many agree (Walt, 1987; Waltz, 1979). Waltz dissents (Waltz, op. cit., p. 12).')).toEqual([['(Waltz, op. cit., p. 12)', 'waltz1979', true]])
    expect(after('این نکته روشن است (مشیرزاده، ۱۳۹۳؛ والت، ۱۳۶۶). نیز (والت، پیشین: ۱۲).')).toEqual([['(والت، پیشین: ۱۲)', 'والت1366', true]])
    // Across scripts, as after one work.
    expect(after('Many agree (Walt, 1987; Waltz, 1979). نیز (والتز، پیشین: ۱۲).')).toEqual([['(والتز، پیشین: ۱۲)', 'waltz1979', true]])
  })

  it('should resolve an ibid. with the year of one of the works', () => {
    expect(after('Many agree (Walt, 1987; Waltz, 1979). It is cheap (ibid., 1979: 5).')).toEqual([['(ibid., 1979: 5)', 'waltz1979', true]])
    expect(after('He changed (Walt, 1987a, 1987b). Later (ibid., 1987b: 4).')).toEqual([['(ibid., 1987b: 4)', 'walt1987b', true]])
  })

  it('should cite the same author with another year when all the works are by the same authors', () => {
    expect(after('He changed (Walt, 1987a, 1987b). Later too (idem, 1990).')).toEqual([['(idem, 1990)', 'walt1990', false]])
    expect(after('او تغییر کرد (والت، ۱۳۶۶؛ والت، ۱۳۷۰). بعدها نیز (همو، ۱۳۷۲).')).toEqual([['(همو، ۱۳۷۲)', 'والت1372', false]])
  })

  it('should keep an ibid. that could mean more than one work unresolved', () => {
    expect(after('Many agree (Walt, 1987; Waltz, 1979). It is cheap (ibid.).')).toEqual([['(ibid.)', '∅', true]])
    expect(after('Many agree (Walt, 1987; Walt, 1990). Later (Walt, op. cit.).')).toEqual([['(Walt, op. cit.)', '∅', true]])
    expect(after('Many agree (Walt, 1987; Waltz, 1987). Later (ibid., 1987).')).toEqual([['(ibid., 1987)', '∅', true]])
    expect(after('Many agree (Walt, 1987; Waltz, 1979). Later (ibid., 1990).')).toEqual([['(ibid., 1990)', '∅', true]])
    // Another author with another year is left out, as after no work.
    expect(after('Many agree (Walt, 1987; Waltz, 1979). Later too (idem, 1990).')).toEqual([])
  })

  it('should not look past the citation right before', () => {
    expect(after('Many agree (Walt, 1987; Waltz, 1979). Smith (1990) too (Waltz, op. cit.).')).toEqual([
      ['Smith (1990)', 'smith1990', false],
      ['(Waltz, op. cit.)', '∅', true]
    ])
  })
})
