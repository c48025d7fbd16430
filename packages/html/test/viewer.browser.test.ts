/**
 * The viewer in a real browser: Debian's Chromium, headless, driven by playwright-core,
 * opening the written site from `file://`. Skips (with a warning) where Chromium is absent.
 * Screenshots go to `build/html-viewer/screenshots/`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Corpus, type Article } from '@matn/core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeHtml } from '../src/index.js'
import { corpusArticles, hostileArticle, repoRoot, smallArticle } from './articles.js'
import { chromiumPath, exerciseHostilePage, hasChromium, inspectHostilePage, launchChromium } from './browser.js'

if (!hasChromium) console.warn(`Skipping the browser tests: no Chromium at ${chromiumPath} (set MATN_CHROMIUM)`)

const outDir = join(repoRoot, 'build/html-viewer')
const shots = join(outDir, 'screenshots')
let browser: Browser
let context: BrowserContext
let articles: Article[]
/** Problems seen on any page: console errors, page errors, requests that left the disk, dialogs. */
const problems: string[] = []
/** While DevTools inspects a page, `CSS.enable` re-reads the page itself, which Chromium refuses on `file:`. */
let inspecting: string | undefined

async function open(id: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  page.on('console', (message) => {
    if (inspecting && message.text().startsWith(`Unsafe attempt to load URL ${inspecting} from frame with URL ${inspecting}.`)) return
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${id}: console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${id}: page error: ${error.message}`))
  page.on('request', (request) => {
    if (!/^(file|data):/.test(request.url())) problems.push(`${id}: network request ${request.url()}`)
  })
  page.on('requestfailed', (request) => {
    if (request.url() !== inspecting) problems.push(`${id}: failed ${request.url()}`)
  })
  page.on('dialog', (dialog) => {
    problems.push(`${id}: dialog ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(pathToFileURL(join(outDir, `${id}.html`)).href)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return page
}

/** The font Chromium really used to draw a node's text (DevTools protocol). */
async function platformFonts(page: Page, selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const session = await context.newCDPSession(page)
  inspecting = page.url()
  await session.send('DOM.enable')
  await session.send('CSS.enable')
  const { root } = await session.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId })
  await session.detach()
  await page.waitForTimeout(100)
  inspecting = undefined
  return fonts
}

describe.skipIf(!hasChromium)('the viewer in Chromium', () => {
  beforeAll(async () => {
    articles = [...corpusArticles(), smallArticle(), hostileArticle()]
    await rm(outDir, { recursive: true, force: true })
    await writeHtml(articles, outDir)
    await mkdir(shots, { recursive: true })
    browser = await launchChromium()
    context = await browser.newContext({ reducedMotion: 'reduce' })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('should set Persian in Vazirmatn, right to left, from file:// with no network', async () => {
    for (const article of articles) {
      const page = await open(article.id)
      const facts = await page.evaluate(() => {
        const paragraph = document.querySelector('.column-fa p') as HTMLElement
        const column = document.querySelector('.column-fa') as HTMLElement
        const arabicFace = [...document.fonts].find((face) => face.family.replace(/["']/g, '') === 'Vazirmatn' && face.unicodeRange.includes('U+600-6FF'))
        return {
          check: document.fonts.check('16px Vazirmatn', 'سلام بر شما'),
          family: getComputedStyle(paragraph).fontFamily,
          direction: getComputedStyle(paragraph).direction,
          lang: column.lang,
          dir: column.dir,
          arabicFace: arabicFace?.status
        }
      })
      expect(facts).toMatchObject({ check: true, direction: 'rtl', lang: 'fa', dir: 'rtl', arabicFace: 'loaded' })
      expect(facts.family).toMatch(/^Vazirmatn\b/)
      // What Chromium actually drew the first Persian sentence with.
      const fonts = await platformFonts(page, '.column-fa p [data-segment]')
      expect(fonts[0]).toMatchObject({ familyName: 'Vazirmatn', isCustomFont: true })
      expect(fonts[0]?.glyphCount).toBeGreaterThan(10)
      await page.screenshot({ path: join(shots, `${article.id}.png`) })
      await page.close()
    }
  })

  it('should highlight the Persian counterpart of an English sentence activated by click or keyboard', async () => {
    const page = await open('rasooli-sani-1401')
    // Click near the start of the sentence (not on a citation inside it).
    await page.locator('[data-segment="en-p2-s1"]').click({ position: { x: 4, y: 6 } })
    await expect.poll(() => page.getAttribute('[data-segment="fa-p1-s4"]', 'data-aligned-active')).toBe('curated')
    expect(await page.getAttribute('[data-segment="en-p2-s1"]', 'data-active')).toBe('')
    // The counterpart is scrolled into its column's view.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const target = (document.querySelector('[data-segment="fa-p1-s4"]') as HTMLElement).getBoundingClientRect()
          const column = (document.querySelector('.column-fa') as HTMLElement).getBoundingClientRect()
          return target.top >= column.top && target.bottom <= column.bottom
        })
      )
      .toBe(true)
    await page.screenshot({ path: join(shots, 'aligned-curated.png') })

    // Keyboard: each column is one tab stop, which remembers the last segment used; Tab
    // from the contents reaches it; Home, ↓ move; focus activates.
    expect(await page.locator('.column-en [data-segment][tabindex="0"]').count()).toBe(1)
    expect(await page.locator('.column-fa [data-segment][tabindex="0"]').count()).toBe(1)
    await page.locator('.column-en .toc a').last().focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['segment'])).toBe('en-p2-s1')
    await page.keyboard.press('Home')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['segment'])).toBe('en-h1')
    await expect.poll(() => page.getAttribute('[data-segment="fa-h1"]', 'data-aligned-active')).toBe('curated')
    expect(await page.getAttribute('[data-segment="fa-p1-s4"]', 'data-aligned-active')).toBeNull()
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['segment'])).toBe('en-p1-s1')
    expect(await page.getAttribute('[data-segment="en-p1-s1"]', 'tabindex')).toBe('0')
    expect(await page.getAttribute('[data-segment="en-h1"]', 'tabindex')).toBe('-1')
    await expect.poll(() => page.getAttribute('[data-segment="fa-p1-s1"]', 'data-aligned-active')).toBe('auto')
    await page.screenshot({ path: join(shots, 'aligned-auto.png') })
    // Enter jumps to the translation.
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['segment'])).toBe('fa-p1-s1')
    await expect.poll(() => page.getAttribute('[data-segment="en-p1-s1"]', 'data-aligned-active')).toBe('auto')
    expect(await page.locator('#matn-status').textContent()).toContain('1 aligned segment (0 curated, 1 automatic)')
    await page.keyboard.press('Escape')
    expect(await page.locator('[data-aligned-active]').count()).toBe(0)
    await page.close()
  })

  it('should list every place a work is cited, in both languages, in the citation panel', async () => {
    const page = await open('sample-alliance-1401')
    const citation = page.locator('a.cite[data-citation="en-p1-s1-c1"]')
    await citation.focus()
    await page.keyboard.press('Enter')
    const panel = page.locator('#citation-panel')
    await expect.poll(() => panel.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('citation-panel-title')
    const places = await panel.locator('[data-place]').evaluateAll((items) =>
      items.map((item) => `${(item as HTMLElement).dataset['article']} ${(item as HTMLElement).dataset['place']}`)
    )
    // This article, reviewed by hand: twice in the English abstract, in the Persian
    // abstract and in the Persian table.
    expect(places).toEqual([
      'sample-alliance-1401 en-p1-s1',
      'sample-alliance-1401 en-p1-s2',
      'sample-alliance-1401 fa-p1-s1',
      'sample-alliance-1401 fa-t1-r2-c2'
    ])
    expect(places).toHaveLength(4)
    // The other articles: those in which the core lookup finds the key walt1987.
    const citing = new Set(new Corpus(articles).findCitations({ key: 'walt1987' }).map((hit) => hit.article))
    citing.delete('sample-alliance-1401')
    expect(citing.size).toBeGreaterThan(0)
    const others = await panel.locator('.places-other [data-article]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['article']))
    expect(new Set(others)).toEqual(citing)
    expect(await panel.locator('.places-fa [data-place]').count()).toBeGreaterThan(0)
    expect(await panel.locator('.places-en [data-place]').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, 'citation-panel.png') })
    await page.keyboard.press('Escape')
    expect(await panel.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false)
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['citation'])).toBe('en-p1-s1-c1')
    await page.close()
  })

  it('should open footnotes as popovers from the keyboard', async () => {
    const page = await open('sample-alliance-1401')
    const marker = page.locator('[data-segment="fa-p2-s1"] .fn-ref')
    expect(await marker.getAttribute('aria-label')).toBe('Footnote 1')
    await marker.focus()
    await page.keyboard.press('Enter')
    const popover = page.locator('#fn-popover-1')
    await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(true)
    expect(await popover.isVisible()).toBe(true)
    expect(await popover.textContent()).toContain('Stephen Walt')
    await page.screenshot({ path: join(shots, 'footnote-popover.png') })
    await page.keyboard.press('Escape')
    expect(await popover.evaluate((element) => element.matches(':popover-open'))).toBe(false)
    await page.close()
  })

  it('should show hostile corpus text as text and run none of it', async () => {
    // test/fixtures/articles/hostile.md: every would-be script sets window.matnPwned.
    const article = articles.find((candidate) => candidate.id === 'hostile-content') as Article
    const page = await open(article.id)
    const { segments, ...facts } = await inspectHostilePage(page)
    expect(facts).toEqual({ pwned: undefined, injected: 0, scripts: 2, unsafe: [] })
    expect(
      await page.evaluate(() => [document.querySelector('.title-fa')?.textContent, document.querySelector('.title-en')?.textContent, document.querySelector('.email')?.textContent])
    ).toEqual([article.meta.title.fa, article.meta.title.en, article.meta.authors[0]?.email])
    // Every segment shows its text as written (then only footnote markers).
    expect(Object.keys(segments).sort()).toEqual(article.segments.map((segment) => segment.id).sort())
    for (const segment of article.segments) expect(segments[segment.id], segment.id).toBe(segment.text)
    // Activate and open everything: segments, citations, footnotes. Still nothing runs.
    await exerciseHostilePage(page, ['en-p1-s1', 'en-p2-s1', 'fa-p1-s3'])
    expect((await inspectHostilePage(page)).pwned).toBeUndefined()
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true })
    await page.close()
  })

  it('should stack the columns on a narrow screen and keep the index usable', async () => {
    const page = await open('ghani-askarian-1400', { width: 420, height: 860 })
    const [english, persian] = await page.locator('.column').evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().top))
    expect(persian).toBeGreaterThan(english as number)
    await page.screenshot({ path: join(shots, 'narrow.png') })
    await page.close()
    const index = await open('index')
    const links = await index.locator('.article-list h2 a').evaluateAll((items) => items.map((item) => item.getAttribute('href')))
    expect(links).toEqual(articles.map((article) => `${article.id}.html`))
    await index.screenshot({ path: join(shots, 'index.png') })
    await index.close()
  })

  it('should pass the axe-core WCAG 2.1 A and AA checks', async () => {
    // axe is injected as an inline script, which the pages' CSP forbids: a context that
    // bypasses CSP is used for this check only.
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    const audit = await browser.newContext({ bypassCSP: true })
    try {
      for (const id of ['sample-alliance-1401', 'rasooli-sani-1401', 'index']) {
        const page = await audit.newPage()
        await page.goto(pathToFileURL(join(outDir, `${id}.html`)).href)
        await page.evaluate(() => document.fonts.ready.then(() => undefined))
        await page.addScriptTag({ content: axe })
        const { violations, passed } = await page.evaluate(async () => {
          interface Rule {
            id: string
            nodes: Array<{ target: string[] }>
          }
          const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Rule[]; passes: Rule[] }> } }
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          return {
            violations: result.violations.map((rule) => `${rule.id}: ${rule.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`),
            passed: result.passes.map((rule) => rule.id)
          }
        })
        expect(violations, id).toEqual([])
        // The audit really ran the checks that matter here.
        expect(passed, id).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'valid-lang', 'document-title']))
        await page.close()
      }
    } finally {
      await audit.close()
    }
  })

  it('should log no console errors or warnings and make no network request on any page', () => {
    expect(problems).toEqual([])
  })
})
