import { useMemo } from 'react'
import { valueStages, type ValueStage } from '../../../api/contract/value-register.ts'
import { newValueItemHref } from '../../app/routes.ts'
import { Link } from '../../app/link.tsx'
import { useNow } from '../../app/use-now.ts'
import { useQueryParam } from '../../app/use-query-param.ts'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useCanWrite, useSignedIn } from '../../app/shell/signed-in.tsx'
import { stageLabels } from './value-format.ts'
import { ValueItemCard } from './value-item-card.tsx'
import { ValueRollupPanel } from './value-rollup-panel.tsx'
import { filterValueItems, valueRollup, type ValueFilter } from './value-rollup.ts'
import { ValueTabs } from './value-tabs.tsx'
import { useValueRegister, type NamedAccount } from './use-value-register.ts'

const isStage = (value: string): value is ValueStage =>
  (valueStages as readonly string[]).includes(value)

const choices = (all: string, accounts: NamedAccount[]) => [
  { value: '', label: all },
  ...accounts.map((account) => ({ value: account.id, label: account.name })),
]

/**
 * The org's value register, offline: a roll-up per stage and of progress to target, filters by
 * relationship, vendor and stage (kept in the address, so coming back finds them), and every
 * item with its figures, progress and latest change.
 */
export function ValueScreen() {
  const { userId } = useSignedIn()
  const canWrite = useCanWrite()
  const now = useNow(60_000)
  const register = useValueRegister(userId)
  const [accountId, setAccountId] = useQueryParam('account')
  const [vendorId, setVendorId] = useQueryParam('vendor')
  const [stageParam, setStage] = useQueryParam('stage')
  const filter = useMemo<ValueFilter>(
    () => ({
      accountId: accountId || null,
      vendorId: vendorId || null,
      stage: isStage(stageParam) ? stageParam : null,
    }),
    [accountId, vendorId, stageParam],
  )
  const entries = register?.entries
  const rollup = useMemo(
    () => valueRollup(entries?.map((entry) => entry.item) ?? [], filter),
    [entries, filter],
  )
  const shown = entries
    ? filterValueItems(
        entries.map((e) => ({ ...e.item, entry: e })),
        filter,
      )
    : []
  const scope =
    register?.relationships.find((a) => a.id === filter.accountId)?.name ??
    register?.vendors.find((a) => a.id === filter.vendorId)?.name

  return (
    <Screen title="Value">
      <ValueTabs current="/value" />
      {!register ? (
        <p className="loading-note">Loading…</p>
      ) : register.entries.length === 0 ? (
        <EmptyState title="No value items yet">
          Record the outcomes a relationship is meant to deliver, with a metric, and the register
          shows how far each has come.
        </EmptyState>
      ) : (
        <>
          <ValueRollupPanel
            title={scope ? `For ${scope}` : 'Across the org'}
            rollup={rollup}
            stage={filter.stage}
            onStage={(stage) => setStage(stage ?? '')}
          />
          <div className="filter-row">
            <SelectField
              id="value-account"
              label="Relationship"
              options={choices('All', register.relationships)}
              value={accountId}
              onChange={setAccountId}
            />
            <SelectField
              id="value-vendor"
              label="Vendor"
              options={choices('All', register.vendors)}
              value={vendorId}
              onChange={setVendorId}
            />
          </div>
          <section className="panel" aria-labelledby="register-title">
            <h2 id="register-title" className="panel-title">
              {filter.stage ? stageLabels[filter.stage] : 'Every item'}{' '}
              <span className="count">({shown.length})</span>
            </h2>
            {shown.length === 0 ? (
              <p className="field-hint">Nothing matches these filters.</p>
            ) : (
              <ul className="item-list">
                {shown.map(({ entry }) => (
                  <ValueItemCard key={entry.item.id} entry={entry} context={null} now={now} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {canWrite && (
        <Link href={newValueItemHref()} className="button button-secondary button-block">
          Add value item
        </Link>
      )}
    </Screen>
  )
}
