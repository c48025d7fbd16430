import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '@matn/core'
import { articleToTei, corpusToTei } from '../src/index.js'
import { alignmentsFor, articlePaths, hostileArticle, loadArticle, markdownArticle, withAlignments } from './helpers/articles.js'
import { jing } from './helpers/jing.js'
import { SchematronSchema } from './helpers/schematron.js'
import { schemasDirectory, validationUnavailable } from './helpers/schemas.js'

/** Every kind of output, by name. */
function documents(): Record<string, string> {
  const articles = articlePaths.map((path) => withAlignments(loadArticle(path)))
  const result: Record<string, string> = {}
  articlePaths.forEach((path, index) => {
    const article = articles[index]!
    result[path] = articleToTei(article)
    result[`${path} (hostile strings)`] = articleToTei(hostileArticle(article))
  })
  result['corpus'] = corpusToTei(articles)
  result['corpus (hostile strings)'] = corpusToTei(articles.map(hostileArticle), { title: 'hostile & <corpus>' })
  result['fixture without positions'] = articleToTei(articles[0]!, { positions: false })
  // Citations in all three calendars: Gregorian, Solar Hijri and lunar Hijri (`۱۴۲۰ق`).
  const fixture = readFileSync(new URL('../../../test/fixtures/articles/bilingual-small.md', import.meta.url), 'utf8')
  const hijri = fixture.replace(/<\/div>\s*$/, 'عدالت فضیلت است (طباطبایی، ۱۴۲۰ق: ۳۴) و (مطهری، ۱۳۷۹ ه.ش).\n\n</div>\n')
  result['citations in three calendars'] = articleToTei(parseArticle(hijri))
  const generated = markdownArticle.chain((markdown) => {
    const article = parseArticle(markdown)
    return alignmentsFor(article).map((alignments) => ({ ...article, alignments }))
  })
  fc.sample(generated, { seed: 20_260_101, numRuns: 30 }).forEach((article, index) => {
    result[`generated article ${index + 1}`] = articleToTei(article)
  })
  return result
}

describe.skipIf(validationUnavailable)('TEI validation', () => {
  const schemas = schemasDirectory as string
  let outputs: Record<string, string> = {}
  let schematron: SchematronSchema

  beforeAll(() => {
    outputs = documents()
    schematron = new SchematronSchema(readFileSync(join(schemas, 'tei_all.sch'), 'utf8'))
  })

  it('should catch broken TEI (the validators are live)', () => {
    const fixture = outputs[articlePaths[0]] as string
    const duplicateId = fixture.replace('xml:id="fa-p1-s2"', 'xml:id="fa-p1-s1"')
    const notNcName = fixture.replace('xml:id="fa-p1-s2"', 'xml:id="1 fa"')
    const singleTarget = fixture.replace(/<link ([^>]*)target="#[^ "]+ /, '<link $1target="')
    expect(singleTarget).not.toBe(fixture)
    const errors = jing(join(schemas, 'tei_all.rng'), { duplicateId, notNcName })
    expect(errors.duplicateId?.join('\n')).toMatch(/already been defined/)
    expect(errors.notNcName?.join('\n')).toMatch(/xml:id/)
    expect(schematron.validate(singleTarget).map((failure) => failure.message)).toContain('You must supply at least two values for @target on <link>.')
  })

  it('should write documents that jing validates against tei_all.rng', () => {
    const errors = jing(join(schemas, 'tei_all.rng'), outputs)
    expect(Object.keys(errors)).toHaveLength(Object.keys(outputs).length)
    expect(Object.entries(errors).filter(([, list]) => list.length > 0)).toEqual([])
  })

  it('should write documents that pass every Schematron rule of tei_all.sch', () => {
    expect(schematron.patternCount).toBe(93)
    const failures = Object.entries(outputs).flatMap(([name, xml]) => schematron.validate(xml).map((failure) => `${name}: ${failure.message}`))
    expect(failures).toEqual([])
  })
})
