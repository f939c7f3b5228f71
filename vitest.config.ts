import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'api/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
      'test/integration/**/*.test.ts',
      'test/faults/**/*.test.ts',
    ],
    // Test users' hashes at the pre-issue-11 cost; production's (OWASP) has its own test.
    env: { PASSWORD_HASH_COST: 'test' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
