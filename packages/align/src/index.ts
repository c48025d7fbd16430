export type { AlignmentLink } from './lib/types.js'
export { alignParallel, estimateLength, sigmoid, type ParallelOptions } from './lib/parallel.js'
export { galeChurch, galeChurchLengths, galeChurchCost, galeChurchPriors, logErfc, type GaleChurchOptions } from './lib/gale-church.js'
export { Lexicon, domainLexicon, type PhraseEntry } from './lib/lexicon.js'
export { learnDictionary, type LearnDictionaryOptions } from './lib/learn-dictionary.js'
export { tokenizeEnglish, tokenizePersian, visibleLength, type Token, type TokenKind, type TokenizedSentence } from './lib/tokenize.js'
export { persianStem, englishStem, persianKey } from './lib/stem.js'
export {
  alignMonotone,
  bestPath,
  fullRegion,
  regionAroundPath,
  parallelShapes,
  type AlignmentProblem,
  type BeadShape,
  type MonotoneOptions,
  type PathStep,
  type SearchRegion
} from './lib/banded-dp.js'
export { seededRandom } from './lib/random.js'
export { align, type AlignMode, type AlignOptions } from './lib/align.js'
export { alignComparable, type ComparableOptions, type SentenceContext } from './lib/comparable.js'
export { alignArticle, articleSentences, harvestGlosses, similarityMatrix, type AlignArticleOptions, type HarvestedGloss } from './lib/align-article.js'
export { readAlignmentGold, goldAlignments, type AlignmentGold, type GoldLink, type GoldLinkKind } from './lib/gold.js'
export {
  countAlignment,
  scoreAlignment,
  scoreCounts,
  sumCounts,
  type AlignmentCounts,
  type AlignmentScores,
  type PrecisionRecall,
  type ScoredLink
} from './lib/evaluate.js'
export { headingRole, runInLabelRole, sectionAffinity, type SectionRole } from './lib/sections.js'
export {
  beadEvidence,
  coverageSimilarity,
  defaultEvidenceModel,
  lengthDelta,
  lengthLogOdds,
  sideEvidence,
  type EvidenceModel
} from './lib/similarity.js'
