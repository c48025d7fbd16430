import { describe, expect, it } from 'vitest'
import { articleToJson, corpusJsonHead, corpusJsonItem, corpusJsonTail, corpusToJson } from '../src/index.js'
import { alignedFixture } from '../../../test/helpers/articles.js'

function piecewise(articles: Parameters<typeof corpusToJson>[0] & unknown[]): string {
  return corpusJsonHead + articles.map((article, index) => corpusJsonItem(articleToJson(article), index)).join('') + corpusJsonTail(articles.length)
}

describe('corpusJsonHead, corpusJsonItem, corpusJsonTail', () => {
  it('should give the bytes of corpusToJson for no, one and several articles', () => {
    const first = alignedFixture()
    // U+2028 and U+2029 stay raw in JSON.stringify output: they must not be taken for line breaks.
    const second = { ...alignedFixture(), id: 'second-1401', meta: { ...first.meta, title: { fa: 'الف\u2028ب', en: 'a\u2029b\r\nc' } } }
    for (const articles of [[], [first], [first, second], [second, first, second]]) {
      expect(piecewise(articles)).toBe(corpusToJson(articles))
    }
  })
})
