import { escapeHtml } from '@matn/html'
import type { SitePage } from './site-pages.js'

/** A page of the site with its title, ready to lay out. */
export interface LaidOutPage extends SitePage {
  title: string
}

/**
 * A documentation page: the nav (sections in order, then the API reference and the corpus
 * viewer), the rendered Markdown, and the site's stylesheet.
 *
 * @param page The page.
 * @param body Its rendered HTML (from `renderMarkdown`, already safe).
 * @param pages Every page, for the nav.
 * @returns The HTML document.
 */
export function layoutPage(page: LaidOutPage, body: string, pages: readonly LaidOutPage[]): string {
  const sections = [...new Set(pages.map((item) => item.section))]
  const nav = sections
    .map((section) => {
      const links = pages
        .filter((item) => item.section === section)
        .map((item) => {
          const current = item.output === page.output ? ' aria-current="page"' : ''
          return `<li><a href="${escapeHtml(item.output)}"${current}>${escapeHtml(item.title)}</a></li>`
        })
        .join('')
      return `<h2>${escapeHtml(section)}</h2><ul>${links}</ul>`
    })
    .join('')
  const reference = '<h2>Reference</h2><ul><li><a href="api/index.html">API (TypeDoc)</a></li><li><a href="viewer/index.html">Corpus viewer (HTML export)</a></li></ul>'
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self' file:; font-src 'self' file:; img-src 'self' file: data:; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(page.title)} · matn</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs.css">
</head>
<body>
<a class="skip-link" href="#content">Skip to the content</a>
<nav class="site-nav" aria-label="Documentation"><p class="site-name"><a href="index.html">matn</a></p>${nav}${reference}</nav>
<main id="content">
${body}
<p class="source-note">Source: <code>${escapeHtml(page.source)}</code></p>
</main>
</body>
</html>
`
}

/** The stylesheet of the site; Persian is set in Vazirmatn from the corpus viewer's fonts. */
export const docsStyle = `@font-face { font-family: 'Vazirmatn'; font-weight: 400; font-display: swap; src: url(viewer/assets/fonts/vazirmatn-arabic-400-normal.woff2) format('woff2'); unicode-range: U+0600-06FF, U+0750-077F, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC; }
@font-face { font-family: 'Vazirmatn'; font-weight: 700; font-display: swap; src: url(viewer/assets/fonts/vazirmatn-arabic-700-normal.woff2) format('woff2'); unicode-range: U+0600-06FF, U+0750-077F, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC; }
:root { color-scheme: light; --fg: #1d1d1f; --muted: #5f6368; --rule: #d9d6cf; --accent: #0b57d0; --code: #f4f2ee; }
* { box-sizing: border-box; }
body { margin: 0; display: grid; grid-template-columns: 16rem minmax(0, 1fr); font-family: system-ui, 'Noto Sans', 'DejaVu Sans', Vazirmatn, sans-serif; color: var(--fg); line-height: 1.6; }
[lang='fa'] { font-family: Vazirmatn, 'Noto Sans Arabic', Tahoma, sans-serif; line-height: 1.9; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip-link { position: absolute; left: 1rem; top: -3rem; background: #fff; padding: .5rem 1rem; }
.skip-link:focus { top: 1rem; }
.site-nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; padding: 1rem 1.25rem; border-right: 1px solid var(--rule); font-size: .92rem; }
.site-nav h2 { font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 1.25rem 0 .25rem; }
.site-nav ul { list-style: none; padding: 0; margin: 0; }
.site-nav li { margin: .15rem 0; }
.site-nav [aria-current='page'] { font-weight: 700; color: var(--fg); text-decoration: none; }
.site-name { font-size: 1.3rem; font-weight: 700; margin: 0; }
.site-name a { color: var(--fg); text-decoration: none; }
main { max-width: 52rem; padding: 1.5rem 2.5rem 4rem; }
pre { background: var(--code); padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; line-height: 1.45; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: .9em; }
:not(pre) > code { background: var(--code); padding: .05em .3em; border-radius: 3px; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--rule); padding: .3rem .6rem; text-align: start; vertical-align: top; }
.source-note { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 50rem) { body { display: block; } .site-nav { position: static; height: auto; border: 0; border-bottom: 1px solid var(--rule); } main { padding: 1rem; } }
`
