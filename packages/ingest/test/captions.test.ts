import { describe, expect, it } from 'vitest'
import { captionContinuation } from '../src/lib/structure/fonts.js'
import { classifyLines } from '../src/lib/structure/lines.js'

/** Lines as the extraction gives them (raw = repaired here). */
const lines = (raw: readonly string[]) => classifyLines(raw, raw)

describe('captionContinuation', () => {
  // The caption font maps yeh to the Arabic letter (ي), the body font to the Persian one (ی).
  const caption = lines(['نمودار 1: ارزش تجاري مبادلات روسيه با ایران در'])[0]!

  it('should carry a caption over to the next line in its own letter forms, blank lines skipped', () => {
    expect(captionContinuation(caption, lines(['', 'سال‌هاي 2005 تا 2021', '', 'برچسب']), 'arabic')).toBe(2)
  })

  it('should stop after a short line of the caption: a line in its font after that is no caption (a table header row)', () => {
    const long = lines(['جدول 4: بررسی مقایسۀ تحليلی سياست همراهی ایران با روسيه از دو دیدگاه نظري موازنۀ تهدید'])[0]!
    expect(captionContinuation(long, lines(['و سياست دنباله‌روي', '', 'نظریۀ موازنۀ تهدید نظریۀ سياست']), 'arabic')).toBe(1)
  })

  it('should not take a line in the body font, nor any line after a caption that ends a sentence', () => {
    expect(captionContinuation(caption, lines(['سال‌های 2005 تا 2021']), 'arabic')).toBe(0)
    const whole = lines(['نمودار 1: ارزش تجاري مبادلات روسيه با ایران.'])[0]!
    expect(captionContinuation(whole, lines(['سال‌هاي 2005 تا 2021']), 'arabic')).toBe(0)
  })

  it('should take nothing where the caption is not in the other font, or the document shows none', () => {
    expect(captionContinuation(caption, lines(['سال‌هاي 2005 تا 2021']), undefined)).toBe(0)
    expect(captionContinuation(caption, lines(['سال‌هاي 2005 تا 2021']), 'persian')).toBe(0)
  })
})
