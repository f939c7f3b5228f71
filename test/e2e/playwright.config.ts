import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../support/chromium.ts'

const port = Number(process.env.E2E_PORT ?? 8797)
// A fresh embedded database per run; set once so Playwright's workers agree on it.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'liaison-e2e-'))

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 375, height: 812 },
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    // The server `npm start` runs, on the build `npm test` made just before.
    command: 'node --import tsx api/main.ts',
    cwd: join(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // The demo's hashes at the test cost: 36 sign-ins at OWASP's would add a minute to CI.
      PASSWORD_HASH_COST: 'test',
      DATABASE_URL: '',
    },
  },
})
