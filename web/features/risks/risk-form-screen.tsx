import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { flash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref } from '../../app/routes.ts'
import { navigate, useSearch } from '../../app/router.ts'
import { useNow } from '../../app/use-now.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deleteRow } from '../../local/local-write.ts'
import { raiseRisk, updateRisk } from '../../local/risks.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { ConfirmDelete } from '../../ui/forms/confirm-delete.tsx'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { useAccountChoices, type AccountChoices } from '../value/use-account-choices.ts'
import {
  emptyRiskDraft,
  readRiskDraft,
  riskDraftFields,
  riskDraftOf,
  type RiskDraft,
} from './risk-draft.ts'
import { RiskCard } from './risk-card.tsx'
import { RiskFields, riskFieldId } from './risk-fields.tsx'
import { readRiskEntries } from './use-risks.ts'

function RiskForm(props: {
  risk: LocalRow<'risks'> | null
  initial: RiskDraft
  choices: AccountChoices
}) {
  const { risk } = props
  const db = useLocalDb()
  const [draft, setDraft] = useState(props.initial)
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const read = readRiskDraft(draft)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    // The first problem down the form, whichever was found first.
    const first = riskDraftFields.find((field) => read.problems.has(field))
    if (first) {
      document.getElementById(riskFieldId(first))?.focus()
      return
    }
    try {
      if (risk) {
        const { account_id: _account, ...editable } = read.fields
        const changed = changedFields(readRiskDraft(props.initial).fields, editable)
        if (Object.keys(changed).length > 0) await updateRisk(db, risk.id, changed)
      } else {
        await raiseRisk(db, read.fields)
      }
      flash(risk ? 'Risk saved — will sync' : 'Risk raised — will sync')
      navigate(relationshipHref(read.fields.account_id), { replace: true })
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <RiskFields
        draft={draft}
        onChange={setDraft}
        problems={attempted ? read.problems : new Map()}
        choices={props.choices}
        isNew={!risk}
      />
      <FormFooter
        error={error}
        saveLabel={risk ? 'Save risk' : 'Raise risk'}
        onCancel={() => window.history.back()}
        buttonsClassName="device-actions"
      />
      {risk && (
        <ConfirmDelete
          id="risk"
          label="Delete this risk"
          onDelete={async () => {
            await deleteRow(db, 'risks', risk.id)
            navigate(relationshipHref(risk.account_id), { replace: true })
          }}
        >
          Delete “{risk.title}” for everyone? To keep it on record, close it instead.
        </ConfirmDelete>
      )}
    </form>
  )
}

/**
 * A risk, new (for the relationship in the address, when given) or to edit (`id`): what could
 * happen, its kind, likelihood and impact with the severity they make, owner, mitigation, next
 * review and status. Saved on the device; sync sends it.
 *
 * @example
 * <RiskFormScreen />          // /risks/new?account=…
 * <RiskFormScreen id={id} />  // /risks/…
 */
export function RiskFormScreen({ id }: { id?: string }) {
  const db = useLocalDb()
  const canWrite = useMayWrite('risks')
  const preset = new URLSearchParams(useSearch()).get('account') ?? ''
  const risk = useLiveQuery(async () => (id ? ((await db.risks.get(id)) ?? null) : null), [db, id])
  const choices = useAccountChoices([risk?.account_id ?? preset, risk?.vendor_account_id ?? null])
  const title = id ? 'Risk' : 'Raise a risk'
  const entry = useLiveQuery(
    async () => (risk ? ((await readRiskEntries(db, [risk]))[0] ?? null) : null),
    [db, risk],
  )
  const now = useNow(60_000)
  if (!canWrite && !id) {
    return (
      <Screen title={title}>
        <p className="field-hint">Viewers read the risk register; they don’t write to it.</p>
      </Screen>
    )
  }
  if (!canWrite && entry && !entry.risk.deleted_at) {
    return (
      <Screen title={entry.risk.title}>
        <ul className="panel item-list">
          <RiskCard entry={entry} showAccount now={now} />
        </ul>
      </Screen>
    )
  }
  // A viewer's page waits for the risk's names, rather than showing the form meanwhile.
  if (risk === undefined || !choices || (!canWrite && risk && entry === undefined)) {
    return (
      <Screen title={title}>
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (id && (!risk || risk.deleted_at)) {
    return (
      <Screen title="Risk not found">
        <EmptyState title="This risk isn’t on this device">
          It may have been deleted, or not synced here yet.{' '}
          <Link href="/risks">See the register</Link>.
        </EmptyState>
      </Screen>
    )
  }
  return (
    <Screen title={risk ? risk.title : title}>
      <RiskForm
        key={risk?.id ?? 'new'}
        risk={risk}
        initial={risk ? riskDraftOf(risk) : emptyRiskDraft(preset)}
        choices={choices}
      />
    </Screen>
  )
}
