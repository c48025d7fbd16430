import { normalizePersian } from '@matn/core'

/** The part of a scholarly article a sentence belongs to. */
export type SectionRole = 'abstract' | 'introduction' | 'literature' | 'theory' | 'method' | 'body' | 'conclusion'

const persianRoles: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [/^چکیده/, 'abstract'],
  [/^(?:مقدمه|درآمد|طرح مسئله|بیان مسئله)/, 'introduction'],
  [/^(?:پیشینه|ادبیات پژوهش|مرور ادبیات)/, 'literature'],
  [/^(?:چارچوب|مبانی نظری|ملاحظات نظری)/, 'theory'],
  [/^(?:روش|روش‌شناسی)/, 'method'],
  [/^(?:نتیجه|نتیجه‌گیری|جمع‌بندی|بحث و نتیجه|سخن پایانی)/, 'conclusion']
]

const englishRoles: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [/^(?:extended\s+)?abstract\b/i, 'abstract'],
  [/^(?:introduction|research\s+(?:question|problem|hypothesis|hypotheses|objectives?)|problem\s+statement)\b/i, 'introduction'],
  [/^(?:literature|background|previous\s+studies|review)\b/i, 'literature'],
  [/^(?:theoretical|conceptual|theory)\b/i, 'theory'],
  [/^(?:method|methodology|materials|data)\b/i, 'method'],
  [/^(?:results?|findings|discussion|analysis)\b/i, 'body'],
  [/^(?:conclusions?|concluding|summary)\b/i, 'conclusion']
]

/**
 * The role of a heading, from its words (`مقدمه` → introduction, `نتیجه‌گیری` →
 * conclusion, `Methodology` → method); undefined when the heading names a topic.
 *
 * @param heading The heading text.
 * @param lang Its language.
 */
export function headingRole(heading: string, lang: 'en' | 'fa'): SectionRole | undefined {
  const text = lang === 'fa' ? normalizePersian(heading).replace(/^[\d\u06F0-\u06F9.\-–)\s]+/, '') : heading.replace(/^[\dIVX.\-–)\s]+/, '')
  for (const [pattern, role] of lang === 'fa' ? persianRoles : englishRoles) if (pattern.test(text)) return role
  return undefined
}

/**
 * The role an extended abstract gives a paragraph with a run-in label (`Introduction:`,
 * `Research Question:`, `Methodology (and theoretical framework if there are):`,
 * `Results and Discussion:`, `Conclusion:`).
 *
 * @param sentence The paragraph's first sentence.
 */
export function runInLabelRole(sentence: string): SectionRole | undefined {
  const label = /^\s*([A-Z][A-Za-z ,&()]{2,80}?):/.exec(sentence)
  return label ? headingRole(label[1] as string, 'en') : undefined
}

/**
 * Log-odds (nats) that an English sentence of one role renders a Persian sentence of
 * another, relative to a section with no affinity. Set from how extended abstracts are
 * written: an unlabelled extended abstract draws on the Persian abstract, introduction
 * and conclusion; a labelled part draws on its namesake first and on the abstract next.
 */
export const sectionAffinity: Readonly<Record<SectionRole, Partial<Record<SectionRole, number>>>> = Object.freeze({
  abstract: { abstract: 1, introduction: 1, conclusion: 1 },
  introduction: { abstract: 1, introduction: 1.5, literature: 0.5 },
  literature: { literature: 1.5, introduction: 0.5 },
  theory: { theory: 1.5, abstract: 0.5 },
  method: { method: 1.5, abstract: 1, introduction: 0.5 },
  body: { body: 1, abstract: 0.5, theory: 0.5, conclusion: 0.5 },
  conclusion: { conclusion: 1.5, abstract: 1, body: 0.5 }
})
