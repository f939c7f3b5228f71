export interface CheckinTogglesProps {
  strategicInvite: boolean
  isPrivate: boolean
  onChange: (change: { strategicInvite?: boolean; isPrivate?: boolean }) => void
  /** Why the check-in can't be private (decisions shared with the org come from it). */
  privateLocked?: string | null
}

/**
 * The two yes/no facts of a check-in, each with what it means.
 */
export function CheckinToggles({
  strategicInvite,
  isPrivate,
  onChange,
  privateLocked = null,
}: CheckinTogglesProps) {
  return (
    <div className="toggles">
      <div className="toggle">
        <input
          id="checkin-strategic"
          type="checkbox"
          checked={strategicInvite}
          aria-describedby="checkin-strategic-hint"
          onChange={(event) => onChange({ strategicInvite: event.target.checked })}
        />
        <label htmlFor="checkin-strategic">Invited to strategic planning</label>
        <p id="checkin-strategic-hint" className="field-hint">
          They brought us into their planning — a sign of a trusted partner.
        </p>
      </div>
      <div className="toggle">
        <input
          id="checkin-private"
          type="checkbox"
          checked={isPrivate}
          disabled={privateLocked !== null && !isPrivate}
          aria-describedby="checkin-private-hint"
          onChange={(event) => onChange({ isPrivate: event.target.checked })}
        />
        <label htmlFor="checkin-private">Private</label>
        <p id="checkin-private-hint" className="field-hint">
          {privateLocked ?? 'Only you will see this check-in and the commitments made at it.'}
        </p>
      </div>
    </div>
  )
}
