import { valueStages } from '../../../api/contract/value-register.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import type { NamedAccount } from './use-value-register.ts'
import type { ValueDraft, ValueDraftField } from './value-draft.ts'
import { stageLabels } from './value-format.ts'

const stageChoices = valueStages.map((stage) => ({ value: stage, label: stageLabels[stage] }))

/** The id of a field's control, for moving the focus to the first problem. */
export const valueFieldId = (field: ValueDraftField) => `value-${field}`

/**
 * The fields of a value item: the relationship it is for (on a new item), the vendor
 * delivering it, title, outcome, the metric with its unit and its baseline, target and
 * realised numbers, and the stage (on a new item; an item's page moves it later).
 */
export function ValueItemFields(props: {
  draft: ValueDraft
  onChange: (draft: ValueDraft) => void
  problems: Map<ValueDraftField, string>
  isNew: boolean
  relationships: NamedAccount[]
  vendors: NamedAccount[]
}) {
  const { draft, problems } = props
  const set = <K extends ValueDraftField>(key: K, value: ValueDraft[K]) =>
    props.onChange({ ...draft, [key]: value })
  const text = (field: 'title' | 'outcome' | 'metric' | 'unit', label: string, rows?: number) => (
    <TextField
      id={valueFieldId(field)}
      label={label}
      rows={rows}
      value={draft[field]}
      error={problems.get(field) ?? null}
      onChange={(value) => set(field, value)}
    />
  )
  const number = (field: 'baseline' | 'target' | 'realised', label: string) => (
    <TextField
      id={valueFieldId(field)}
      label={label}
      inputMode="decimal"
      value={draft[field]}
      error={problems.get(field) ?? null}
      onChange={(value) => set(field, value)}
    />
  )
  return (
    <>
      {props.isNew && (
        <SelectField
          id={valueFieldId('accountId')}
          label="For"
          value={draft.accountId}
          error={problems.get('accountId') ?? null}
          onChange={(value) => set('accountId', value)}
          options={[
            { value: '', label: 'Pick a relationship' },
            ...props.relationships.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      )}
      {text('title', 'Title')}
      {text('outcome', 'Outcome sought', 3)}
      <SelectField
        id={valueFieldId('vendorId')}
        label="Delivered by"
        value={draft.vendorId}
        onChange={(value) => set('vendorId', value)}
        options={[
          { value: '', label: 'No vendor' },
          ...props.vendors.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      {text('metric', 'Metric')}
      <div className="value-number-row">
        {number('baseline', 'Baseline')}
        {number('target', 'Target')}
        {number('realised', 'Realised')}
      </div>
      <TextField
        id={valueFieldId('unit')}
        label="Unit"
        hint="%, $, minutes, districts… Leave the numbers empty where the metric has none."
        value={draft.unit}
        error={problems.get('unit') ?? null}
        onChange={(value) => set('unit', value)}
        className="field-narrow"
      />
      {props.isNew && (
        <ChoiceGroup
          legend="Stage"
          options={stageChoices}
          value={draft.stage}
          onChange={(stage) => set('stage', stage)}
          columns={2}
        />
      )}
    </>
  )
}
