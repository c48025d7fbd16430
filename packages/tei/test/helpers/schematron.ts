/**
 * A small ISO Schematron runner (patterns, rules, `let`, `assert`, `report`, `name`,
 * `value-of`) on fontoxpath, an XPath 3.1 engine, over slimdom documents: enough for the
 * XSLT2-query-binding rules of tei_all.sch, whose tests use XPath 2 (`eq`, `tokenize`,
 * `castable as`). Each pattern applies, to every node, its first rule whose context
 * matches. A context that starts with `/` is evaluated from the root as is (node-schematron
 * wraps every context in `//(…)`, which makes `/*[count(//x) gt 1]` quadratic).
 */
import * as fontoxpathModule from 'fontoxpath'
import { parseXmlDocument, type Element, type Node } from 'slimdom'

// fontoxpath's CommonJS bundle exposes its API as the default export under Node's ESM loader.
const fontoxpath = ((fontoxpathModule as unknown as { default?: typeof fontoxpathModule }).default ?? fontoxpathModule) as typeof fontoxpathModule
const { evaluateXPath, evaluateXPathToBoolean, evaluateXPathToNodes, evaluateXPathToString } = fontoxpath

const schematronNamespace = 'http://purl.oclc.org/dsdl/schematron'

/** A failed assert or a fired report. */
export interface SchematronFailure {
  pattern: string
  context: string
  test: string
  message: string
}

interface Check {
  kind: 'assert' | 'report'
  test: string
  message: Element
}

interface Rule {
  context: string
  lets: Array<{ name: string; value: string | null }>
  checks: Check[]
}

function children(node: Element, name: string): Element[] {
  return node.children.filter((child) => child.namespaceURI === schematronNamespace && child.localName === name)
}

/** A compiled Schematron schema. */
export class SchematronSchema {
  private readonly namespaces = new Map<string, string>()
  private readonly patterns: Array<{ id: string; rules: Rule[] }> = []

  constructor(text: string) {
    const root = parseXmlDocument(text).documentElement
    if (!root) throw new Error('Empty Schematron schema')
    for (const ns of children(root, 'ns')) this.namespaces.set(ns.getAttribute('prefix') ?? '', ns.getAttribute('uri') ?? '')
    for (const pattern of children(root, 'pattern')) {
      const rules = children(pattern, 'rule').map((rule) => ({
        context: rule.getAttribute('context') ?? '',
        lets: children(rule, 'let').map((item) => ({ name: item.getAttribute('name') ?? '', value: item.getAttribute('value') })),
        checks: rule.children
          .filter((child) => child.namespaceURI === schematronNamespace && (child.localName === 'assert' || child.localName === 'report'))
          .map((child) => ({ kind: child.localName as 'assert' | 'report', test: child.getAttribute('test') ?? '', message: child }))
      }))
      this.patterns.push({ id: pattern.getAttribute('id') ?? '', rules })
    }
  }

  /** Number of patterns. */
  get patternCount(): number {
    return this.patterns.length
  }

  /** Every failed assert and fired report in a document. */
  validate(xml: string): SchematronFailure[] {
    const document = parseXmlDocument(xml)
    const options = { namespaceResolver: (prefix: string) => this.namespaces.get(prefix) ?? null }
    const failures: SchematronFailure[] = []
    for (const pattern of this.patterns) {
      const done = new Set<Node>()
      for (const rule of pattern.rules) {
        const select = rule.context.trim().startsWith('/') ? rule.context : `//(${rule.context})`
        for (const node of evaluateXPathToNodes(select, document, null, {}, options) as Node[]) {
          if (done.has(node)) continue
          done.add(node)
          const variables: Record<string, unknown> = {}
          for (const item of rule.lets) {
            variables[item.name] = item.value === null ? node : evaluateXPath(item.value, node, null, variables, evaluateXPath.ANY_TYPE, options)
          }
          for (const check of rule.checks) {
            const outcome = evaluateXPathToBoolean(check.test, node, null, variables, options)
            if (outcome === (check.kind === 'assert')) continue
            failures.push({ pattern: pattern.id, context: rule.context, test: check.test, message: this.message(check.message, node, variables, options) })
          }
        }
      }
    }
    return failures
  }

  private message(element: Element, node: Node, variables: Record<string, unknown>, options: object): string {
    let text = ''
    for (const child of element.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? ''
      else if ((child as Element).localName === 'name') text += evaluateXPathToString(`name(${(child as Element).getAttribute('path') ?? ''})`, node, null, variables, options)
      else if ((child as Element).localName === 'value-of') text += evaluateXPathToString((child as Element).getAttribute('select') ?? '', node, null, variables, options)
    }
    return text.replace(/\s+/g, ' ').trim()
  }
}
