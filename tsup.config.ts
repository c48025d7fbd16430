import { defineConfig } from 'tsup'

/**
 * The one build recipe every package shares: ESM + CJS + declarations from `src/index.ts`
 * (packages with a CLI add `src/bin.ts`). Kept small so a later move to tsdown is cheap.
 */
export default defineConfig((options) => ({
  entry: (options.entry as string[] | undefined) ?? ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  treeshake: true
}))
