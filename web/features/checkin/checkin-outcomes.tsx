import { useState } from 'react'
import type { CheckinDraft } from './checkin-draft.ts'
import { CommitmentRows } from './commitment-rows.tsx'
import { DecisionRows } from './decision-rows.tsx'
import { RiskRows } from './risk-rows.tsx'
import { ValueIdeaRows } from './value-idea-rows.tsx'

/**
 * What came out of the check-in, each saved with it in one transaction: value ideas,
 * commitments, decisions (at a meeting or a forum's) and risks.
 */
export function CheckinOutcomes(props: {
  draft: CheckinDraft
  set: <K extends keyof CheckinDraft>(key: K, value: CheckinDraft[K]) => void
  /** The problems of each row of a kind, by the row's key. */
  errorsOf: (prefix: string) => Map<string, string>
}) {
  const { draft, set, errorsOf } = props
  const meeting = draft.kind === 'forum' || draft.kind === 'meeting' || draft.decisions.length > 0
  // Once shown, the decisions stay: removing the last one must not take the fieldset (and the
  // focus its Add button is given) away with it.
  const [decisionsShown, setDecisionsShown] = useState(meeting)
  if (meeting && !decisionsShown) setDecisionsShown(true)
  return (
    <>
      <ValueIdeaRows
        rows={draft.valueIdeas}
        errors={errorsOf('valueIdea:')}
        onChange={(rows) => set('valueIdeas', rows)}
        isPrivate={draft.isPrivate}
      />
      <CommitmentRows
        rows={draft.commitments}
        errors={errorsOf('commitment:')}
        onChange={(rows) => set('commitments', rows)}
        isPrivate={draft.isPrivate}
      />
      {decisionsShown && (
        <DecisionRows
          rows={draft.decisions}
          errors={errorsOf('decision:')}
          onChange={(rows) => set('decisions', rows)}
        />
      )}
      <RiskRows
        rows={draft.risks}
        errors={errorsOf('risk:')}
        onChange={(rows) => set('risks', rows)}
      />
    </>
  )
}
