import type { Fields } from '../../../api/contract/tables.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Stage = Fields<'value_items'>['stage']

export const stageLabels: Record<Stage, string> = {
  idea: 'Idea',
  exploring: 'Exploring',
  approved: 'Approved',
  in_delivery: 'In delivery',
  realised: 'Realised',
  stopped: 'Stopped',
}

const stageOrder: Stage[] = ['in_delivery', 'approved', 'exploring', 'idea', 'realised', 'stopped']

function Metric({ item }: { item: LocalRow<'value_items'> }) {
  if (!item.metric && !item.baseline && !item.target && !item.realised) return null
  const steps = [
    ['Baseline', item.baseline ?? 'not set'],
    ['target', item.target ?? 'not set'],
    ['realised', item.realised ?? 'not yet'],
  ] as const
  return (
    <p className="value-metric">
      {item.metric && <span className="value-metric-name">{item.metric}: </span>}
      {steps.map(([label, value], i) => (
        <span key={label}>
          {i > 0 && <span aria-hidden="true"> → </span>}
          {i > 0 && <span className="visually-hidden">, </span>}
          {label} {value}
        </span>
      ))}
    </p>
  )
}

/**
 * The value register for a relationship: each item's stage, the outcome sought and its metric
 * from baseline to target to what was realised.
 *
 * @example
 * <ValueItems accountId={id} items={items} names={names} />
 */
export function ValueItems(props: {
  accountId: string
  items: LocalRow<'value_items'>[] | undefined
  names: Map<string, string>
}) {
  const items = [...(props.items ?? [])].sort(
    (a, b) =>
      stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage) || a.title.localeCompare(b.title),
  )
  return (
    <section className="panel" aria-labelledby="value-title">
      <h2 id="value-title" className="panel-title">
        Value {props.items && <span className="count">({items.length})</span>}
      </h2>
      {!props.items ? (
        <p className="loading-note">Loading…</p>
      ) : items.length === 0 ? (
        <p className="field-hint">
          No value items yet. Record the outcomes this relationship is meant to deliver, with a
          metric, so progress can be shown.
        </p>
      ) : (
        <ul className="item-list">
          {items.map((item) => {
            const other =
              item.account_id === props.accountId ? item.vendor_account_id : item.account_id
            const otherName = other ? props.names.get(other) : undefined
            return (
              <li key={item.id} className="value-item">
                <p className="value-head">
                  <span className="item-title">{item.title}</span>
                  <span className={`tag stage-${item.stage}`}>{stageLabels[item.stage]}</span>
                </p>
                {item.outcome && <p className="value-outcome">{item.outcome}</p>}
                <Metric item={item} />
                {otherName && (
                  <p className="item-meta">
                    {item.account_id === props.accountId ? 'With' : 'For'} {otherName}
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
