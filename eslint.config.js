import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.data', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web may import only the shared contract from api/ (and AppType as a type).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/*', '!**/api/contract', '!**/api/contract/*', '!**/api/app.ts'],
              message: 'web/ imports from api/ only its contract/ (and `import type { AppType }`).',
            },
            {
              group: ['**/api/app.ts'],
              allowTypeImports: true,
              message: 'web/ may import only the AppType type from api/app.ts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The browser has no process.env.' },
      ],
    },
  },
  {
    files: ['api/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['api/env.ts', 'test/**', 'scripts/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through api/env.ts.' },
      ],
    },
  },
)
