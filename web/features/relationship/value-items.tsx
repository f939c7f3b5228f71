import { newValueItemHref } from '../../app/routes.ts'
import { Link } from '../../app/link.tsx'
import { useNow } from '../../app/use-now.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useCanWrite } from '../../app/shell/signed-in.tsx'
import type { RegisterItem } from '../value/register-items.ts'
import { ValueItemCard } from '../value/value-item-card.tsx'

/**
 * The value register for a relationship: each item's stage, the outcome sought, its figures
 * and progress, who delivers it (or, for a vendor, whom it is for) and its latest change; and
 * adding one.
 */
export function ValueItems(props: {
  account: LocalRow<'accounts'>
  items: RegisterItem[] | undefined
}) {
  const { account, items } = props
  const canWrite = useCanWrite()
  const now = useNow(60_000)
  const isVendor = account.kind === 'vendor'
  return (
    <section className="panel" aria-labelledby="value-title">
      <h2 id="value-title" className="panel-title">
        {isVendor ? 'Value it delivers' : 'Value'}{' '}
        {items && <span className="count">({items.length})</span>}
      </h2>
      {!items ? (
        <p className="loading-note">Loading…</p>
      ) : items.length === 0 ? (
        <p className="field-hint">
          {isVendor
            ? 'No value items name this vendor yet.'
            : 'No value items yet. Record the outcomes this relationship is meant to deliver, with a metric, so progress can be shown.'}
        </p>
      ) : (
        <ul className="item-list">
          {items.map((entry) => (
            <ValueItemCard
              key={entry.item.id}
              entry={entry}
              context={{ accountId: account.id }}
              now={now}
            />
          ))}
        </ul>
      )}
      {canWrite && (
        <Link
          href={newValueItemHref(isVendor ? { vendor: account.id } : { account: account.id })}
          className="button button-secondary"
        >
          Add value item
        </Link>
      )}
    </section>
  )
}
