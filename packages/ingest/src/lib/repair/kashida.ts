import type { RepairChange, RepairStep } from './types.js'

/**
 * Remove kashida (tatweel, U+0640), the justification stretch that PDF extraction keeps as
 * a character (`مـطـلـوب` → `مطلوب`); a kashida standing alone between spaces goes with
 * the space before it.
 */
export const removeKashida: RepairStep = (text, context) => {
  const changes: RepairChange[] = []
  const result = text.replace(/ \u0640+(?= |$)|\u0640+/g, (match, offset: number) => {
    changes.push({ step: 'kashida', line: context.line, column: offset + 1, before: match, after: '' })
    return ''
  })
  return { text: result, changes, unresolved: [] }
}
