import { Hono, type Context } from 'hono'
import type { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
import { textNestingDepth } from '../contract/json-nesting.ts'
import {
  maxFieldsDepth,
  maxMutationsPerPush,
  maxPushBodyDepth,
  pullQuery,
  pushRequest,
} from '../contract/sync-protocol.ts'
import type { UserDatabase } from '../db/as-user.ts'
import { errorBody } from '../middleware/json-errors.ts'
import { decodeCursor } from '../sync/cursor.ts'
import { pull } from '../sync/pull.ts'
import { push } from '../sync/push.ts'

const shown = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'body'
  if (issue.code !== 'unrecognized_keys') return `${where}: ${issue.message}`
  const names = issue.keys.slice(0, 5).map(shown).join(', ')
  const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''
  return `${where}: unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${names}${more}`
}

/** "mutations.3.seq: Too small: expected number to be >=1", for the first few problems. */
function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 3).map(describeIssue).join('; ')
}

const badRequest = (c: Context<AppEnv>, message: string) =>
  c.json(errorBody(c, 'bad_request', message), 400)

async function readJson(
  c: Context<AppEnv>,
): Promise<{ ok: true; body: unknown } | { ok: false; message: string }> {
  const text = await c.req.text()
  if (textNestingDepth(text, maxPushBodyDepth) > maxPushBodyDepth) {
    const message = `body: nests deeper than ${maxPushBodyDepth} levels (a mutation's fields may nest ${maxFieldsDepth})`
    return { ok: false, message }
  }
  try {
    return { ok: true, body: JSON.parse(text) }
  } catch {
    return { ok: false, message: 'body: is not valid JSON' }
  }
}

/**
 * `POST /api/sync/push` and `GET /api/sync/pull` of SYNC.md, behind requireUser: the envelope
 * is checked here (400 naming the field, 413 over 500 mutations), the rest in api/sync/.
 */
export function syncRoutes(db: UserDatabase) {
  return new Hono<AppEnv>()
    .post('/push', async (c) => {
      const read = await readJson(c)
      if (!read.ok) return badRequest(c, read.message)
      const { body } = read
      const mutations = (body as { mutations?: unknown } | null)?.mutations
      if (Array.isArray(mutations) && mutations.length > maxMutationsPerPush) {
        const message = `mutations: at most ${maxMutationsPerPush} per push, got ${mutations.length}`
        return c.json(errorBody(c, 'payload_too_large', message), 413)
      }
      const parsed = pushRequest.safeParse(body)
      if (!parsed.success) return badRequest(c, describeIssues(parsed.error))
      const outcome = await push(db, c.get('claims'), parsed.data)
      if (outcome.kind === 'foreign_client') {
        const message = 'clientId: this device id belongs to another user; start a new one'
        return c.json(errorBody(c, 'forbidden', message), 403)
      }
      if (outcome.kind === 'seq_gap') {
        const message = `Changes are missing before this batch: send from seq ${outcome.expectedSeq}`
        return c.json({ error: 'seq_gap' as const, expectedSeq: outcome.expectedSeq, message }, 409)
      }
      return c.json(outcome.response, 200)
    })
    .get('/pull', async (c) => {
      const parsed = pullQuery.safeParse(c.req.query())
      if (!parsed.success) return badRequest(c, describeIssues(parsed.error))
      const { cursor: text, limit, clientId } = parsed.data
      const cursor = text ? decodeCursor(text) : null
      if (text && !cursor) return badRequest(c, 'cursor: is not a cursor this server gave out')
      const page = await pull(db, c.get('claims'), { cursor, limit, clientId: clientId ?? null })
      return c.json(page, 200)
    })
}
