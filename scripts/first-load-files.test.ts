import { describe, expect, it } from 'vitest'
import { firstLoadFiles, type Manifest } from './first-load-files.ts'

// index.html → main.js, which imports start.js and shared.js; start.js imports shared.js too;
// a lazy screen is only a dynamic import, so it is not part of the first load.
const manifest: Manifest = {
  'index.html': { file: 'assets/main.js', imports: ['_start', '_shared'], isEntry: true },
  _start: { file: 'assets/start.js', imports: ['_shared'] },
  _shared: { file: 'assets/shared.js' },
  'features/search-screen.tsx': { file: 'assets/search.js', imports: ['_start'] },
}

describe('the first-load files of an entry', () => {
  it('are its chunk and its static imports, each once, without dynamic imports', () => {
    expect(firstLoadFiles(manifest, 'index.html')).toEqual([
      'assets/main.js',
      'assets/start.js',
      'assets/shared.js',
    ])
  })

  it('fail loudly when the manifest names a chunk it does not hold', () => {
    const broken: Manifest = { 'index.html': { file: 'assets/main.js', imports: ['_gone'] } }
    expect(() => firstLoadFiles(broken, 'index.html')).toThrow('no chunk _gone')
  })
})
