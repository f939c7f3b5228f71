import type { Mutation } from '../contract/sync-protocol.ts'
import { rejectedFieldsKept, rejectedTextKept } from '../contract/sync-retention.ts'
import { storable } from './storable-text.ts'

/** What `sync_rejections.mutation` keeps of a rejected mutation: enough to tell what it was. */
export interface RejectionExcerpt {
  op: Mutation['op']
  baseVersion?: number | null
  capturedAt?: string
  /** The first field names, each with a short look at its value. */
  fields?: Record<string, unknown>
  /** How many more field names the mutation had. */
  fieldsLeftOut?: number
}

const cut = (text: string) => storable(text.slice(0, rejectedTextKept))

// One level only, never a recursive walk: a value nested thousands deep costs nothing here.
function glimpse(value: unknown): unknown {
  if (typeof value === 'string') return cut(value)
  if (Array.isArray(value)) return `[list of ${value.length}]`
  if (value !== null && typeof value === 'object') return '[object]'
  return value
}

/**
 * A bounded excerpt of a rejected mutation for `sync_rejections`: the device already has the
 * whole mutation and learns the reason from the push answer, so the server keeps only what a
 * person needs to recognise it, never the junk a writer might send.
 *
 * @example
 * rejectionExcerpt({ seq: 1, table: 'checkins', op: 'upsert', id, fields: { notes: 'x'.repeat(1e6) } })
 * // { op: 'upsert', fields: { notes: 'xxx…' (120 characters) } }
 */
export function rejectionExcerpt(mutation: Mutation): RejectionExcerpt {
  const excerpt: RejectionExcerpt = { op: mutation.op }
  if (mutation.baseVersion !== undefined) excerpt.baseVersion = mutation.baseVersion
  if (mutation.capturedAt !== undefined) excerpt.capturedAt = cut(mutation.capturedAt)
  if (mutation.fields === undefined) return excerpt
  // No prototype, so a field named __proto__ is kept as a name like any other.
  const fields = Object.create(null) as Record<string, unknown>
  let kept = 0
  let leftOut = 0
  for (const name in mutation.fields) {
    if (!Object.hasOwn(mutation.fields, name)) continue
    if (kept < rejectedFieldsKept) {
      fields[cut(name)] = glimpse(mutation.fields[name])
      kept += 1
    } else {
      leftOut += 1
    }
  }
  excerpt.fields = fields
  if (leftOut > 0) excerpt.fieldsLeftOut = leftOut
  return excerpt
}
