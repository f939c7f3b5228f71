import { z } from 'zod'
import { tableNames } from '../contract/tables.ts'
import { uuid } from '../contract/uuid.ts'

/**
 * The pull cursor: opaque to the device, base64url JSON here. Version 1 has two phases:
 * - snapshot: every visible row, table by table in `tableNames` order and by id within a table
 *   (`table` = index, `after` = last id sent, or null at a table's start). `xid` is the
 *   snapshot xmin of the first page, where the log phase starts;
 * - log: change_log entries after (`xid`, `after` = entry id), read below the oldest running
 *   transaction, so a late commit is still ahead of the cursor.
 * Both carry `orgs`, the fingerprint of the user's memberships when the download began: what
 * they may see changes with it, so a different one means a full download again. (Cursors from
 * before it existed lack it; their next page carries it.)
 */
const xidText = z
  .string()
  .regex(/^\d{1,20}$/)
  .refine((xid) => BigInt(xid) < 2n ** 64n, 'xid out of range')

const orgsFingerprint = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .optional()

const snapshotCursor = z.object({
  v: z.literal(1),
  phase: z.literal('snapshot'),
  orgs: orgsFingerprint,
  xid: xidText,
  table: z
    .number()
    .int()
    .min(0)
    .max(tableNames.length - 1),
  after: uuid.nullable(),
})

const logCursor = z.object({
  v: z.literal(1),
  phase: z.literal('log'),
  orgs: orgsFingerprint,
  xid: xidText,
  after: z.number().int().min(0),
})

const cursorSchema = z.discriminatedUnion('phase', [snapshotCursor, logCursor])

export type SnapshotCursor = z.infer<typeof snapshotCursor>
export type LogCursor = z.infer<typeof logCursor>
export type PullCursor = z.infer<typeof cursorSchema>

/**
 * @example
 * encodeCursor({ v: 1, phase: 'log', xid: '7301', after: 52 }) // 'eyJ2Ijox…'
 */
export function encodeCursor(cursor: PullCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url')
}

/**
 * The cursor a device sent back, or null when it is not one of ours.
 *
 * @example
 * const cursor = decodeCursor(query.cursor) // null → 400
 */
export function decodeCursor(text: string): PullCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Whether xid8 `a` is below `b` (both decimal text, up to 2^64).
 *
 * @example
 * xidBelow('799', '1000') // true
 */
export function xidBelow(a: string, b: string): boolean {
  return BigInt(a) < BigInt(b)
}
