import { describe, expect, it } from 'vitest'
import { ingest } from '../src/index.js'
import { readFileSync } from 'node:fs'
import { classifyLines } from '../src/lib/structure/lines.js'
import { isCitationTail, joinCitationTail, repairWrappedCitations } from '../src/lib/structure/citation-tails.js'

const fixture = readFileSync(new URL('./fixtures/small-extraction.txt', import.meta.url), 'utf8')

describe('citation tails', () => {
  it('should take a line of digits and citation marks for a broken-off citation end', () => {
    const [year, page, words, number] = classifyLines(['2021 .) ', '105  .)', 'سال 2021', '233'], ['2021 .)', '105  .)', 'سال 2021', '233'])
    expect(year && isCitationTail(year)).toBe(true)
    expect(page && isCitationTail(page)).toBe(true)
    expect(words && isCitationTail(words)).toBe(false)
    expect(number && isCitationTail(number)).toBe(false)
  })

  it('should join the end to its line and close the citation on it', () => {
    expect(joinCitationTail('به‌طور کامل هم‌خوانی دارد) Czulda,', '2021 .)')).toBe('به‌طور کامل هم‌خوانی دارد (Czulda, 2021).')
    expect(joinCitationTail('هدایت می‌کنند) Snyder, 1990:', '105  .)')).toBe('هدایت می‌کنند (Snyder, 1990: 105).')
    expect(joinCitationTail('نظر آنان) Krause and Singer,', '2001: 13)')).toBe('نظر آنان (Krause and Singer, 2001: 13)')
  })

  it('should take a Latin line ending in a year and a closing bracket for the rest of a cited title', () => {
    const [title, sentence, open] = classifyLines(
      ['International arms transfers, 2021        .) ', 'The alliance holds (Walt, 1987)', 'Walt, 1987 (see'],
      ['International arms transfers, 2021        .)', 'The alliance holds (Walt, 1987)', 'Walt, 1987 (see']
    )
    expect(title && isCitationTail(title)).toBe(true)
    expect(sentence && isCitationTail(sentence)).toBe(false)
    expect(open && isCitationTail(open)).toBe(false)
  })

  it('should move Persian words that run order put between the stray bracket and the citation before it', () => {
    expect(joinCitationTail('بنابراین ) نام ایران دیده نمی‌شود Trends in', 'International arms transfers, 2021        .)')).toBe(
      'بنابراین نام ایران دیده نمی‌شود (Trends in International arms transfers, 2021).'
    )
  })

  it('should only join where the bracket before the author closes an earlier one, or no citation ends the text', () => {
    expect(joinCitationTail('چنان‌که (گفتیم) Walt,', '1987 .)')).toBe('چنان‌که (گفتیم) Walt, 1987 .)')
    expect(joinCitationTail('و (نیز) (در این باره) Walt,', '1987)')).toBe('و (نیز) (در این باره) Walt, 1987)')
    expect(joinCitationTail('جمعیت کشور', '12.5 (')).toBe('جمعیت کشور 12.5 (')
  })

  it('should repair a citation the line wrap split once its paragraph is joined', () => {
    expect(repairWrappedCitations('شده است (Niakoui and Behmanesh, 99-100 :2012.) در این میان')).toBe('شده است (Niakoui and Behmanesh, 2012: 99-100). در این میان')
    expect(repairWrappedCitations('شده است (Walt, 1987: 3-4). در این')).toBe('شده است (Walt, 1987: 3-4). در این')
  })

  it('should open and close a citation whose opening bracket came out mirrored and whose closing one went elsewhere', () => {
    expect(repairWrappedCitations('پدید آمده است) Hallam, 1977: 41 هالام معتقد است')).toBe('پدید آمده است (Hallam, 1977: 41) هالام معتقد است')
    expect(repairWrappedCitations('چنین گفت) Lee and Park, 2003 و افزود')).toBe('چنین گفت (Lee and Park, 2003) و افزود')
    // A `)` that closes a bracket opened before it stays; so does a citation not followed by Persian text.
    for (const text of ['چنان‌که (گفتیم) Hallam, 1977: 41 هالام', 'پدید آمده است) Hallam, 1977: 41). سپس']) expect(repairWrappedCitations(text), text).toBe(text)
  })

  it('should read back a year range and page that right-to-left layout took apart', () => {
    expect(repairWrappedCitations('تعریف می‌شود (-Karimi and Stone, 2018 77 :19). ایران')).toBe('تعریف می‌شود (Karimi and Stone, 2018-19: 77). ایران')
    expect(repairWrappedCitations('چنان‌که (- Lee, 1998 12-14 :1999) گفت')).toBe('چنان‌که (Lee, 1998-1999: 12-14) گفت')
    // A citation that does not start with the hyphen, or a range already in order, stays.
    for (const text of ['دیده شد (Lee, 2018 77 :19)', 'دیده شد (Lee, 2018-19: 77).', 'دیده شد (-Lee, 2018) و']) expect(repairWrappedCitations(text), text).toBe(text)
  })

  it('should keep the broken-off end in the paragraph of the draft', () => {
    const text = fixture.replace('خواستار حفظ نظم موجود باشند.', 'خواستار حفظ نظم موجود باشند) Walt,\n\n1987 .)\n')
    const { markdown, report } = ingest(text, { id: 'small' })
    expect(markdown).toContain('خواستار حفظ نظم موجود باشند (Walt, 1987).')
    expect(report.unresolved.filter((token) => token.token === '1987 .)')).toEqual([])
  })

  it('should end the paragraph at a broken-off end that ends a sentence, as at any short last line', () => {
    const text = fixture.replace('خواستار حفظ نظم موجود باشند.\n', 'خواستار حفظ نظم موجود باشند) Walt,\n\n1987 .)\n\nپس از آن بند تازه‌ای با واژه‌های دیگر آغاز شد و این بند ادامه یافت تا پایان.\n')
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/خواستار حفظ نظم موجود باشند \(Walt, 1987\)\.\n\n/)
    expect(markdown).toMatch(/\n\nپس از آن بند تازه‌ای/)
  })

  it('should keep the paragraph going after a broken-off end that ends no sentence', () => {
    const text = fixture.replace('خواستار حفظ نظم موجود باشند.\n', 'خواستار حفظ نظم موجود باشند) Walt,\n\n1987 )\n\nو این دیدگاه در بند دنبال شد.\n')
    const { markdown } = ingest(text, { id: 'small' })
    expect(markdown).toMatch(/\(Walt, 1987\) و این دیدگاه در بند دنبال شد\./)
  })

  it('should join a Latin citation the wrap split whose second half run order carried into the next line', () => {
    expect(repairWrappedCitations('رشد آن کند بود World Bank - country data (. سپس دولت در سیاست & indicators, 2019 تازه‌ای پیش گرفت.')).toBe(
      'رشد آن کند بود (World Bank - country data & indicators, 2019). سپس دولت در سیاست تازه‌ای پیش گرفت.'
    )
    expect(repairWrappedCitations('در گزارش آمده است Annual Survey of (. پس از آن بازار the Economy, 2020 گسترش یافت.')).toBe(
      'در گزارش آمده است (Annual Survey of the Economy, 2020). پس از آن بازار گسترش یافت.'
    )
  })

  it('should leave a split-looking citation alone when its second half starts as a citation does, stands far away, or a bracket is open', () => {
    const capital = 'رشد آن کند بود World Bank - country data (. سپس دولت در سیاست Indicators, 2019 تازه‌ای پیش گرفت.'
    expect(repairWrappedCitations(capital)).toBe(capital)
    const far = `رشد آن کند بود World Bank - country data (. ${'سپس دولت '.repeat(40)}& indicators, 2019 تازه‌ای پیش گرفت.`
    expect(repairWrappedCitations(far)).toBe(far)
    const open = 'رشد (آن کند بود World Bank - country data (. سپس دولت در سیاست & indicators, 2019 تازه‌ای پیش گرفت.'
    expect(repairWrappedCitations(open)).toBe(open)
  })

  it('should read long Latin text without a split citation in linear time', () => {
    const words = 'The States Balance Against Threats '.repeat(30_000)
    const marks = 'Word (. '.repeat(30_000)
    const started = performance.now()
    expect(repairWrappedCitations(words)).toBe(words)
    expect(repairWrappedCitations(marks)).toBe(marks)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('should move a page break that fell inside a citation to after its closing bracket, then repair the citation', () => {
    expect(repairWrappedCitations('گفته است (Kaplan and Ross, <!-- page: 88 --> 12-14 :2015). سپس')).toBe('گفته است (Kaplan and Ross, 2015: 12-14). <!-- page: 88 --> سپس')
    expect(repairWrappedCitations('گفته است (Kaplan, <!-- page: 88 -->2015) سپس')).toBe('گفته است (Kaplan, 2015) <!-- page: 88 --> سپس')
  })

  it('should leave a page break outside brackets, or before a bracket that closes far away, where it is', () => {
    expect(repairWrappedCitations('گفته است. <!-- page: 88 --> سپس (Kaplan, 2015) آمد')).toBe('گفته است. <!-- page: 88 --> سپس (Kaplan, 2015) آمد')
    const long = `متن (آغاز <!-- page: 9 --> ${'واژه '.repeat(50)}پایان) و`
    expect(repairWrappedCitations(long)).toBe(long)
  })
})
