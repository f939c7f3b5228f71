import { useState, type ReactNode } from 'react'

/**
 * Deleting something, asked twice: the first tap says what will happen, the second deletes.
 *
 * @example
 * <ConfirmDelete label="Delete this value item" onDelete={remove}>
 *   Delete “Online renewals” for everyone? Its history goes with it.
 * </ConfirmDelete>
 */
export function ConfirmDelete(props: {
  label: string
  onDelete: () => Promise<void>
  children: ReactNode
}) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    )
  }
  return (
    <div className="notice notice-info" role="group" aria-label="Confirm deletion">
      <p>{props.children}</p>
      <div className="device-actions">
        <button
          type="button"
          className="button button-danger"
          onClick={() => void props.onDelete()}
        >
          Delete
        </button>
        <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  )
}
