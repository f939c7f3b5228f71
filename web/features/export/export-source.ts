import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { readMemberNames } from '../../local/member-names.ts'

/** Everything the exports read, as the device holds it (tombstones included). */
export interface ExportSource {
  checkins: LocalRow<'checkins'>[]
  action_items: LocalRow<'action_items'>[]
  value_items: LocalRow<'value_items'>[]
  scorecards: LocalRow<'scorecards'>[]
  risks: LocalRow<'risks'>[]
  decisions: LocalRow<'decisions'>[]
  accounts: LocalRow<'accounts'>[]
  forums: LocalRow<'forums'>[]
  /** Colleagues' names by user id. */
  names: Map<string, string>
  /** The relationships assigned to the person, live assignments only. */
  myAccountIds: Set<string>
}

/**
 * Reads the rows of every dataset from the device database in one go.
 */
export async function readExportSource(db: LocalDb, userId: string): Promise<ExportSource> {
  const [checkins, action_items, value_items, scorecards, risks, decisions, accounts, forums] =
    await Promise.all([
      db.checkins.toArray(),
      db.action_items.toArray(),
      db.value_items.toArray(),
      db.scorecards.toArray(),
      db.risks.toArray(),
      db.decisions.toArray(),
      db.accounts.toArray(),
      db.forums.toArray(),
    ])
  const [names, assignments] = await Promise.all([
    readMemberNames(db),
    db.assignments.where('user_id').equals(userId).toArray(),
  ])
  const myAccountIds = new Set(assignments.filter((a) => !a.deleted_at).map((a) => a.account_id))
  return {
    checkins,
    action_items,
    value_items,
    scorecards,
    risks,
    decisions,
    accounts,
    forums,
    names,
    myAccountIds,
  }
}
