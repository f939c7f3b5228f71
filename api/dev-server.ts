import type { Plugin } from 'vite'

/**
 * Mounts the API and the local auth inside Vite's dev server (`npm run dev`), so the PWA gets hot
 * reload while /api and /auth/v1 answer from the same origin, as they do in production.
 */
export function apiDevServer(): Plugin {
  return {
    name: 'liaison-api',
    apply: 'serve',
    async configureServer(server) {
      // Imported here so `vite build` never loads the database code.
      const [{ getRequestListener }, { loadEnv }, { createLiaison }] = await Promise.all([
        import('@hono/node-server'),
        import('./env.ts'),
        import('./server.ts'),
      ])
      const liaison = await createLiaison(loadEnv())
      const listener = getRequestListener(liaison.app.fetch)
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/api/') || req.url?.startsWith('/auth/')) void listener(req, res)
        else next()
      })
      server.httpServer?.once('close', () => void liaison.close())
    },
  }
}
