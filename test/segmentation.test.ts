import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ParsePersian } from '@matn/retext-persian'
import { splitSentences, tagCitations, type Lang } from '@matn/core'
import { toString } from 'nlcst-to-string'

interface SegmentationCase {
  name: string
  lang: Lang
  text: string
  sentences: string[]
  words?: string[]
}

const cases = JSON.parse(
  readFileSync(new URL('fixtures/segmentation/cases.json', import.meta.url), 'utf8')
) as SegmentationCase[]

describe('sentence segmentation fixtures', () => {
  for (const testCase of cases) {
    it(`should segment: ${testCase.name}`, () => {
      const spans = splitSentences(testCase.text, testCase.lang, tagCitations(testCase.text))
      expect(spans.map((span) => testCase.text.slice(span.start, span.end))).toEqual(testCase.sentences)
      if (testCase.words) {
        const tree = new ParsePersian().parse(testCase.text)
        const words: string[] = []
        const visit = (node: { type: string; children?: unknown[] }): void => {
          if (node.type === 'WordNode') words.push(toString(node as never))
          else for (const child of node.children ?? []) visit(child as never)
        }
        visit(tree)
        expect(words).toEqual(testCase.words)
      }
    })
  }
})
