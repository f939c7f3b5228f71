/**
 * Writes compressed copies beside the built PWA's text files, so the server sends Brotli or
 * gzip without compressing on each request: a phone on a weak signal downloads about a third of
 * the bytes.
 *
 * Usage: `vite build && node --import tsx scripts/precompress.ts [dist/web]`
 */
import { precompressFiles } from './precompress-files.ts'

const { textBytes, brotliBytes } = precompressFiles(process.argv[2] ?? 'dist/web')
const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`
console.log(`precompressed: ${kB(textBytes)} of text → ${kB(brotliBytes)} Brotli`)
