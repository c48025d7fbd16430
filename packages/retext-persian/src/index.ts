export { ParsePersian } from './lib/parse-persian.js'
export { default } from './lib/retext-persian.js'
export { mergeBracketedSentences } from './lib/plugin/merge-bracketed-sentences.js'
export { persianTerminalMarker } from './lib/expressions.js'
