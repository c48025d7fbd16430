import articleSchemaJson from '../../schema/article.schema.json' with { type: 'json' }
import corpusSchemaJson from '../../schema/corpus.schema.json' with { type: 'json' }

/** A JSON Schema document, as parsed JSON. */
export type JsonSchema = Readonly<Record<string, unknown>>

/**
 * JSON Schema (draft 2020-12) of an `Article`, the same object as the package file
 * `@matn/json/schema/article.schema.json`. Strict: unknown properties are errors.
 */
export const articleSchema: JsonSchema = articleSchemaJson

/**
 * JSON Schema (draft 2020-12) of a corpus, `{ "articles": Article[] }`; it refers to
 * {@link articleSchema} by its `$id`. Also shipped as `@matn/json/schema/corpus.schema.json`.
 */
export const corpusSchema: JsonSchema = corpusSchemaJson
