import { existsSync } from 'node:fs'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

/** Files the browser must revalidate on every load, or a new release would never reach it. */
const revalidate = /^\/(index\.html|sw\.js|manifest\.webmanifest|registerSW\.js)?$/

/**
 * Serves the built PWA from `root`: hashed assets cached for a year, the shell and service worker
 * revalidated, and any other navigation answered with `index.html` so deep links work. Text goes
 * out as the Brotli or gzip copy the build wrote beside it (`scripts/precompress.ts`) when the
 * browser accepts it.
 */
export function webAppRoutes(root: string) {
  const app = new Hono<AppEnv>()
  if (!existsSync(`${root}/index.html`)) {
    return app.get('*', (c) =>
      c.text('The web app is not built yet: run `npm run build` (or `npm start`).', 503),
    )
  }
  return app
    .use('*', async (c, next) => {
      await next()
      if (c.res.status !== 200) return
      const cache = revalidate.test(c.req.path)
        ? 'no-cache'
        : c.req.path.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=3600'
      c.header('Cache-Control', cache)
    })
    .use('*', serveStatic({ root, precompressed: true }))
    .get('*', serveStatic({ root, path: 'index.html', precompressed: true }))
}
