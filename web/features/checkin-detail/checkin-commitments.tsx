import { useNow } from '../../app/use-now.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { sideOwes } from '../checkin/checkin-options.ts'
import { dueText } from '../relationship/due-text.ts'

const statusText = { done: 'Done', dropped: 'Dropped' } as const

/**
 * The commitments made at a check-in: who owes what, by when, and whether it is done.
 */
export function CheckinCommitments({ items }: { items: LocalRow<'action_items'>[] }) {
  const now = useNow(60_000)
  return (
    <section className="panel" aria-labelledby="detail-commitments-title">
      <h2 id="detail-commitments-title" className="panel-title">
        Commitments made here <span className="count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="field-hint">None were recorded at this check-in.</p>
      ) : (
        <ul className="detail-items">
          {items.map((item) => {
            const due = item.status === 'open' ? dueText(item.due_on, now) : null
            return (
              <li key={item.id} className="detail-item">
                <div>
                  <p className="detail-item-title">{item.title}</p>
                  <p
                    className={
                      due?.overdue ? 'detail-item-meta detail-item-overdue' : 'detail-item-meta'
                    }
                  >
                    {sideOwes[item.owner_side]} ·{' '}
                    {item.status === 'open' ? due?.text : statusText[item.status]}
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
