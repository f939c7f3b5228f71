import type { Database } from '../../api/db/database.ts'

interface SeenRequest {
  url: string
  method: string
  headers: Headers
  body: unknown
}

/**
 * Supabase Auth's admin invite as far as Liaison uses it: `POST /auth/v1/invite` with the
 * service-role key makes the user (here: a row in this database's auth.users, as GoTrue's
 * would be) and answers with it; an e-mail it already has is a 422.
 */
export function fakeSupabaseAuth(db: Database) {
  const seen: SeenRequest[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { email: string }
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body,
    })
    const [user] = await db.query<{ id: string }>(
      `insert into auth.users (email, raw_user_meta_data) values ($1, '{}')
       on conflict (email) do nothing returning id`,
      [body.email],
    )
    if (!user) {
      return Response.json(
        {
          code: 422,
          error_code: 'email_exists',
          msg: 'A user with this email address has already been registered',
        },
        { status: 422 },
      )
    }
    return Response.json({ id: user.id, email: body.email, aud: 'authenticated' })
  }
  return { fetch, seen }
}
