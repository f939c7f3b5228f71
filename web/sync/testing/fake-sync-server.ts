import {
  pushRequest,
  type Change,
  type Mutation,
  type MutationResult,
} from '../../../api/contract/sync-protocol.ts'
import { writableFields, type TableName } from '../../../api/contract/tables.ts'
import type { FetchLike } from '../sync-http.ts'

type ServerRow = Record<string, unknown> & { id: string; version: number; deleted_at: unknown }

/**
 * The sync protocol in memory, for unit tests of the device code only (no RLS, one org). The
 * real server is tested against the same device code in the fault-injection suite.
 */
export class FakeSyncServer {
  readonly tables = new Map<string, Map<string, ServerRow>>()
  readonly log: Array<{ table: string; id: string }> = []
  readonly clients = new Map<string, { userId: string; lastSeq: number }>()
  readonly tokens = new Map<string, string>([['token-u1', 'u1']])
  readonly requests: Array<{ method: string; path: string; body: unknown }> = []
  /** Answers to give instead of handling the next requests (status, or 'network' to throw). */
  readonly faults: Array<number | 'network' | 'lose-response'> = []
  /** Cursors older than this index get `resetRequired`. */
  oldestCursor = 0
  maxMutations = 500
  /** Answer a duplicate of a refused seq with the refusal's code, as the real server may. */
  duplicateOutcomes = false
  private readonly refusals = new Map<string, MutationResult>()
  refuse: (mutation: Mutation) => string | null = () => null

  fetch: FetchLike = async (input, init) => {
    const url = new URL(input, 'http://fake.test')
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    this.requests.push({ method: init.method ?? 'GET', path: url.pathname, body })
    const fault = this.faults.shift()
    if (fault === 'network') throw new TypeError('fetch failed')
    if (typeof fault === 'number') return json(fault, { error: 'injected', message: 'injected' })
    const auth = new Headers(init.headers).get('Authorization')?.replace('Bearer ', '') ?? ''
    const userId = this.tokens.get(auth)
    if (!userId) return json(401, { error: 'unauthorized' })
    const answer =
      url.pathname === '/api/sync/push' ? this.push(userId, body) : this.pull(url.searchParams)
    if (fault === 'lose-response') throw new TypeError('connection reset after commit')
    return answer
  }

  row(table: string, id: string): ServerRow | undefined {
    return this.tables.get(table)?.get(id)
  }

  /** Writes a row as another device would, logging the change. */
  put(table: string, row: Record<string, unknown> & { id: string }): ServerRow {
    const rows = this.tables.get(table) ?? new Map<string, ServerRow>()
    this.tables.set(table, rows)
    const previous = rows.get(row.id)
    const next: ServerRow = {
      created_at: '2026-01-01T00:00:00.000Z',
      deleted_at: null,
      ...previous,
      ...row,
      version: (previous?.version ?? 0) + 1,
      updated_at: new Date().toISOString(),
    }
    rows.set(row.id, next)
    this.log.push({ table, id: row.id })
    return next
  }

  remove(table: string, id: string): void {
    this.put(table, { id, deleted_at: new Date().toISOString() })
  }

  private push(userId: string, body: unknown): Response {
    const parsed = pushRequest.safeParse(body)
    if (!parsed.success) return json(400, { error: 'bad_request', message: parsed.error.message })
    const { clientId, mutations } = parsed.data
    if (mutations.length > this.maxMutations) return json(413, { error: 'too_large' })
    const client = this.clients.get(clientId) ?? { userId, lastSeq: 0 }
    if (client.userId !== userId) return json(403, { error: 'forbidden' })
    const first = mutations[0]
    if (first && first.seq > client.lastSeq + 1) {
      return json(409, { error: 'seq_gap', expectedSeq: client.lastSeq + 1 })
    }
    this.clients.set(clientId, client)
    const results = mutations.map((mutation): MutationResult => {
      const key = `${clientId}:${mutation.seq}`
      if (mutation.seq <= client.lastSeq) {
        const refusal = this.duplicateOutcomes ? this.refusals.get(key) : undefined
        return { ...refusal, seq: mutation.seq, status: 'duplicate' }
      }
      client.lastSeq = mutation.seq
      const result = this.apply(mutation)
      if (result.status === 'rejected') this.refusals.set(key, result)
      return result
    })
    return json(200, { lastSeq: client.lastSeq, results })
  }

  private apply(mutation: Mutation): MutationResult {
    const { seq, table, id } = mutation
    const refusal = this.refuse(mutation)
    if (refusal) return { seq, status: 'rejected', code: 'forbidden', message: refusal }
    if (!(table in writableFields)) return { seq, status: 'rejected', code: 'unknown_table' }
    const existing = this.row(table, id)
    if (existing?.deleted_at) {
      return { seq, status: 'rejected', code: 'deleted', message: 'This was deleted' }
    }
    if (mutation.op === 'delete') {
      if (!existing) return { seq, status: 'rejected', code: 'not_found', message: 'Not found' }
      this.remove(table, id)
      return { seq, status: 'applied', version: this.row(table, id)?.version }
    }
    const fields = (writableFields[table as TableName] as typeof writableFields.contacts)
      .partial()
      .safeParse(mutation.fields)
    if (!fields.success) return { seq, status: 'rejected', code: 'invalid_fields', message: 'Bad' }
    const orgId = mutation.fields?.org_id
    if (!existing && typeof orgId !== 'string') {
      return { seq, status: 'rejected', code: 'invalid_fields', message: 'org_id is required' }
    }
    const row = this.put(table, { ...(existing ? {} : { org_id: orgId }), ...fields.data, id })
    return { seq, status: 'applied', version: row.version }
  }

  private pull(query: URLSearchParams): Response {
    const cursor = Number(query.get('cursor') ?? 0)
    if (query.has('cursor') && cursor < this.oldestCursor) {
      return json(200, {
        changes: [],
        cursor: '0',
        hasMore: false,
        lastSeq: 0,
        resetRequired: true,
      })
    }
    const limit = Number(query.get('limit') ?? 500)
    const end = Math.min(this.log.length, cursor + limit)
    const changes: Change[] = []
    for (const { table, id } of this.log.slice(cursor, end)) {
      const row = this.row(table, id) as ServerRow
      changes.push(
        row.deleted_at
          ? { table, op: 'delete', id, row: null, version: row.version }
          : { table, op: 'upsert', id, row, version: row.version },
      )
    }
    const page = { changes, cursor: String(end), hasMore: end < this.log.length }
    // A full download is told how many changes it will bring, as the real server says.
    const estimate = query.has('cursor') ? {} : { estimatedTotal: this.log.length }
    return json(200, { ...page, ...estimate, lastSeq: 0, resetRequired: false })
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}
