export { loadCorpus } from './lib/load-corpus.js'
