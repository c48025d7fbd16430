import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { CodeExample } from './code-examples.js'

/** A problem found in a `ts types` block. */
export interface TypeExampleProblem {
  example: CodeExample
  message: string
}

/**
 * Type-check the `ts types` blocks of the docs against the built `@matn/core`: each block
 * is compiled with every core type it names but does not declare imported, and every
 * interface it declares under the name of a core type must be mutually assignable with
 * that type, so the documented model cannot drift from the real one.
 *
 * @param examples `types` blocks.
 * @param root Repository root (the files are written under `build/docs-examples/`).
 * @returns Problems, empty when every block matches.
 */
export function checkTypeExamples(examples: readonly CodeExample[], root: string): TypeExampleProblem[] {
  const scratch = join(root, 'build/docs-examples')
  mkdirSync(scratch, { recursive: true })
  const coreExports = exportedNames(scratch)
  const files = new Map<string, CodeExample>()
  for (const example of examples) {
    const declared = new Set([...example.code.matchAll(/\b(?:interface|type)\s+([A-Za-z_]\w*)/g)].map((match) => match[1] as string))
    const used = new Set([...example.code.matchAll(/\b([A-Z]\w*)\b/g)].map((match) => match[1] as string))
    const imports = [...used].filter((name) => coreExports.has(name) && !declared.has(name))
    const checks = [...declared]
      .filter((name) => coreExports.has(name))
      .map((name) => `export const same${name}: Same<${name}, core.${name}> = true`)
    const source = [
      "import type * as core from '@matn/core'",
      imports.length > 0 ? `import type { ${imports.join(', ')} } from '@matn/core'` : '',
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false',
      example.code,
      ...checks,
      'export {}'
    ].join('\n')
    const path = join(scratch, `${example.file.replace(/[^A-Za-z0-9]+/g, '-')}-${example.line}.types.mts`)
    writeFileSync(path, source)
    files.set(path, example)
  }
  const program = ts.createProgram([...files.keys()], compilerOptions)
  const problems: TypeExampleProblem[] = []
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const example = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (example) problems.push({ example, message })
    else problems.push({ example: examples[0] as CodeExample, message: `(no file) ${message}` })
  }
  return problems
}

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: []
}

/** Names `@matn/core` exports, read from its declarations. */
function exportedNames(scratch: string): Set<string> {
  const probe = join(scratch, 'core-exports.probe.mts')
  writeFileSync(probe, "import * as core from '@matn/core'\nexport { core }\n")
  const program = ts.createProgram([probe], compilerOptions)
  const checker = program.getTypeChecker()
  const file = program.getSourceFile(probe)
  const declaration = file?.statements.find(ts.isImportDeclaration)
  const symbol = declaration ? checker.getSymbolAtLocation(declaration.moduleSpecifier) : undefined
  if (!symbol) throw new Error('Cannot resolve @matn/core: build the packages first (pnpm -r run build)')
  return new Set(checker.getExportsOfModule(symbol).map((item) => item.getName()))
}
