/** The parts of Vite's build manifest (`build.manifest: true`) the budget reads. */
export type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>

/**
 * The JavaScript files an entry loads before it runs: its own chunk and, recursively, the chunks
 * it imports statically, each once, in load order. Dynamic imports are left out.
 *
 * @example
 * firstLoadFiles({ 'index.html': { file: 'a.js', imports: ['_b'] }, _b: { file: 'b.js' } }, 'index.html')
 * // ['a.js', 'b.js']
 */
export function firstLoadFiles(manifest: Manifest, entry: string): string[] {
  const seen = new Set<string>()
  const files: string[] = []
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`the build manifest has no chunk ${key}`)
    if (chunk.file.endsWith('.js')) files.push(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(entry)
  return files
}
