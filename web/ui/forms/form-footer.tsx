/**
 * The end of an edit form: what went wrong (announced), then Save and Cancel side by side.
 */
export function FormFooter(props: {
  error: string | null
  saveLabel: string
  onCancel: () => void
  /** The buttons' row, which differs by screen. */
  buttonsClassName: string
}) {
  return (
    <>
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div className={props.buttonsClassName}>
        <button type="submit" className="button button-primary">
          {props.saveLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  )
}
