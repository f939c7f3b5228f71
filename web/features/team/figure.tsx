import { useState } from 'react'
import { Link } from '../../app/link.tsx'

/** One row behind a figure: what it is called and where it opens. */
export interface FigureRow {
  id: string
  label: string
  href: string
  detail?: string
}

/**
 * A figure of the team's view that opens onto the rows behind it: its count and label as the
 * summary of a disclosure, the rows as links beneath, rendered once it is opened (the org's
 * figures name hundreds of rows). A figure of nothing is plain text.
 */
export function Figure(props: {
  label: string
  rows: FigureRow[]
  /** Shown instead of the count, when the figure is not one (a share). */
  value?: string
  /** What the rows are, when they are not what the figure counts. */
  rowsTitle?: string
}) {
  const [open, setOpen] = useState(false)
  const shown = props.value ?? String(props.rows.length)
  if (props.rows.length === 0) {
    return (
      <p className="figure-line figure-empty">
        <span className="figure-value">{shown}</span> {props.label}
      </p>
    )
  }
  return (
    <details
      className="disclosure disclosure-plain"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="disclosure-summary figure-line">
        <span className="figure-value">{shown}</span> {props.label}
      </summary>
      {open && props.rowsTitle && <p className="item-meta figure-rows-title">{props.rowsTitle}</p>}
      {open && (
        <ul className="link-rows-list">
          {props.rows.map((row) => (
            <li key={row.id}>
              <Link href={row.href}>
                <span>
                  {row.label}
                  {row.detail && <span className="item-meta"> · {row.detail}</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
