import type { Article } from '@matn/core'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { checkArticleReferences, checkCorpusReferences } from './references.js'
import { articleSchema, corpusSchema } from './schemas.js'

/** One reason a value is not a valid Article or Corpus. */
export interface JsonIssue {
  /** JSON Pointer (RFC 6901) to the offending value (`/segments/3/lang`). */
  pointer: string
  /** What is wrong, in words. */
  message: string
}

interface Validators {
  article: ValidateFunction
  corpus: ValidateFunction
}

let validators: Validators | undefined

function compile(): Validators {
  if (validators) return validators
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
  ajv.addSchema(articleSchema)
  const article = ajv.compile(articleSchema)
  const corpus = ajv.compile(corpusSchema)
  validators = { article, corpus }
  return validators
}

/**
 * Check a value against the Article JSON Schema, then check that its references hold
 * (unique ids; citations, footnotes, sections and alignments pointing at existing segments).
 *
 * @param value A parsed JSON value.
 * @returns Every problem found; empty when `value` is a valid Article.
 */
export function validateArticle(value: unknown): JsonIssue[] {
  const validate = compile().article
  if (!validate(value)) return toIssues(validate.errors)
  return checkArticleReferences(value as Article)
}

/**
 * Check a value against the Corpus JSON Schema, then the references of every article and
 * the uniqueness of article ids.
 *
 * @param value A parsed JSON value.
 * @returns Every problem found; empty when `value` is a valid corpus.
 */
export function validateCorpus(value: unknown): JsonIssue[] {
  const validate = compile().corpus
  if (!validate(value)) return toIssues(validate.errors)
  return checkCorpusReferences((value as { articles: Article[] }).articles)
}

function toIssues(errors: ErrorObject[] | null | undefined): JsonIssue[] {
  return (errors ?? []).map((error) => {
    const property = error.keyword === 'additionalProperties' ? ` (\`${String(error.params['additionalProperty'])}\`)` : ''
    return { pointer: error.instancePath, message: `${describe(error.instancePath)} ${error.message ?? 'is invalid'}${property}` }
  })
}

function describe(pointer: string): string {
  return pointer === '' ? 'the document' : `\`${pointer}\``
}
