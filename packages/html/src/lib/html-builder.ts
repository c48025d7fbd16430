import { escapeHtml } from './escape.js'

/**
 * Markup that is already safe. The only ways to make one are `h` (which escapes every
 * string it is given) and `trusted` (for constant markup written in this package), so
 * corpus text cannot reach a page unescaped.
 */
export class Html {
  /** @param value Serialized HTML. */
  private constructor(readonly value: string) {}

  /** @internal Used by `h`, `join` and `trusted` only. */
  static of(value: string): Html {
    return new Html(value)
  }

  /** The serialized HTML. */
  toString(): string {
    return this.value
  }
}

/** A child of an element: text (escaped), markup, or nothing. */
export type Child = Html | string | number | null | undefined | false | readonly Child[]

/** Attribute values: `true` writes a bare attribute, `false`/null/undefined omit it. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>

const namePattern = /^[a-z][a-z0-9-]*$/
const voidElements = new Set(['br', 'hr', 'img', 'input', 'link', 'meta', 'col', 'wbr'])

/**
 * Build an element. Text children and attribute values are escaped; tag and attribute
 * names are checked against `[a-z][a-z0-9-]*`, so no corpus value can become markup.
 *
 * @param tag Element name.
 * @param attributes Attributes.
 * @param children Children.
 * @returns The element.
 */
export function h(tag: string, attributes: Attributes | null, ...children: Child[]): Html {
  if (!namePattern.test(tag)) throw new TypeError(`Invalid element name \`${tag}\``)
  let open = `<${tag}`
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!namePattern.test(name)) throw new TypeError(`Invalid attribute name \`${name}\``)
    if (value === false || value === null || value === undefined) continue
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
  }
  open += '>'
  if (voidElements.has(tag)) {
    if (children.length > 0) throw new TypeError(`\`<${tag}>\` cannot have children`)
    return Html.of(open)
  }
  return Html.of(`${open}${join(children).value}</${tag}>`)
}

/**
 * Concatenate children (text escaped) into one piece of markup.
 *
 * @param children Children.
 * @returns The markup.
 */
export function join(children: readonly Child[]): Html {
  let out = ''
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (child instanceof Html) out += child.value
    else if (Array.isArray(child)) out += join(child as readonly Child[]).value
    else out += escapeHtml(String(child))
  }
  return Html.of(out)
}

/**
 * Constant markup written in this package (a doctype, a comment). Never pass corpus text.
 *
 * @param markup Literal markup.
 * @returns The markup.
 */
export function trusted(markup: string): Html {
  return Html.of(markup)
}
