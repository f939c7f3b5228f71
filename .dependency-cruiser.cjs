/**
 * The layering of Liaison, checked by `npm run lint` (dependency-cruiser). Each rule names the
 * folders a part may NOT reach, or the only ones it may, so a folder added later is covered
 * without editing this file. Test files are held to the same rules as the code beside them.
 *
 *   api/contract  the rules shared by device and server: imports nothing of ours
 *   api/db        server storage (databases, migrations, asUser): no HTTP, no auth
 *   api/…         the server's other parts (auth, sync, portfolio, members, routes, middleware)
 *   web/local     device storage (Dexie, the write functions): nothing above it
 *   web/sync      the sync engine: storage and the contract, never a screen
 *   web/ui        the shared UI kit: form fields, the trust marks, the screen frame; no feature
 *   web/app       the app: router, shell (header, navigation, lazy screens), start-up
 *   web/features  the screens, one folder per feature
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contract-imports-nothing-of-ours',
      comment: 'api/contract is shared by the device and the server: it stands alone.',
      severity: 'error',
      from: { path: '^api/contract/' },
      to: { path: '^(api|web|test|scripts)/', pathNot: '^api/contract/' },
    },
    {
      name: 'server-storage-imports-no-http',
      comment: 'api/db is storage: it knows SQL, not HTTP, auth or the demo data.',
      severity: 'error',
      from: { path: '^api/db/' },
      to: {
        path: '^(api/|node_modules/(hono|@hono)/)',
        pathNot: '^api/(db/|contract/|env\\.ts$)',
      },
    },
    {
      name: 'server-never-imports-the-web',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: '^web/' },
    },
    {
      name: 'web-imports-only-the-contract',
      comment: 'The web reaches the server only through api/contract (and the AppType type).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(api|test|scripts)/', pathNot: '^api/(contract/|app\\.ts$)' },
    },
    {
      name: 'web-takes-only-the-app-type',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^api/app\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'device-storage-imports-nothing-above-it',
      comment: 'web/local is the device database: sync, screens and the app build on it.',
      severity: 'error',
      from: { path: '^web/local/' },
      to: { path: '^web/', pathNot: '^web/local/' },
    },
    {
      name: 'sync-never-imports-screens',
      severity: 'error',
      from: { path: '^web/sync/' },
      to: { path: '^web/features/' },
    },
    {
      name: 'ui-kit-imports-no-feature',
      comment: 'web/ui (form fields, the trust marks, the screen frame) serves every feature.',
      severity: 'error',
      from: { path: '^web/ui/' },
      to: { path: '^web/(features|sync)/' },
    },
    {
      name: 'code-never-imports-test-fixtures',
      comment: 'Fixtures (testing/ folders, test/) are for tests; the app never ships them.',
      severity: 'error',
      from: { path: '^(api|web)/', pathNot: '(\\.test\\.tsx?$|/testing/)' },
      to: { path: '(/testing/|^test/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
