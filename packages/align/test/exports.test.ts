import { describe, expect, it } from 'vitest'
import * as align from '../src/index.js'

describe('@matn/align', () => {
  it('should expose its public API', () => {
    expect(Object.keys(align).sort()).toEqual([
      'Lexicon',
      'align',
      'alignArticle',
      'alignComparable',
      'alignMonotone',
      'alignParallel',
      'articleSentences',
      'beadEvidence',
      'bestPath',
      'countAlignment',
      'coverageSimilarity',
      'defaultEvidenceModel',
      'domainLexicon',
      'englishStem',
      'estimateLength',
      'fullRegion',
      'galeChurch',
      'galeChurchCost',
      'galeChurchLengths',
      'galeChurchPriors',
      'goldAlignments',
      'harvestGlosses',
      'headingRole',
      'learnDictionary',
      'lengthDelta',
      'lengthLogOdds',
      'logErfc',
      'parallelShapes',
      'persianKey',
      'persianStem',
      'readAlignmentGold',
      'regionAroundPath',
      'runInLabelRole',
      'scoreAlignment',
      'scoreCounts',
      'sectionAffinity',
      'seededRandom',
      'sideEvidence',
      'sigmoid',
      'similarityMatrix',
      'sumCounts',
      'tokenizeEnglish',
      'tokenizePersian',
      'visibleLength'
    ])
  })
})
