import { useState, type FormEvent } from 'react'
import { quarterLabel } from '../../../api/contract/quarter.ts'
import { scorecardCriteria } from '../../../api/contract/scorecard-grade.ts'
import { flash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref, scorecardHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deleteRow } from '../../local/local-write.ts'
import { saveScorecard } from '../../local/scorecards.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { ConfirmDelete } from '../../ui/forms/confirm-delete.tsx'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { SelectField } from '../../ui/forms/select-field.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import type { AccountChoices } from '../value/use-account-choices.ts'
import { LiveGrade } from './live-grade.tsx'
import { RatingField } from './rating-field.tsx'
import {
  readScorecardDraft,
  recentQuarters,
  type ScorecardDraft,
  type ScorecardDraftField,
} from './scorecard-draft.ts'
import { criterionText } from './scorecard-text.ts'
import { useScorecardInSlot } from './use-scorecard-slot.ts'

const fieldIds: Record<ScorecardDraftField, string> = {
  vendorId: 'scorecard-vendor',
  period: 'scorecard-period',
  comments: 'scorecard-comments',
}

/**
 * The scorecard form itself: vendor (on a new one), agency and quarter, the five ratings, the
 * live grade and comments. An edit saves only what it changed from the card it opened with.
 */
export function ScorecardForm(props: {
  card: LocalRow<'scorecards'> | null
  initial: ScorecardDraft
  choices: AccountChoices
}) {
  const { card, choices } = props
  const db = useLocalDb()
  const [draft, setDraft] = useState(props.initial)
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const read = readScorecardDraft(draft)
  const taken = useScorecardInSlot(read.fields, card?.id)
  const problems = attempted ? read.problems : new Map<ScorecardDraftField, string>()
  const vendorName = choices.vendors.find((v) => v.id === draft.vendorId)?.name
  const agencyName = choices.relationships.find((a) => a.id === draft.agencyId)?.name
  const set = (change: Partial<ScorecardDraft>) => setDraft((d) => ({ ...d, ...change }))
  const quarters = recentQuarters(new Date())
  if (!quarters.includes(draft.period)) quarters.push(draft.period)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    const [first] = read.problems.keys()
    if (first || taken) {
      document.getElementById(first ? fieldIds[first] : 'scorecard-taken')?.focus()
      return
    }
    try {
      const opened = readScorecardDraft(props.initial).fields
      await saveScorecard(db, card?.id ?? null, read.fields, changedFields(opened, read.fields))
      flash('Scorecard saved — will sync')
      navigate(relationshipHref(read.fields.vendor_account_id), { replace: true })
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      {card ? (
        <p className="screen-subtitle">{vendorName ?? 'Vendor'}</p>
      ) : (
        <SelectField
          id={fieldIds.vendorId}
          label="Vendor"
          value={draft.vendorId}
          error={problems.get('vendorId') ?? null}
          onChange={(vendorId) => set({ vendorId })}
          options={[
            { value: '', label: 'Pick a vendor' },
            ...choices.vendors.map((v) => ({ value: v.id, label: v.name })),
          ]}
        />
      )}
      <div className="filter-row">
        <SelectField
          id="scorecard-agency"
          label="For"
          value={draft.agencyId}
          onChange={(agencyId) => set({ agencyId })}
          options={[
            { value: '', label: 'Overall' },
            ...choices.relationships.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          id={fieldIds.period}
          label="Quarter"
          value={draft.period}
          error={problems.get('period') ?? null}
          onChange={(period) => set({ period })}
          options={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))}
        />
      </div>
      {taken && (
        <div id="scorecard-taken" className="notice notice-info" tabIndex={-1} role="alert">
          <p>
            {vendorName ?? 'This vendor'} already has a {quarterLabel(draft.period)} scorecard{' '}
            {agencyName ? `for ${agencyName}` : 'for the vendor overall'}. There is one per vendor,
            agency and quarter.
          </p>
          <Link href={scorecardHref(taken.id)} className="button button-secondary">
            Edit that one instead
          </Link>
        </div>
      )}
      {scorecardCriteria.map((criterion) => (
        <RatingField
          key={criterion}
          id={`rating-${criterion}`}
          legend={criterionText[criterion].label}
          hint={criterionText[criterion].hint}
          value={draft.ratings[criterion]}
          onChange={(value) => set({ ratings: { ...draft.ratings, [criterion]: value } })}
        />
      ))}
      <LiveGrade ratings={draft.ratings} />
      <TextField
        id={fieldIds.comments}
        label="Comments"
        hint="What the grade rests on, in the vendor’s outcomes rather than its schedule."
        rows={4}
        value={draft.comments}
        error={problems.get('comments') ?? null}
        onChange={(comments) => set({ comments })}
      />
      <FormFooter
        error={error}
        saveLabel="Save scorecard"
        onCancel={() => window.history.back()}
        buttonsClassName="device-actions"
      />
      {card && (
        <ConfirmDelete
          id="scorecard"
          label="Delete this scorecard"
          onDelete={async () => {
            await deleteRow(db, 'scorecards', card.id)
            navigate(relationshipHref(card.vendor_account_id), { replace: true })
          }}
        >
          Delete the {quarterLabel(card.period)} scorecard of {vendorName ?? 'this vendor'} for
          everyone?
        </ConfirmDelete>
      )}
    </form>
  )
}
