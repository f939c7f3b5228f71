import { deleteLocalDb, type LocalDb } from './local-db.ts'
import { readMeta } from './meta.ts'

/** What signing a person in did to this device's data. */
export type DeviceClaim =
  | { status: 'bound' }
  | { status: 'same' }
  | { status: 'wiped'; previousUserId: string }
  | { status: 'blocked'; ownerUserId: string; pending: number }

/** Another person's changes are still waiting on this device; they must sync or sign out first. */
export class DeviceInUseError extends Error {
  constructor(
    readonly ownerUserId: string,
    readonly pending: number,
  ) {
    super(
      `This device holds ${pending} unsynced change${pending === 1 ? '' : 's'} by another person. ` +
        'They need to sign in and sync before anyone else can use it.',
    )
    this.name = 'DeviceInUseError'
  }
}

/**
 * Empties every table in one transaction and starts over with a new client id and `seq` 1, as
 * if the database had never existed (the old client id stays bound to its user on the server).
 */
export async function wipeLocalData(db: LocalDb, userId?: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    await db.meta.bulkPut([
      { key: 'clientId', value: crypto.randomUUID() },
      { key: 'nextSeq', value: 1 },
      ...(userId ? [{ key: 'userId' as const, value: userId }] : []),
    ])
  })
}

/**
 * Binds the device's data to the person signing in. The first person binds it; the same person
 * carries on; someone else gets a clean device when nothing is pending, and is refused while the
 * previous person's changes wait (their outbox must never be pushed under another account).
 *
 * @example
 * const claim = await claimDevice(db, session.user.id)
 * if (claim.status === 'blocked') showDeviceInUse(claim.pending)
 */
export async function claimDevice(db: LocalDb, userId: string): Promise<DeviceClaim> {
  return db.transaction('rw', db.tables, async (): Promise<DeviceClaim> => {
    const owner = await readMeta(db, 'userId')
    if (owner === userId) return { status: 'same' }
    if (owner === undefined) {
      await db.meta.put({ key: 'userId', value: userId })
      return { status: 'bound' }
    }
    const pending = await db.outbox.count()
    if (pending > 0) return { status: 'blocked', ownerUserId: owner, pending }
    await wipeLocalData(db, userId)
    return { status: 'wiped', previousUserId: owner }
  })
}

/**
 * `claimDevice`, throwing `DeviceInUseError` when the device belongs to someone with pending
 * changes.
 *
 * @example
 * try { await assertDeviceUser(db, userId) } catch (e) { if (e instanceof DeviceInUseError) … }
 */
export async function assertDeviceUser(db: LocalDb, userId: string): Promise<DeviceClaim> {
  const claim = await claimDevice(db, userId)
  if (claim.status === 'blocked') throw new DeviceInUseError(claim.ownerUserId, claim.pending)
  return claim
}

/**
 * Sign-out: deletes the device database with everything in it. Stop the sync engine first; the
 * next sign-in opens a new database (new client id, full download).
 *
 * @example
 * engine.stop()
 * await deleteLocalData(db)
 */
export async function deleteLocalData(db: LocalDb): Promise<void> {
  await deleteLocalDb(db)
}
