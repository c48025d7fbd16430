export type {
  Alignment,
  AlignmentSource,
  Article,
  ArticleDate,
  ArticleMeta,
  Author,
  Bilingual,
  Calendar,
  Citation,
  CitationKind,
  Dir,
  Footnote,
  Lang,
  OriginalDate,
  Point,
  Segment,
  SegmentKind,
  Span,
  TaggedCitation,
  UndatedStatus
} from './lib/model.js'
export { normalizePersian, type NormalizeOptions } from './lib/normalize.js'
export { tagCitations, type TagCitationsOptions } from './lib/citations/tag-citations.js'
export { citationKey } from './lib/citations/keys.js'
export { citationNameParts, personNameParts, type NamePartRole, type NamePiece, type PersonNameParts } from './lib/citations/name-parts.js'
export { gregorianYearsOf } from './lib/citations/years.js'
export { ibidAntecedentAfter, type IbidAntecedent } from './lib/citations/ibid.js'
export { splitSentences, parserFor, type SentenceSpan } from './lib/segment-text.js'
export { scanSentences } from './lib/scan/scan-sentences.js'
export { scanWords } from './lib/scan/scan-words.js'
export { textSentences, textSegments, type TextSentenceRecord, type TextSegment } from './lib/scan/text-sentences.js'
export { segmentText, tagTextCitations, type TextSentence } from './lib/text-citations.js'
export { parseArticle, type ParseArticleOptions } from './lib/parse-article.js'
export { maximumParagraphDelimiters } from './lib/delimiter-guard.js'
export { decodeCharacterReferences } from './lib/character-references.js'
export { CitationIndex, type CitationHit, type CitationQuery, type CitedWork } from './lib/citation-index.js'
export { Corpus } from './lib/corpus.js'
export { MatnError, formatMessage, type MatnErrorCode } from './lib/errors.js'
export { nameSkeleton, namesMatch } from './lib/transliterate.js'
export { toAsciiDigits, dominantScript } from './lib/script.js'
export { checkDate } from './lib/front-matter.js'
export { frontMatterSchema } from './lib/front-matter-schema.js'
