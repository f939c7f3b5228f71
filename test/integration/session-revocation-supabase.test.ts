import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, SessionEndedError } from '../../api/db/as-user.ts'
import type { Database } from '../../api/db/database.ts'
import { createOrg } from '../support/fixtures.ts'
import { openMigratedPglite } from '../support/pglite-template.ts'

/**
 * GoTrue's own session tables (the columns public.session_is_live reads), as a Supabase project
 * has them, in place of the embedded auth's: sign-out deletes the session row; a detected
 * refresh-token reuse revokes every token of the session.
 */
const gotrueSessions = `
  drop table auth.liaison_refresh_tokens, auth.liaison_sessions;
  create table auth.sessions (
    id uuid primary key,
    user_id uuid not null references auth.users (id) on delete cascade,
    created_at timestamptz, updated_at timestamptz, not_after timestamptz, aal text
  );
  create table auth.refresh_tokens (
    id bigserial primary key,
    token varchar(255), user_id varchar(255), parent varchar(255),
    revoked boolean, created_at timestamptz,
    session_id uuid references auth.sessions (id) on delete cascade
  );`

describe('an ended Supabase session, checked in the transaction asUser opens', () => {
  let db: Database
  let userId: string

  beforeAll(async () => {
    db = await openMigratedPglite()
    await db.exec(gotrueSessions)
    const org = await createOrg(db, 'Supabase', ['manager'])
    userId = org.users.manager?.id ?? ''
  })
  afterAll(() => db.close())

  async function openSession() {
    const sessionId = randomUUID()
    await db.query('insert into auth.sessions (id, user_id) values ($1, $2)', [sessionId, userId])
    await db.query(
      `insert into auth.refresh_tokens (token, user_id, revoked, session_id)
       values ($1, $2, false, $3)`,
      [randomUUID(), userId, sessionId],
    )
    return { sub: userId, role: 'authenticated', session_id: sessionId }
  }
  const readAsUser = (claims: Awaited<ReturnType<typeof openSession>>) =>
    asUser(db, claims, (tx) => tx.query('select id from public.accounts'))

  it('serves a live session', async () => {
    await expect(readAsUser(await openSession())).resolves.toEqual([])
  })

  it('refuses a session signed out (its row deleted)', async () => {
    const claims = await openSession()
    await db.query('delete from auth.sessions where id = $1', [claims.session_id])
    await expect(readAsUser(claims)).rejects.toBeInstanceOf(SessionEndedError)
  })

  it('refuses a session whose refresh tokens were all revoked for a reuse', async () => {
    const claims = await openSession()
    await db.query('update auth.refresh_tokens set revoked = true where session_id = $1', [
      claims.session_id,
    ])
    await expect(readAsUser(claims)).rejects.toBeInstanceOf(SessionEndedError)
  })

  it('refuses a session past its not_after (time-boxed sessions)', async () => {
    const claims = await openSession()
    await db.query(`update auth.sessions set not_after = now() - interval '1 s' where id = $1`, [
      claims.session_id,
    ])
    await expect(readAsUser(claims)).rejects.toBeInstanceOf(SessionEndedError)
  })
})
