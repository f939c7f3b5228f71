import type { ReactNode } from 'react'

/**
 * What was just done, with the one button that takes it back; `buttonId` lets the caller move
 * the focus there once the row it came from has gone.
 */
export function UndoBar(props: { buttonId: string; onUndo: () => void; children: ReactNode }) {
  return (
    <div className="undo-bar">
      <p>{props.children}</p>
      <button
        id={props.buttonId}
        type="button"
        className="button button-quiet button-small"
        onClick={props.onUndo}
      >
        Undo
      </button>
    </div>
  )
}
