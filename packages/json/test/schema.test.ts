import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import * as json from '../src/index.js'
import { articleSchema, corpusSchema, validateArticle, validateCorpus } from '../src/index.js'
import { alignedFixture, corpusArticles, parseRepoArticle, repoRoot } from '../../../test/helpers/articles.js'
import { modelShapes, schemaObject, schemaShape } from './model-shape.js'

const definitions = articleSchema['$defs'] as Record<string, Record<string, unknown>>

describe('@matn/json', () => {
  it('should expose the documented API', () => {
    expect(Object.keys(json).sort()).toEqual([
      'articleSchema',
      'articleToJson',
      'corpusJsonHead',
      'corpusJsonItem',
      'corpusJsonTail',
      'corpusSchema',
      'corpusToJson',
      'countTranslationPairs',
      'footnoteGlossary',
      'readArticle',
      'readCorpus',
      'segmentRows',
      'toJsonLines',
      'translationPairs',
      'validateArticle',
      'validateCorpus',
      'worksCited'
    ])
  })
})

describe('the Article and Corpus JSON Schemas', () => {
  it('should be valid draft 2020-12 schemas', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
    expect(ajv.validateSchema(articleSchema), JSON.stringify(ajv.errors)).toBe(true)
    expect(ajv.validateSchema(corpusSchema), JSON.stringify(ajv.errors)).toBe(true)
    expect(articleSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('should declare exactly the interfaces of model.ts, property by property', () => {
    const model = modelShapes(`${repoRoot}packages/core/src/lib/model.ts`)
    const { TaggedCitation: _tagged, ...interfaces } = model.interfaces
    expect(schemaObject(articleSchema, definitions)).toEqual(interfaces['Article'])
    for (const [name, shape] of Object.entries(interfaces)) {
      if (name === 'Article') continue
      expect(definitions[name], name).toBeDefined()
      expect(schemaObject(definitions[name] as Record<string, unknown>, definitions), name).toEqual(shape)
    }
  })

  it('should list exactly the literal unions of model.ts as enums', () => {
    const model = modelShapes(`${repoRoot}packages/core/src/lib/model.ts`)
    for (const [name, values] of Object.entries(model.unions)) expect(definitions[name]?.['enum'], name).toEqual(values)
  })

  it('should forbid unknown properties on every object', () => {
    const open: string[] = []
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}/${index}`))
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>
        // `if`/`then`/`else` only constrain properties their object declares (and closes).
        const conditional = /\/(?:if|then|else)$/.test(path)
        if (record['properties'] && record['additionalProperties'] !== false && !conditional) open.push(path)
        for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`)
      }
    }
    visit(articleSchema, '#')
    visit(corpusSchema, '#')
    expect(open).toEqual([])
    // `meta.source` is the one free-form object, as in the model (Record<string, unknown>).
    const meta = definitions['ArticleMeta']?.['properties'] as Record<string, Record<string, unknown>>
    expect(schemaShape(meta['source'] as Record<string, unknown>, definitions)).toBe('object')
  })

  it('should accept undated works and ibid.s, and reject a year without a calendar or a stray undated', () => {
    const article = JSON.parse(JSON.stringify(parseRepoArticle('test/fixtures/articles/undated-ibid.md'))) as Record<string, any>
    expect(validateArticle(article)).toEqual([])
    const citations = article['citations'] as Array<Record<string, unknown>>
    const index = (predicate: (citation: Record<string, unknown>) => boolean) => citations.findIndex(predicate)
    const undated = index((citation) => citation['undated'] === 'no-date' && citation['ibid'] === undefined)
    const dated = index((citation) => typeof citation['year'] === 'number')
    const unresolved = index((citation) => citation['key'] === '')
    const broken = structuredClone(article)
    broken['citations'][undated]['calendar'] = 'gregorian'
    broken['citations'][dated]['undated'] = 'no-date'
    delete broken['citations'][unresolved]['ibid']
    const pointers = validateArticle(broken).map((issue) => issue.pointer)
    expect(pointers).toEqual(expect.arrayContaining([`/citations/${undated}`, `/citations/${dated}`, `/citations/${unresolved}`]))
    const missingStatus = structuredClone(article)
    delete missingStatus['citations'][undated]['undated']
    expect(validateArticle(missingStatus).map((issue) => issue.pointer)).toContain(`/citations/${undated}`)
  })

  it('should accept the original year of a reprint on a dated citation only', () => {
    const article = JSON.parse(JSON.stringify(parseRepoArticle('test/fixtures/articles/reprints.md'))) as Record<string, any>
    expect(validateArticle(article)).toEqual([])
    const citations = article['citations'] as Array<Record<string, unknown>>
    const reprint = citations.findIndex((citation) => citation['original'] !== undefined)
    const unresolved = citations.findIndex((citation) => citation['key'] === '')
    expect(citations[reprint]).toMatchObject({ year: 1999, original: { year: 1900, calendar: 'gregorian' } })
    const broken = structuredClone(article)
    broken['citations'][unresolved]['original'] = { year: 1900, calendar: 'gregorian' }
    broken['citations'][reprint]['original'] = { year: 1900 }
    const pointers = validateArticle(broken).map((issue) => issue.pointer)
    expect(pointers).toEqual(expect.arrayContaining([`/citations/${unresolved}`, `/citations/${reprint}/original`]))
  })

  it('should accept every article of the bundled corpus and the aligned fixture', () => {
    const articles = [...corpusArticles(), alignedFixture()]
    for (const article of articles) expect(validateArticle(JSON.parse(JSON.stringify(article))), article.id).toEqual([])
    expect(validateCorpus(JSON.parse(JSON.stringify({ articles })))).toEqual([])
  })
})

describe('validateArticle', () => {
  const valid = (): Record<string, any> => JSON.parse(JSON.stringify(alignedFixture()))

  it('should reject an unknown property with its pointer', () => {
    const value = valid()
    value['segments'][3]['colour'] = 'red'
    expect(validateArticle(value)).toEqual([
      { pointer: '/segments/3', message: '`/segments/3` must NOT have additional properties (`colour`)' }
    ])
  })

  it('should reject a missing required property and a wrong enum value', () => {
    const value = valid()
    delete value['citations'][0]['key']
    value['alignments'][0]['source'] = 'manual'
    expect(validateArticle(value).map((issue) => issue.pointer)).toEqual(['/citations/0', '/alignments/0/source'])
  })

  it('should reject dangling and duplicate references that the schema cannot see', () => {
    const value = valid()
    value['alignments'][1]['fa'] = ['fa-p99-s1']
    value['alignments'][0]['en'] = ['fa-title']
    value['segments'][1]['id'] = 'en-title'
    value['footnotes'][0]['segment'] = 'nowhere'
    const pointers = validateArticle(value).map((issue) => issue.pointer)
    expect(pointers).toContain('/segments/1/id')
    expect(pointers).toContain('/alignments/1/fa/0')
    expect(pointers).toContain('/alignments/0/en/0')
    expect(pointers).toContain('/footnotes/0/segment')
  })

  it('should reject a corpus with two articles of the same id', () => {
    const article = valid()
    expect(validateCorpus({ articles: [article, article] })).toEqual([
      { pointer: '/articles/1/id', message: `\`/articles/1/id\` repeats the article id \`${article['id']}\`` }
    ])
  })
})
