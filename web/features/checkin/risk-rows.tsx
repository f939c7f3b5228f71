import { riskKinds, riskScale, riskScaleMax } from '../../../api/contract/risk-register.ts'
import { useRowList } from '../../ui/forms/use-row-list.ts'
import { impactLabels, likelihoodLabels, riskKindLabels } from '../risks/risk-text.ts'
import type { RiskIdeaDraft } from './checkin-draft.ts'
import { TextField } from '../../ui/forms/text-field.tsx'

/** The id of a raised risk's title input, for focusing it. */
export const riskTitleId = (key: string) => `risk-${key}-title`

const rating = (labels: Record<number, string>) =>
  riskScale.map((value) => (
    <option key={value} value={value}>
      {value} · {labels[value]}
    </option>
  ))

/**
 * Risks raised in the conversation, saved with the check-in for the same relationship: what
 * could happen, its kind, likelihood and impact; owner and mitigation follow in the register.
 */
export function RiskRows(props: {
  rows: RiskIdeaDraft[]
  onChange: (rows: RiskIdeaDraft[]) => void
  errors: Map<string, string>
}) {
  const { rows, errors } = props
  const list = useRowList(rows, props.onChange, {
    fieldId: riskTitleId,
    addId: 'add-risk',
    blank: () => ({ title: '', kind: 'other' as const, likelihood: null, impact: null }),
  })
  const select = (row: RiskIdeaDraft, field: 'likelihood' | 'impact', label: string) => (
    <div className="field">
      <label htmlFor={`risk-${row.key}-${field}`}>{label}</label>
      <select
        id={`risk-${row.key}-${field}`}
        value={row[field] ?? ''}
        onChange={(event) =>
          list.change(row.key, { [field]: event.target.value ? Number(event.target.value) : null })
        }
      >
        <option value="">Rate 1–{riskScaleMax}</option>
        {rating(field === 'likelihood' ? likelihoodLabels : impactLabels)}
      </select>
    </div>
  )
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Risks</legend>
      {rows.length === 0 && (
        <p className="field-hint">A risk heard today goes to the register for this relationship.</p>
      )}
      {rows.map((row, index) => {
        return (
          <fieldset key={row.key} className="commitment-row">
            <legend className="commitment-row-legend">Risk {index + 1}</legend>
            <TextField
              id={riskTitleId(row.key)}
              label="Risk"
              value={row.title}
              error={errors.get(row.key) ?? null}
              onChange={(title) => list.change(row.key, { title })}
            />
            <div className="filter-row">
              <div className="field">
                <label htmlFor={`risk-${row.key}-kind`}>Kind</label>
                <select
                  id={`risk-${row.key}-kind`}
                  value={row.kind}
                  onChange={(event) =>
                    list.change(row.key, { kind: event.target.value as RiskIdeaDraft['kind'] })
                  }
                >
                  {riskKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {riskKindLabels[kind]}
                    </option>
                  ))}
                </select>
              </div>
              {select(row, 'likelihood', 'Likelihood')}
              {select(row, 'impact', 'Impact')}
            </div>
            <button
              type="button"
              className="button button-quiet button-small commitment-remove"
              onClick={() => list.remove(row.key, index)}
            >
              Remove<span className="visually-hidden"> risk {index + 1}</span>
            </button>
          </fieldset>
        )
      })}
      <button id="add-risk" type="button" className="button button-secondary" onClick={list.add}>
        Raise a risk
      </button>
    </fieldset>
  )
}
