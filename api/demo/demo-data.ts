import { demoPassword } from '../contract/demo-sign-ins.ts'
import { agencies } from './agencies.ts'
import { buildActionItems, buildCheckins } from './build-activity.ts'
import { buildAccounts, buildPeople, demoOrg, neighbourOrg } from './build-accounts.ts'
import { buildDecisions, buildForums, buildScorecards } from './build-governance.ts'
import { buildRisks } from './build-risks.ts'
import { buildValue } from './build-value.ts'
import { demoClock } from './clock.ts'
import { commitments } from './commitments.ts'
import { accountDecisions, forumDecisions } from './decisions.ts'
import { forums } from './forums.ts'
import { demoUuid } from './ids.ts'
import {
  neighbourAccounts,
  neighbourCommitments,
  neighbourDecisions,
  neighbourRisks,
  neighbourValue,
  neighbourVisits,
} from './neighbour.ts'
import { createRandom } from './random.ts'
import { risks } from './risks.ts'
import { scorecards } from './scorecards.ts'
import { suppliers } from './suppliers.ts'
import { valueItems } from './value.ts'
import { visits } from './visits.ts'
import type { BuildContext, BuiltAccount } from './context.ts'
import type { UserKey } from './specs.ts'
import type { DemoData } from './types.ts'

export type * from './types.ts'

export { demoPassword }

/** The demo org's fixed id: its presence means the demo has been seeded. */
export const demoOrgId = demoOrg.id

const seed = 20261127

/**
 * The whole demo, built in memory: a state CIO office with twenty relationships across every
 * trust band, its forums, decisions and risk register, and a neighbouring state to prove
 * isolation. Pure and deterministic: the same
 * anchor gives identical rows and ids are fixed; every date is relative to the anchor's UTC day.
 *
 * @example
 * const data = buildDemoData(new Date())
 * data.accounts.length // 23
 */
export function buildDemoData(anchor: Date): DemoData {
  const clock = demoClock(anchor)
  const random = createRandom(seed)
  const userId = (key: UserKey) => demoUuid(`user:${key}`)
  const { users, members } = buildPeople()
  const demo = buildAccounts([...agencies, ...suppliers], demoOrg, 0, userId)
  const contactCount = demo.built.reduce((sum, account) => sum + account.contacts.length, 0)
  const neighbour = buildAccounts(neighbourAccounts, neighbourOrg, contactCount, userId)
  const byKey = new Map<string, BuiltAccount>(
    [...demo.built, ...neighbour.built].map((account) => [account.spec.key, account]),
  )
  const context: BuildContext = {
    clock,
    random,
    userId,
    account(key) {
      const account = byKey.get(key)
      if (!account) throw new Error(`no demo account ${key}`)
      return account
    },
  }
  const governance = buildForums(context, forums, demoOrg.id)
  const checkins = [
    ...buildCheckins(context, visits),
    ...governance.meetings,
    ...buildCheckins(context, neighbourVisits),
  ]
  const accounts = [...demo.built, ...neighbour.built]
  // Built in this order because each draws on the shared random source: moving one would
  // change the times of every row built after it.
  const actionItems = [
    ...buildActionItems(context, commitments, checkins, 'action'),
    ...buildActionItems(context, neighbourCommitments, checkins, 'action:neighbour'),
  ]
  const value = [
    buildValue(context, valueItems, 'value'),
    buildValue(context, neighbourValue, 'value:neighbour'),
  ]
  const registered = value.flatMap((built) => built.items)
  return {
    anchor: new Date(anchor.getTime()),
    day0: clock.day0,
    password: demoPassword,
    demoOrgId: demoOrg.id,
    neighbourOrgId: neighbourOrg.id,
    users,
    orgs: [demoOrg, neighbourOrg],
    members,
    accounts: accounts.map((account) => account.row),
    assignments: [...demo.assignments, ...neighbour.assignments],
    contacts: accounts.flatMap((account) => account.contacts),
    forums: governance.forums,
    forum_members: governance.members,
    checkins,
    action_items: actionItems,
    value_items: registered,
    value_updates: value.flatMap((built) => built.updates),
    scorecards: buildScorecards(context, scorecards),
    decisions: [
      ...buildDecisions(context, governance.meetings, forumDecisions, accountDecisions, 'decision'),
      ...buildDecisions(context, [], {}, neighbourDecisions, 'decision:neighbour'),
    ],
    risks: [
      ...buildRisks(context, risks, registered, 'risk'),
      ...buildRisks(context, neighbourRisks, registered, 'risk:neighbour'),
    ],
  }
}
