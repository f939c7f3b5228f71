import { Dexie } from 'dexie'
import { LocalDb } from './local-db.ts'

/**
 * How many changes wait in the device database while nobody is signed in (the sign-in screen
 * says they are kept). Never creates the database.
 */
export async function pendingOnDevice(name = 'liaison'): Promise<number> {
  if (!(await Dexie.exists(name))) return 0
  const db = new LocalDb(name)
  try {
    await db.open()
    return await db.outbox.count()
  } finally {
    db.close()
  }
}
