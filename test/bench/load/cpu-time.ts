import { readFileSync } from 'node:fs'
import type { Database } from '../../../api/db/database.ts'

// USER_HZ: Linux reports process times in hundredths of a second on every common build.
const ticksPerSecond = 100

/** User plus system CPU seconds a process has used so far, or 0 when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
  } catch {
    return 0
  }
}

/**
 * The server processes of this database's other connections (the API's pool), so their CPU
 * can be told apart from everything else the shared PostgreSQL is doing.
 */
export async function backendPids(db: Database): Promise<number[]> {
  const rows = await db.query<{ pid: number }>(
    `select pid from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  )
  return rows.map((row) => row.pid)
}

/**
 * CPU seconds used by the API process and by its PostgreSQL backends: robust to a busy machine
 * in a way requests a second are not, and what a capacity model multiplies.
 *
 * @example
 * const start = await cpuSnapshot(db, child.pid)
 * const used = (await cpuSnapshot(db, child.pid)).minus(start)
 */
export async function cpuSnapshot(db: Database, apiPid: number | undefined) {
  const pids = await backendPids(db)
  const api = cpuSeconds(apiPid)
  const database = pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0)
  return { api, database, pids }
}
