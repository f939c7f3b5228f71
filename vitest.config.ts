import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'api/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
      'test/integration/**/*.test.ts',
      'test/faults/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
