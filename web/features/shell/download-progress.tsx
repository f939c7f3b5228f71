import { useId } from 'react'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { downloadBar } from './download-progress-text.ts'

/**
 * While a long pull runs — a new device's first download above all — a bar with the rows so
 * far and about how many there are; nothing otherwise. A native `<progress>` (role progressbar,
 * its value and maximum read out), labelled by the words above it.
 *
 * @example
 * <DownloadProgress />
 */
export function DownloadProgress({ className = '' }: { className?: string }) {
  const { progress } = useSyncStatus()
  const labelId = useId()
  if (!progress) return null
  const bar = downloadBar(progress)
  return (
    <div className={`download-progress ${className}`.trim()} data-testid="download-progress">
      <p id={labelId} className="download-progress-text">
        {bar.text}
      </p>
      {bar.max === undefined ? (
        <progress className="download-progress-bar" aria-labelledby={labelId} />
      ) : (
        <progress
          className="download-progress-bar"
          aria-labelledby={labelId}
          value={bar.value}
          max={bar.max}
        />
      )}
    </div>
  )
}
