import { useState, type FormEvent } from 'react'
import {
  accountTiers,
  cadenceDaysRange,
  type AccountTier,
  type TierCadence,
} from '../../../api/contract/cadence.ts'
import { writableFields } from '../../../api/contract/tables.ts'
import { setCadenceDefaults } from '../../local/org-settings.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { TextField } from '../../ui/forms/text-field.tsx'
import { tierLabels } from '../relationship/account-labels.ts'

const cadenceRule = writableFields.accounts.shape.cadence_days.unwrap()

/**
 * The office's target days between contacts per tier, an org setting that syncs: a new
 * relationship left without its own cadence takes its tier's.
 */
export function CadenceDefaultsPanel(props: {
  orgId: string
  current: TierCadence
  announce: (text: string) => void
}) {
  const db = useLocalDb()
  const [days, setDays] = useState<Record<AccountTier, string>>(() => ({
    strategic: String(props.current.strategic),
    core: String(props.current.core),
    transactional: String(props.current.transactional),
  }))
  const [problems, setProblems] = useState<Partial<Record<AccountTier, string>>>({})

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<AccountTier, string>> = {}
    const parsed: Partial<TierCadence> = {}
    for (const tier of accountTiers) {
      const checked = cadenceRule.safeParse(Number(days[tier]))
      if (checked.success && days[tier].trim()) parsed[tier] = checked.data
      else
        found[tier] =
          `Days must be a whole number from ${cadenceDaysRange.min} to ${cadenceDaysRange.max}`
    }
    setProblems(found)
    if (Object.keys(found).length) return
    try {
      await setCadenceDefaults(db, props.orgId, parsed as TierCadence)
      props.announce('Cadence defaults saved — will sync')
    } catch {
      props.announce('This device could not save that change; try again.')
    }
  }

  return (
    <section className="panel" aria-labelledby="admin-cadence-title">
      <h2 id="admin-cadence-title" className="panel-title">
        Cadence defaults
      </h2>
      <p className="field-hint">
        Days between contacts a new relationship aims for, by tier, unless it is given its own.
        Existing relationships keep theirs.
      </p>
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        {accountTiers.map((tier) => (
          <TextField
            key={tier}
            id={`cadence-${tier}`}
            label={`${tierLabels[tier]} (days)`}
            type="number"
            inputMode="numeric"
            min={cadenceDaysRange.min}
            max={cadenceDaysRange.max}
            value={days[tier]}
            onChange={(value) => setDays((d) => ({ ...d, [tier]: value }))}
            error={problems[tier]}
          />
        ))}
        <button type="submit" className="button button-primary button-block">
          Save defaults
        </button>
      </form>
    </section>
  )
}
