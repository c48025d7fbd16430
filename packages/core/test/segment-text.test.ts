import { describe, expect, it } from 'vitest'
import { segmentText, tagTextCitations } from '../src/index.js'

describe('segmentText', () => {
  const text = 'Walt (1987) argued so. It holds.\n\nاین دیدگاه رایج است (Walt, 1987: 3-4). آیا درست است؟\n'

  it('should split a plain-text document into sentences with languages and citations', () => {
    const sentences = segmentText(text)
    expect(sentences.map((sentence) => [sentence.lang, sentence.text])).toEqual([
      ['en', 'Walt (1987) argued so.'],
      ['en', 'It holds.'],
      ['fa', 'این دیدگاه رایج است (Walt, 1987: 3-4).'],
      ['fa', 'آیا درست است؟']
    ])
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(sentences[2]?.citations.map((citation) => text.slice(citation.start, citation.end))).toEqual(['(Walt, 1987: 3-4)'])
  })

  it('should take a forced language', () => {
    expect(segmentText('One. Two.', 'fa').map((sentence) => sentence.lang)).toEqual(['fa', 'fa'])
  })

  it('should give citation offsets into the whole document', () => {
    const citations = tagTextCitations(text)
    expect(citations.map((citation) => text.slice(citation.start, citation.end))).toEqual(['Walt (1987)', '(Walt, 1987: 3-4)'])
  })
})
