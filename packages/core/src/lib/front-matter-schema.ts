/**
 * JSON Schema of an article's YAML front matter (see docs/format.md).
 */

const bilingual = {
  type: 'object',
  properties: { fa: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
  additionalProperties: false,
  minProperties: 1
} as const

const date = {
  type: 'object',
  properties: {
    solar: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    gregorian: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }
  },
  required: ['solar'],
  additionalProperties: false
} as const

/** The front matter schema (JSON Schema draft-07, as ajv reads it by default). */
export const frontMatterSchema = {
  $id: 'https://matn.dev/schema/front-matter.json',
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    title: bilingual,
    authors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          name: bilingual,
          affiliation: bilingual,
          email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
          corresponding: { type: 'boolean' }
        },
        required: ['name'],
        additionalProperties: false
      }
    },
    journal: bilingual,
    volume: { type: ['integer', 'string'] },
    issue: { type: ['integer', 'string'] },
    pages: { type: 'string', pattern: '^[0-9]+(-[0-9]+)?$' },
    received: date,
    accepted: date,
    keywords: {
      type: 'object',
      properties: {
        fa: { type: 'array', items: { type: 'string', minLength: 1 } },
        en: { type: 'array', items: { type: 'string', minLength: 1 } }
      },
      additionalProperties: false
    },
    source: { type: 'object' },
    license: { type: 'string' }
  },
  required: ['id', 'title', 'authors'],
  additionalProperties: false
} as const
