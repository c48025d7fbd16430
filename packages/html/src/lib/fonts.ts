import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'

/** A font file to copy next to the pages. */
export interface FontFile {
  /** Absolute path in `@fontsource/vazirmatn`. */
  source: string
  /** File name under the fonts folder. */
  name: string
}

/** The `@font-face` rules of the viewer and the files they reference. */
export interface FontFaces {
  /** CSS with one rule per subset and weight; URLs are `<fontsDir>/<file>.woff2`. */
  css: string
  /** Exactly the files the CSS references. */
  files: FontFile[]
  /** Path of the font's license (SIL OFL 1.1), shipped with the files. */
  license: string
}

/** Weights the viewer uses: text and bold (titles, headings). */
const weights = [400, 700] as const
const facePattern = /@font-face\s*\{[^}]*\}/g
const woff2Pattern = /url\(\.\/files\/([A-Za-z0-9._-]+\.woff2)\)\s*format\(['"]woff2['"]\)/

/**
 * Read the `@font-face` rules of Vazirmatn from `@fontsource/vazirmatn` for the weights the
 * viewer uses, keep only their WOFF2 sources (every browser that runs the viewer reads
 * WOFF2) and point them at `fontsDir`. Each rule keeps its `unicode-range`, so a browser
 * loads only the subsets a page uses.
 *
 * @param fontsDir URL of the fonts folder relative to the stylesheet.
 * @returns The CSS and the files to copy.
 */
export async function vazirmatnFaces(fontsDir: string): Promise<FontFaces> {
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url)
  const files: FontFile[] = []
  const rules: string[] = []
  for (const weight of weights) {
    const cssPath = require.resolve(`@fontsource/vazirmatn/${weight}.css`)
    const css = await readFile(cssPath, 'utf8')
    for (const [rule] of css.matchAll(facePattern)) {
      const match = woff2Pattern.exec(rule)
      if (!match?.[1]) continue
      const name = match[1]
      const src = `src: url(${fontsDir}/${name}) format('woff2');`
      rules.push(rule.replace(/src:[^;]*;/, src))
      if (!files.some((file) => file.name === name)) files.push({ source: join(dirname(cssPath), 'files', name), name: basename(name) })
    }
  }
  if (rules.length === 0) throw new Error('@fontsource/vazirmatn holds no WOFF2 @font-face rules')
  const license = join(dirname(require.resolve('@fontsource/vazirmatn/package.json')), 'LICENSE')
  return { css: rules.join('\n'), files, license }
}
