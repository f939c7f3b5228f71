import { formatDate } from '../../app/relative-time.ts'
import { Link } from '../../app/link.tsx'
import { valueItemHref } from '../../app/routes.ts'
import type { RegisterItem } from './register-items.ts'
import { stageLabels } from './value-format.ts'
import { ValueFigures } from './value-figures.tsx'
import { ValueProgress } from './value-progress.tsx'

/** The relationship the list is about, whose name each card need not repeat. */
export type ValueListContext = { accountId: string } | null

function partiesLine(entry: RegisterItem, context: ValueListContext): string | null {
  const { item, accountName, vendorName } = entry
  const forWhom = context?.accountId === item.account_id ? null : accountName
  const byWhom = context?.accountId === item.vendor_account_id ? null : vendorName
  const parts = [forWhom && `For ${forWhom}`, byWhom && `Delivered by ${byWhom}`].filter(Boolean)
  return parts.length ? parts.join(' · ') : null
}

/**
 * One value item in a list: its title (a link to its page) and stage, the outcome sought, the
 * figures and progress bar, who it is for and who delivers it, and its latest change.
 */
export function ValueItemCard(props: {
  entry: RegisterItem
  context: ValueListContext
  now: Date
}) {
  const { entry, context, now } = props
  const { item, lastUpdate } = entry
  const parties = partiesLine(entry, context)
  return (
    <li className="value-item" data-testid="value-item">
      <p className="value-head">
        <Link href={valueItemHref(item.id)} className="value-title">
          {item.title}
        </Link>
        <span className={`tag stage-${item.stage}`}>{stageLabels[item.stage]}</span>
      </p>
      {item.outcome && <p className="value-outcome">{item.outcome}</p>}
      <ValueFigures item={item} />
      <ValueProgress progress={entry.progress} />
      {parties && <p className="item-meta">{parties}</p>}
      <p className="item-meta">
        {lastUpdate
          ? `Last update ${formatDate(new Date(lastUpdate.at), now)} by ${lastUpdate.by}`
          : `Recorded ${formatDate(new Date(item.created_at), now)}`}
        {entry.waiting && (
          <>
            {' '}
            <span className="tag tag-waiting">Not synced yet</span>
          </>
        )}
      </p>
    </li>
  )
}
