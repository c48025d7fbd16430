// Public API of @matn/ingest: each module under lib/ adds its export line here.
export type { LineContext, PersianLexicon, RepairChange, RepairResult, RepairStep, UnresolvedToken } from './lib/repair/types.js'
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
  type GlyphCandidate,
  type GlyphMapDetection,
  type GlyphMapOptions
} from './lib/repair/glyph-map.js'
export {
  prepareGlyphMapDecoder,
  type GlyphMapDocumentContext,
  type GlyphMapDocumentStep
} from './lib/repair/glyph-map-document.js'
export { restoreZwnj } from './lib/repair/zwnj.js'
