import { articleSchema, type JsonSchema } from './schemas.js'

/**
 * Copy a value with object keys in the order its schema lists them, so that the same
 * Article serializes to the same bytes however its objects were built. Objects whose keys
 * the schema does not list (the free-form `meta.source`) get their keys sorted.
 *
 * @param value A value matching `schema`.
 * @param schema The schema (or sub-schema) it matches.
 */
export function canonicalize(value: unknown, schema: JsonSchema = articleSchema): unknown {
  const resolved = resolve(schema)
  if (Array.isArray(value)) {
    const items = (resolved['items'] ?? {}) as JsonSchema
    return value.map((item) => canonicalize(item, items))
  }
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const properties = resolved['properties'] as Record<string, JsonSchema> | undefined
  if (!properties) return sortedKeys(record)
  const result: Record<string, unknown> = {}
  for (const [key, sub] of Object.entries(properties)) {
    if (record[key] !== undefined) result[key] = canonicalize(record[key], sub)
  }
  for (const [key, item] of Object.entries(record)) if (!(key in result) && item !== undefined) result[key] = item
  return result
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
  return Object.fromEntries(keys.map((key) => [key, sortedKeys(record[key])]))
}

function resolve(schema: JsonSchema): JsonSchema {
  const reference = schema['$ref']
  if (typeof reference !== 'string') return schema
  if (reference === 'article.schema.json') return articleSchema
  const name = reference.replace(/^#\/\$defs\//, '')
  const definitions = articleSchema['$defs'] as Record<string, JsonSchema>
  const target = definitions[name]
  if (!target) throw new TypeError(`Unknown schema reference \`${reference}\``)
  return resolve(target)
}
