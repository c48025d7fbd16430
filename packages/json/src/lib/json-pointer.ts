/**
 * Find where the value at a JSON Pointer (RFC 6901) starts in a JSON text, so that a schema
 * error can be reported at a line and column. The text must be valid JSON.
 *
 * @param text The JSON text.
 * @param pointer A JSON Pointer such as `/segments/3/lang` (`''` is the whole document).
 * @returns The UTF-16 offset of the value, or undefined when the pointer does not resolve.
 */
export function pointerOffset(text: string, pointer: string): number | undefined {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeToken)
  let index = skipSpace(text, 0)
  for (const token of tokens) {
    const opening = text[index]
    if (opening === '{') index = memberValue(text, index, token)
    else if (opening === '[') index = itemValue(text, index, Number(token))
    else return undefined
    if (index < 0) return undefined
  }
  return index
}

function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~')
}

function memberValue(text: string, open: number, key: string): number {
  let index = skipSpace(text, open + 1)
  while (text[index] === '"') {
    const keyEnd = skipString(text, index)
    const name = JSON.parse(text.slice(index, keyEnd)) as string
    index = skipSpace(text, skipSpace(text, keyEnd) + 1)
    if (name === key) return index
    index = skipSpace(text, skipValue(text, index))
    if (text[index] === ',') index = skipSpace(text, index + 1)
  }
  return -1
}

function itemValue(text: string, open: number, wanted: number): number {
  let index = skipSpace(text, open + 1)
  for (let item = 0; index < text.length && text[index] !== ']'; item++) {
    if (item === wanted) return index
    index = skipSpace(text, skipValue(text, index))
    if (text[index] === ',') index = skipSpace(text, index + 1)
  }
  return -1
}

function skipValue(text: string, start: number): number {
  const first = text[start]
  if (first === '"') return skipString(text, start)
  if (first !== '{' && first !== '[') {
    let index = start
    while (index < text.length && !/[\s,\]}]/.test(text[index] as string)) index++
    return index
  }
  let depth = 0
  let index = start
  while (index < text.length) {
    const char = text[index]
    if (char === '"') {
      index = skipString(text, index)
      continue
    }
    if (char === '{' || char === '[') depth++
    else if (char === '}' || char === ']') depth--
    index++
    if (depth === 0) return index
  }
  return index
}

function skipString(text: string, start: number): number {
  let index = start + 1
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1
  return index + 1
}

function skipSpace(text: string, start: number): number {
  let index = start
  while (index < text.length && /\s/.test(text[index] as string)) index++
  return index
}
