import { z } from 'zod'

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

export const mutation = z.object({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  table: z.string().min(1).max(100),
  op: z.enum(['upsert', 'delete']),
  id: z.uuid(),
  fields: z.record(z.string(), z.unknown()).optional(),
  baseVersion: z.number().int().min(0).nullable().optional(),
  capturedAt: z.iso.datetime({ offset: true }).optional(),
})
export type Mutation = z.infer<typeof mutation>

export const pushRequest = z.object({
  clientId: z.uuid(),
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

export const pullQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(maxPullLimit).default(defaultPullLimit),
  clientId: z.uuid().optional(),
})

export const change = z.object({
  table: z.string(),
  op: z.enum(['upsert', 'delete']),
  id: z.uuid(),
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
})
export type PullResponse = z.infer<typeof pullResponse>
