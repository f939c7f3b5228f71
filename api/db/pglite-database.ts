import { PGlite, types } from '@electric-sql/pglite'
import { transactionMode, type Database, type Queryable } from './database.ts'
import { createMutex } from './mutex.ts'

/** Same value shapes as postgres-database.ts: int8 and numeric as numbers, date as 'YYYY-MM-DD'. */
const parsers = {
  [types.INT8]: (value: string) => Number(value),
  [types.NUMERIC]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
}

function wrap(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(text, [...params])
      return result.rows
    },
    async exec(script: string) {
      await target.exec(script)
    },
  }
}

export interface PgliteDatabase extends Database {
  /** The whole data directory as one tarball, for `openPglite(undefined, { from })`. */
  snapshot(): Promise<Blob>
}

/**
 * Opens PGlite on disk (or in memory when `dataDir` is undefined); `from` starts it from a
 * snapshot instead of an empty cluster, which skips initdb (seconds in WebAssembly).
 */
export async function openPglite(
  dataDir: string | undefined,
  options: { from?: Blob } = {},
): Promise<PgliteDatabase> {
  // One options object: with `new PGlite(undefined, options)` the options are dropped (in-memory).
  const pg = new PGlite({ dataDir, parsers, loadDataDir: options.from })
  await pg.waitReady
  // PGlite has a single connection: one transaction at a time, the others wait their turn.
  const exclusive = createMutex()
  const direct = wrap(pg)
  return {
    kind: 'pglite',
    query: (text, params) => exclusive(() => direct.query(text, params)),
    exec: (script) => exclusive(() => direct.exec(script)),
    transaction: (work, options) =>
      exclusive(() =>
        pg.transaction(async (tx) => {
          const mode = transactionMode(options)
          if (mode) await tx.query(`set transaction ${mode}`)
          return work(wrap(tx))
        }),
      ),
    close: () => exclusive(() => pg.close()),
    snapshot: () => exclusive(() => pg.dumpDataDir('none')),
  }
}
