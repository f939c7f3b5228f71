import { useState, type FormEvent } from 'react'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import type { AccountSummary } from '../portfolio/use-account-summaries.ts'
import { AttendeePicker } from './attendee-picker.tsx'
import type { CheckinDraft } from './checkin-draft.ts'
import { CheckinFormActions } from './checkin-form-actions.tsx'
import { kindChoices, pulseChoices } from './checkin-options.ts'
import { CheckinToggles } from './checkin-toggles.tsx'
import { validateDraft, type DraftProblem } from './checkin-validation.ts'
import { commitmentTitleId } from './commitment-rows.tsx'
import { NotesField } from './notes-field.tsx'
import { RelationshipChoice } from './relationship-picker.tsx'
import { StartStopContinue, startStopContinueId } from './start-stop-continue.tsx'
import { valueIdeaTitleId } from './value-idea-rows.tsx'
import { CheckinOutcomes } from './checkin-outcomes.tsx'
import { decisionTitleId } from './decision-rows.tsx'
import { ForumField } from './forum-field.tsx'
import { riskTitleId } from './risk-rows.tsx'
import { useAttendeeChoices } from './use-attendee-choices.ts'
import { useColleagueChoices } from './use-colleague-choices.ts'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { newId } from '../../local/new-id.ts'
import type { CheckinDraftState } from './use-checkin-draft.ts'
import { useSaveCheckin } from './use-save-checkin.ts'

const fixedIds: Partial<Record<DraftProblem['field'], string>> = {
  relationship: 'checkin-relationship',
  occurredAt: 'checkin-when',
  summary: 'checkin-summary',
  notes: 'checkin-notes',
}

function fieldElementId(field: DraftProblem['field']): string {
  if (field.startsWith('commitment:')) return commitmentTitleId(field.slice('commitment:'.length))
  if (field.startsWith('valueIdea:')) return valueIdeaTitleId(field.slice('valueIdea:'.length))
  if (field.startsWith('decision:')) return decisionTitleId(field.slice('decision:'.length))
  if (field.startsWith('risk:')) return riskTitleId(field.slice('risk:'.length))
  if (field === 'startDoing' || field === 'stopDoing' || field === 'continueDoing') {
    return startStopContinueId(field)
  }
  return fixedIds[field] ?? 'checkin-relationship'
}

const decisionsAreShared =
  'Decisions are shared with the organisation, so a check-in that records them can’t be private.'

export interface CheckinFormProps {
  state: CheckinDraftState & { draft: CheckinDraft }
  summaries: AccountSummary[]
}

/**
 * The quick check-in form. Every change goes to the draft (and so to IndexedDB); saving writes the
 * check-in and its commitments on the device in one transaction, and sync sends them later.
 */
export function CheckinForm({ state, summaries }: CheckinFormProps) {
  const { draft, update } = state
  const [attempted, setAttempted] = useState(false)
  const [moreOpen, setMoreOpen] = useState(
    () => !!(draft.startDoing || draft.stopDoing || draft.continueDoing),
  )
  const save = useSaveCheckin(state)
  const focusLater = useFocusLater()
  const accountId = draft.accountId
  const contacts = useAttendeeChoices(accountId, draft.kind === 'forum' ? draft.forumId : null)
  const { userId } = useSignedIn()
  const colleagues = useColleagueChoices(userId)
  const account = summaries.find((s) => s.account.id === accountId)?.account ?? null
  const problems = attempted ? validateDraft(draft, new Date()) : []
  const errors = new Map<string, string>(problems.map((p) => [p.field, p.message]))
  // Every problem of a row, in one message: a risk can lack both a title and its ratings.
  const rowErrors = (prefix: string) => {
    const byRow = new Map<string, string>()
    for (const { field, message } of problems) {
      if (!field.startsWith(prefix)) continue
      const row = field.slice(prefix.length)
      const known = byRow.get(row)
      byRow.set(row, known ? `${known}. ${message}` : message)
    }
    return byRow
  }
  const set = <K extends keyof CheckinDraft>(key: K, value: CheckinDraft[K]) =>
    update((current) => ({ ...current, [key]: value }))

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = validateDraft(draft, new Date())
    const first = found[0]
    if (first) {
      setAttempted(true)
      if (first.field.endsWith('Doing')) setMoreOpen(true)
      focusLater(fieldElementId(first.field))
      return
    }
    await save.run()
  }

  return (
    <form className="checkin-form" onSubmit={(event) => void submit(event)} noValidate>
      <RelationshipChoice
        summaries={summaries}
        value={accountId}
        error={errors.get('relationship') ?? null}
        onChange={(id) =>
          update((current) => ({
            ...current,
            accountId: id,
            // Attendees are the old relationship's contacts; they cannot come along.
            attendeeIds: id === current.accountId ? current.attendeeIds : [],
          }))
        }
      />
      <ChoiceGroup
        legend="Kind"
        options={kindChoices}
        value={draft.kind}
        onChange={(kind) => set('kind', kind)}
        columns={3}
      />
      {draft.kind === 'forum' && (
        <ForumField value={draft.forumId} onChange={(forumId) => set('forumId', forumId)} />
      )}
      <div className="pulse-field">
        <ChoiceGroup
          legend="Trust pulse"
          hint="How the relationship felt today."
          options={pulseChoices}
          value={draft.pulse}
          onChange={(pulse) => set('pulse', pulse)}
          columns={5}
        />
        {draft.pulse !== null && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => set('pulse', null)}
          >
            Clear pulse
          </button>
        )}
      </div>
      <NotesField
        value={draft.notes}
        error={errors.get('notes') ?? null}
        onChange={(value) => set('notes', value)}
        onDictated={(text) =>
          update((current) => ({
            ...current,
            notes: current.notes.trim() ? `${current.notes.trimEnd()} ${text}` : text,
          }))
        }
      />
      <TextField
        id="checkin-summary"
        label="Summary"
        rows={2}
        value={draft.summary}
        error={errors.get('summary') ?? null}
        onChange={(value) => set('summary', value)}
        hint="One or two lines: what happened."
      />
      <TextField
        id="checkin-when"
        label="When"
        type="datetime-local"
        value={draft.occurredAt}
        error={errors.get('occurredAt') ?? null}
        onChange={(value) => set('occurredAt', value)}
        className="field-narrow"
      />
      <AttendeePicker
        contacts={contacts}
        colleagues={colleagues}
        account={account}
        selected={draft.attendeeIds}
        selectedColleagues={draft.colleagueIds}
        onChange={(ids) => set('attendeeIds', ids)}
        onColleaguesChange={(ids) => set('colleagueIds', ids)}
      />
      <StartStopContinue
        draft={draft}
        open={moreOpen}
        onToggle={setMoreOpen}
        errors={errors}
        onChange={(field, value) => set(field, value)}
        onIdea={(title) => {
          const key = newId()
          update((current) => ({ ...current, valueIdeas: [...current.valueIdeas, { key, title }] }))
          // The button goes once the idea exists; the focus follows the idea.
          focusLater(valueIdeaTitleId(key))
        }}
      />
      <CheckinOutcomes draft={draft} set={set} errorsOf={rowErrors} />
      <CheckinToggles
        strategicInvite={draft.strategicInvite}
        isPrivate={draft.isPrivate}
        privateLocked={draft.decisions.length > 0 ? decisionsAreShared : null}
        onChange={(change) => update((current) => ({ ...current, ...change }))}
      />
      <CheckinFormActions
        problems={problems}
        save={save}
        storedAt={state.storedAt}
        onDiscard={() => void save.discard()}
      />
    </form>
  )
}
