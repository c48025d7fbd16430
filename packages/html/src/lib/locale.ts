import type { Lang } from '@matn/core'

/** Interface words of the viewer, in both languages. */
export const labels = Object.freeze({
  en: {
    column: 'English',
    contents: 'Contents',
    notes: 'Notes',
    keywords: 'Keywords',
    received: 'Received',
    accepted: 'Accepted',
    page: 'Page',
    footnote: 'Footnote',
    noMarker: 'no marker in the text'
  },
  fa: {
    column: 'فارسی',
    contents: 'فهرست',
    notes: 'یادداشت‌ها',
    keywords: 'کلیدواژه‌ها',
    received: 'تاریخ دریافت',
    accepted: 'تاریخ پذیرش',
    page: 'صفحه',
    footnote: 'پانوشت',
    noMarker: 'بی نشانه در متن'
  }
} as const satisfies Record<Lang, Record<string, string>>)

/**
 * Write ASCII digits as Persian digits (`181` → `۱۸۱`), as Persian print does.
 *
 * @param text Text with ASCII digits.
 */
export function persianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)))
}

/**
 * Digits as a language prints them.
 *
 * @param value A number or text with ASCII digits.
 * @param lang Language.
 */
export function localDigits(value: number | string, lang: Lang): string {
  return lang === 'fa' ? persianDigits(String(value)) : String(value)
}

/** `dir` of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'fa' ? 'rtl' : 'ltr'
}
