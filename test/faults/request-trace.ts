import { pullResponse, pushRequest, pushResponse } from '../../api/contract/sync-protocol.ts'

/*
 * One line per request and per answer, naming what decides the outcome — seqs, tables, ops,
 * statuses — and nothing a run makes afresh (ids, tokens, times, cursors), so the traces of two
 * runs of one seed are equal exactly when the server saw and answered the same.
 */

function parseJson(text: string | null): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** `POST /api/sync/push 3:checkins/upsert 4:contacts/delete` or `GET /api/sync/pull (cursor)`. */
export function describeRequest(request: { method: string; url: string; body: string | null }) {
  const url = new URL(request.url)
  const head = `${request.method} ${url.pathname}`
  const push = pushRequest.safeParse(parseJson(request.body))
  if (push.success) {
    return `${head} ${push.data.mutations.map((m) => `${m.seq}:${m.table}/${m.op}`).join(' ')}`
  }
  return url.searchParams.has('cursor') ? `${head} (cursor)` : head
}

/** `200 lastSeq 4 applied,duplicate`, `200 12 changes lastSeq 4`, or the status and error. */
export function describeAnswer(status: number, text: string) {
  const body = parseJson(text)
  const pushed = pushResponse.safeParse(body)
  if (status === 200 && pushed.success) {
    const { lastSeq, results } = pushed.data
    return `200 lastSeq ${lastSeq} ${results.map((r) => r.code ?? r.status).join(',')}`
  }
  const pulled = pullResponse.safeParse(body)
  if (status === 200 && pulled.success) {
    const { changes, hasMore, lastSeq, resetRequired } = pulled.data
    const more = `${hasMore ? ' more' : ''}${resetRequired ? ' reset' : ''}`
    return `200 ${changes.length} changes lastSeq ${lastSeq}${more}`
  }
  const error = (body as { error?: unknown } | undefined)?.error
  return `${status}${typeof error === 'string' ? ` ${error}` : ''}`
}
