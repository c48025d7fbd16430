import { defineConfig, type Options } from 'tsup'
import shared from '../../tsup.config.js'

type ConfigFunction = (options: Options) => Options

/**
 * The shared recipe without source maps (they would only repeat the embedded corpus) and with
 * UTF-8 output, so the Persian text is not escaped to six bytes a letter.
 */
export default defineConfig((options) => ({
  ...(shared as unknown as ConfigFunction)(options),
  sourcemap: false,
  esbuildOptions(esbuild) {
    esbuild.charset = 'utf8'
  }
}))
