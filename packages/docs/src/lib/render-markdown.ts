import { posix } from 'node:path'
import { dominantScript } from '@matn/core'
import type { Element, Root as HastRoot } from 'hast'
import { toString } from 'hast-util-to-string'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** A rendered Markdown page. */
export interface RenderedMarkdown {
  /** The first heading's text, for `<title>` and the nav. */
  title: string
  /** The body as HTML. */
  html: string
}

/**
 * Where links of a page go: the output name of another page's source, or undefined when
 * the target is not a page (it is then linked in the repository).
 */
export type PageOf = (source: string) => string | undefined

const blockTags = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt'])

/**
 * Render a Markdown page with remark → rehype: GFM, heading ids (`rehype-slug`), raw HTML
 * dropped (the docs quote HTML only in code), links to other pages rewritten to their
 * `.html` output and links to other repository files pointed at the repository (the site
 * is written two levels down, in `build/docs/`), and Persian blocks marked
 * `lang="fa" dir="rtl"`.
 *
 * @param markdown The page source.
 * @param source Its repository-relative path.
 * @param pageOf Output names of the pages of the site.
 * @returns Title and HTML.
 */
export function renderMarkdown(markdown: string, source: string, pageOf: PageOf): RenderedMarkdown {
  let title = ''
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(() => (tree: HastRoot) => {
      visit(tree, 'element', (node: Element) => {
        if (!title && node.tagName === 'h1') title = toString(node)
        if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
          node.properties['href'] = rewriteHref(node.properties['href'], source, pageOf)
        }
        if (blockTags.has(node.tagName) && dominantScript(toString(node)) === 'fa') {
          node.properties['lang'] = 'fa'
          node.properties['dir'] = 'rtl'
        }
      })
    })
    .use(rehypeStringify)
  const html = String(processor.processSync(markdown))
  return { title: title || posix.basename(source, '.md'), html }
}

/**
 * Rewrite a link of a page: URLs with a scheme, in-page anchors and links to `.html` files
 * (parts of the built site such as `api/index.html`) stay; a link to a page of the site
 * goes to its output file; any other repository path is linked from `build/docs/` back
 * into the repository.
 *
 * @param href The link as written.
 * @param source Repository-relative path of the page that holds it.
 * @param pageOf Output names of the pages.
 */
export function rewriteHref(href: string, source: string, pageOf: PageOf): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href
  // A link to an `.html` file is a link into the built site (`api/index.html`).
  if (/\.html(?:#|$)/.test(href)) return href
  const [path = '', ...rest] = href.split('#')
  const hash = rest.length > 0 ? `#${rest.join('#')}` : ''
  const target = posix.normalize(posix.join(posix.dirname(source), decodeURI(path)))
  const page = pageOf(target)
  if (page) return `${page}${hash}`
  return `../../${encodeURI(target)}${hash}`
}
