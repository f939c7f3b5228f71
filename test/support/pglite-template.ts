import { createHash } from 'node:crypto'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openPglite } from '../../api/db/pglite-database.ts'
import { migrate } from '../../api/db/migrate.ts'

const supabaseDir = fileURLToPath(new URL('../../supabase/', import.meta.url))
const pgliteManifest = fileURLToPath(
  new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
)

/** A name that changes whenever a migration, a bootstrap script or PGlite itself changes. */
async function templatePath() {
  const hash = createHash('sha256').update(await readFile(pgliteManifest))
  for (const dir of ['bootstrap', 'migrations']) {
    for (const name of (await readdir(join(supabaseDir, dir))).sort()) {
      hash.update(name).update(await readFile(join(supabaseDir, dir, name)))
    }
  }
  return join(tmpdir(), `liaison-pglite-${hash.digest('hex').slice(0, 16)}.tar`)
}

async function readTemplate(path: string) {
  try {
    return new Blob([await readFile(path)])
  } catch {
    return null
  }
}

/**
 * A fresh in-memory PGlite with every migration applied. A new cluster costs seconds of initdb
 * in WebAssembly, so the first suite migrates one and leaves its snapshot in the temp dir; the
 * others start from that snapshot. Each gets its own copy: nothing is shared but the file.
 */
export async function openMigratedPglite() {
  const path = await templatePath()
  const from = await readTemplate(path)
  if (from) return openPglite(undefined, { from })
  const db = await openPglite(undefined)
  await migrate(db, { bootstrap: true })
  // Written aside and renamed, so a suite starting meanwhile never reads half a file.
  const partial = `${path}.${process.pid}.partial`
  await writeFile(partial, new Uint8Array(await (await db.snapshot()).arrayBuffer()))
  await rename(partial, path)
  return db
}
