// Public API of @matn/ingest: each module under lib/ adds its export line here.
export type { LineContext, PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './lib/repair/types.js'
export { repairLetterForms } from './lib/repair/letter-forms.js'
export { removeKashida } from './lib/repair/kashida.js'
export { prepareRotatedWords, type RotatedWordsContext } from './lib/repair/rotated-words.js'
export { repairMirroredBrackets } from './lib/repair/mirrored-brackets.js'
export { repairFootnoteDigits } from './lib/repair/footnote-digits.js'
export { spaceMarkPairs } from './lib/repair/mark-spacing.js'
export { restoreRunOrder, createRunOrderStep, type RunOrderLine, type RunOrderOptions, type RunOrderStep } from './lib/repair/run-order.js'
export { splitAtoms, type Atom, type AtomKind } from './lib/repair/atoms.js'
export { DocumentCounts } from './lib/repair/document-counts.js'
export { repairLines, defaultPipeline, tokenDistance, type DocumentContext, type PipelineStep, type RepairOptions, type RepairReport, type StepEffect } from './lib/repair/pipeline.js'
export { ingest, draftArticle, splitRawLines, type IngestOptions, type IngestReport, type IngestResult } from './lib/ingest.js'
export { loadPersianLexicon, persianLexiconArticles, type LoadPersianLexiconOptions } from './lib/repair/lexicon.js'
export { persianWordChains, persianWordKey } from './lib/repair/lexicon-text.js'
export {
  applyGlyphDamage,
  defaultGlyphChannel,
  glyphForm,
  seededRandom,
  type GlyphChannel,
  type GlyphDamageOptions,
  type GlyphForm,
  type GlyphSubstitution
} from './lib/repair/glyph-map-channel.js'
export {
  createGlyphMapDecoder,
  decodeGlyphMap,
  detectGlyphMapDamage,
  glyphMapCandidates,
  kashidaRunEvidence,
  type GlyphCandidate,
  type GlyphMapDetection,
  type GlyphMapOptions
} from './lib/repair/glyph-map.js'
export {
  prepareGlyphMapDecoder,
  type GlyphMapDocumentContext,
  type GlyphMapDocumentStep
} from './lib/repair/glyph-map-document.js'
export {
  completeGlyphChannel,
  documentGlyphChannel,
  estimateGlyphChannel,
  type GlyphChannelEstimate,
  type GlyphChannelEstimateOptions,
  type GlyphRuleEvidence
} from './lib/repair/glyph-map-estimate.js'
export { compoundAnalyses, type CompoundAnalysis } from './lib/repair/compound-words.js'
export { ezafeCannotPrecede } from './lib/repair/ezafe.js'
export { restoreZwnj, createZwnjRestorer } from './lib/repair/zwnj.js'
export { documentCompounds, prepareZwnj } from './lib/repair/zwnj-document.js'
