import type { Database } from '../../../api/db/database.ts'
import { addMember } from '../../support/fixtures.ts'

/** What the field org holds for the lead's Team screen, besides relationships and check-ins. */
export const teamCounts = { otherManagers: 7, forums: 6, risks: 300, valueItems: 200 }

/**
 * Gives the field org a team to lead: seven more managers holding the relationships the one
 * who signs in does not (round-robin), forums with a monthly cadence, risks of every kind and
 * severity with reviews due either side of today, and value items at every stage. Returns the
 * new members' user ids, for the cleanup.
 */
export async function seedTeam(
  db: Database,
  orgId: string,
  { accounts, assigned }: { accounts: number; assigned: number },
): Promise<string[]> {
  const managerIds: string[] = []
  for (let n = 1; n <= teamCounts.otherManagers; n += 1) {
    const user = await addMember(db, orgId, 'manager', `bench-manager-${n}`)
    managerIds.push(user.id)
  }
  const numbered = `(select id, (row_number() over (order by id) - 1)::int as n
                       from public.accounts where org_id = $1::uuid) a`
  await db.query(
    `insert into public.assignments (org_id, account_id, user_id)
     select $1::uuid, a.id, ($2::uuid[])[1 + (a.n - $3::int) % cardinality($2::uuid[])]
       from ${numbered} where a.n >= $3::int`,
    [orgId, managerIds, assigned],
  )
  await db.query(
    `insert into public.forums (org_id, name, purpose, cadence_days)
     select $1::uuid, 'Forum ' || g, (array['strategic', 'tactical'])[1 + g % 2], 30
       from generate_series(1, $2::int) g`,
    [orgId, teamCounts.forums],
  )
  await db.query(
    `insert into public.risks (org_id, account_id, kind, title, likelihood, impact, status,
                               review_on)
     select $1::uuid, a.id,
            (array['contract', 'supply_chain', 'project', 'investment', 'intellectual_property',
                   'security', 'other'])[1 + g % 7],
            'Risk ' || g, 1 + g % 5, 1 + (g * 3) % 5,
            (array['open', 'mitigating', 'accepted'])[1 + g % 3], current_date - 30 + g % 60
       from generate_series(0, $2::int - 1) g join ${numbered} on a.n = g % $3::int`,
    [orgId, teamCounts.risks, accounts],
  )
  await db.query(
    `insert into public.value_items (org_id, account_id, title, stage)
     select $1::uuid, a.id, 'Value ' || g,
            (array['idea', 'exploring', 'approved', 'in_delivery', 'realised', 'stopped'])[1 + g % 6]
       from generate_series(0, $2::int - 1) g join ${numbered} on a.n = (g * 7) % $3::int`,
    [orgId, teamCounts.valueItems, accounts],
  )
  return managerIds
}
