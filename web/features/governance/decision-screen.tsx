import { storedText } from '../../../api/contract/text-rules.ts'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { decisionStatuses } from '../../../api/contract/governance.ts'
import { writableFields } from '../../../api/contract/tables.ts'
import { flash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { checkinDetailHref, forumHref, relationshipHref } from '../../app/routes.ts'
import { updateDecision } from '../../local/governance.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { changedFields } from '../../ui/forms/changed-fields.ts'
import { ChoiceGroup } from '../../ui/forms/choice-group.tsx'
import { fieldProblem } from '../../ui/forms/field-problem.ts'
import { FormFooter } from '../../ui/forms/form-footer.tsx'
import { TextField } from '../../ui/forms/text-field.tsx'
import { EmptyState, Screen } from '../../ui/screen.tsx'
import { useMayWrite } from '../../app/shell/signed-in.tsx'
import { decisionStatusLabels } from './governance-text.ts'

const columns = writableFields.decisions.shape
const statusChoices = decisionStatuses.map((value) => ({
  value,
  label: decisionStatusLabels[value],
}))

function DecisionForm({ decision }: { decision: LocalRow<'decisions'> }) {
  const db = useLocalDb()
  const [opened] = useState(decision)
  const [title, setTitle] = useState(decision.title)
  const [rationale, setRationale] = useState(decision.rationale ?? '')
  const [day, setDay] = useState(decision.decided_on ?? '')
  const [status, setStatus] = useState(decision.status)
  const [error, setError] = useState<string | null>(null)
  const fields = {
    title: title.trim(),
    rationale: storedText(rationale),
    decided_on: day || null,
    status,
  }
  const problems = {
    title: fieldProblem(columns.title, fields.title),
    rationale: fieldProblem(columns.rationale, fields.rationale),
    day: fieldProblem(columns.decided_on, fields.decided_on) && 'Enter a day, or leave it empty',
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (problems.title || problems.rationale || problems.day) {
      setError('Check the fields marked above.')
      return
    }
    try {
      const changed = changedFields(opened, fields)
      if (Object.keys(changed).length > 0) await updateDecision(db, decision.id, changed)
      flash('Decision saved — will sync')
      window.history.back()
    } catch (thrown) {
      setError(`Couldn’t save on this device: ${thrown instanceof Error ? thrown.message : thrown}`)
    }
  }

  return (
    <form className="panel stack-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="decision-title"
        label="Decision"
        value={title}
        error={problems.title}
        onChange={setTitle}
      />
      <ChoiceGroup
        legend="Status"
        options={statusChoices}
        value={status}
        onChange={setStatus}
        columns={3}
      />
      <TextField
        id="decision-rationale"
        label="Why"
        rows={4}
        value={rationale}
        error={problems.rationale}
        onChange={setRationale}
      />
      <TextField
        id="decision-day"
        label="Decided on"
        type="date"
        value={day}
        error={problems.day}
        onChange={setDay}
        className="field-narrow"
      />
      <FormFooter
        error={error}
        saveLabel="Save decision"
        onCancel={() => window.history.back()}
        buttonsClassName="device-actions"
      />
    </form>
  )
}

/**
 * One decision: where it was taken (its forum, meeting or relationship, each a link) and, for
 * writers, its title, status, rationale and day to change.
 */
export function DecisionScreen({ id }: { id: string }) {
  const db = useLocalDb()
  const canWrite = useMayWrite('decisions')
  const page = useLiveQuery(async () => {
    const decision = await db.decisions.get(id)
    if (!decision || decision.deleted_at) return null
    const [forum, account, meeting] = await Promise.all([
      decision.forum_id ? db.forums.get(decision.forum_id) : undefined,
      decision.account_id ? db.accounts.get(decision.account_id) : undefined,
      decision.checkin_id ? db.checkins.get(decision.checkin_id) : undefined,
    ])
    return { decision, forum, account, meeting }
  }, [db, id])
  if (page === undefined) {
    return (
      <Screen title="Decision">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (page === null) {
    return (
      <Screen title="Decision not found">
        <EmptyState title="This decision isn’t on this device">
          It may have been deleted, or not synced here yet.{' '}
          <Link href="/decisions">See the log</Link>.
        </EmptyState>
      </Screen>
    )
  }
  const { decision, forum, account, meeting } = page
  return (
    <Screen title={decision.title}>
      <p className="screen-subtitle">
        <span className={`tag decision-${decision.status}`}>
          {decisionStatusLabels[decision.status]}
        </span>
        {forum && <Link href={forumHref(forum.id)}>{forum.name}</Link>}
        {account && <Link href={relationshipHref(account.id)}>{account.name}</Link>}
        {meeting && <Link href={checkinDetailHref(meeting.id)}>The meeting</Link>}
      </p>
      {canWrite ? (
        <DecisionForm key={decision.id} decision={decision} />
      ) : (
        <section className="panel">
          <p className="prewrap">{decision.rationale ?? 'No rationale recorded.'}</p>
        </section>
      )}
    </Screen>
  )
}
