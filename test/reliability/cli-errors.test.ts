import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '@matn/cli'

/**
 * Bad input through the `matn` command line: every failure is reported like a compiler,
 * `file:line:column: error: reason [matn:rule]`, with the documented exit code
 * (docs/errors.md) and never a stack trace.
 */
const deadline = 20_000
const directory = mkdtempSync(join(tmpdir(), 'matn-reliability-'))
const frontMatter = '---\nid: cli-case\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\n---\n\n'

function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

const compilerLine = /^.+:\d+:\d+: (?:error|warning): .+ \[matn:[a-z-]+\]$/

// `citations` reads a file that does not start with `---` as plain text: only `parse` fails on those.
const failing: Array<[string, string | Uint8Array, string, string[]]> = [
  ['empty.md', '', 'empty', ['parse']],
  ['no-front-matter.md', '# Title\n\nText.\n', 'front-matter', ['parse']],
  ['malformed.md', '---\nid: [x\n---\n', 'yaml', ['parse', 'citations']],
  ['tag.md', '---\nid: !!js/function x\ntitle: { en: T }\nauthors: [{ name: { en: A } }]\n---\n', 'yaml', ['parse', 'citations']],
  ['missing.md', '---\nid: x\n---\n', 'front-matter', ['parse', 'citations']],
  ['latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]), 'encoding', ['parse', 'citations']]
]

describe('matn parse and citations on bad input', () => {
  for (const [name, content, rule, commands] of failing) {
    it(`should report ${name} as file:line:column with exit 1 and no stack trace`, async () => {
      const path = file(name, content)
      for (const command of commands) {
        const { code, stdout, stderr } = await cli(command, path)
        expect(code).toBe(1)
        expect(stdout).toBe('')
        const lines = stderr.trimEnd().split('\n')
        for (const line of lines) expect(line).toMatch(compilerLine)
        expect(lines[0]).toContain(`[matn:${rule}]`)
        expect(lines[0]?.startsWith(`${path}:`)).toBe(true)
        expect(stderr).not.toMatch(/\n\s+at /)
      }
    }, deadline)
  }

  it('should report a missing file and a directory with E_READ, exit 1', async () => {
    for (const path of [join(directory, 'nope.md'), directory]) {
      const { code, stderr } = await cli('parse', path)
      expect(code).toBe(1)
      expect(stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: error: Cannot read the file \\(E[A-Z]+\\) \\[matn:read\\]\\n$`))
    }
  }, deadline)

  it('should print warnings and exit 0, or with --strict print them as errors and exit 1', async () => {
    const path = file('warnings.md', `${frontMatter}Outside.\n\n<div lang="de">\n\nText\u0000.\n\n</div>\n`)
    const relaxed = await cli('parse', path)
    expect(relaxed.code).toBe(0)
    expect(JSON.parse(relaxed.stdout).id).toBe('cli-case')
    expect(relaxed.stderr.trimEnd().split('\n')).toEqual([
      `${path}:7:1: warning: Text outside a language section is read as \`fa\` [matn:lang]`,
      `${path}:9:1: warning: Unknown language \`de\`: matn reads \`fa\` and \`en\`; the section is read as \`fa\` [matn:lang]`,
      `${path}:11:5: warning: 1 NUL character (U+0000): read as U+FFFD, as Markdown does [matn:nul]`
    ])
    for (const command of ['parse', 'citations']) {
      const strict = await cli(command, path, '--strict')
      expect(strict.code).toBe(1)
      expect(strict.stdout).toBe('')
      expect(strict.stderr).toBe(relaxed.stderr.replace(/: warning: /g, ': error: '))
    }
  }, deadline)

  it('should parse the good files of a list and report the bad ones, exit 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'matn-reliability-out-'))
    const good = file('good.md', `${frontMatter}<div lang="en">\n\nFine (Walt, 1987).\n\n</div>\n`)
    const bad = file('bad.md', '---\nid: x\n---\n')
    const { code, stderr } = await cli('parse', bad, good, '--out', out)
    expect(code).toBe(1)
    expect(stderr).toContain(`${bad}:2:1: error: Missing required field \`title\``)
    expect(stderr).toContain(`${good}: wrote `)
    expect(readdirSync(out)).toEqual(['cli-case.json'])
  }, deadline)

  it('should report bad usage with exit 2', async () => {
    for (const argv of [['parse'], ['parse', '--format', 'xml', 'x.md'], ['citations', 'a', 'b'], ['frobnicate'], ['parse', '--nope', 'x.md'], ['parse', 'a.md', 'b.md']]) {
      const { code, stderr } = await cli(...argv)
      expect(code, argv.join(' ')).toBe(2)
      expect(stderr).toMatch(/^matn: /)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  }, deadline)
})
