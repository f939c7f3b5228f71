import { formatDate } from '../../app/relative-time.ts'
import type { ValueItemPage } from './use-value-item.ts'
import { formatValue, stageLabels } from './value-format.ts'

function whatHappened(line: ValueItemPage['history'][number], unit: string | null): string {
  const parts: string[] = []
  if (line.movedTo) {
    parts.push(`${line.started ? 'Recorded at' : 'Moved to'} ${stageLabels[line.movedTo]}`)
  } else if (line.started) {
    parts.push('Recorded')
  }
  if (line.realised !== null) parts.push(`Realised ${formatValue(line.realised, unit)}`)
  if (parts.length === 0) parts.push('Note')
  return parts.join(' · ')
}

/**
 * Who moved the item, what they moved, and when: its history, newest first.
 */
export function ValueHistoryList(props: { page: ValueItemPage; now: Date }) {
  const { history, historyFromStart, item } = props.page
  return (
    <ol className="value-history" data-testid="value-history">
      {history.map((line) => (
        <li key={line.id} className="value-history-line">
          <p className="value-history-what">{whatHappened(line, item.unit)}</p>
          {line.note && <p className="value-history-note prewrap">{line.note}</p>}
          <p className="item-meta">
            {line.by} · <time dateTime={line.at}>{formatDate(new Date(line.at), props.now)}</time>
          </p>
        </li>
      ))}
      {!historyFromStart && (
        <li className="value-history-line">
          <p className="value-history-what">Recorded before its history was kept</p>
          <p className="item-meta">
            <time dateTime={item.created_at}>
              {formatDate(new Date(item.created_at), props.now)}
            </time>
          </p>
        </li>
      )}
    </ol>
  )
}
