import { initialTierCadence, orgTierCadence } from '../contract/cadence.ts'
import { demoUuid } from './ids.ts'
import { givenNames, people, surnames } from './people.ts'
import type { AccountSpec } from './specs.ts'
import type { BuiltAccount } from './context.ts'
import type { AssignmentRow, ContactRow, MemberRow, OrgRow, UserRow } from './types.ts'

// Each org's cadence defaults as a new org starts with them, written out so the relationships
// below take theirs from the org row, as the database trigger would.
const newOrgCadence = {
  cadence_strategic_days: initialTierCadence.strategic,
  cadence_core_days: initialTierCadence.core,
  cadence_transactional_days: initialTierCadence.transactional,
}
export const demoOrg: OrgRow = {
  id: demoUuid('org:demo'),
  name: 'Demo State Office of the CIO',
  ...newOrgCadence,
}
export const neighbourOrg: OrgRow = {
  id: demoUuid('org:neighbour'),
  name: 'Neighbour State',
  ...newOrgCadence,
}

/**
 * The sign-ins and their memberships, one org each.
 *
 * @example
 * const { users, members } = buildPeople() // six of each
 */
export function buildPeople(): { users: UserRow[]; members: MemberRow[] } {
  const users = people.map((person) => ({
    id: demoUuid(`user:${person.key}`),
    email: person.email,
    display_name: person.name,
  }))
  const members = people.map((person) => ({
    id: demoUuid(`member:${person.key}`),
    org_id: person.org === 'demo' ? demoOrg.id : neighbourOrg.id,
    user_id: demoUuid(`user:${person.key}`),
    role: person.role,
    display_name: person.name,
    email: person.email,
  }))
  return { users, members }
}

const domains = {
  agency: 'example.gov',
  internal: 'example.gov',
  vendor: 'example.com',
  partner: 'example.org',
}

/**
 * Invented names, never repeated within 1,600 contacts: 7 and the 40 names are coprime, so each
 * round of 40 pairs every given name with a different surname.
 */
function contactName(n: number): { name: string; email: string } {
  const given = givenNames[n % givenNames.length] ?? 'Alex'
  const round = Math.floor(n / givenNames.length)
  const surname = surnames[(n * 7 + round * 13 + 3) % surnames.length] ?? 'Smith'
  return { name: `${given} ${surname}`, email: `${given}.${surname}`.toLowerCase() }
}

/**
 * Builds relationships with their contacts and assignments; contact names follow the order of
 * the specs, so adding an account at the end never renames anyone.
 */
export function buildAccounts(
  specs: AccountSpec[],
  org: OrgRow,
  firstContact: number,
  userId: (key: NonNullable<AccountSpec['primary']>) => string,
): { built: BuiltAccount[]; assignments: AssignmentRow[] } {
  const orgId = org.id
  const cadence = orgTierCadence(org)
  let n = firstContact
  const assignments: AssignmentRow[] = []
  const built = specs.map((spec): BuiltAccount => {
    const id = demoUuid(`account:${spec.key}`)
    const contacts = spec.contacts.map(([title, influence], index): ContactRow => {
      const person = contactName(n)
      const phone = `(555) 555-01${String(n % 100).padStart(2, '0')}`
      n += 1
      return {
        id: demoUuid(`contact:${spec.key}:${index}`),
        org_id: orgId,
        account_id: id,
        name: person.name,
        title,
        email: `${person.email}@${domains[spec.kind]}`,
        phone,
        influence,
      }
    })
    const roles = [
      ...(spec.primary ? [[spec.primary, 'primary'] as const] : []),
      ...(spec.secondary ?? []).map((key) => [key, 'secondary'] as const),
    ]
    for (const [key, role] of roles) {
      assignments.push({
        id: demoUuid(`assignment:${spec.key}:${key}`),
        org_id: orgId,
        account_id: id,
        user_id: userId(key),
        role,
      })
    }
    return {
      spec,
      contacts,
      owner: spec.primary ?? 'lead',
      row: {
        id,
        org_id: orgId,
        kind: spec.kind,
        name: spec.name,
        short_name: spec.short,
        tier: spec.tier,
        cadence_days: cadence[spec.tier],
        maturity_self: spec.maturity[0],
        maturity_partner: spec.maturity[1],
        strategic_goals: spec.goals,
        status: 'active',
      },
    }
  })
  return { built, assignments }
}
