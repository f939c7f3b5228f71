import { isRecord, readCached, userCachePrefix, writeCached } from '../../app/local-cache.ts'
import type { PortfolioRow } from './use-portfolio.ts'

const cacheKey = `${userCachePrefix}portfolio`
const kinds = new Set<unknown>(['agency', 'vendor', 'partner', 'internal'])
const bands = new Set<unknown>(['strong', 'steady', 'at_risk'])

let inMemory: { userId: string; rows: PortfolioRow[] } | null = null
let lastWritten = ''

function parseRow(value: unknown): PortfolioRow | null {
  if (!isRecord(value) || !isRecord(value.trust)) return null
  const { id, name, kind, mine, band, overdueCount, daysSinceContact, cadenceDays } = value
  const { score, trend } = value.trust
  const numbers = [overdueCount, cadenceDays, score, trend]
  if (typeof id !== 'string' || typeof name !== 'string' || typeof mine !== 'boolean') return null
  if (!kinds.has(kind) || !bands.has(band) || numbers.some((n) => typeof n !== 'number')) {
    return null
  }
  if (daysSinceContact !== null && typeof daysSinceContact !== 'number') return null
  return value as unknown as PortfolioRow
}

function parseSnapshot(value: unknown): { userId: string; rows: PortfolioRow[] } | null {
  if (!isRecord(value) || typeof value.userId !== 'string' || !Array.isArray(value.rows)) {
    return null
  }
  const rows = value.rows.map(parseRow)
  return rows.every((row) => row !== null) ? { userId: value.userId, rows } : null
}

/**
 * The portfolio as last computed for this person, so the home screen paints at once on a cold
 * start while the device database is read (reading 10 000 check-ins takes seconds on a slow
 * phone). Memory first, then localStorage (wiped on sign-out); null when there is none.
 */
export function readPortfolioSnapshot(userId: string): PortfolioRow[] | null {
  const found = inMemory ?? readCached(cacheKey, parseSnapshot)
  return found?.userId === userId ? found.rows : null
}

/**
 * Keeps the freshly computed portfolio for the next start; only what a row shows is stored.
 */
export function writePortfolioSnapshot(userId: string, rows: PortfolioRow[]): void {
  inMemory = { userId, rows }
  const slim = rows.map((row) => ({
    ...row,
    trust: { score: row.trust.score, band: row.trust.band, trend: row.trust.trend },
  }))
  const snapshot = { userId, rows: slim }
  const json = JSON.stringify(snapshot)
  if (json === lastWritten) return
  lastWritten = json
  writeCached(cacheKey, snapshot)
}
