import type { Root } from 'nlcst'
import type { Processor } from 'unified'
import { ParsePersian } from './parse-persian.js'

/**
 * Add support for parsing Persian natural language (retext plugin, like retext-english).
 *
 * @example
 *   unified().use(retextPersian).parse('این یک جمله است. آیا این دومی است؟')
 */
export default function retextPersian(this: Processor<Root>): undefined {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this
  self.parser = parser
  return undefined

  function parser(value: string): Root {
    return new ParsePersian().parse(value)
  }
}
