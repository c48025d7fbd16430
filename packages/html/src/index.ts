export { renderArticle, type RenderArticleOptions } from './lib/render-article.js'
export { renderIndex, type RenderIndexOptions } from './lib/render-index.js'
export { writeHtml } from './lib/write-html.js'
export { escapeHtml } from './lib/escape.js'
