import { generateInput, readCorpus, paragraphsOf } from './src/index.ts'
import { textSegments, textSentences, tagTextCitations, scanSentences, normalizePersian, dominantScript, tagCitations } from '@matn/core'
const input = generateInput(readCorpus('/work/wt-perf/corpus'), 'mixed', 2)
const paras = paragraphsOf(input.text)
const sents = [...textSentences(input.text)].map(s => s.text)
function t(name: string, f: () => unknown) { f(); const t0 = process.cpuUsage().user; f(); const ms = (process.cpuUsage().user - t0) / 1000; console.log(name.padEnd(22), ms.toFixed(0).padStart(5), 'ms', (input.bytes / 1e3 / ms).toFixed(1).padStart(6), 'MB/s') }
t('textSegments', () => { for (const s of textSegments(input.text)) {} })
t('textSentences', () => { for (const s of textSentences(input.text)) {} })
t('tagTextCitations', () => tagTextCitations(input.text))
t('tagCitations/para', () => { for (const p of paras) tagCitations(p) })
t('scan fa/para', () => { for (const p of paras) scanSentences(p, 'fa') })
t('dominantScript/para', () => { for (const p of paras) dominantScript(p) })
t('normalize/sentence', () => { for (const s of sents) normalizePersian(s) })
t('normalize whole', () => normalizePersian(input.text))
