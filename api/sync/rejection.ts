import type { RejectionCode } from '../contract/sync-protocol.ts'

/** A mutation the server will not apply; thrown inside its savepoint, reported to the device. */
export class Rejection extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message)
    this.name = 'Rejection'
  }
}

/** The parts of a PostgreSQL error we read, from postgres.js or PGlite alike. */
export interface PgErrorInfo {
  code: string
  message: string
  column: string | undefined
  constraint: string | undefined
  table: string | undefined
}

function field(error: object, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = (error as Record<string, unknown>)[name]
    if (typeof value === 'string' && value) return value
  }
  return undefined
}

/**
 * The SQLSTATE and details of a database error, or null for anything else (a bug, a lost
 * connection), which must not be mistaken for a bad mutation.
 *
 * @example
 * const info = pgErrorInfo(error) // { code: '23503', constraint: 'checkins_account_id_org_id_fkey', … }
 */
export function pgErrorInfo(error: unknown): PgErrorInfo | null {
  if (!(error instanceof Error)) return null
  const code = field(error, 'code')
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return null
  return {
    code,
    message: error.message,
    column: field(error, 'column_name', 'column'),
    constraint: field(error, 'constraint_name', 'constraint'),
    table: field(error, 'table_name', 'table'),
  }
}

/**
 * The column an error is about: Postgres names it for a missing value; otherwise it is read from
 * the constraint's name (`checkins_account_id_org_id_fkey` → `account_id`, `accounts_name_check`
 * → `name`) or from our membership triggers' messages (`checkins.author_id must be a member…`,
 * `checkins.attendee_user_ids must list members…`).
 */
function errorColumn(info: PgErrorInfo): string | undefined {
  if (info.column) return info.column
  const member = /^\w+\.(\w+) must (?:be a member|list members)/.exec(info.message)
  if (member) return member[1]
  const name = info.constraint
  if (!name) return undefined
  const prefix = info.table ? `${info.table}_` : ''
  const body = name.startsWith(prefix) ? name.slice(prefix.length) : name
  return /^(.+?)(?:_org_id)?_(?:fkey|check)$/.exec(body)?.[1]
}

const uniqueRules: Record<string, string> = {
  members_org_id_user_id_key: 'This person is already a member of this organisation',
  assignments_account_id_user_id_key: 'This person is already assigned to this relationship',
  scorecards_one_live_per_period:
    'This vendor already has a scorecard for this agency and period: edit that one instead',
}

// Rules across columns, which no single field explains.
const checkRules: Record<string, string> = {
  decisions_context_check: 'A decision belongs to a forum, a meeting or a relationship: name one',
}

function uniqueViolation(info: PgErrorInfo, noun: string): Rejection {
  // The id exists but this user cannot see it: another org's row or a private check-in.
  if (info.constraint?.endsWith('_pkey')) {
    return new Rejection('forbidden', `You can't change this ${noun}: it isn't yours`)
  }
  // Raised by one of our triggers, which names the row in the way in words.
  if (!info.constraint) return new Rejection('conflict', info.message)
  // Row-level security keeps Postgres from showing the key, so the rules are named here.
  const known = uniqueRules[info.constraint]
  return new Rejection('conflict', known ?? `Another ${noun} already has the same values`)
}

/**
 * Turns a database error raised by a device's mutation into a rejection in plain words, or
 * returns null when the error is not the mutation's fault (the push then fails and is retried).
 * Permission errors are left to the caller, which knows the user's role.
 */
export function rejectionForDatabaseError(error: unknown, noun: string): Rejection | null {
  const info = pgErrorInfo(error)
  if (!info) return null
  const column = errorColumn(info)
  const named = column ? `${column}: ` : ''
  switch (info.code) {
    case '23502':
      return new Rejection('invalid_fields', `${named}is required for a new ${noun}`)
    case '23503':
      return new Rejection(
        'constraint',
        /must (?:be a member|list members)/.test(info.message)
          ? `${named}that person is not a member of this organisation`
          : `${named}points to something that doesn't exist in this organisation`,
      )
    case '23514':
      if (info.constraint && checkRules[info.constraint]) {
        return new Rejection('constraint', checkRules[info.constraint] ?? '')
      }
      if (column) return new Rejection('constraint', `${named}that value isn't allowed`)
      return new Rejection(
        'constraint',
        info.constraint ? `This ${noun} breaks the rule "${info.constraint}"` : info.message,
      )
    case '23505':
      return uniqueViolation(info, noun)
    case 'P0001':
      return new Rejection('constraint', info.message)
  }
  if (info.code.startsWith('22')) {
    return new Rejection('invalid_fields', `${named}${info.message}`)
  }
  return null
}
