// Public API of @matn/ingest: each module under lib/ adds its export line here.
export type { LineContext, PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './lib/repair/types.js'
