import { copyFile, lstat, mkdir, realpath, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { MatnError, type Article } from '@matn/core'
import { VFile } from 'vfile'
import { vazirmatnFaces } from './fonts.js'
import { assetFiles } from './page-shell.js'
import { renderArticle } from './render-article.js'
import { renderIndex } from './render-index.js'
import { viewerScript } from './viewer-script.js'
import { viewerStyle } from './viewer-style.js'

const assetsDir = 'assets'
const safeId = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * Write a corpus as a static site that works offline from `file://`: `index.html`, one
 * `<id>.html` per article, `assets/matn.css`, `assets/matn.js`, and the Vazirmatn WOFF2
 * files the stylesheet references (with the font's license) in `assets/fonts/`.
 *
 * @param articles The articles (ids must be unique and usable as file names:
 *   `[A-Za-z0-9][A-Za-z0-9._-]*`, not `index`).
 * @param outDir The output folder (created if missing).
 * @returns Absolute paths of the files written, in the order written.
 * @throws {MatnError} `E_INPUT` when an id is unsafe as a file name, duplicated, or
 *   would be written outside `outDir`.
 */
export async function writeHtml(articles: readonly Article[], outDir: string): Promise<string[]> {
  const root = resolve(outDir)
  const seen = new Set<string>()
  for (const article of articles) {
    const id = article.id
    if (!safeId.test(id) || id.toLowerCase() === 'index' || id.toLowerCase() === assetsDir) {
      throw inputError(`Article id \`${id}\` cannot name a file: use [A-Za-z0-9][A-Za-z0-9._-]*, not \`index\` or \`assets\``)
    }
    if (seen.has(id.toLowerCase())) throw inputError(`Duplicate article id \`${id}\``)
    seen.add(id.toLowerCase())
  }
  const written: string[] = []
  await mkdir(root, { recursive: true })
  for (const folder of [assetsDir, `${assetsDir}/${assetFiles.fonts}`]) {
    const path = join(root, folder)
    const existing = await lstat(path).catch(() => undefined)
    if (existing?.isSymbolicLink()) throw inputError(`Refusing to write into \`${folder}\`: it is a link`)
    if (!existing) await mkdir(path)
  }
  const realRoot = await realpath(root)
  const isInside = (base: string, path: string): boolean => {
    const inside = relative(base, path)
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
  }
  /** The absolute path of an output file, refused if it (or a link on the way) leads outside `outDir`. */
  const target = async (path: string): Promise<string> => {
    const absolute = resolve(root, path)
    const folder = await realpath(dirname(absolute))
    const existing = await lstat(absolute).catch(() => undefined)
    if (!isInside(root, absolute) || (folder !== realRoot && !isInside(realRoot, folder)) || existing?.isSymbolicLink()) {
      throw inputError(`Refusing to write \`${path}\` outside \`${outDir}\``)
    }
    return absolute
  }
  const write = async (path: string, content: string): Promise<void> => {
    const absolute = await target(path)
    await writeFile(absolute, content, 'utf8')
    written.push(absolute)
  }
  const copy = async (source: string, path: string): Promise<void> => {
    const absolute = await target(path)
    await copyFile(source, absolute)
    written.push(absolute)
  }

  const faces = await vazirmatnFaces(assetFiles.fonts)
  await write(`${assetsDir}/${assetFiles.stylesheet}`, `${faces.css}\n${viewerStyle}`)
  await write(`${assetsDir}/${assetFiles.script}`, viewerScript())
  for (const font of faces.files) await copy(font.source, `${assetsDir}/${assetFiles.fonts}/${font.name}`)
  await copy(faces.license, `${assetsDir}/${assetFiles.fonts}/LICENSE-Vazirmatn-OFL.txt`)
  await write('index.html', renderIndex(articles))
  for (const article of articles) {
    await write(`${article.id}.html`, renderArticle(article, { corpus: articles }))
  }
  return written
}

function inputError(reason: string): MatnError {
  const file = new VFile()
  const message = file.message(reason, { ruleId: 'html', source: 'matn' })
  message.fatal = true
  return new MatnError('E_INPUT', file, [message])
}
