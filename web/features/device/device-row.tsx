import type { ReactNode } from 'react'

/**
 * One labelled fact of the Device screen, inside a `<dl className="device-list">`.
 */
export function DeviceRow({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <div className="device-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}
