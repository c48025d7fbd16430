import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { MatnError, type Article } from '@matn/core'
import { describe, expect, it } from 'vitest'
import * as text from '../src/index.js'
import { alignedTexts, articleText, articlesToTmx, countNonXmlCharacters, escapeXml, mosesCorpus, oneLine } from '../src/index.js'
import { alignedFixture, corpusArticles, schemasDir } from '../../../test/helpers/articles.js'

const dtd = join(schemasDir, 'tmx14.dtd')
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0
const canValidate = hasXmllint && existsSync(dtd)
if (!canValidate) console.warn(`Skipping TMX validation: needs xmllint and ${dtd} (set MATN_SCHEMAS)`)

const work = mkdtempSync(join(tmpdir(), 'matn-text-'))

/** Validate a TMX document against the TMX 1.4 DTD with xmllint; returns its diagnostics ('' when valid). */
function xmllintTmx(document: string): string {
  const path = join(work, 'test.tmx')
  writeFileSync(path, document)
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, path], { encoding: 'utf8' })
  return result.status === 0 ? '' : result.stderr || `exit ${result.status}`
}

/** The text of an XPath over a file, as xmllint reads it. */
function xpath(path: string, expression: string): string {
  // xmllint ends the printed string with a line feed of its own.
  return execFileSync('xmllint', ['--nonet', '--xpath', expression, path], { encoding: 'utf8' }).replace(/\n$/, '')
}

/** The fixture with the text of its first two aligned segments replaced. */
function withTexts(en: string, fa: string): Article {
  const article = alignedFixture()
  for (const segment of article.segments) {
    if (segment.id === 'en-title') segment.text = en
    if (segment.id === 'fa-title') segment.text = fa
  }
  return article
}

describe('@matn/text', () => {
  it('should expose the documented API', () => {
    expect(Object.keys(text).sort()).toEqual([
      'alignedTexts',
      'articleText',
      'articleTmxUnits',
      'articlesToTmx',
      'countNonXmlCharacters',
      'escapeXml',
      'mosesCorpus',
      'oneLine',
      'tmxHead',
      'tmxTail'
    ])
  })
})

describe('oneLine', () => {
  it('should turn every line break a reader may split on into a space and lone surrogates into U+FFFD', () => {
    expect(oneLine('a\r\nb\nc\rd\u2028e\u2029f\u0085g\vh\fi')).toBe('a b c d e f g h i')
    expect(oneLine('x\uD800y\uDC00z\uD83D\uDE00')).toBe('x\uFFFDy\uFFFDz\uD83D\uDE00')
  })
})

describe('articleText', () => {
  it('should write one segment per line per language with a line-aligned id sidecar', () => {
    const article = alignedFixture()
    const fa = articleText(article, 'fa')
    const faSegments = article.segments.filter((segment) => segment.lang === 'fa')
    expect(fa.lines).toBe(faSegments.length)
    expect(fa.text.split('\n').slice(0, -1)).toEqual(faSegments.map((segment) => segment.text))
    expect(fa.ids.split('\n').slice(0, -1)).toEqual(faSegments.map((segment) => segment.id))
    expect(articleText(article, 'en').ids.startsWith('en-title\nen-kw1\n')).toBe(true)
  })

  it('should keep text and ids line-aligned whatever the text holds', () => {
    const base = alignedFixture()
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 8 }), (texts) => {
        const article: Article = structuredClone(base)
        texts.forEach((value, index) => {
          const segment = article.segments[index]
          if (segment) segment.text = value
        })
        for (const lang of ['fa', 'en'] as const) {
          const out = articleText(article, lang)
          expect(out.text.split('\n')).toHaveLength(out.lines + 1)
          expect(out.ids.split('\n')).toHaveLength(out.lines + 1)
          expect(Buffer.from(out.text, 'utf8').toString('utf8')).toBe(out.text)
        }
      }),
      { seed: 1400, numRuns: 200 }
    )
  })
})

describe('mosesCorpus', () => {
  it('should write one line per link with text on both sides, and where each line comes from', () => {
    const moses = mosesCorpus([alignedFixture()])
    expect(moses.lines).toBe(3)
    expect(moses.en.split('\n')).toHaveLength(4)
    expect(moses.fa.split('\n')[0]).toBe('موازنهٔ تهدید و سیاست دنباله‌روی')
    expect(moses.ids.split('\n')[2]).toBe('sample-alliance-1401\ten-p1-s2 en-p2-s1\tfa-p1-s2\tauto\t0.5')
    expect(mosesCorpus(corpusArticles().map((article) => ({ ...article, alignments: [] })))).toEqual({ en: '', fa: '', ids: '', lines: 0 })
  })

  it('should keep both sides line-aligned whatever the text holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), (en, fa) => {
        const moses = mosesCorpus([withTexts(en, fa)])
        expect(moses.en.split('\n')).toHaveLength(moses.lines + 1)
        expect(moses.fa.split('\n')).toHaveLength(moses.lines + 1)
        expect(moses.ids.split('\n')).toHaveLength(moses.lines + 1)
      }),
      { seed: 1401, numRuns: 200 }
    )
  })

  it('should fail loudly on a link to an unknown segment', () => {
    const article = alignedFixture()
    article.alignments.push({ en: ['en-title'], fa: ['fa-p7-s1'], score: 1, source: 'auto' })
    expect(() => alignedTexts([article])).toThrow(MatnError)
  })
})

describe('escapeXml', () => {
  it('should escape markup characters and replace characters XML 1.0 cannot hold', () => {
    expect(escapeXml('a < b && c > d "q" ]]> \r')).toBe('a &lt; b &amp;&amp; c &gt; d &quot;q&quot; ]]&gt; &#13;')
    expect(escapeXml('\u0000\u0001\u0008\t\n\u000B\u000C\u001F\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD\uFFFD\t\n\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD')
    expect(escapeXml('\uD800 \uDFFF \uD83D\uDE00')).toBe('\uFFFD \uFFFD \uD83D\uDE00')
    expect(countNonXmlCharacters('ok\u0001\uD800\uD83D\uDE00')).toBe(2)
  })
})

describe('articlesToTmx', () => {
  it.skipIf(!canValidate)('should write TMX 1.4b valid against the TMX 1.4 DTD', () => {
    const articles = [alignedFixture(), ...corpusArticles()]
    const document = articlesToTmx(articles)
    expect(xmllintTmx(document)).toBe('')
    // One translation unit per link with text on both sides (3 in the fixture, the rest from the corpus).
    const bothSides = articles.flatMap((article) => article.alignments).filter((link) => link.en.length > 0 && link.fa.length > 0)
    expect(bothSides.length).toBeGreaterThan(3)
    expect(document.match(/<tu /g)).toHaveLength(bothSides.length)
  })

  it.skipIf(!canValidate)('should be rejected by the DTD when broken (the validator can fail)', () => {
    const document = articlesToTmx([alignedFixture()]).replace(' srclang="fa"', '')
    expect(xmllintTmx(document)).toMatch(/does not carry attribute srclang/)
  })

  it.skipIf(!canValidate)('should stay valid and keep the text for <, &, ]]>, quotes, control characters and lone surrogates', () => {
    const hostile = 'a < b & c ]]> "d" \'e\' \u0001\u001F \uD800 \r\n<!-- x --> <![CDATA[ y ]]> &amp;'
    const document = articlesToTmx([withTexts(hostile, `فارسی ${hostile}`)])
    expect(xmllintTmx(document)).toBe('')
    const path = join(work, 'hostile.tmx')
    writeFileSync(path, document)
    const expected = hostile.replace(/[\u0001\u001F\uD800]/g, '\uFFFD')
    expect(xpath(path, 'string(//tu[1]/tuv[@xml:lang="en"]/seg)')).toBe(expected)
    expect(xpath(path, 'string(//tu[1]/tuv[@xml:lang="fa"]/seg)')).toBe(`فارسی ${expected}`)
  })

  it.skipIf(!canValidate)('should stay valid for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        expect(xmllintTmx(articlesToTmx([withTexts(value, value)]))).toBe('')
      }),
      { seed: 1402, numRuns: 40 }
    )
  })

  it('should write the same bytes for the same articles', () => {
    expect(articlesToTmx([alignedFixture()])).toBe(articlesToTmx([alignedFixture()]))
    expect(articlesToTmx([alignedFixture()])).not.toMatch(/creationdate|changedate/)
  })
})
