import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['matn-source'] },
  ssr: { resolve: { conditions: ['matn-source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000
  }
})
