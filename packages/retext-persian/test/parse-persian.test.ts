import fc from 'fast-check'
import type { Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import retextPersian, { ParsePersian } from '../src/index.js'

function sentences(tree: Root): string[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children.filter((node) => node.type === 'SentenceNode').map((node) => toString(node))
      : []
  )
}

describe('@matn/retext-persian', () => {
  it('should expose the public API', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ParsePersian',
      'continuesAfterPersianAbbreviation',
      'default',
      'mergeAbbreviationSentences',
      'mergeBracketedSentences',
      'persianTerminalMarker'
    ])
  })

  it('should not end a sentence at the full stop of a Persian abbreviation', () => {
    const text = 'این نظریه در سال ۱۳۵۷ ش. مطرح شد. نک. فصل دوم و صص. ۱۲–۱۴ از ج. ۲ و سال ۶۱ هـ. را ببینید. پایان.'
    expect(sentences(new ParsePersian().parse(text))).toEqual([
      'این نظریه در سال ۱۳۵۷ ش. مطرح شد.',
      'نک. فصل دوم و صص. ۱۲–۱۴ از ج. ۲ و سال ۶۱ هـ. را ببینید.',
      'پایان.'
    ])
  })

  it('should still end a sentence at the full stop after a word of two letters or more', () => {
    expect(sentences(new ParsePersian().parse('او رفت. ما ماندیم. از. به.'))).toEqual(['او رفت.', 'ما ماندیم.', 'از.', 'به.'])
  })

  it('should make the full stop of a merged abbreviation part of its word', () => {
    const tree = new ParsePersian().parse('ص. ۱۲ آمده است.')
    const words: string[] = []
    const visit = (node: { type: string; children?: unknown[] }): void => {
      if (node.type === 'WordNode') words.push(toString(node as never))
      else for (const child of node.children ?? []) visit(child as never)
    }
    visit(tree as never)
    expect(words).toEqual(['ص.', '۱۲', 'آمده', 'است'])
  })

  it('should work as a unified parser plugin', () => {
    const tree = unified().use(retextPersian).parse('این یک جمله است. آیا دومی است؟') as Root
    expect(sentences(tree)).toEqual(['این یک جمله است.', 'آیا دومی است؟'])
  })

  it('should keep positions with offsets', () => {
    const tree = new ParsePersian().parse('سلام. خداحافظ.')
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'ParagraphNode' && paragraph.children[2]?.position?.start.offset).toBe(6)
  })

  it('should lose no character: toString(tree) equals the input (property)', () => {
    const alphabet = [...'ابپتسیکگ‌ ،؛؟«»!.…()0123456789۰۱۲۳۴۵۶۷۸۹٫٬abcXY\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((chars) => chars.join('')), (text) => {
        expect(toString(new ParsePersian().parse(text))).toBe(text)
      }),
      { seed: 20261122, numRuns: 1000 }
    )
  })
})
