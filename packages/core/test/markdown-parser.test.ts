import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../src/lib/markdown-parser.js'

/** The stack `parseArticle` parsed with before `parseMarkdown`: the reference. */
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

const files = [
  ...['ghani-askarian-1400', 'rasooli-sani-1401'].map((id) => `../../../corpus/${id}/article.md`),
  '../../../test/fixtures/articles/bilingual-small.md',
  '../../../test/fixtures/articles/hostile.md',
  '../../tei/test/fixtures/edge-cases.md'
].map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'))

/** Pieces that start or end every GFM construct, container prefixes and line endings. */
const pieces = [
  'a', 'b', 'متن', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '|', ' | ', ':', '-', '---', ':-:', '> ', '- ', '1. ', '    ',
  '~', '~~', '[^1]', '[^1]: ', '[ ]', '[x]', '[X]', '[', ']', 'www.', 'example.com', 'http://', 'https://', '@', 'a@b.co',
  'mailto:', '(', ')', '*', '_', '`', '```', '<!-- page: 2 -->', '<div lang="en">', '</div>', '#', '\\', '&amp;', '!'
]
const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''))
/** Whole lines: plain paragraphs (the fast path) and every block that could claim or change them. */
const lines = [
  'plain text متن', 'two plain\nlines متن', '(Walt, 1987: 3-4) cites', 'ends with a space ', 'a\ttab', '\u00a0no-break start',
  '2020 starts with a year', '1) a list', '12. a list', '- item', '* item', '+ item', '    indented', '  two spaces', '```', '~~~ js',
  '<!--', '-->', '<!-- page: 3 -->', '<pre>', '</pre>', '<div lang="fa">', '</div>', '> quote', '[^1]: note', '[^1]', 'see [^1] here',
  '[ref]: http://x.org', 'a [ref] link', '# heading', '===', '---', '***', 'a | b\n- | -', 'www.x.org plain', 'mail a@b.co',
  'back\\slash', 'amp &amp; entity', 'emph *x* and _y_', 'page <!-- page: 3 --> break', 'ends <!-- page: 4 -->',
  'two <!-- a --><!-- b --> comments\nover <!-- c --> lines', 'dash <!-- a-b --> inside', 'x <!-- page: 7 -->\ny', 'one\n<!-- page: 6 --> mid',
  'open <!-- no close', 'gt <!--> odd -->', 'with [^1] and <!-- page: 8 -->', '[^b]: with *emph* and [^1]', '[^a]: two\nlines',
  '[^x y]: white space', '[^c]:', '  [^d]: indented', 'calls [^b] [^c] [^d] [^x y]', '[^B]: upper case', '[^1]: again'
]
const separators = ['\n\n', '\n', '\n   \n', '\n\n\n', '\n\t\n', '\n \n\n']
const blocks = fc
  .array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom(...separators)), { minLength: 1, maxLength: 14 })
  .chain((parts) => fc.boolean().map((newline) => parts.map(([line, separator]) => line + separator).join('').replace(/\s*$/, newline ? '\n' : '')))
const frontMatter = fc.constantFrom('', '---\nid: x\n---\n', '---\nemail: a@b.co\n---\n', '---\nemail: a@b.co\n', '---\nurl: www.x.org\n--- \n', '----\nemail: a@b.co\n---\n')

/** Front matter and body, parsed by `parseMarkdown` and by the remark stack: the same tree. */
function expectRemarkTree(head: string, body: string): void {
  const source = head + body
  expect(parseMarkdown(source)).toEqual(reference.parse(source))
}

describe('parseMarkdown', () => {
  it('should give the remark-parse + remark-frontmatter + remark-gfm tree on the corpus and the fixtures', () => {
    for (const source of files) expect(parseMarkdown(source)).toEqual(reference.parse(source))
  })

  it('should give the remark tree on generated Markdown with every GFM construct', () => {
    fc.assert(
      fc.property(frontMatter, markdown, expectRemarkTree),
      { seed: 20_261_122, numRuns: 3000 }
    )
  })

  it('should give the remark tree on generated blocks around plain paragraphs and footnote definitions', () => {
    fc.assert(
      fc.property(frontMatter, blocks, expectRemarkTree),
      { seed: 20_261_122, numRuns: 3000 }
    )
  })

  it('should read tables anywhere a table can start', () => {
    const sources = [
      'a | b\n- | -\nc | d\n',
      'para\na | b\n--|--\n1 | 2\n\nafter',
      '> a | b\n> :-: | -\n> c | d\n',
      '- item\n\n  a | b\n  - | -\n  1 | 2\n',
      'a\n:-\nb\n',
      'a\r\n|-|\r\nb\r\n',
      '[^n]: note\n\n    a | b\n    - | -\n',
      '| a |\n| --- |\n| ~~s~~ www.x.org [ ] |\n'
    ]
    for (const source of sources) expect(parseMarkdown(source)).toEqual(reference.parse(source))
  })
})
