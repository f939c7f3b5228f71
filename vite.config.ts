import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { apiDevServer } from './api/dev-server.ts'

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

// What every start needs, in one chunk: React, Dexie and the few small modules the first screen
// shares with the lazy screens. One gzip stream of them is smaller than eight separate ones.
const startModules = [
  /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks)[\\/]/,
  /web[\\/]auth[\\/](auth-client|session-store|access-token)\.ts$/,
  /web[\\/]app[\\/](local-cache|api-error)\.ts$/,
  /api[\\/]contract[\\/](cadence|password-rules|trust-index)\.ts$/,
]

const brandTeal = '#0b5d66'
const paper = '#f5f8f8'

export default defineConfig({
  root: 'web',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Read by scripts/check-bundle-budget.ts: which files the first load takes.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'start', test: (id) => startModules.some((module) => module.test(id)) }],
        },
      },
    },
  },
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      registerType: 'prompt',
      // Registration happens in app code: the server's CSP (script-src 'self') forbids inline scripts.
      injectRegister: false,
      // The glob already precaches every icon; listing them again would duplicate entries.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
      },
      manifest: {
        id: '/',
        name: 'Liaison',
        short_name: 'Liaison',
        description:
          'Field app for business relationship managers: briefings, check-ins and commitments, offline.',
        lang: 'en',
        display: 'standalone',
        categories: ['business', 'productivity'],
        start_url: '/',
        scope: '/',
        theme_color: brandTeal,
        background_color: paper,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
    apiDevServer(),
  ],
})
