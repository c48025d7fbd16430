import { readFileSync } from 'node:fs'
import { distance } from 'fastest-levenshtein'
import { repairLetterForms } from '../src/lib/repair/letter-forms.js'
import { removeKashida } from '../src/lib/repair/kashida.js'
import { restoreRunOrder } from '../src/lib/repair/run-order.js'
const id = process.argv[2] ?? 'ghani-askarian-1400'
const raw = readFileSync(`corpus/${id}/source.txt`, 'utf8').split('\n')
const pre = raw.map((line, i) => removeKashida(repairLetterForms(line, { line: i + 1 }).text, { line: i + 1 }).text)
const ordered = restoreRunOrder(pre, { lostFinalLetters: id.startsWith('rasooli') }).map((r) => r.text)
const letters = (s: string) => s.normalize('NFC').replace(/[^\p{Script=Arabic}\p{Script=Latin}]|[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u0660-\u0669\u06F0-\u06F9\u060C\u061B\u061F\u066A-\u066D\u06D4]/gu, '').replace(/\p{N}/gu, '')
const article = readFileSync(`corpus/${id}/article.md`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/<[^>]+>|\[\^[^\]]+\]:?/g, '')
const ref = letters(article)
for (const [name, lines] of [['raw', raw], ['pre', pre], ['ordered', ordered]] as const) {
  const hyp = letters(lines.join('\n'))
  console.log(name, ref.length, hyp.length, (distance(ref, hyp) / ref.length * 100).toFixed(2) + '%')
}
if (process.argv[3]) { const [a, b] = process.argv[3].split('-').map(Number); for (let i = a! - 1; i < b!; i++) console.log(i + 1, ordered[i]) }
