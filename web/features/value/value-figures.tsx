import type { LocalRow } from '../../local/local-db.ts'
import { formatValue } from './value-format.ts'

type Item = Pick<
  LocalRow<'value_items'>,
  | 'metric'
  | 'baseline'
  | 'target'
  | 'realised'
  | 'baseline_value'
  | 'target_value'
  | 'realised_value'
  | 'unit'
>

const shown = (value: number | null, text: string | null, unit: string | null) =>
  value !== null ? formatValue(value, unit) : text

/**
 * An item's metric from baseline to target and what was realised: the numbers when it has
 * them, else the words it was recorded with.
 *
 * @example
 * <ValueFigures item={item} /> // "E-filed returns: 78% → target 90% · 84% now"
 */
export function ValueFigures({ item }: { item: Item }) {
  const baseline = shown(item.baseline_value, item.baseline, item.unit)
  const target = shown(item.target_value, item.target, item.unit)
  const realised = shown(item.realised_value, item.realised, item.unit)
  if (!item.metric && !baseline && !target && !realised) return null
  return (
    <p className="value-metric">
      {item.metric && <span className="value-metric-name">{item.metric}: </span>}
      <span>from {baseline ?? 'no baseline'}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> to </span>
      <span>target {target ?? 'not set'}</span>
      <span> · {realised ? `${realised} now` : 'nothing realised yet'}</span>
    </p>
  )
}
