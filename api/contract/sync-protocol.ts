import { z } from 'zod'
import { nestingDepth } from './json-nesting.ts'
import { uuid } from './uuid.ts'

/**
 * The wire shapes of SYNC.md, written once and imported by the API and the device alike.
 * Only the envelope is checked here; each mutation's table and fields are checked one by one on
 * the server (see tables.ts), so one bad mutation is rejected without blocking the others.
 */
export const syncSchemaVersion = 1
export const maxMutationsPerPush = 500
export const maxPushBytes = 1024 * 1024
export const defaultPullLimit = 500
export const maxPullLimit = 1000
/** How deep a mutation's `fields` may nest, the object itself being level 1; columns need 2. */
export const maxFieldsDepth = 32
/** How many columns one mutation may name; the widest table has fewer than 20. */
export const maxFieldsPerMutation = 64
/** The longest column name: PostgreSQL cuts identifiers at 63 bytes. */
export const maxFieldNameLength = 63
/** How deep a push body may nest: the body, `mutations` and a mutation, then its fields. */
export const maxPushBodyDepth = 3 + maxFieldsDepth

/**
 * The problem with a mutation's `fields` as a whole, or null. Checked before anything walks the
 * value: a thousands-deep object overflows every recursive copy and serialiser on the way.
 */
function fieldsProblem(fields: Record<string, unknown>): string | null {
  const names = Object.keys(fields)
  if (names.length > maxFieldsPerMutation) {
    return `names ${names.length} fields, at most ${maxFieldsPerMutation} are allowed`
  }
  if (names.some((name) => name.length > maxFieldNameLength)) {
    return `a field name is longer than ${maxFieldNameLength} characters`
  }
  if (nestingDepth(fields, maxFieldsDepth) > maxFieldsDepth) {
    return `nests deeper than ${maxFieldsDepth} levels`
  }
  return null
}

const mutationFields = z.record(z.string(), z.unknown()).superRefine((fields, context) => {
  const problem = fieldsProblem(fields)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** Strict, like the envelope: a misspelt key (`baseversion`) is refused, not silently dropped. */
export const mutation = z.strictObject({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  table: z.string().min(1).max(100),
  op: z.enum(['upsert', 'delete']),
  id: uuid,
  fields: mutationFields.optional(),
  baseVersion: z.number().int().min(0).nullable().optional(),
  capturedAt: z.iso.datetime({ offset: true }).optional(),
})
export type Mutation = z.infer<typeof mutation>

export const pushRequest = z.strictObject({
  clientId: uuid,
  schemaVersion: z.literal(syncSchemaVersion),
  mutations: z.array(mutation),
})
export type PushRequest = z.infer<typeof pushRequest>

export const rejectionCode = z.enum([
  'unknown_table',
  'invalid_fields',
  'forbidden',
  'not_found',
  'deleted',
  'conflict',
  'constraint',
])
export type RejectionCode = z.infer<typeof rejectionCode>

export const mutationResult = z.object({
  seq: z.number().int(),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  version: z.number().int().optional(),
  code: rejectionCode.optional(),
  message: z.string().optional(),
})
export type MutationResult = z.infer<typeof mutationResult>

export const pushResponse = z.object({
  lastSeq: z.number().int(),
  results: z.array(mutationResult),
})
export type PushResponse = z.infer<typeof pushResponse>

export const seqGapResponse = z.object({
  error: z.literal('seq_gap'),
  expectedSeq: z.number().int(),
  message: z.string().optional(),
})

const pullLimitMessage = `must be a whole number from 1 to ${maxPullLimit}`

export const pullQuery = z.object({
  cursor: z.string().max(200).optional(),
  // Decimal digits only: Number() would also read '0x10', '1e3' and ' 5 '.
  limit: z
    .string()
    .regex(/^[0-9]{1,7}$/, { error: pullLimitMessage })
    .transform(Number)
    .pipe(
      z.number().min(1, { error: pullLimitMessage }).max(maxPullLimit, { error: pullLimitMessage }),
    )
    .optional()
    .transform((limit) => limit ?? defaultPullLimit),
  clientId: uuid.optional(),
})

export const change = z.object({
  table: z.string(),
  op: z.enum(['upsert', 'delete']),
  id: uuid,
  row: z.record(z.string(), z.unknown()).nullable(),
  version: z.number().int(),
})
export type Change = z.infer<typeof change>

export const pullResponse = z.object({
  changes: z.array(change),
  cursor: z.string(),
  hasMore: z.boolean(),
  lastSeq: z.number().int(),
  resetRequired: z.boolean(),
  /**
   * On the first page of a full download (no cursor): about how many rows the whole download
   * will send, for the device's progress bar. An estimate: rows written meanwhile come on top.
   */
  estimatedTotal: z.number().int().min(0).optional(),
})
export type PullResponse = z.infer<typeof pullResponse>
