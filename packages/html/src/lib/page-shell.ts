import { h, join, trusted, type Child, type Html } from './html-builder.js'

/** File names of the viewer's assets, relative to the assets folder. */
export const assetFiles = Object.freeze({ stylesheet: 'matn.css', script: 'matn.js', fonts: 'fonts' })

/**
 * The Content-Security-Policy of every page: nothing but the page's own stylesheet,
 * script and fonts. `file:` is listed next to `'self'` because browsers disagree on
 * whether `'self'` covers files opened from disk.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' file:",
  "style-src 'self' file:",
  "font-src 'self' file:",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** What a page needs besides its body. */
export interface PageSettings {
  /** Text of `<title>`. */
  title: string
  /** Path of the assets folder from the page. */
  assets: string
  /** Extra class of `<body>`. */
  bodyClass: string
}

/**
 * A complete HTML document: UTF-8, strict CSP, the viewer's stylesheet and deferred
 * script, English interface (Persian parts carry their own `lang` and `dir`).
 *
 * @param settings Title, assets path, body class.
 * @param body Content of `<body>`.
 * @returns The document.
 */
export function renderPage(settings: PageSettings, body: readonly Child[]): Html {
  const base = settings.assets.replace(/\/+$/, '')
  return join([
    trusted('<!doctype html>\n'),
    h(
      'html',
      { lang: 'en', dir: 'ltr' },
      h(
        'head',
        null,
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }),
        h('meta', { name: 'generator', content: 'matn' }),
        h('title', null, settings.title),
        h('link', { rel: 'icon', href: 'data:,' }),
        h('link', { rel: 'stylesheet', href: `${base}/${assetFiles.stylesheet}` }),
        h('script', { src: `${base}/${assetFiles.script}`, defer: true })
      ),
      h('body', { class: settings.bodyClass }, ...body)
    ),
    '\n'
  ])
}
