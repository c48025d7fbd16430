/**
 * Load the character classes and word lists of the installed parse-latin and parse-english,
 * the reference tokenizers the fast scanner must agree with. Their packages export only
 * the parser classes, so the modules are imported by file path; used by the table
 * generator and by the test that checks the generated tables are current.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The expressions of the reference tokenizers the scanner derives its tables from. */
export interface ReferenceExpressions {
  /** Version strings, written into the generated file. */
  versions: { parseLatin: string; parseEnglish: string }
  whiteSpace: RegExp
  punctuation: RegExp
  word: RegExp
  lowerInitial: RegExp
  numerical: RegExp
  affixSymbol: RegExp
  wordSymbolInner: RegExp
  terminalMarker: RegExp
  abbreviations: RegExp
  abbreviationsSensitive: RegExp
  elisionPrefix: RegExp
  elisionAffix: RegExp
}

/**
 * Import the reference expressions from the installed packages.
 *
 * @param from A file inside the package that depends on parse-english (`@matn/core`).
 */
export async function loadReferenceExpressions(from: string): Promise<ReferenceExpressions> {
  const requireFromCore = createRequire(from)
  const englishRoot = dirname(requireFromCore.resolve('parse-english'))
  const requireFromEnglish = createRequire(join(englishRoot, 'index.js'))
  const latinRoot = dirname(requireFromEnglish.resolve('parse-latin'))
  const latin = (await import(pathToFileURL(join(latinRoot, 'lib', 'expressions.js')).href)) as Record<string, RegExp>
  const english = (await import(pathToFileURL(join(englishRoot, 'lib', 'regex.js')).href)) as Record<string, RegExp>
  const version = async (root: string): Promise<string> => {
    const { readFile } = await import('node:fs/promises')
    return (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version
  }
  const pick = (module: Record<string, RegExp>, name: string): RegExp => {
    const value = module[name]
    if (!(value instanceof RegExp)) throw new Error(`Reference expression \`${name}\` is missing`)
    return value
  }
  return {
    versions: { parseLatin: await version(latinRoot), parseEnglish: await version(englishRoot) },
    whiteSpace: pick(latin, 'whiteSpace'),
    punctuation: pick(latin, 'punctuation'),
    word: pick(latin, 'word'),
    lowerInitial: pick(latin, 'lowerInitial'),
    numerical: pick(latin, 'numerical'),
    affixSymbol: pick(latin, 'affixSymbol'),
    wordSymbolInner: pick(latin, 'wordSymbolInner'),
    terminalMarker: pick(latin, 'terminalMarker'),
    abbreviations: pick(english, 'abbreviations'),
    abbreviationsSensitive: pick(english, 'abbreviationsSensitive'),
    elisionPrefix: pick(english, 'elisionPrefix'),
    elisionAffix: pick(english, 'elisionAffix')
  }
}
