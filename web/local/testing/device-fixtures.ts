import { Dexie } from 'dexie'
import { initialTierCadence } from '../../../api/contract/cadence.ts'
import type { Fields } from '../../../api/contract/tables.ts'
import type { LocalDb, LocalRow } from '../local-db.ts'
import { openLocalDb } from '../local-db.ts'
import { claimDevice } from '../device-user.ts'
import { newId } from '../new-id.ts'
import { writeRow } from '../local-write.ts'

export const orgId = '0190a000-0000-7000-8000-000000000001'

/**
 * An account's own fields as the server holds them — an agency, core tier, every 30 days —
 * with `overrides` for what a test needs different.
 *
 * @example
 * await db.accounts.put({ ...stamp, id, org_id: orgId, ...accountFields({ name: 'Parks' }) })
 */
export function accountFields(overrides: Partial<Fields<'accounts'>> = {}): Fields<'accounts'> {
  return {
    kind: 'agency',
    name: 'Department of Revenue',
    short_name: null,
    tier: 'core',
    cadence_days: 30,
    maturity_self: null,
    maturity_partner: null,
    strategic_goals: null,
    status: 'active',
    ...overrides,
  }
}

/**
 * The test org's row as a pull delivers it — the initial cadence defaults — with `overrides`.
 */
export function orgRow(overrides: Partial<LocalRow<'orgs'>> = {}): LocalRow<'orgs'> {
  return {
    id: orgId,
    name: 'Test office',
    cadence_strategic_days: initialTierCadence.strategic,
    cadence_core_days: initialTierCadence.core,
    cadence_transactional_days: initialTierCadence.transactional,
    version: 1,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    deleted_at: null,
    ...overrides,
  }
}

/**
 * A check-in's own fields as the server holds them — a visit, nothing filled in but when and
 * where — with `overrides` for what a test needs.
 */
export function checkinFields(
  accountId: string,
  occurredAt: string,
  overrides: Partial<Fields<'checkins'>> = {},
): Fields<'checkins'> {
  return {
    account_id: accountId,
    occurred_at: occurredAt,
    kind: 'visit',
    attendee_contact_ids: [],
    attendee_user_ids: [],
    summary: null,
    notes: null,
    trust_pulse: null,
    start_doing: null,
    stop_doing: null,
    continue_doing: null,
    strategic_invite: false,
    visibility: 'org',
    captured_at: null,
    forum_id: null,
    ...overrides,
  }
}

/**
 * A commitment's fields: open, ours, unassigned and undated unless overridden.
 */
export function actionItemFields(
  accountId: string,
  overrides: Partial<Fields<'action_items'>> = {},
): Fields<'action_items'> {
  return {
    account_id: accountId,
    checkin_id: null,
    title: 'A commitment',
    details: null,
    owner_side: 'us',
    assignee_user_id: null,
    contact_id: null,
    due_on: null,
    status: 'open',
    completed_at: null,
    ...overrides,
  }
}

/**
 * A fresh device database (unique name) signed in as `u1`.
 */
export async function openTestDb(userId = 'u1'): Promise<LocalDb> {
  const db = await openLocalDb(`test-${newId()}`)
  await claimDevice(db, userId)
  return db
}

/** The columns the server keeps on every row of the test org, as a pull delivers them. */
export const serverColumns = {
  org_id: orgId,
  version: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  deleted_at: null,
}

/** An account as a server sends it: its fields, version 1, not deleted. */
export function accountRow(id = newId()) {
  return { id, ...serverColumns, ...accountFields() }
}

/**
 * Puts an account on the device as a pull would have; `row` is what a server sent of it.
 */
export async function putAccount(
  db: LocalDb,
  row: Record<string, unknown> & { id: string } = accountRow(),
): Promise<string> {
  await db.accounts.put(row as never)
  return row.id
}

/**
 * Creates a contact locally (one queued change).
 */
export async function createContact(db: LocalDb, accountId: string, name: string) {
  const id = newId()
  const fields = { org_id: orgId, account_id: accountId, name, title: null, email: null }
  await writeRow(db, 'contacts', id, fields, { create: true })
  return id
}

/**
 * Closes and deletes a test database.
 */
export async function dropDb(db: LocalDb): Promise<void> {
  db.close()
  await Dexie.delete(db.name)
}
