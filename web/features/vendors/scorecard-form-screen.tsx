import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { quarterLabel } from '../../../api/contract/quarter.ts'
import { scorecardCriteria } from '../../../api/contract/scorecard-grade.ts'
import { flash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { relationshipHref, scorecardHref } from '../../app/routes.ts'
import { navigate, useSearch } from '../../app/router.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { deleteRow } from '../../local/local-write.ts'
import { saveScorecard, ScorecardTakenError } from '../../local/scorecards.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { ConfirmDelete } from '../forms/confirm-delete.tsx'
import { FormFooter } from '../forms/form-footer.tsx'
import { SelectField } from '../forms/select-field.tsx'
import { TextField } from '../forms/text-field.tsx'
import { EmptyState, Screen } from '../shell/screen.tsx'
import { useCanWrite } from '../shell/signed-in.tsx'
import { useAccountChoices, type AccountChoices } from '../value/use-account-choices.ts'
import { LiveGrade } from './live-grade.tsx'
import { RatingField } from './rating-field.tsx'
import {
  emptyScorecardDraft,
  readScorecardDraft,
  recentQuarters,
  scorecardDraftOf,
  type ScorecardDraft,
} from './scorecard-draft.ts'
import { criterionText } from './scorecard-text.ts'
import { useScorecardInSlot } from './use-scorecard-slot.ts'

function ScorecardForm(props: {
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
  const problems = attempted ? read.problems : new Map()
  const vendorName = choices.vendors.find((v) => v.id === draft.vendorId)?.name
  const agencyName = choices.relationships.find((a) => a.id === draft.agencyId)?.name
  const set = (change: Partial<ScorecardDraft>) => setDraft((d) => ({ ...d, ...change }))
  const quarters = recentQuarters(new Date())
  if (!quarters.includes(draft.period)) quarters.push(draft.period)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempted(true)
    if (read.problems.size > 0 || taken) {
      document.getElementById(taken ? 'scorecard-taken' : 'scorecard-vendor')?.focus()
      return
    }
    try {
      await saveScorecard(db, card?.id ?? null, read.fields)
      flash('Scorecard saved — will sync')
      navigate(relationshipHref(read.fields.vendor_account_id), { replace: true })
    } catch (thrown) {
      setError(
        thrown instanceof ScorecardTakenError
          ? 'This vendor already has a scorecard for this agency and quarter.'
          : `Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`,
      )
    }
  }

  return (
    <form className="stack-form" onSubmit={(event) => void submit(event)} noValidate>
      {card ? (
        <p className="screen-subtitle">{vendorName ?? 'Vendor'}</p>
      ) : (
        <SelectField
          id="scorecard-vendor"
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
            { value: '', label: 'The vendor overall' },
            ...choices.relationships.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          id="scorecard-period"
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
          legend={criterionText[criterion].label}
          hint={criterionText[criterion].hint}
          value={draft.ratings[criterion]}
          onChange={(value) => set({ ratings: { ...draft.ratings, [criterion]: value } })}
        />
      ))}
      <LiveGrade ratings={draft.ratings} />
      <TextField
        id="scorecard-comments"
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

/**
 * The quarterly scorecard of a vendor, new (vendor, agency and quarter from the address when
 * given) or to edit (`id`): the five ratings with what each means, the grade worked out live
 * with its rule, comments. One scorecard per vendor, agency (or none) and quarter: when the
 * chosen one exists, the form says so and offers it. Saved on the device; sync sends it.
 *
 * @example
 * <ScorecardFormScreen />            // /scorecards/new?vendor=…
 * <ScorecardFormScreen id={id} />    // /scorecards/…
 */
export function ScorecardFormScreen({ id }: { id?: string }) {
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const choices = useAccountChoices()
  const preset = new URLSearchParams(useSearch())
  const card = useLiveQuery(
    async () => (id ? ((await db.scorecards.get(id)) ?? null) : null),
    [db, id],
  )
  const title = id ? 'Edit scorecard' : 'Score a vendor'
  if (!canWrite) {
    return (
      <Screen title={title}>
        <p className="field-hint">Viewers read scorecards; they don’t write them.</p>
      </Screen>
    )
  }
  if (card === undefined || !choices) {
    return (
      <Screen title={title}>
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (id && (!card || card.deleted_at)) {
    return (
      <Screen title="Scorecard not found">
        <EmptyState title="This scorecard isn’t on this device">
          It may have been deleted, or not synced here yet. <Link href="/value">See value</Link>.
        </EmptyState>
      </Screen>
    )
  }
  const initial = card
    ? scorecardDraftOf(card)
    : emptyScorecardDraft(
        {
          vendorId: preset.get('vendor') ?? undefined,
          agencyId: preset.get('agency') ?? undefined,
          period: preset.get('period') ?? undefined,
        },
        new Date(),
      )
  return (
    <Screen title={title}>
      <ScorecardForm key={card?.id ?? 'new'} card={card} initial={initial} choices={choices} />
    </Screen>
  )
}
