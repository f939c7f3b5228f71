import type { LocalDb } from './local-db.ts'
import { LocalWriteError } from './local-write.ts'
import { readMeta } from './meta.ts'

/**
 * The org a new row under an account belongs to: the account's own (rows never cross orgs).
 */
export async function accountOrg(db: LocalDb, accountId: string): Promise<string> {
  const account = await db.accounts.get(accountId)
  if (!account) throw new LocalWriteError(`account ${accountId} is not on this device`)
  return account.org_id
}

/**
 * The person this device's data belongs to (set at sign-in by `claimDevice`).
 */
export async function deviceUser(db: LocalDb): Promise<string> {
  const userId = await readMeta(db, 'userId')
  if (!userId) throw new LocalWriteError('nobody is signed in on this device')
  return userId
}

/**
 * The organisation this device's data belongs to: the one org it holds (a person belongs to
 * one office).
 */
export async function deviceOrg(db: LocalDb): Promise<string> {
  const org = (await db.orgs.toArray()).find((row) => !row.deleted_at)
  if (!org) throw new LocalWriteError('no organisation has synced to this device yet')
  return org.id
}
