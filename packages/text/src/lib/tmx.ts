import type { Article } from '@matn/core'
import packageJson from '../../package.json' with { type: 'json' }
import { alignedTexts } from './aligned-text.js'
import { escapeXml } from './xml-escape.js'

/**
 * The start of a TMX document (XML declaration, header, `<body>`): `tmxHead`, then
 * {@link articleTmxUnits} of each article in order, then {@link tmxTail} give the bytes of
 * {@link articlesToTmx}, so a corpus can be written one article at a time.
 */
export const tmxHead =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
  '<tmx version="1.4">\n' +
  `  <header creationtool="matn" creationtoolversion="${escapeXml(packageJson.version)}" segtype="sentence" ` +
  'o-tmf="matn" adminlang="en" srclang="fa" datatype="plaintext"/>\n' +
  '  <body>\n'

/** The end of a TMX document (see {@link tmxHead}). */
export const tmxTail = '  </body>\n</tmx>\n'

/**
 * The `<tu>` elements of one article's alignment links (see {@link articlesToTmx}).
 *
 * @param article The article.
 * @returns The units, each ending with a newline (empty when no link has text on both sides).
 */
export function articleTmxUnits(article: Article): string {
  return alignedTexts([article])
    .map((link) => {
      const variant = (lang: 'fa' | 'en'): string =>
        `      <tuv xml:lang="${lang}">\n` +
        `        <prop type="x-matn-segments">${escapeXml(link[lang].ids.join(' '))}</prop>\n` +
        `        <seg>${escapeXml(link[lang].text)}</seg>\n` +
        '      </tuv>\n'
      return (
        `    <tu tuid="${escapeXml(`${link.article}:${link.link}`)}">\n` +
        `      <prop type="x-matn-article">${escapeXml(link.article)}</prop>\n` +
        `      <prop type="x-matn-source">${link.source}</prop>\n` +
        `      <prop type="x-matn-score">${link.score}</prop>\n` +
        variant('fa') +
        variant('en') +
        '    </tu>\n'
      )
    })
    .join('')
}

/**
 * A TMX 1.4b translation memory of the alignment links of articles: one `<tu>` per link with
 * text on both sides (`tuid` = `<article>:<link>`), Persian (`srclang`) then English `<tuv>`,
 * and the article, link source, score and segment ids as `x-matn-*` properties. No dates, so
 * the same articles always give the same bytes.
 *
 * @param articles The articles.
 * @returns The TMX document (UTF-8, valid against the TMX 1.4 DTD).
 */
export function articlesToTmx(articles: readonly Article[]): string {
  return tmxHead + articles.map(articleTmxUnits).join('') + tmxTail
}
