/**
 * Draws Liaison's app icons — two interlocking links on the brand teal — with a tiny PNG encoder
 * of our own, so the icons are reproducible from source with no image tooling.
 *
 * Run: `node --import tsx scripts/make-icons.ts` (writes into web/public/icons/).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const brand = [11, 93, 102] as const
const white = [255, 255, 255] as const
const mint = [155, 224, 216] as const
type Rgb = readonly [number, number, number]

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * Encodes 8-bit RGBA pixels (row by row) as a PNG file.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0 // filter: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

interface Layer {
  color: Rgb
  covers: (x: number, y: number) => boolean
}

interface IconSpec {
  /** Corner radius of the tile as a share of its size; 0 fills the whole square. */
  corner: number
  /** Scale of the mark; the maskable icon keeps it inside the 80% safe circle. */
  markScale: number
}

/** The mark's geometry in unit coordinates (0..1), centred on the tile. */
function markLayers(scale: number): Layer[] {
  const r = 0.2 * scale
  const d = 0.11 * scale
  const w = 0.075 * scale
  const gap = 0.03 * scale
  const ring = (cx: number, width: number) => (x: number, y: number) =>
    Math.abs(Math.hypot(x - cx, y - 0.5) - r) <= width / 2
  // The links cross only twice, so the top half holds exactly the top crossing.
  const topHalf = (_x: number, y: number) => y < 0.5
  const left = ring(0.5 - d, w)
  const leftHalo = ring(0.5 - d, w + 2 * gap)
  // The right link passes over the left at the bottom crossing and under it at the top one.
  return [
    { color: white, covers: left },
    { color: brand, covers: ring(0.5 + d, w + 2 * gap) },
    { color: mint, covers: ring(0.5 + d, w) },
    { color: brand, covers: (x, y) => topHalf(x, y) && leftHalo(x, y) },
    { color: white, covers: (x, y) => topHalf(x, y) && left(x, y) },
  ]
}

function insideTile(x: number, y: number, corner: number): boolean {
  if (corner === 0) return true
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - corner), 0)
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - corner), 0)
  return Math.hypot(qx, qy) <= corner
}

/** Renders one icon with 4×4 supersampling so the curves are smooth at every size. */
function renderIcon(size: number, spec: IconSpec): Uint8Array {
  const layers = markLayers(spec.markScale)
  const samples = 4
  const pixels = new Uint8Array(size * size * 4)
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size
          const y = (py + (sy + 0.5) / samples) / size
          if (!insideTile(x, y, spec.corner)) continue
          let color: Rgb = brand
          for (const layer of layers) if (layer.covers(x, y)) color = layer.color
          r += color[0]
          g += color[1]
          b += color[2]
          a += 1
        }
      }
      const i = (py * size + px) * 4
      const n = samples * samples
      // Colour channels are averaged over covered samples only, so edges don't darken.
      pixels.set(a ? [r / a, g / a, b / a, (255 * a) / n] : [0, 0, 0, 0], i)
    }
  }
  return pixels
}

function hex(color: Rgb): string {
  return `#${color.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** The same mark as SVG, in a 64-unit box, for the favicon. */
function faviconSvg(): string {
  const u = (n: number) => +(n * 64).toFixed(2)
  const r = u(0.2)
  const w = u(0.075)
  const halo = u(0.075 + 0.06)
  const [lx, rx, cy] = [u(0.39), u(0.61), u(0.5)]
  const circle = (cx: number, stroke: Rgb, width: number, clip = '') =>
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${hex(stroke)}" stroke-width="${width}"${clip}/>`
  const clip = ' clip-path="url(#top)"'
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    '<clipPath id="top"><rect width="64" height="32"/></clipPath>',
    `<rect width="64" height="64" rx="${u(0.22)}" fill="${hex(brand)}"/>`,
    circle(lx, white, w),
    circle(rx, brand, halo),
    circle(rx, mint, w),
    circle(lx, brand, halo, clip),
    circle(lx, white, w, clip),
    '</svg>',
    '',
  ].join('\n')
}

const outDir = new URL('../web/public/icons/', import.meta.url)
mkdirSync(outDir, { recursive: true })
const icons: [string, number, IconSpec][] = [
  ['icon-192.png', 192, { corner: 0.22, markScale: 1 }],
  ['icon-512.png', 512, { corner: 0.22, markScale: 1 }],
  ['maskable-512.png', 512, { corner: 0, markScale: 0.8 }],
  ['apple-touch-icon.png', 180, { corner: 0, markScale: 0.9 }],
]
for (const [name, size, spec] of icons) {
  writeFileSync(new URL(name, outDir), encodePng(size, size, renderIcon(size, spec)))
}
writeFileSync(new URL('favicon.svg', outDir), faviconSvg())
process.stdout.write(`Wrote ${icons.length + 1} icons to web/public/icons/\n`)
