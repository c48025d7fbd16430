import type { Code, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** How a fenced code block of the docs is checked. */
export type ExampleMode =
  /** JavaScript or TypeScript, run as an ES module against the built packages. */
  | 'run'
  /** Shell commands, run with bash from the repository root. */
  | 'shell'
  /** TypeScript declarations that must match the real types of `@matn/core`. */
  | 'types'
  /** Setup commands (install, the whole test suite) that a test cannot run. */
  | 'setup'
  /** Data, not code (YAML, Markdown, JSON, text, XML…). */
  | 'data'

/** A fenced code block of a documentation page. */
export interface CodeExample {
  /** Repository-relative path of the page. */
  file: string
  /** 1-based line of the opening fence. */
  line: number
  /** Language of the fence (`ts`, `sh`…), empty when none. */
  lang: string
  /** Words after the language (`norun`, `types`). */
  meta: string[]
  mode: ExampleMode
  code: string
}

const scriptLangs = new Set(['js', 'javascript', 'mjs', 'ts', 'typescript', 'mts'])
const shellLangs = new Set(['sh', 'bash', 'shell', 'console'])

/**
 * Every fenced code block of a Markdown page, with how it is to be checked: JavaScript and
 * TypeScript blocks run, shell blocks run, `ts types` blocks are type-checked against the
 * real model, shell blocks marked `norun` are setup commands; other languages are data.
 *
 * @param markdown The page.
 * @param file Its repository-relative path (for messages).
 * @returns The blocks in order.
 */
export function codeExamples(markdown: string, file: string): CodeExample[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const examples: CodeExample[] = []
  visit(tree, 'code', (node: Code) => {
    const lang = (node.lang ?? '').toLowerCase()
    const meta = (node.meta ?? '').split(/\s+/).filter(Boolean)
    examples.push({ file, line: node.position?.start.line ?? 1, lang, meta, mode: modeOf(lang, meta), code: node.value })
  })
  return examples
}

function modeOf(lang: string, meta: readonly string[]): ExampleMode {
  if (scriptLangs.has(lang)) return meta.includes('types') ? 'types' : 'run'
  if (shellLangs.has(lang)) return meta.includes('norun') ? 'setup' : 'shell'
  return 'data'
}

/**
 * Commands a docs page may show without running them: installing, building, testing,
 * building the docs themselves, and the measurement scripts (benchmarks, quality and
 * alignment reports, the fuzzer with its numeric options); each runs far longer than a
 * test, or runs the tests.
 */
export const setupCommand =
  /^(?:#.*|(?:npx -y pnpm@10|pnpm|npm) (?:install\b.*|add\b.*|test|(?:run )?(?:build|test|corpus|docs|typecheck|bench|quality|align:eval|corpus:corrections|check:packages|lexicon:generate|lexicon:evaluate|bench:align|bench:html)(?: --[a-z0-9-]+)*(?: +#.*)?|(?:run )?fuzz(?: --[a-z-]+ [0-9.]+)*(?: +#.*)?)|npx vitest run\b.*|npm install @matn\/[a-z-]+(?: @matn\/[a-z-]+)*)$/

/**
 * Lines of a setup block that are not setup commands (a setup block must have none).
 *
 * @param example A `setup` block.
 */
export function nonSetupLines(example: CodeExample): string[] {
  return example.code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/\s+&&\s+/))
    .filter((command) => !setupCommand.test(command))
}
