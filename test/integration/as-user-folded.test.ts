import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, SessionEndedError, type JwtClaims } from '../../api/db/as-user.ts'
import type { Database, Queryable } from '../../api/db/database.ts'
import { addMember, createAccount, createOrg } from '../support/fixtures.ts'
import { createTestApp } from '../support/test-app.ts'
import { databaseTargets } from '../support/test-databases.ts'

/**
 * `db`, with every statement run inside a transaction written down in `statements`, and the
 * waits counted in `roundTrips`: a statement sent while none is in flight starts a new wait; one
 * sent behind another rides in the same.
 */
function counting(db: Database) {
  const statements: string[] = []
  const waits = { roundTrips: 0, inFlight: 0 }
  const watched = (tx: Queryable): Queryable => ({
    ...tx,
    query: <T>(text: string, params?: readonly unknown[]) => {
      statements.push(text.replace(/\s+/g, ' ').slice(0, 50))
      if (waits.inFlight === 0) waits.roundTrips += 1
      waits.inFlight += 1
      return tx.query<T>(text, params).finally(() => (waits.inFlight -= 1))
    },
  })
  const counted: Database = {
    ...db,
    transaction: (work, o) => db.transaction((tx) => work(watched(tx)), o),
  }
  return { counted, statements, waits }
}

/**
 * asUser sends the session check and the work's first statements together, without waiting in
 * between: the check must still decide, on both databases.
 */
describe.each(databaseTargets())('the folded statements of a request on $name', (target) => {
  let db: Database
  let orgId: string
  let accountId: string

  beforeAll(async () => {
    db = await target.open()
    orgId = (await createOrg(db, 'Folded', ['admin'])).orgId
    accountId = await createAccount(db, orgId)
  })
  afterAll(() => db.close())

  async function signedIn(label: string) {
    const { counted, statements, waits } = counting(db)
    const harness = await createTestApp(counted)
    const user = await addMember(db, orgId, 'manager', label)
    const session = await harness.signIn(user.email, user.password)
    const claims = await harness.verifyAccessToken(session.access_token)
    const get = (path: string) =>
      harness.app.request(path, { headers: { authorization: `Bearer ${session.access_token}` } })
    return { user, claims, get, statements, waits }
  }

  const signOut = (claims: JwtClaims) =>
    db.query('update auth.liaison_sessions set revoked_at = now() where id = $1', [
      claims.session_id,
    ])

  it('rolls back what the work wrote before the check answered, for a session ended', async () => {
    const { claims } = await signedIn('folded-write')
    await signOut(claims)
    const written = asUser(db, claims, (tx) =>
      tx.query(
        `insert into public.contacts (org_id, account_id, name) values ($1, $2, 'Folded ghost')`,
        [orgId, accountId],
      ),
    )
    await expect(written).rejects.toBeInstanceOf(SessionEndedError)
    const ghosts = await db.query(`select id from public.contacts where name = 'Folded ghost'`)
    expect(ghosts).toEqual([])
  })

  it('answers an ended session as ended even when the work failed too', async () => {
    const { claims } = await signedIn('folded-error')
    await signOut(claims)
    const failing = asUser(db, claims, (tx) => tx.query('select * from public.no_such_table'))
    await expect(failing).rejects.toBeInstanceOf(SessionEndedError)
  })

  it('reads a caught-up pull and /api/me in one wait each, the check among the statements', async () => {
    const { get, statements, waits } = await signedIn('folded-count')
    let cursor = ''
    for (let page = 0; page < 20; page++) {
      const res = await get(`/api/sync/pull?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)
      const body = (await res.json()) as { cursor: string; hasMore: boolean }
      cursor = body.cursor
      if (!body.hasMore) break
    }
    statements.length = 0
    waits.roundTrips = 0
    expect((await get(`/api/sync/pull?cursor=${cursor}`)).status).toBe(200)
    // The session check (with role and claims), the pull's context, the log: all sent at once.
    expect(statements).toHaveLength(3)
    expect(statements[0]).toContain('session_state')
    expect(waits.roundTrips).toBe(1)
    statements.length = 0
    waits.roundTrips = 0
    expect((await get('/api/me')).status).toBe(200)
    expect(statements).toHaveLength(2)
    expect(waits.roundTrips).toBe(1)
  })
})
