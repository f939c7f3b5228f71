import { useState, type FormEvent } from 'react'
import { updateAccountFields } from '../../local/accounts.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { RatingSelect } from './rating-select.tsx'
import { FormFooter } from '../../ui/forms/form-footer.tsx'

const toRating = (value: string) => (value ? Number(value) : null)

/**
 * Edits both sides' maturity ratings in place, on the device; only a changed rating is queued.
 */
export function MaturityForm(props: {
  account: LocalRow<'accounts'>
  onDone: (saved: boolean) => void
}) {
  const { account } = props
  const db = useLocalDb()
  const [ours, setOurs] = useState(account.maturity_self?.toString() ?? '')
  const [theirs, setTheirs] = useState(account.maturity_partner?.toString() ?? '')
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const changed: { maturity_self?: number | null; maturity_partner?: number | null } = {}
    if (toRating(ours) !== account.maturity_self) changed.maturity_self = toRating(ours)
    if (toRating(theirs) !== account.maturity_partner) changed.maturity_partner = toRating(theirs)
    const saved = Object.keys(changed).length > 0
    try {
      if (saved) await updateAccountFields(db, account.id, changed)
      props.onDone(saved)
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <RatingSelect
        id="maturity-ours"
        label="Our rating of the relationship"
        value={ours}
        onChange={setOurs}
      />
      <RatingSelect
        id="maturity-theirs"
        label="Their rating of the relationship"
        value={theirs}
        onChange={setTheirs}
      />
      <FormFooter
        error={error}
        saveLabel="Save ratings"
        onCancel={() => props.onDone(false)}
        buttonsClassName="device-actions"
      />
    </form>
  )
}
