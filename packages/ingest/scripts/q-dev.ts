import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { bodyText, lettersOnly, characterErrorRate } from './quality-measures.js'
import { ingestEntry, readCurated } from './corpus-entries.js'
for (const id of ['ghani-askarian-1400', 'rasooli-sani-1401']) {
  const r = ingestEntry(id)
  const ref = bodyText(parseArticle(new VFile({ value: readCurated(id) })))
  const hyp = bodyText(parseArticle(new VFile({ value: r.markdown })))
  process.stdout.write(`${id} ${(100 * characterErrorRate(lettersOnly(ref), lettersOnly(hyp))).toFixed(2)}  `)
}
console.log(process.env.MS, process.env.SS)
