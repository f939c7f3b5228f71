import { useId } from 'react'

/**
 * Liaison's mark — two interlocking links — drawn like the app icon, for in-page branding.
 */
export function BrandMark({ className }: { className?: string }) {
  const clipId = useId()
  const clip = `url(#${clipId})`
  return (
    <svg className={className} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <defs>
        <clipPath id={clipId}>
          <rect width="64" height="32" />
        </clipPath>
      </defs>
      <rect width="64" height="64" rx="14" className="brand-mark-tile" />
      <circle cx="25" cy="32" r="12.8" className="brand-mark-link-a" />
      <circle cx="39" cy="32" r="12.8" className="brand-mark-gap" />
      <circle cx="39" cy="32" r="12.8" className="brand-mark-link-b" />
      <circle cx="25" cy="32" r="12.8" className="brand-mark-gap" clipPath={clip} />
      <circle cx="25" cy="32" r="12.8" className="brand-mark-link-a" clipPath={clip} />
    </svg>
  )
}
