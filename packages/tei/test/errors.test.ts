import { describe, expect, it } from 'vitest'
import { MatnError, type Article } from '@matn/core'
import { articleToTei, teiCorpusToArticles, teiToArticle } from '../src/index.js'
import { articlePaths, loadArticle, withAlignments } from './helpers/articles.js'

function fixture(): Article {
  return withAlignments(loadArticle(articlePaths[0]))
}

function refusal(run: () => unknown): MatnError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(MatnError)
    expect((error as MatnError).code).toBe('E_INPUT')
    return error as MatnError
  }
  throw new Error('expected a MatnError')
}

function segment(article: Article, id: string) {
  const found = article.segments.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no segment ${id}`)
  return found
}

describe('articleToTei refuses articles its TEI could not give back', () => {
  it('should name a repeated segment id with its place in the source', () => {
    const article = fixture()
    segment(article, 'fa-p1-s2').id = 'fa-p1-s1'
    const error = refusal(() => articleToTei(article))
    expect(error.message).toMatch(/`fa-p1-s1` is used twice/)
    expect(error.line).toBe(segment(fixture(), 'fa-p1-s2').position.start.line)
  })

  it('should refuse fields that contradict what the TEI derives', () => {
    const wrongDir = fixture()
    segment(wrongDir, 'fa-p1-s1').dir = 'ltr'
    expect(refusal(() => articleToTei(wrongDir)).message).toMatch(/derives the direction/)
    const wrongNorm = fixture()
    segment(wrongNorm, 'fa-p1-s1').norm = 'x'
    expect(refusal(() => articleToTei(wrongNorm)).message).toMatch(/norm/)
    const wrongKind = fixture()
    segment(wrongKind, 'fa-p2-s1').kind = 'abstract'
    expect(refusal(() => articleToTei(wrongKind)).message).toMatch(/abstract sentence outside/)
    const wrongFootnote = fixture()
    wrongFootnote.footnotes[0]!.text = 'other'
    expect(refusal(() => articleToTei(wrongFootnote)).message).toMatch(/joined by a space/)
  })

  it('should refuse segments out of document order and sections that do not nest', () => {
    const moved = fixture()
    const footnote = moved.segments.findIndex((s) => s.id === 'fn1-s1')
    moved.segments.splice(0, 0, ...moved.segments.splice(footnote, 1))
    expect(refusal(() => articleToTei(moved)).message).toMatch(/out of document order/)
    const unnested = fixture()
    segment(unnested, 'fa-p2-s1').section = ['en-h1']
    expect(refusal(() => articleToTei(unnested)).message).toMatch(/must nest/)
  })

  it('should refuse broken references', () => {
    const citation = fixture()
    segment(citation, 'fa-p1-s1').citations = []
    expect(refusal(() => articleToTei(citation)).message).toMatch(/does not list it/)
    const marker = fixture()
    segment(marker, 'fa-p1-s1').footnotes = ['nowhere']
    expect(refusal(() => articleToTei(marker)).message).toMatch(/`nowhere`, which does not exist/)
    const wrongLanguage = fixture()
    wrongLanguage.alignments[0] = { en: ['fa-p1-s1'], fa: [], score: 1, source: 'curated' }
    expect(refusal(() => articleToTei(wrongLanguage)).message).toMatch(/not a `en` segment/)
    const empty = fixture()
    empty.alignments[0] = { en: [], fa: [], score: 1, source: 'curated' }
    expect(refusal(() => articleToTei(empty)).message).toMatch(/links no segment/)
    const markerPast = fixture()
    markerPast.footnotes[0]!.markerOffset = segment(markerPast, 'fa-p2-s1').text.length + 1
    expect(refusal(() => articleToTei(markerPast)).message).toMatch(/`markerOffset` \d+, which is not a place in the text of `fa-p2-s1`/)
    const markerNowhere = fixture()
    markerNowhere.footnotes[0]!.segment = null
    segment(markerNowhere, 'fa-p2-s1').footnotes = []
    expect(refusal(() => articleToTei(markerNowhere)).message).toMatch(/`markerOffset` but no marker segment/)
    const markerUnlisted = fixture()
    segment(markerUnlisted, 'fa-p2-s1').footnotes = []
    expect(refusal(() => articleToTei(markerUnlisted)).message).toMatch(/does not list its marker/)
    const notANumber = fixture()
    notANumber.alignments[0]!.score = Number.NaN
    expect(refusal(() => articleToTei(notANumber)).message).toMatch(/score/)
  })
})

describe('articleToTei edge cases', () => {
  it('should write a page that becomes unknown as a pb without number', () => {
    const article = fixture()
    segment(article, 'fa-p2-s2').page = null
    const xml = articleToTei(article)
    expect(xml).toMatch(/<pb\/>\s*<s xml:id="fa-p2-s2"/)
    expect(teiToArticle(xml)).toEqual(article)
  })

  it('should write a marker whose place is unknown at the end of its segment, its note not anchored', () => {
    const article = fixture()
    delete article.footnotes[0]!.markerOffset
    const xml = articleToTei(article)
    expect(xml).toMatch(/۷۲\)<\/ref>\.<ptr type="noteAnchor" target="#fn_180-1"\/><\/s>\s*<note xml:id="fn_180-1" n="1" place="foot" anchored="false"/)
    expect(teiToArticle(xml)).toEqual(article)
  })

  it('should keep markers in the order their segment lists them and refuse an order their places contradict', () => {
    const article = fixture()
    const holder = segment(article, 'fa-p2-s1')
    const second = { ...article.footnotes[0]!, n: 2, label: 'x', markerOffset: 2, segments: [] as string[], text: '' }
    article.footnotes.push(second)
    holder.footnotes = ['x', '180-1', 'other']
    article.footnotes.push({ ...second, n: 3, label: 'other', segment: 'fa-p1-s1', markerOffset: undefined })
    delete article.footnotes[2]!.markerOffset
    segment(article, 'fa-p1-s1').footnotes = ['other']
    const xml = articleToTei(article)
    expect(xml).toMatch(/>وا<ptr type="noteAnchor" target="#fn_x"\/>لت<ptr type="noteAnchor" target="#fn_180-1"\/> معتقد/)
    expect(xml).toMatch(/۷۲\)<\/ref>\.<ptr type="noteAnchor" target="#fn_other"\/><\/s>/)
    expect(teiToArticle(xml)).toEqual(article)
    holder.footnotes = ['180-1', 'x', 'other']
    expect(refusal(() => articleToTei(article)).message).toMatch(/lists the marker of footnote `180-1` before a marker that stands earlier/)
  })

  it('should write alignment scores outside 0–1 in @n and one-segment alignments as ptr', () => {
    const article = fixture()
    article.alignments = [
      { en: ['en-p1-s1'], fa: ['fa-p1-s1'], score: 2.5, source: 'auto' },
      { en: [], fa: ['fa-p1-s2'], score: 0.25, source: 'curated' }
    ]
    const xml = articleToTei(article)
    expect(xml).toContain('<link xml:id="link_1" target="#fa-p1-s1 #en-p1-s1" n="2.5"/>')
    expect(xml).toContain('<ptr xml:id="link_2" target="#fa-p1-s2" cert="0.25"/>')
    expect(teiToArticle(xml).alignments).toEqual(article.alignments)
  })
})

describe('teiToArticle refuses what is not matn TEI', () => {
  it('should report XML that is not well-formed with its line and column', () => {
    const error = refusal(() => teiToArticle('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>\n</TEI>'))
    expect(error.message).toMatch(/Not well-formed XML/)
    expect(error.line).toBe(3)
  })

  it('should not expand entities declared in a DOCTYPE', () => {
    const xml = '<!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&secret;</TEI>'
    expect(refusal(() => teiToArticle(xml)).message).toMatch(/Not well-formed XML/)
  })

  it('should say which reader a corpus needs and refuse documents without matn ids', () => {
    const corpus = '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"/>'
    expect(refusal(() => teiToArticle(corpus)).message).toMatch(/use teiCorpusToArticles/)
    expect(refusal(() => teiCorpusToArticles(articleToTei(fixture()))).message).toMatch(/not `teiCorpus`/)
    const xml = articleToTei(fixture())
    expect(refusal(() => teiToArticle(xml.replace(' xml:id="sample-alliance-1401"', ''))).message).toMatch(/article id/)
    expect(refusal(() => teiToArticle(xml.replace('xml:id="fa-p1-s2"', 'xml:id="fa_zz_"'))).message).toMatch(/not an id matn wrote/)
    expect(refusal(() => teiToArticle(xml.replace('xml:id="fa-p1-s2"', 'xml:id="fa-p1-s1"'))).message).toMatch(/used twice/)
  })
})
