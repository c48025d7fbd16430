/**
 * Headless Chromium for the viewer tests (Debian's `/usr/bin/chromium`, or `MATN_CHROMIUM`),
 * driven by playwright-core; shared by `viewer.browser.test.ts` and the hostile-content
 * export test (`test/reliability/hostile-exports.test.ts`).
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

/** The Chromium binary. */
export const chromiumPath = process.env['MATN_CHROMIUM'] ?? '/usr/bin/chromium'

/** Whether Chromium is there; tests skip (with a warning) when it is not. */
export const hasChromium = existsSync(chromiumPath)

/** Launch headless Chromium, sandbox and network features off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  })
}

/** What a page shows of hostile content: see {@link inspectHostilePage}. */
export interface HostileFacts {
  /** `window.matnPwned`: every payload of the hostile fixture sets it; undefined when none ran. */
  pwned: unknown
  /** Elements only injected markup would make. */
  injected: number
  /** `script` elements. */
  scripts: number
  /** `on*` attributes and attribute values starting with `javascript:`, as `TAG name=value`. */
  unsafe: string[]
  /** Each `[data-segment]` element's text, footnote markers left out, by segment id. */
  segments: Record<string, string>
}

/** Inspect a loaded page for hostile content that escaped being text. */
export function inspectHostilePage(page: Page): Promise<HostileFacts> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { matnPwned?: unknown }).matnPwned,
    injected: document.querySelectorAll('img, svg, iframe, style, object, embed, form, b, x, td[onclick]').length,
    scripts: document.querySelectorAll('script').length,
    unsafe: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
        .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`)
    ),
    segments: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-segment]')].map((element) => {
        const copy = element.cloneNode(true) as HTMLElement
        for (const marker of copy.querySelectorAll('.fn-ref')) marker.remove()
        return [element.dataset['segment'] as string, copy.textContent ?? '']
      })
    )
  }))
}

/** Activate segments by keyboard, open a citation and a footnote: whatever could trigger a payload. */
export async function exerciseHostilePage(page: Page, segmentIds: readonly string[]): Promise<void> {
  for (const id of segmentIds) {
    await page.locator(`[data-segment="${id}"]`).focus()
    await page.keyboard.press('Enter')
  }
  await page.locator('a.cite').first().click()
  await page.keyboard.press('Escape')
  await page.locator('.fn-ref').first().click()
  await page.keyboard.press('Escape')
}
