/**
 * Describe the interfaces and literal unions of `packages/core/src/lib/model.ts` and the
 * definitions of a JSON Schema in one notation, so a test can compare them member by member.
 */
import { readFileSync } from 'node:fs'
import ts from 'typescript'

/** A type, written the same way for TypeScript and for JSON Schema. */
export type Shape = string

/** An object type: each property's shape and whether it is required. */
export type ObjectShape = Record<string, { shape: Shape; required: boolean }>

/** Everything model.ts declares: interfaces as object shapes, literal unions as value lists. */
export interface ModelShapes {
  interfaces: Record<string, ObjectShape>
  unions: Record<string, string[]>
}

export function modelShapes(path: string): ModelShapes {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const declared: Record<string, ts.InterfaceDeclaration> = {}
  const unions: Record<string, string[]> = {}
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) declared[statement.name.text] = statement
    if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      unions[statement.name.text] = statement.type.types.map((member) => {
        if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) return member.literal.text
        throw new TypeError(`${statement.name.text}: not a string literal union`)
      })
    }
  }
  const interfaces: Record<string, ObjectShape> = {}
  const members = (declaration: ts.InterfaceDeclaration): ObjectShape => {
    const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
      clause.types.map((type) => members(declared[type.expression.getText(source)] as ts.InterfaceDeclaration))
    )
    return Object.assign({}, ...inherited, propertiesOf(declaration.members, source)) as ObjectShape
  }
  for (const [name, declaration] of Object.entries(declared)) interfaces[name] = members(declaration)
  return { interfaces, unions }
}

function propertiesOf(elements: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile): ObjectShape {
  const shape: ObjectShape = {}
  for (const member of elements) {
    if (!ts.isPropertySignature(member) || !member.type) throw new TypeError(`Unexpected member ${member.getText(source)}`)
    shape[member.name.getText(source)] = { shape: typeShape(member.type, source), required: !member.questionToken }
  }
  return shape
}

function typeShape(node: ts.TypeNode, source: ts.SourceFile): Shape {
  if (node.kind === ts.SyntaxKind.StringKeyword) return 'string'
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number'
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean'
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) return 'null'
  if (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.TrueKeyword) return 'true'
  if (ts.isUnionTypeNode(node)) return union(node.types.map((member) => typeShape(member, source)))
  if (ts.isArrayTypeNode(node)) return `array<${typeShape(node.elementType, source)}>`
  if (ts.isTypeLiteralNode(node)) return objectShape(propertiesOf(node.members, source))
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText(source)
    return name === 'Record' ? 'object' : `ref:${name}`
  }
  throw new TypeError(`Unhandled type ${node.getText(source)}`)
}

/** The shape of a JSON Schema node; `definitions` are the schema's `$defs`. */
export function schemaShape(schema: Record<string, unknown>, definitions: Record<string, Record<string, unknown>>): Shape {
  const reference = schema['$ref']
  if (typeof reference === 'string') {
    const name = reference.replace('#/$defs/', '')
    const target = definitions[name]
    // Named string definitions (ArticleId) are plain `string` in TypeScript.
    return target?.['type'] === 'string' ? 'string' : `ref:${name}`
  }
  const anyOf = schema['anyOf']
  if (Array.isArray(anyOf)) return union(anyOf.map((member) => schemaShape(member as Record<string, unknown>, definitions)))
  if (schema['const'] === true) return 'true'
  const type = schema['type']
  if (Array.isArray(type)) return union(type.map((member) => schemaShape({ ...schema, type: member }, definitions)))
  if (type === 'integer' || type === 'number') return 'number'
  if (type === 'string' || type === 'boolean' || type === 'null') return type
  if (type === 'array') return `array<${schemaShape(schema['items'] as Record<string, unknown>, definitions)}>`
  if (type === 'object') {
    const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined
    return properties ? objectShape(schemaObject(schema, definitions)) : 'object'
  }
  throw new TypeError(`Unhandled schema ${JSON.stringify(schema)}`)
}

/** The properties of an object schema with their shapes and whether they are required. */
export function schemaObject(
  schema: Record<string, unknown>,
  definitions: Record<string, Record<string, unknown>>
): ObjectShape {
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>
  const required = new Set((schema['required'] ?? []) as string[])
  const shape: ObjectShape = {}
  for (const [name, property] of Object.entries(properties)) {
    shape[name] = { shape: schemaShape(property, definitions), required: required.has(name) }
  }
  return shape
}

function objectShape(shape: ObjectShape): Shape {
  const members = Object.keys(shape)
    .sort()
    .map((name) => `${name}${shape[name]?.required ? '' : '?'}: ${shape[name]?.shape}`)
  return `{ ${members.join('; ')} }`
}

function union(members: Shape[]): Shape {
  return [...new Set(members)].sort().join(' | ')
}
