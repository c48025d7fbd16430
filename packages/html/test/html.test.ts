import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parseArticle, type Article, type Segment } from '@matn/core'
import fc from 'fast-check'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import * as html from '../src/index.js'
import { groupCitedWorks } from '../src/lib/cited-works.js'
import { locateCitations } from '../src/lib/locate-citations.js'
import { corpusArticles, hostileArticle, repoRoot, smallArticle } from './articles.js'

const parse = (document: string): Root => fromHtml(document)
const segmentElements = (tree: Root): Element[] => selectAll('[data-segment]', tree)

/** Elements and attributes a page may contain; anything else came from the corpus. */
const allowedTags = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'a', 'nav', 'header', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'div', 'section', 'span', 'ul', 'ol', 'li', 'p', 'dl', 'dt', 'dd', 'time', 'main', 'br',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'sup', 'dialog', 'mark', 'code', 'cite'
])

function expectOnlyOwnMarkup(tree: Root): void {
  for (const element of selectAll('*', tree)) {
    expect(allowedTags.has(element.tagName), element.tagName).toBe(true)
    for (const name of Object.keys(element.properties)) expect(name.toLowerCase().startsWith('on'), name).toBe(false)
    const href = element.properties['href']
    if (typeof href === 'string') expect(href).toMatch(/^(#|[A-Za-z0-9_.-]+\.html(#|$)|data:,$|assets\/|mailto:)/)
  }
  const scripts = selectAll('script', tree).map((script) => script.properties['src'] ?? script.properties['type'])
  expect(scripts[0]).toBe('assets/matn.js')
  expect(scripts.slice(1).every((type) => type === 'application/json')).toBe(true)
}

describe('@matn/html', () => {
  it('should expose the public API', () => {
    expect(Object.keys(html).sort()).toEqual(['escapeHtml', 'renderArticle', 'renderIndex', 'writeHtml'])
  })

  it('should render every segment exactly once, with its text, language and direction', () => {
    for (const article of [...corpusArticles(), smallArticle(), hostileArticle()]) {
      const tree = parse(html.renderArticle(article))
      const elements = segmentElements(tree)
      const ids = elements.map((element) => String(element.properties['dataSegment']))
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(article.segments.map((segment) => segment.id).sort())
      const byId = new Map(article.segments.map((segment) => [segment.id, segment]))
      for (const element of elements) {
        const segment = byId.get(String(element.properties['dataSegment'])) as Segment
        // The element holds the text, then only footnote markers.
        const markers = selectAll('.fn-ref', element).map((marker) => toString(marker)).join('')
        expect(toString(element)).toBe(segment.text + markers)
        expect(languageOf(tree, element)).toEqual({ lang: segment.lang, dir: segment.dir })
      }
    }
  })

  it('should keep Persian text byte for byte (ZWNJ, ی ک, digits)', () => {
    const [article] = corpusArticles()
    const tree = parse(html.renderArticle(article as Article))
    const persian = (article as Article).segments.filter((segment) => segment.lang === 'fa' && segment.text.includes('\u200C'))
    expect(persian.length).toBeGreaterThan(10)
    for (const segment of persian) {
      const element = select(`[data-segment="${segment.id}"]`, tree)
      expect(element && toString(element).startsWith(segment.text)).toBe(true)
    }
  })

  it('should mark Persian columns and blocks lang="fa" dir="rtl" and the page as English LTR', () => {
    const tree = parse(html.renderArticle(smallArticle()))
    expect(select('html', tree)?.properties).toMatchObject({ lang: 'en', dir: 'ltr' })
    expect(select('.column-fa', tree)?.properties).toMatchObject({ lang: 'fa', dir: 'rtl' })
    expect(select('.column-en', tree)?.properties).toMatchObject({ lang: 'en', dir: 'ltr' })
    expect(select('.title-fa', tree)?.properties).toMatchObject({ lang: 'fa', dir: 'rtl' })
    expect(select('.meta-fa', tree)?.properties).toMatchObject({ lang: 'fa', dir: 'rtl' })
  })

  it('should escape hostile corpus text everywhere', () => {
    const article = hostileArticle()
    const document = html.renderArticle(article, { corpus: [article, ...corpusArticles()] })
    const tree = parse(document)
    expectOnlyOwnMarkup(tree)
    expect(document).not.toMatch(/<(img|svg|iframe|style|b|x|td onclick)[\s>]/i)
    expect(document).not.toContain('href="javascript:')
    expect(toString(select('.title-fa', tree) as Element)).toBe(article.meta.title.fa)
    expect(toString(select('.title-en', tree) as Element)).toBe(article.meta.title.en)
    expect(toString(select('.provenance', tree) as Element)).toContain(article.meta.license)
    // The e-mail `javascript:…//@example.org` is shown as written; a link to it can only be mailto:.
    const email = select('.email', tree) as Element
    expect(toString(email)).toBe('javascript:window.matnPwned=7//@example.org')
    if (email.tagName === 'a') expect(email.properties['href']).toBe('mailto:javascript:window.matnPwned=7//@example.org')
    expectOnlyOwnMarkup(parse(html.renderIndex([article])))
  })

  it('should escape any string in any text field (property)', () => {
    const base = smallArticle()
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), (text, other) => {
        const article = structuredClone(base)
        article.meta.title = { fa: text, en: other }
        article.meta.keywords = { fa: [text], en: [other] }
        article.meta.authors = [{ name: { fa: text, en: other }, affiliation: { en: text }, email: other }]
        article.meta.license = text
        for (const segment of article.segments) segment.text = `${text} ${segment.text} ${other}`
        for (const footnote of article.footnotes) footnote.text = text
        for (const citation of article.citations) citation.authors = [text]
        const tree = parse(html.renderArticle(article))
        expectOnlyOwnMarkup(tree)
        // What HTML can hold: well-formed UTF-16 without C0 controls or noncharacters.
        const expected = (value: string): string => value.toWellFormed().replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '\uFFFD')
        // The HTML parser turns CR and CRLF into LF: compare texts without line breaks.
        const title = article.segments.find((segment) => segment.id === 'fa-title') as Segment
        const shown = toString(select('.title-fa', tree) as Element)
        if (!/\r/.test(text)) expect(shown).toBe(expected(title.text))
      }),
      { seed: 20250601, numRuns: 150 }
    )
  })

  it('should link each citation to the list of every place its work is cited, in both languages', () => {
    const article = smallArticle()
    const tree = parse(html.renderArticle(article))
    const walt = select('a.cite[data-citation="en-p1-s1-c1"]', tree) as Element
    expect(toString(walt)).toBe('(Walt, 1987: 3-4)')
    const work = select(String(walt.properties['href']), tree) as Element
    // Reviewed by hand: Walt 1987 is cited twice in the English abstract, in the Persian
    // abstract and in the Persian table; (والت، ۱۳۸۷) is a 2008 translation, another work.
    expect(selectAll('[data-place]', work).map((place) => place.properties['dataPlace'])).toEqual([
      'en-p1-s1',
      'en-p1-s2',
      'fa-p1-s1',
      'fa-t1-r2-c2'
    ])
    expect(selectAll('.places-fa [data-place]', work)).toHaveLength(2)
    expect(toString(select('mark', work) as Element)).toBe('(Walt, 1987: 3-4)')
  })

  it('should print a title cited as author as a title and a reprint with its first publication', () => {
    const article = parseArticle(readFileSync(join(repoRoot, 'test/fixtures/articles/reprints.md')), { path: 'reprints.md' })
    const tree = parse(html.renderArticle(article))
    expectOnlyOwnMarkup(tree)
    const titles = selectAll('#works .work-title', tree)
    const label = (needle: string): Element | undefined => titles.find((title) => toString(title).includes(needle))
    const freud = label('Freud')
    expect(freud && toString(freud)).toBe('Freud 1999 [1900]')
    expect(select('cite', freud as Element)).toBeUndefined()
    const titled = label('Balancing and Bandwagoning')
    expect(titled && toString(select('cite', titled) as Element)).toContain('Balancing and Bandwagoning')
    expect(titled && toString(titled)).not.toContain('[')
  })

  it('should label undated works as printed and leave an ibid. that refers to no work unlinked', () => {
    const article = parseArticle(readFileSync(join(repoRoot, 'test/fixtures/articles/undated-ibid.md')), { path: 'undated-ibid.md' })
    const tree = parse(html.renderArticle(article))
    const ibid = select('a.cite[data-citation="en-p1-s2-c1"]', tree) as Element
    expect(toString(ibid)).toBe('(ibid., p. 12)')
    const work = select(String(ibid.properties['href']), tree) as Element
    expect(toString(work)).toContain('Smith n.d.')
    expect(selectAll('[data-place]', work).map((place) => place.properties['dataPlace'])).toEqual(['en-p1-s1', 'en-p1-s2'])
    const unresolved = select('a.cite[data-citation="en-p2-s2-c3"]', tree) as Element
    expect(toString(unresolved)).toBe('(ibid.)')
    expect(unresolved.properties['href']).toBeUndefined()
    expect(groupCitedWorks([article]).map((cited) => cited.keys)).not.toContainEqual([''])
  })

  it('should list at most 20 other articles citing a work, with the count of the rest', () => {
    const copies = Array.from({ length: 25 }, (_, index) => ({ ...smallArticle(), id: `copy-${index}` }))
    const tree = parse(html.renderArticle(copies[0] as Article, { corpus: copies }))
    const walt = select('a.cite[data-citation="en-p1-s1-c1"]', tree) as Element
    const work = select(String(walt.properties['href']), tree) as Element
    const others = selectAll('.places-other li', work)
    expect(others.slice(0, 20).map((item) => item.properties['dataArticle'])).toEqual(copies.slice(1, 21).map((copy) => copy.id))
    expect(toString(others[20] as Element)).toBe('and 4 more')
    expect(toString(others[0] as Element)).toBe('copy-1 · 4 places (2 English, 2 Persian)')
    expect(select('a', others[0] as Element)?.properties['href']).toBe('copy-1.html#s-en-p1-s1')
  })

  it('should group a work cited in both scripts (Walt 1987 = والت 1366)', () => {
    const works = groupCitedWorks([hostileArticle()])
    expect(works.find((work) => work.keys.includes('walt1987'))?.keys).toEqual(['walt1987', 'والت1366'])
    // The other works of the fixture stay on their own.
    expect(works.filter((work) => work.keys.length > 1)).toHaveLength(1)
  })

  it('should find every citation of the corpus in its segment text', () => {
    for (const article of [...corpusArticles(), smallArticle(), hostileArticle()]) {
      const byId = new Map(article.citations.map((citation) => [citation.id, citation]))
      for (const segment of article.segments) {
        const citations = segment.citations.map((id) => byId.get(id)).filter((citation) => citation !== undefined)
        const { pieces, unlocated } = locateCitations(segment.text, citations)
        expect(unlocated.map((citation) => citation.raw)).toEqual([])
        expect(pieces.map((piece) => piece.text).join('')).toBe(segment.text)
      }
    }
  })

  it('should keep a citation it cannot find in the text, after the text', () => {
    const article = smallArticle()
    const segment = article.segments.find((item) => item.id === 'en-p1-s1') as Segment
    segment.text = 'The citation is not printed here.'
    const tree = parse(html.renderArticle(article))
    const element = select('[data-segment="en-p1-s1"]', tree) as Element
    expect(selectAll('a.cite', element).map((cite) => toString(cite))).toEqual(['(Walt, 1987: 3-4)'])
  })

  it('should render tables with a header row, footnotes as popovers and printed pages', () => {
    const tree = parse(html.renderArticle(smallArticle()))
    expect(selectAll('.column-fa th', tree).map((cell) => toString(cell))).toEqual(['عامل', 'توضیح'])
    expect(selectAll('.column-fa tbody td', tree).map((cell) => toString(cell))).toEqual(['تهدید', 'قدرت تهاجمی (Walt, 1987: 24)'])
    const marker = select('[data-segment="fa-p2-s1"] .fn-ref', tree) as Element
    const popover = select(`#${String(marker.properties['popoverTarget'])}`, tree) as Element
    expect(popover.properties['popover']).toBe('auto')
    expect(toString(popover)).toContain('Stephen Walt')
    expect(selectAll('.column-fa .page-number', tree).map((mark) => mark.properties['dataPage'])).toEqual(['180', '181'])
    expect(selectAll('.column-fa .toc a', tree).map((link) => link.properties['href'])).toEqual(['#s-fa-h1', '#s-fa-h2'])
  })

  it('should show both calendars, keywords and authors in the header', () => {
    const tree = parse(html.renderArticle(smallArticle()))
    const english = toString(select('.meta-en', tree) as Element)
    const persian = toString(select('.meta-fa', tree) as Element)
    expect(english).toContain('2022-09-03 (Solar Hijri 1401-06-12)')
    expect(persian).toContain('۱۴۰۱/۰۶/۱۲ (2022-09-03)')
    expect(persian).toContain('۱۴۰۱/۱۰/۱۳ (2023-01-03)')
    expect(selectAll('.meta-fa .keywords [data-segment]', tree).map((item) => toString(item))).toEqual(['موازنهٔ تهدید', 'دنباله‌روی', 'روسیه'])
    expect(english).toContain('Elham Rasooli')
    expect(persian).toContain('الهام رسولی')
  })

  it('should carry the alignment links as inert JSON', () => {
    const article = smallArticle()
    article.alignments.push({ en: ['</script><script>alert(1)</script>'], fa: [], score: 0, source: 'auto' })
    const document = html.renderArticle(article)
    const data = select('#matn-alignments', parse(document)) as Element
    expect(JSON.parse(toString(data))).toEqual(article.alignments)
    expect(document).not.toContain('</script><script>alert(1)')
  })

  it('should list the articles on the index page', () => {
    const articles = [...corpusArticles(), smallArticle()]
    const tree = parse(html.renderIndex(articles))
    expect(selectAll('.article-list > li', tree).map((item) => item.properties['dataArticle'])).toEqual(articles.map((article) => article.id))
    expect(selectAll('.article-list h2 a', tree).map((link) => link.properties['href'])).toEqual(articles.map((article) => `${article.id}.html`))
  })
})

describe('writeHtml', () => {
  it('should write the pages, the assets and exactly the font files the stylesheet uses', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'matn-html-'))
    try {
      const articles = [...corpusArticles(), smallArticle()]
      const written = await html.writeHtml(articles, outDir)
      const relative = written.map((path) => path.slice(outDir.length + 1))
      expect(relative).toEqual(expect.arrayContaining(['index.html', 'assets/matn.css', 'assets/matn.js', ...articles.map((article) => `${article.id}.html`)]))
      const css = await readFile(join(outDir, 'assets/matn.css'), 'utf8')
      const referenced = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]).sort()
      const fonts = (await readdir(join(outDir, 'assets/fonts'))).filter((name) => name.endsWith('.woff2'))
      expect(referenced).toEqual(fonts.map((name) => `fonts/${name}`).sort())
      expect(fonts).toEqual(expect.arrayContaining(['vazirmatn-arabic-400-normal.woff2', 'vazirmatn-arabic-700-normal.woff2']))
      expect(await readdir(join(outDir, 'assets/fonts'))).toContain('LICENSE-Vazirmatn-OFL.txt')
      expect(css).toMatch(/font-family: 'Vazirmatn'/)
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })

  it('should refuse ids that would write outside the output folder or clash', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'matn-html-'))
    try {
      for (const id of ['../escape', 'a/b', '/etc/passwd', 'index', '..', '']) {
        const article = { ...smallArticle(), id }
        await expect(html.writeHtml([article], outDir)).rejects.toMatchObject({ name: 'MatnError', code: 'E_INPUT' })
      }
      const article = smallArticle()
      await expect(html.writeHtml([article, article], outDir)).rejects.toMatchObject({ code: 'E_INPUT' })
      expect(await readdir(outDir)).toEqual([])
      // A link inside the output folder that leads out of it is not followed.
      const elsewhere = await mkdtemp(join(tmpdir(), 'matn-elsewhere-'))
      await mkdir(join(outDir, 'linked'))
      await symlink(elsewhere, join(outDir, 'linked', 'assets'))
      await expect(html.writeHtml([article], join(outDir, 'linked'))).rejects.toMatchObject({ code: 'E_INPUT' })
      await symlink(join(elsewhere, 'page.html'), join(outDir, `${article.id}.html`))
      await expect(html.writeHtml([article], outDir)).rejects.toMatchObject({ code: 'E_INPUT' })
      expect(await readdir(elsewhere, { recursive: true })).toEqual([])
      await rm(elsewhere, { recursive: true, force: true })
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })
})

function languageOf(tree: Root, element: Element): { lang: string; dir: string } {
  const ancestors = ancestorsOf(tree, element)
  const find = (name: 'lang' | 'dir'): string =>
    String([element, ...ancestors].find((node) => node.properties[name] !== undefined)?.properties[name])
  return { lang: find('lang'), dir: find('dir') }
}

function ancestorsOf(tree: Root, target: Element): Element[] {
  const path: Element[] = []
  const walk = (node: Root | Element): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child === target) return true
      path.push(child)
      if (walk(child)) return true
      path.pop()
    }
    return false
  }
  walk(tree)
  return path.reverse()
}
