import { percentText } from './value-format.ts'

/**
 * How far an item has come from its baseline to its target, as a bar with the percentage
 * beside it; nothing when the item has no progress (a number missing).
 */
export function ValueProgress({
  progress,
  label = 'Progress to target',
}: {
  progress: number | null
  label?: string
}) {
  if (progress === null) return null
  const percent = percentText(progress)
  return (
    <div className="value-progress">
      <div
        className="bar-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={`${percent} of the way from baseline to target`}
      >
        <span
          className={progress >= 1 ? 'bar-fill value-progress-done' : 'bar-fill'}
          style={{ width: percent }}
        />
      </div>
      <span className="value-progress-text" aria-hidden="true">
        {percent}
      </span>
    </div>
  )
}
