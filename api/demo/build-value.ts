import { demoUuid } from './ids.ts'
import type { BuildContext } from './context.ts'
import type { ValueSpec } from './specs.ts'
import type { ValueItemRow, ValueStage, ValueUpdateRow } from './types.ts'

/**
 * One item's value_updates, replaying its spec's steps: each row records what its change did —
 * the stage it moved to, the value it read (null where it left them) — and, replayed in order,
 * they end where the item stands: the register's "who moved what when". Times fall in a US
 * working day, on days before the anchor's.
 */
function replay(
  context: BuildContext,
  spec: ValueSpec,
  item: Pick<ValueItemRow, 'id' | 'org_id'>,
  key: string,
): ValueUpdateRow[] {
  const { clock, random } = context
  let stage: ValueStage | undefined
  let value: number | null = null
  let after = Infinity
  const rows = spec.history.map((step, index): ValueUpdateRow => {
    if (step.ago < 1 || step.ago >= after) {
      throw new Error(`${spec.title}: steps run oldest first and end before the anchor's day`)
    }
    after = step.ago
    stage = step.stage ?? stage
    if (!stage) throw new Error(`${spec.title}: its first step gives the stage it starts at`)
    value = step.value ?? value
    const at = clock.at(step.ago, random.int(14 * 4, 21 * 4) * 15)
    return {
      id: demoUuid(`${key}:update:${index}`),
      org_id: item.org_id,
      value_item_id: item.id,
      author_id: context.userId(step.by),
      stage: step.stage ?? null,
      realised_value: step.value ?? null,
      note: step.note,
      created_at: at,
      updated_at: at,
    }
  })
  if (stage !== spec.stage || value !== (spec.numbers?.realised ?? null)) {
    throw new Error(`${spec.title}: its history must end at its stage and realised value`)
  }
  return rows
}

/**
 * The value register rows (ids keyed by position) and the history of each.
 *
 * @example
 * const { items, updates } = buildValue(context, valueItems, 'value')
 * updates.filter((u) => u.value_item_id === items[0].id && u.stage).at(-1)?.stage === items[0].stage
 */
export function buildValue(context: BuildContext, specs: ValueSpec[], idPrefix: string) {
  const items: ValueItemRow[] = []
  const updates: ValueUpdateRow[] = []
  specs.forEach((spec, index) => {
    const account = context.account(spec.account).row
    const key = `${idPrefix}:${index}`
    const item = { id: demoUuid(key), org_id: account.org_id }
    const history = replay(context, spec, item, key)
    const first = history[0]
    const last = history.at(-1)
    if (!first || !last) throw new Error(`${spec.title}: a value item has a history`)
    items.push({
      ...item,
      account_id: account.id,
      vendor_account_id: spec.vendor ? context.account(spec.vendor).row.id : null,
      title: spec.title,
      outcome: spec.outcome,
      metric: spec.metric,
      baseline: spec.baseline,
      target: spec.target,
      realised: spec.realised ?? null,
      baseline_value: spec.numbers?.baseline ?? null,
      target_value: spec.numbers?.target ?? null,
      realised_value: spec.numbers?.realised ?? null,
      unit: spec.numbers?.unit ?? null,
      stage: spec.stage,
      created_at: first.created_at,
      updated_at: last.created_at,
    })
    updates.push(...history)
  })
  return { items, updates }
}
