import type { z } from 'zod'
import { isServerOwned, writableFields, type TableName } from '../contract/tables.ts'
import { uuid } from '../contract/uuid.ts'
import { Rejection } from './rejection.ts'
import { hasUnstorableText } from './storable-text.ts'

export interface PreparedFields {
  /** The writable columns to set, validated, in the order they arrived. */
  fields: Record<string, unknown>
  /** `org_id` when the device sent one: required to create a row, and it never changes. */
  orgId: string | null
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((key) => `"${key}"`).join(', ')
    return `${issue.keys.length > 1 ? 'These fields do' : 'The field'} ${names} ${
      issue.keys.length > 1 ? 'not' : 'does not'
    } exist here`
  }
  const field = issue.path.join('.')
  return field ? `${field}: ${issue.message}` : issue.message
}

// Built once per table: zod compiles each new schema, which costs more than checking a row.
const patchSchemas = new Map<TableName, z.ZodType>()
function patchSchema(table: TableName): z.ZodType {
  const known = patchSchemas.get(table)
  if (known) return known
  const schema = writableFields[table].partial().strict()
  patchSchemas.set(table, schema)
  return schema
}

/**
 * Strips server-owned columns from an upsert's fields and validates the rest against the
 * table's writable columns; a bad or unknown column throws a `Rejection` naming it.
 *
 * @example
 * const { fields, orgId } = prepareFields('checkins', { notes: 'Met the CIO', version: 7 })
 * // fields = { notes: 'Met the CIO' }, orgId = null
 */
export function prepareFields(table: TableName, raw: Record<string, unknown>): PreparedFields {
  const rest: Record<string, unknown> = {}
  let orgId: string | null = null
  for (const [key, value] of Object.entries(raw)) {
    if (isServerOwned(table, key)) continue
    if (key === 'org_id') {
      const parsed = uuid.safeParse(value)
      if (!parsed.success) throw new Rejection('invalid_fields', 'org_id: must be a uuid')
      orgId = parsed.data
      continue
    }
    rest[key] = value
  }
  const parsed = patchSchema(table).safeParse(rest)
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue)
    throw new Rejection('invalid_fields', issues.join('; '))
  }
  // zod rebuilds the object in schema order; keep the device's order and only its keys.
  const data = parsed.data as Record<string, unknown>
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(rest)) {
    if (hasUnstorableText(data[key])) {
      throw new Rejection(
        'invalid_fields',
        `${key}: has a character that can't be saved (a NUL byte or half of an emoji)`,
      )
    }
    fields[key] = data[key]
  }
  return { fields, orgId }
}
