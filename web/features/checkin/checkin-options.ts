import type { Choice } from '../../ui/forms/choice-group.tsx'
import type { CheckinKind, OwnerSide } from './checkin-draft.ts'

export const kindLabels: Record<CheckinKind, string> = {
  visit: 'Visit',
  call: 'Call',
  meeting: 'Meeting',
  forum: 'Forum',
  email: 'Email',
  other: 'Other',
}

export const kindChoices: Choice<CheckinKind>[] = Object.entries(kindLabels).map(
  ([value, label]) => ({ value: value as CheckinKind, label }),
)

export const pulseWords: Record<number, string> = {
  1: 'Strained',
  2: 'Cool',
  3: 'Neutral',
  4: 'Warm',
  5: 'Strong',
}

export const pulseChoices: Choice<number>[] = [1, 2, 3, 4, 5].map((value) => ({
  value,
  label: String(value),
  detail: pulseWords[value] ?? '',
}))

export const sideLabels: Record<OwnerSide, string> = {
  us: 'Us',
  them: 'Them',
  vendor: 'Vendor',
}

/** How a commitment's owner reads in a list ("We owe", "They owe"). */
export const sideOwes: Record<OwnerSide, string> = {
  us: 'We owe',
  them: 'They owe',
  vendor: 'Vendor owes',
}
