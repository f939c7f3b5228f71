import type { TrustIndex } from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { sideOwes } from '../checkin/checkin-options.ts'
import { byDueDate, dueText } from '../relationship/due-text.ts'
import { bandLabels } from '../../ui/trust/trust-text.ts'
import type { SinceLine } from './since-lines.ts'

export interface BriefingTextInput {
  account: Pick<LocalRow<'accounts'>, 'name' | 'short_name'>
  trust: TrustIndex
  sinceWhen: string
  lines: SinceLine[]
  openItems: LocalRow<'action_items'>[]
  now: Date
}

/**
 * A briefing as plain text, for the share sheet or the clipboard: the relationship, its trust
 * with the reasons, what changed since the last visit, and the open commitments both ways.
 * Plain text only: whatever a person typed reaches the other app exactly as typed.
 *
 * @example
 * briefingText({ account, trust, sinceWhen, lines, openItems, now }).split('\n')[0]
 * // 'Department of Revenue (DOR) — briefing'
 */
export function briefingText(input: BriefingTextInput): string {
  const { account, trust, now } = input
  const name = account.short_name ? `${account.name} (${account.short_name})` : account.name
  const out = [`${name} — briefing`, '']
  out.push(`Trust index ${trust.score}, ${bandLabels[trust.band]}`)
  for (const reason of trust.reasons) out.push(`- ${reason}`)
  out.push('', `Since your last visit (${input.sinceWhen})`)
  for (const line of input.lines) {
    out.push(`* ${line.headline}`)
    for (const entry of line.entries) out.push(`  - ${entry}`)
  }
  const open = input.openItems
    .filter((item) => item.status === 'open' && !item.deleted_at)
    .sort(byDueDate)
  if (open.length) {
    out.push('', 'Open commitments')
    for (const item of open) {
      out.push(`- ${item.title} (${sideOwes[item.owner_side]}; ${dueText(item.due_on, now).text})`)
    }
  }
  return out.join('\n')
}
