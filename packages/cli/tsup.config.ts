import { defineConfig } from 'tsup'
import shared from '../../tsup.config.js'

/** The shared recipe, plus the `matn build` worker thread as a second entry (`dist/build-worker.js`). */
export default defineConfig((options) => {
  const config = typeof shared === 'function' ? shared(options) : shared
  if (Array.isArray(config)) throw new TypeError('Expected one tsup config')
  return { ...config, entry: ['src/index.ts', 'src/build-worker.ts'] }
})
