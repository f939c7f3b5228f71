import { useLiveQuery } from 'dexie-react-hooks'
import {
  riskKinds,
  riskScale,
  riskScaleMax,
  riskStatuses,
} from '../../../api/contract/risk-register.ts'
import { memberName } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import type { AccountChoices } from '../value/use-account-choices.ts'
import { SeverityBadge } from './severity-badge.tsx'
import type { RiskDraft, RiskDraftField } from './risk-draft.ts'
import { impactLabels, likelihoodLabels, riskKindLabels, riskStatusLabels } from './risk-text.ts'

const scale = (labels: Record<number, string>) =>
  riskScale.map((value) => ({ value, label: String(value), detail: labels[value] }))

/** The id of a field's control, for moving the focus to the first problem. */
export const riskFieldId = (field: RiskDraftField) => `risk-${field}`

/** The org's people who may own a risk, and the relationship's value items, for the pickers. */
function useRiskChoices(accountId: string) {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const [members, items] = await Promise.all([
      db.members.toArray(),
      accountId ? db.value_items.where('account_id').equals(accountId).toArray() : [],
    ])
    return {
      owners: members
        .filter((m) => !m.deleted_at && m.role !== 'viewer')
        .map((m) => ({ value: m.user_id, label: memberName(m) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      valueItems: items.filter((v) => !v.deleted_at).map((v) => ({ value: v.id, label: v.title })),
    }
  }, [db, accountId])
}

/**
 * The fields of a risk: the relationship (on a new one), title, kind, likelihood and impact in
 * a tap each with the severity they make, owner, mitigation, review day, status (on an edit),
 * and the vendor or value item it concerns.
 */
export function RiskFields(props: {
  draft: RiskDraft
  onChange: (draft: RiskDraft) => void
  problems: Map<RiskDraftField, string>
  choices: AccountChoices
  isNew: boolean
}) {
  const { draft, problems } = props
  const set = (change: Partial<RiskDraft>) => props.onChange({ ...draft, ...change })
  const extra = useRiskChoices(draft.accountId)
  return (
    <>
      {props.isNew && (
        <SelectField
          id={riskFieldId('accountId')}
          label="For"
          value={draft.accountId}
          error={problems.get('accountId') ?? null}
          onChange={(accountId) => set({ accountId, valueItemId: '' })}
          options={[
            { value: '', label: 'Pick a relationship' },
            ...[...props.choices.relationships, ...props.choices.vendors]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      )}
      <TextField
        id={riskFieldId('title')}
        label="Risk"
        value={draft.title}
        error={problems.get('title') ?? null}
        onChange={(title) => set({ title })}
      />
      <SelectField
        id="risk-kind"
        label="Kind"
        value={draft.kind}
        onChange={(kind) => set({ kind: kind as RiskDraft['kind'] })}
        options={riskKinds.map((kind) => ({ value: kind, label: riskKindLabels[kind] }))}
      />
      <ChoiceGroup
        id={riskFieldId('likelihood')}
        legend="Likelihood"
        options={scale(likelihoodLabels)}
        value={draft.likelihood}
        onChange={(likelihood) => set({ likelihood })}
        columns={riskScaleMax}
        error={problems.get('likelihood') ?? null}
      />
      <ChoiceGroup
        id={riskFieldId('impact')}
        legend="Impact"
        options={scale(impactLabels)}
        value={draft.impact}
        onChange={(impact) => set({ impact })}
        columns={riskScaleMax}
        error={problems.get('impact') ?? null}
      />
      {draft.likelihood !== null && draft.impact !== null && (
        <p className="field-hint" aria-live="polite">
          Severity: <SeverityBadge likelihood={draft.likelihood} impact={draft.impact} />
        </p>
      )}
      <TextField
        id={riskFieldId('description')}
        label="What could happen"
        rows={3}
        value={draft.description}
        error={problems.get('description') ?? null}
        onChange={(description) => set({ description })}
      />
      <TextField
        id={riskFieldId('mitigation')}
        label="Mitigation"
        rows={3}
        value={draft.mitigation}
        error={problems.get('mitigation') ?? null}
        onChange={(mitigation) => set({ mitigation })}
      />
      <div className="filter-row">
        <SelectField
          id="risk-owner"
          label="Owner"
          value={draft.ownerId}
          onChange={(ownerId) => set({ ownerId })}
          options={[{ value: '', label: 'No owner yet' }, ...(extra?.owners ?? [])]}
        />
        <TextField
          id={riskFieldId('reviewOn')}
          label="Next review"
          type="date"
          value={draft.reviewOn}
          error={problems.get('reviewOn') ?? null}
          onChange={(reviewOn) => set({ reviewOn })}
        />
      </div>
      {!props.isNew && (
        <SelectField
          id="risk-status"
          label="Status"
          value={draft.status}
          onChange={(status) => set({ status: status as RiskDraft['status'] })}
          options={riskStatuses.map((status) => ({
            value: status,
            label: riskStatusLabels[status],
          }))}
        />
      )}
      <SelectField
        id="risk-vendor"
        label="Vendor involved"
        value={draft.vendorId}
        onChange={(vendorId) => set({ vendorId })}
        options={[
          { value: '', label: 'None' },
          ...props.choices.vendors.map((v) => ({ value: v.id, label: v.name })),
        ]}
      />
      {(extra?.valueItems.length ?? 0) > 0 && (
        <SelectField
          id="risk-value"
          label="Value item at stake"
          value={draft.valueItemId}
          onChange={(valueItemId) => set({ valueItemId })}
          options={[{ value: '', label: 'None' }, ...(extra?.valueItems ?? [])]}
        />
      )}
    </>
  )
}
