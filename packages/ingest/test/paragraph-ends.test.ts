import { describe, expect, it } from 'vitest'
import { restoreRunOrder } from '../src/index.js'
import { paragraphLastLines } from '../src/lib/repair/paragraph-ends.js'
import { visualDocument } from './helpers/visual-document.js'

// Justified lines of running text come out at about the same length; a paragraph's last line is short.
const justified = 'دولت‌ها برای تأمین امنیت به خود متکی هستند و منافع خود را دنبال می‌کنند و'

describe('paragraphLastLines', () => {
  it('should take a short line holding a full stop glued to a word for the last line of its paragraph', () => {
    const lines = [...Array.from({ length: 10 }, () => justified), 'منافع خود را دنبال کنند.', 'آیا امنیت را تأمین کنند؟   و', '']
    expect(paragraphLastLines(lines)).toEqual([...Array.from({ length: 10 }, () => false), true, true, false])
  })

  it('should not take a short line with no sentence end glued to a word (a heading, a caption number) nor a long line with one', () => {
    const lines = [...Array.from({ length: 10 }, () => justified), 'چارچوب نظری', 'جدول 1. منافع', 'Walt, 1987.', `${justified}.`]
    expect(paragraphLastLines(lines).slice(10)).toEqual([false, false, false, false])
  })

  it('should flag nothing in a document of too few Persian lines to tell its usual length', () => {
    expect(paragraphLastLines([justified, justified, 'منافع خود را دنبال کنند.'])).toEqual([false, false, false])
  })
})

describe('run order: the last line of a paragraph', () => {
  it('should end a short line of a visual-order document on the full stop it holds, not on a word', () => {
    const document = [...visualDocument, ...visualDocument, 'تأمین کنند. امنیت خود را']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('امنیت خود را تأمین کنند.')
  })

  it('should keep such a line as printed in a document in reading order', () => {
    const readingOrder = visualDocument.filter((line) => !line.startsWith('.'))
    const document = [...readingOrder, ...readingOrder, ...readingOrder, ...readingOrder, ...readingOrder, 'تأمین کنند. امنیت خود را']
    expect(restoreRunOrder(document)[document.length - 1]?.text).toBe('تأمین کنند. امنیت خود را')
  })
})
