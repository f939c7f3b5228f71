import { useState, type ReactNode } from 'react'
import { useFocusLater } from './use-focus-later.ts'

/**
 * Deleting something, asked twice: the first tap says what will happen and puts the focus on
 * the safe answer, the second deletes. A delete that fails on the device says so.
 */
export function ConfirmDelete(props: {
  /** Names the buttons (`delete-${id}`, `keep-${id}`), for moving the focus between them. */
  id: string
  label: string
  onDelete: () => Promise<void>
  /** The second tap's words when it is not a delete on the device ("Remove"); its failure is shown as thrown. */
  confirmLabel?: string
  children: ReactNode
}) {
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const focusLater = useFocusLater()

  async function remove() {
    try {
      await props.onDelete()
    } catch (thrown) {
      setError(
        props.confirmLabel
          ? String(thrown instanceof Error ? thrown.message : thrown)
          : `Couldn’t delete on this device: ${thrown instanceof Error ? thrown.message : thrown}`,
      )
    }
  }

  if (!asking) {
    return (
      <button
        id={`delete-${props.id}`}
        type="button"
        className="button button-quiet"
        onClick={() => {
          setAsking(true)
          focusLater(`keep-${props.id}`)
        }}
      >
        {props.label}
      </button>
    )
  }
  return (
    <div className="notice notice-info" role="group" aria-label={`Confirm: ${props.label}`}>
      <p>{props.children}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="device-actions">
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          {props.confirmLabel ?? 'Delete'}
        </button>
        <button
          id={`keep-${props.id}`}
          type="button"
          className="button button-quiet"
          onClick={() => {
            setAsking(false)
            focusLater(`delete-${props.id}`)
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  )
}
