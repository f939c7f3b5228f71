import type { Dataset } from './export-datasets.ts'

const rowsText = (n: number) => (n === 1 ? '1 row' : `${n.toLocaleString('en-US')} rows`)

/**
 * One dataset of the export screen: its name, which date the range applies to, and its download
 * button with the number of rows the file will hold (named for the dataset to a screen reader).
 */
export function ExportRow(props: { dataset: Dataset; rows: number; onDownload: () => void }) {
  const { dataset, rows } = props
  const hintId = `export-${dataset.slug}-hint`
  return (
    <li className="export-row">
      <div className="export-row-text">
        <span className="linked-name">{dataset.title}</span>
        <span id={hintId} className="linked-meta">
          {dataset.dateRule}
        </span>
      </div>
      <button
        type="button"
        className="button button-secondary"
        aria-describedby={hintId}
        onClick={props.onDownload}
      >
        Download<span className="visually-hidden">{` ${dataset.title.toLowerCase()} `}</span>
        {`(${rowsText(rows)})`}
      </button>
    </li>
  )
}
