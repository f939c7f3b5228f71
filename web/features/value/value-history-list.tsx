import { formatDate } from '../../app/relative-time.ts'
import type { ValueItemPage } from './use-value-item.ts'
import { formatValue, stageLabels } from './value-format.ts'

function whatHappened(line: ValueItemPage['history'][number], unit: string | null): string {
  const parts: string[] = []
  if (line.started) parts.push(`Recorded at ${stageLabels[line.stage]}`)
  if (line.movedTo) parts.push(`Moved to ${stageLabels[line.movedTo]}`)
  if (line.realised) {
    parts.push(
      line.realised.value === null
        ? 'Realised value cleared'
        : `Realised ${formatValue(line.realised.value, unit)}`,
    )
  }
  if (parts.length === 0) parts.push('Note')
  return parts.join(' · ')
}

/**
 * Who moved the item, what they moved, and when: its history, newest first.
 *
 * @example
 * <ValueHistoryList history={page.history} unit={item.unit} now={now} />
 */
export function ValueHistoryList(props: {
  history: ValueItemPage['history']
  unit: string | null
  now: Date
}) {
  return (
    <ol className="value-history" data-testid="value-history">
      {props.history.map((line) => (
        <li key={line.id} className="value-history-line">
          <p className="value-history-what">{whatHappened(line, props.unit)}</p>
          {line.note && <p className="value-history-note prewrap">{line.note}</p>}
          <p className="item-meta">
            {line.by} · <time dateTime={line.at}>{formatDate(new Date(line.at), props.now)}</time>
          </p>
        </li>
      ))}
    </ol>
  )
}
