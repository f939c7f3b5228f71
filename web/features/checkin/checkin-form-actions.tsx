import { useState } from 'react'
import { useKeyboardInset } from '../../app/keyboard-inset.ts'
import type { DraftProblem } from './checkin-validation.ts'
import type { SaveCheckin } from './use-save-checkin.ts'

export interface CheckinFormActionsProps {
  problems: DraftProblem[]
  save: SaveCheckin
  storedAt: Date | null
  onDiscard: () => void
}

/**
 * What stops the save (in plain words), and the save and discard buttons, kept in reach at the
 * bottom of the screen while the form scrolls, and above the on-screen keyboard while it is up.
 */
export function CheckinFormActions({
  problems,
  save,
  storedAt,
  onDiscard,
}: CheckinFormActionsProps) {
  const [confirming, setConfirming] = useState(false)
  const keyboard = useKeyboardInset()
  return (
    <>
      <div role="alert" className="form-alert-region">
        {problems.length > 0 && (
          <div className="form-problems">
            <p className="form-problems-title">
              {problems.length === 1
                ? 'One thing to fix before saving:'
                : `${problems.length} things to fix before saving:`}
            </p>
            <ul className="form-problems-list">
              {problems.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
        {save.error && <p className="form-error">{save.error}</p>}
      </div>
      <div
        className="form-actions"
        data-testid="checkin-actions"
        style={keyboard ? { bottom: `${keyboard}px` } : undefined}
      >
        {confirming ? (
          <div className="form-actions-row">
            <p className="form-actions-question">Delete what you typed?</p>
            <button
              type="button"
              className="button button-quiet"
              // The button that asked is gone; the safe answer takes the focus.
              autoFocus
              onClick={() => setConfirming(false)}
            >
              Keep writing
            </button>
            <button type="button" className="button button-danger" onClick={onDiscard}>
              Discard
            </button>
          </div>
        ) : (
          <div className="form-actions-row">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => setConfirming(true)}
            >
              Discard
            </button>
            <button
              type="submit"
              className="button button-primary form-actions-save"
              aria-disabled={save.saving}
            >
              {save.saving ? 'Saving…' : 'Save check-in'}
            </button>
          </div>
        )}
        <p className="form-actions-note">
          {storedAt ? 'Draft kept on this device' : 'Kept on this device as you type'}
        </p>
      </div>
    </>
  )
}
