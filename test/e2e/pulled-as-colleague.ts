import type { APIRequestContext } from '@playwright/test'

export type PulledRow = Record<string, unknown>

/**
 * Everything a colleague in the same org (or `email`, a demo person) pulls from the server,
 * through the API: the changes in order, and the live rows of a table.
 *
 * @example
 * const server = await pulledAsColleague(request)
 * server.of('risks').find((row) => row.title === title)
 */
export async function pulledAsColleague(request: APIRequestContext, email = 'manager2@demo.test') {
  const signedIn = await request.post('/auth/v1/token?grant_type=password', {
    data: { email, password: 'liaison-demo' },
  })
  const { access_token } = (await signedIn.json()) as { access_token: string }
  const changes: { table: string; row: PulledRow | null }[] = []
  let cursor = ''
  for (;;) {
    const page = await request.get(
      `/api/sync/pull?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { headers: { authorization: `Bearer ${access_token}` } },
    )
    const body = (await page.json()) as {
      changes: typeof changes
      cursor: string
      hasMore: boolean
    }
    changes.push(...body.changes)
    cursor = body.cursor
    if (!body.hasMore) break
  }
  const of = (table: string) =>
    changes.flatMap((change) => (change.table === table && change.row ? [change.row] : []))
  return { changes, of }
}
