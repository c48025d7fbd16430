import { describe, expect, it } from 'vitest'
import { locateCitation } from '../src/lib/locate-citation.js'

describe('locateCitation', () => {
  it('should find a citation printed as in the text', () => {
    expect(locateCitation('as said (Walt, 1987: 3-4).', '(Walt, 1987: 3-4)', 0)).toEqual({ start: 8, end: 25 })
  })

  it('should search from the end of the previous citation', () => {
    const text = 'Walt (1987) and again Walt (1987).'
    expect(locateCitation(text, 'Walt (1987)', 11)).toEqual({ start: 22, end: 33 })
  })

  it('should find a citation whose source holds a line break, emphasis, a page marker, HTML or a footnote marker', () => {
    const text = 'see (Dehghani Firoozabadi, 2012: 33) now'
    expect(locateCitation(text, '(Dehghani\nFiroozabadi, 2012: 33)', 0)).toEqual({ start: 4, end: 36 })
    expect(locateCitation('see (Walt, 1987) now', '(*Walt*, <!-- page: 5 -->1987)', 0)).toEqual({ start: 4, end: 16 })
    expect(locateCitation('see Iran  Walt (1987) now', 'Iran <b> Walt[^3] (1987)', 0)).toEqual({ start: 4, end: 21 })
  })

  it('should say when the citation is not in the text', () => {
    expect(locateCitation('nothing here', '(Walt, 1987)', 0)).toBeUndefined()
    expect(locateCitation('(Walt, 1987)', '(Walt, 1987)', 1)).toBeUndefined()
    expect(locateCitation('text', '', 0)).toBeUndefined()
  })
})
