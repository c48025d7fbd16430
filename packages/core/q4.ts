import { readFileSync } from 'node:fs'
import { scanSentences, splitSentences, tagCitations, normalizePersian } from './src/index.js'
const a = readFileSync('corpus/ghani-askarian-1400/article.md', 'utf8') + '\n\n' + readFileSync('corpus/rasooli-sani-1401/article.md', 'utf8')
let s = ''; while (Buffer.byteLength(s) < Number(process.env.MB ?? 5) * 1e6) s += a + '\n\n'
const paras = s.split(/\n[ \t]*(?:\r?\n[ \t]*)+/)
const mb = Buffer.byteLength(s) / 1e6
function t(name: string, f: () => unknown) { const t0 = performance.now(); f(); const dt = (performance.now() - t0) / 1000; console.log(name, (mb / dt).toFixed(1), 'MB/s') }
t('scan fa', () => { for (const p of paras) scanSentences(p, 'fa') })
t('scan fa', () => { for (const p of paras) scanSentences(p, 'fa') })
t('scan en', () => { for (const p of paras) scanSentences(p, 'en') })
t('tagCitations', () => { for (const p of paras) tagCitations(p) })
if (process.env.REF) t('split fa', () => { for (const p of paras) splitSentences(p, 'fa') })
