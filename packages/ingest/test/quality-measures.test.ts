import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { alignBlocks, bodyBlocks, bodyText, characterErrorRate, classifyWordError, countPageBreaks, lettersOnly, wordErrorUnits, type TextBlock } from '../scripts/quality-measures.js'

const front = '---\nid: sample\ntitle:\n  fa: نمونه\nauthors:\n  - name: { fa: نویسنده }\n---\n\n'
const paragraphs = ['روابط ایران و روسیه در سه سطح قابل بررسی است.', 'این کشور همواره یکی از دال‌های ثابت سیاست خارجی بوده است.', 'والت در این کتاب پرسش مهمی را مطرح می‌کند.']
const article = (markdown: string) => parseArticle(new VFile({ path: 'sample.md', value: front + markdown }))
const errors = (reference: string, hypothesis: string) => alignBlocks(bodyBlocks(article(reference)), bodyBlocks(article(hypothesis))).reduce((sum, group) => sum + group.errors, 0)

describe('block-aligned error', () => {
  it('should count nothing for identical texts', () => {
    const text = paragraphs.join('\n\n')
    expect(errors(text, text)).toBe(0)
  })

  it('should not charge a paragraph placed elsewhere, which the whole-text figure charges', () => {
    const reference = paragraphs.join('\n\n')
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n')
    expect(errors(reference, moved)).toBe(0)
    expect(characterErrorRate(lettersOnly(bodyText(article(reference))), lettersOnly(bodyText(article(moved))))).toBeGreaterThan(0)
  })

  it('should charge swapped words as order errors, not word errors', () => {
    const groups = alignBlocks(bodyBlocks(article(paragraphs[0] as string)), bodyBlocks(article('روابط روسیه و ایران در سه سطح قابل بررسی است.')))
    expect(groups).toHaveLength(1)
    expect(groups[0]?.errors).toBeGreaterThan(0)
    expect(groups[0]?.wordErrors).toBe(0)
  })

  it('should charge a missing paragraph all its letters', () => {
    const reference = paragraphs.join('\n\n')
    const missing = [paragraphs[0], paragraphs[2]].join('\n\n')
    expect(errors(reference, missing)).toBe(lettersOnly(paragraphs[1] as string).length)
  })
})

const block = (words: string[]): TextBlock => ({ id: 'p1', kind: 'body', words })
const units = (reference: string, hypothesis: string) => wordErrorUnits({ reference: [block(reference.split(' '))], hypothesis: [block(hypothesis.split(' '))] })
const channel = {
  substitutions: [
    { original: 'ک', printed: 'و' },
    { original: 'ش', printed: '' }
  ],
  kashidaAsYeh: true
}

describe('word errors', () => {
  it('should find no unit in identical or merely reordered words', () => {
    expect(units('روابط ایران و روسیه', 'روابط ایران و روسیه')).toEqual([])
    expect(units('روابط ایران و روسیه', 'روسیه و ایران روابط')).toEqual([])
  })

  it('should pair a damaged word with its curated word and count its letters', () => {
    expect(units('این کشور بزرگ', 'این وشور بزرگ')).toEqual([{ reference: ['کشور'], hypothesis: ['وشور'], letters: 1 }])
  })

  it('should join a word cut in two with the curated word', () => {
    expect(units('این پژوهش نشان', 'این پژوه ش نشان')).toEqual([{ reference: ['پژوهش'], hypothesis: ['پژوه', 'ش'], letters: 0 }])
  })

  it('should name the cause of each error by its letter edits', () => {
    expect(classifyWordError({ reference: ['کشور'], hypothesis: ['وشور'], letters: 1 }, channel)).toBe('undecoded')
    expect(classifyWordError({ reference: ['وقت'], hypothesis: ['کقت'], letters: 1 }, channel)).toBe('wrong-decode')
    expect(classifyWordError({ reference: ['پژوهش'], hypothesis: ['پژوه'], letters: 1 }, channel)).toBe('lost-final')
    expect(classifyWordError({ reference: ['سال'], hypothesis: ['سالش'], letters: 1 }, channel)).toBe('wrong-final')
    expect(classifyWordError({ reference: ['سخت'], hypothesis: ['سیخت'], letters: 1 }, channel)).toBe('kashida-yeh')
    expect(classifyWordError({ reference: ['پژوهش'], hypothesis: ['پژوه', 'ش'], letters: 0 }, channel)).toBe('cut')
    expect(classifyWordError({ reference: ['به', 'این'], hypothesis: ['بهاین'], letters: 0 }, channel)).toBe('glued')
    expect(classifyWordError({ reference: ['به'], hypothesis: [], letters: 2 }, channel)).toBe('missing')
    expect(classifyWordError({ reference: ['اتحاد'], hypothesis: ['اتیحا', 'د'], letters: 1 }, channel)).toBe('kashida-yeh/cut')
  })
})

describe('page breaks', () => {
  const pages = (reference: string, hypothesis: string) => {
    const curated = article(reference)
    const ingested = article(hypothesis)
    return countPageBreaks(curated, ingested, alignBlocks(bodyBlocks(curated), bodyBlocks(ingested)))
  }
  const reference = `<!-- page: 10 -->\n\n${paragraphs[0]}\n\n<!-- page: 11 -->\n\n${paragraphs[1]}\n\n${paragraphs[2]}`

  it('should count a break with the right number before the right paragraph as placed', () => {
    expect(pages(reference, reference)).toEqual({ found: 1, placed: 1 })
  })

  it('should count a break one paragraph late as found but not placed', () => {
    const late = `<!-- page: 10 -->\n\n${paragraphs[0]}\n\n${paragraphs[1]}\n\n<!-- page: 11 -->\n\n${paragraphs[2]}`
    expect(pages(reference, late)).toEqual({ found: 1, placed: 0 })
  })

  it('should count a break with a wrong number as found but not placed', () => {
    expect(pages(reference, reference.replace('page: 11', 'page: 12'))).toEqual({ found: 1, placed: 0 })
  })

  it('should count no break where ingest found none', () => {
    expect(pages(reference, reference.replace('<!-- page: 11 -->\n\n', ''))).toEqual({ found: 0, placed: 0 })
  })
})
