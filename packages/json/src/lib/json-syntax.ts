/**
 * Where a JSON text stops being valid JSON (RFC 8259), found by a small recursive-descent
 * scanner, so that a syntax error is reported at its line and column on every Node version
 * (V8's messages name the position on some versions only).
 *
 * @param text The text.
 * @returns The UTF-16 offset of the first offending character (the text length when the
 *   text ends too early), or undefined when the text is valid JSON.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  const scanner = new Scanner(text)
  try {
    scanner.space()
    scanner.value(0)
    scanner.space()
    if (scanner.index < text.length) return scanner.index
    return undefined
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset
    throw error
  }
}

class SyntaxStop extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`)
  }
}

/** Nesting deeper than this is reported as an error rather than overflowing the stack. */
const maxDepth = 5000

class Scanner {
  index = 0
  constructor(private readonly text: string) {}

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.index] ?? '')) this.index++
  }

  value(depth: number): void {
    if (depth > maxDepth) throw new SyntaxStop(this.index)
    const char = this.text[this.index]
    if (char === '{') return this.container('}', depth, () => {
      this.string()
      this.space()
      this.expect(':')
      this.space()
      this.value(depth + 1)
    })
    if (char === '[') return this.container(']', depth, () => this.value(depth + 1))
    if (char === '"') return this.string()
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.index, this.index + 400))
    if (!literal) throw new SyntaxStop(this.index)
    this.index += literal[0].length
  }

  private container(close: string, depth: number, member: () => void): void {
    this.index++
    this.space()
    if (this.text[this.index] === close) {
      this.index++
      return
    }
    for (;;) {
      if (depth > maxDepth) throw new SyntaxStop(this.index)
      member()
      this.space()
      if (this.text[this.index] === ',') {
        this.index++
        this.space()
        continue
      }
      this.expect(close)
      return
    }
  }

  private string(): void {
    this.expect('"')
    for (;;) {
      const char = this.text[this.index]
      if (char === undefined || char < ' ') throw new SyntaxStop(this.index)
      if (char === '"') {
        this.index++
        return
      }
      if (char === '\\') {
        const escape = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(this.text.slice(this.index, this.index + 6))
        if (!escape) throw new SyntaxStop(this.index)
        this.index += escape[0].length
      } else this.index++
    }
  }

  private expect(char: string): void {
    if (this.text[this.index] !== char) throw new SyntaxStop(this.index)
    this.index++
  }
}
