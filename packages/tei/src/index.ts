export {
  articleToTei,
  corpusToTei,
  teiCorpusHead,
  teiCorpusMember,
  teiCorpusTail,
  type ArticleToTeiOptions,
  type CorpusToTeiOptions,
  type TeiCorpusMember,
  type TeiCorpusSummary
} from './lib/article-to-tei.js'
export { teiToArticle, teiCorpusToArticles } from './lib/tei-to-article.js'
export { encodeXmlId, decodeXmlId, type EncodeXmlIdOptions } from './lib/xml-ids.js'
