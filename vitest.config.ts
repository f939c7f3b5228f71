import { defineConfig } from 'vitest/config'

// Suites that purge the sync history, apply migrations or load the demo change what every other
// suite on the shared PostgreSQL sees: they run alone, after the rest.
const alone = [
  'test/integration/migrations.test.ts',
  'test/integration/*-migration.test.ts',
  'test/integration/demo-seed*.test.ts',
  'test/integration/purge-schedule.test.ts',
  'test/integration/sync-log-bounds.test.ts',
  'test/integration/sync-pull-changes.test.ts',
  'test/integration/value-and-scorecards.test.ts',
]

export default defineConfig({
  test: {
    // Test users' hashes at the pre-issue-11 cost; production's (OWASP) has its own test.
    env: { PASSWORD_HASH_COST: 'test' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'side by side',
          include: [
            'api/**/*.test.ts',
            'web/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/faults/**/*.test.ts',
          ],
          exclude: alone,
          // Two at a time even on two cores: most of a suite's time is spent waiting on a database.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'alone', include: alone, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
})
