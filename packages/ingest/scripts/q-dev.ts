import { parseArticle } from '@matn/core'
import { VFile } from 'vfile'
import { bodyText, lettersOnly, lettersWithSpacing, characterErrorRate } from './quality-measures.js'
import { ingestEntry, readCurated } from './corpus-entries.js'
import { writeFileSync } from 'node:fs'
for (const id of (process.argv[2] ?? 'ghani-askarian-1400,rasooli-sani-1401').split(',')) {
  const t0 = Date.now()
  const r = ingestEntry(id)
  writeFileSync(`/tmp/${id}.md`, r.markdown)
  const ref = bodyText(parseArticle(new VFile({ value: readCurated(id) })))
  const hyp = bodyText(parseArticle(new VFile({ value: r.markdown })))
  console.log(id, ((Date.now() - t0) / 1000).toFixed(1) + 's', (100 * characterErrorRate(lettersOnly(ref), lettersOnly(hyp))).toFixed(2), (100 * characterErrorRate(lettersWithSpacing(ref), lettersWithSpacing(hyp))).toFixed(2), JSON.stringify(r.report.effects.map(e => [e.step, e.lines])))
}
