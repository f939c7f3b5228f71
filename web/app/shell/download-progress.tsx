import { useId } from 'react'
import type { DownloadProgress } from '../../local/local-db.ts'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { downloadBar } from './download-progress-text.ts'

/**
 * While a long pull runs — a new device's first download above all — a bar with the rows so
 * far and about how many there are; nothing otherwise.
 */
export function DownloadProgress() {
  const { progress } = useSyncStatus()
  return progress ? <DownloadProgressBar progress={progress} /> : null
}

/**
 * The bar itself: a native `<progress>` (role progressbar, its value and maximum read out;
 * indeterminate while the total is unknown), labelled by the words above it.
 */
export function DownloadProgressBar({ progress }: { progress: DownloadProgress }) {
  const labelId = useId()
  const bar = downloadBar(progress)
  return (
    <div className="download-progress" data-testid="download-progress">
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
