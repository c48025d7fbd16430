import { describe, expect, it } from 'vitest'
import { decodeCharacterReferences, parseArticle } from '../src/index.js'

describe('decodeCharacterReferences', () => {
  it('should decode named, decimal and hexadecimal references as CommonMark does', () => {
    expect(decodeCharacterReferences('(Walt&#x200F;, 1987) &amp; &#1575; &copy;')).toBe('(Walt\u200F, 1987) & \u0627 \u00A9')
  })

  it('should keep unknown names, escaped references and non-references as written', () => {
    expect(decodeCharacterReferences('&nosuch; \\&amp; & ;&#; &#x; &#12345678;')).toBe('&nosuch; \\&amp; & ;&#; &#x; &#12345678;')
  })

  it('should read invalid code points as U+FFFD', () => {
    expect(decodeCharacterReferences('&#0; &#xD800; &#x110000;')).toBe('\uFFFD \uFFFD \uFFFD')
  })

  it('should give the segment text of a citation written with references', () => {
    const markdown = '---\nid: x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\n---\n\n<div lang="en">\n\nAs shown (O&#x2019;Brien &amp; Smith&#x200F;, 2019: 12).\n\n</div>\n'
    const article = parseArticle(markdown)
    const [citation] = article.citations
    const [segment] = article.segments.filter((candidate) => candidate.kind === 'sentence')
    expect(segment?.text).toContain(decodeCharacterReferences(citation?.raw ?? 'missing'))
  })
})
