export { articleToTei, corpusToTei, type ArticleToTeiOptions, type CorpusToTeiOptions } from './lib/article-to-tei.js'
export { teiToArticle, teiCorpusToArticles } from './lib/tei-to-article.js'
export { encodeXmlId, decodeXmlId, type EncodeXmlIdOptions } from './lib/xml-ids.js'
