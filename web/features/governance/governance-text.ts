import type {
  DecisionStatus,
  ForumPurpose,
  ForumSeatRole,
} from '../../../api/contract/governance.ts'

export const purposeLabels: Record<ForumPurpose, string> = {
  strategic: 'Strategic',
  tactical: 'Tactical',
}

export const decisionStatusLabels: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  decided: 'Decided',
  reversed: 'Reversed',
}

export const seatRoleLabels: Record<ForumSeatRole, string> = {
  chair: 'Chair',
  co_chair: 'Co-chair',
  member: 'Member',
  observer: 'Observer',
}
