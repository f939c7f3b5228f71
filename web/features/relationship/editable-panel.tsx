import { useState, type ReactNode } from 'react'
import { useFocusLater } from '../../ui/forms/use-focus-later.ts'
import { useCanWrite } from '../../app/shell/signed-in.tsx'

/**
 * A briefing panel edited in place: its heading, an Edit button for those who may write, and
 * the form instead of the content while editing. The focus goes to `firstField` when editing
 * starts and back to the button when the form closes.
 *
 * @example
 * <EditablePanel name="maturity" title="Maturity" editLabel="Edit ratings" onSaved={announce}
 *   form={(done) => <MaturityForm account={account} onDone={done} />}>…</EditablePanel>
 */
export function EditablePanel(props: {
  /** Names the heading (`${name}-title`) and the button (`edit-${name}`). */
  name: string
  title: string
  editLabel: string
  firstField?: string
  onSaved: () => void
  form: (done: (saved: boolean) => void) => ReactNode
  children: ReactNode
  /** Who may edit, when it is not every writer (a forum: leads and admins). */
  canEdit?: boolean
}) {
  const { name, firstField } = props
  const anyWriter = useCanWrite()
  const canWrite = props.canEdit ?? anyWriter
  const [editing, setEditing] = useState(false)
  const focusLater = useFocusLater()

  function done(saved: boolean) {
    setEditing(false)
    if (saved) props.onSaved()
    focusLater(`edit-${name}`)
  }

  return (
    <section className="panel" aria-labelledby={`${name}-title`}>
      <div className="panel-head">
        <h2 id={`${name}-title`} className="panel-title">
          {props.title}
        </h2>
        {canWrite && !editing && (
          <button
            id={`edit-${name}`}
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              setEditing(true)
              if (firstField) focusLater(firstField)
            }}
          >
            {props.editLabel}
          </button>
        )}
      </div>
      {editing ? props.form(done) : props.children}
    </section>
  )
}
