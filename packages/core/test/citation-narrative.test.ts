import { describe, expect, it } from 'vitest'
import { tagCitations } from '../src/index.js'

/** The raw text, authors and key of every citation found. */
function read(text: string): Array<[string, string[], string]> {
  return tagCitations(text).map((citation) => [citation.raw, citation.authors, citation.key])
}

describe('Persian narrative citations without a cue', () => {
  it('should read a surname that opens a sentence and is its subject', () => {
    expect(read('هانتینگتون (۱۳۷۸) جهان را به تمدن‌ها تقسیم کرد.')).toEqual([['هانتینگتون (۱۳۷۸)', ['هانتینگتون'], 'هانتینگتون1378']])
    expect(read('نظریه‌ها فراوان‌اند. کیوهین (1389) این دو را از هم جدا کرد.')).toEqual([['کیوهین (1389)', ['کیوهین'], 'کیوهین1389']])
    // After a comma or a clause opener too.
    expect(read('در این زمینه، کیوهین (1389) دو دوره را از هم جدا کرد.')).toHaveLength(1)
    expect(read('اما کیوهین (1389) دو دوره را از هم جدا کرد.')).toHaveLength(1)
  })

  it('should not read a word inside a clause, or before the end of the sentence, without a cue', () => {
    expect(read('این دوره با سیاست تنش‌زدایی (۱۳۷۶) آغاز شد.')).toEqual([])
    expect(read('این دو کشور در سال پیروزی انقلابیون (۱۳۵۷).')).toEqual([])
    expect(read('کیوهین (1389).')).toEqual([])
  })

  it('should not read a word of citing as a name', () => {
    expect(read('کتاب (۱۳۹۸) در دو جلد منتشر شد.')).toEqual([])
    expect(read('برای نمونه پژوهش (۱۳۹۸) این را نشان می‌دهد.')).toEqual([])
  })

  it('should read a lead phrase only right before the name', () => {
    expect(read('به باور کیوهین (1389) نهادها مهم‌اند.')).toHaveLength(1)
    expect(read('طبق قانون مجازات اسلامی (۱۳۹۲) این جرم قابل گذشت است.')).toEqual([])
  })
})

describe('Persian institutions and places before a year', () => {
  it('should not read an institution alone as an author, even with a reporting word', () => {
    expect(read('مجلس (۱۳۹۸) این طرح را تأیید کرد.')).toEqual([])
    expect(read('برای نمونه دولت (1398) بودجه را کاهش داد.')).toEqual([])
  })

  it('should read a corporate author whole from its head word, with support', () => {
    expect(read('بانک جهانی (۲۰۲۰) نشان می‌دهد که رشد کند شده است.')).toEqual([['بانک جهانی (۲۰۲۰)', ['بانک جهانی'], 'بانکجهانی2020']])
    expect(read('وزارت امور خارجه (۱۳۹۸) اعلام کرد که روابط گسترش یافته است.')).toEqual([])
    expect(read('وزارت امور خارجه (۱۳۹۸) در گزارش خود تأکید می‌کند.')).toEqual([
      ['وزارت امور خارجه (۱۳۹۸)', ['وزارت امور خارجه'], 'وزارتامورخارجه1398']
    ])
    // Founding years: a corporate name that opens the sentence needs a cue.
    expect(read('سازمان ملل (۱۹۴۵) پس از جنگ جهانی دوم پدید آمد.')).toEqual([])
  })

  it('should read a corporate name from its first head word, and not its acts as reports', () => {
    expect(read('مجلس شورای اسلامی (۱۳۹۰) این لایحه را رد کرد.')).toEqual([])
    expect(read('مجلس شورای اسلامی (۱۳۹۰) این طرح را تأیید کرد.')).toEqual([])
    expect(read('مرکز پژوهش‌های مجلس (۱۳۹۸) نشان می‌دهد که تورم بالاست.')).toEqual([
      ['مرکز پژوهش‌های مجلس (۱۳۹۸)', ['مرکز پژوهش‌های مجلس'], 'مرکزپژوهشهایمجلس1398']
    ])
    // A person's position is still read.
    expect(read('والت (1987) این را رد می‌کند.')).toHaveLength(1)
  })

  it('should not join a corporate head across و to a full name', () => {
    expect(read('این کتاب از دولت و محمد کرمی (1387) یاد می‌کند.')).toEqual([['محمد کرمی (1387)', ['محمد کرمی'], 'کرمی1387']])
  })

  it('should not read a word after a place noun as an author', () => {
    expect(read('در استان خوزستان (۱۳۹۸) بارندگی کاهش یافت و آمارها این را نشان می‌دهند.')).toEqual([])
    expect(read('شهر مشهد (۱۳۹۵) بیشترین گردشگر را داشت.')).toEqual([])
  })
})

describe('Persian full names in pairs', () => {
  it('should read a given name outside the list before the last author when the first has a listed one', () => {
    expect(read('فرزانه رحیمی و سپهر قاسمی (۱۳۹۹) نشان داده‌اند که تحریم‌ها اثر دارند.')).toEqual([
      ['فرزانه رحیمی و سپهر قاسمی (۱۳۹۹)', ['فرزانه رحیمی', 'سپهر قاسمی'], 'رحیمی-قاسمی1399']
    ])
  })

  it('should read a first author of two words that opens the clause before a full name', () => {
    expect(read('پژوهش‌ها اندک‌اند. سپهر قاسمی و جهانگیر کرمی (1387) نشان داده‌اند که چنین است.')).toEqual([
      ['سپهر قاسمی و جهانگیر کرمی (1387)', ['سپهر قاسمی', 'جهانگیر کرمی'], 'قاسمی-کرمی1387']
    ])
    // One word before و, or two inside a clause, is prose: the last author alone.
    expect(read('این کتاب از سیاست و جهانگیر کرمی (1387) یاد می‌کند.')).toEqual([['جهانگیر کرمی (1387)', ['جهانگیر کرمی'], 'کرمی1387']])
    expect(read('این کتاب از سیاست خارجی و جهانگیر کرمی (1387) یاد می‌کند.')).toEqual([['جهانگیر کرمی (1387)', ['جهانگیر کرمی'], 'کرمی1387']])
  })
})
