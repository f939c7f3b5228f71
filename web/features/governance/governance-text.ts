import type { DecisionStatus, ForumPurpose } from '../../../api/contract/governance.ts'
import type { LocalRow } from '../../local/local-db.ts'

export const purposeLabels: Record<ForumPurpose, string> = {
  strategic: 'Strategic',
  tactical: 'Tactical',
}

export const decisionStatusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  decided: 'Decided',
  reversed: 'Reversed',
}

export const seatRoleLabels: Record<LocalRow<'forum_members'>['role'], string> = {
  chair: 'Chair',
  co_chair: 'Co-chair',
  member: 'Member',
  observer: 'Observer',
}
