import { useEffect, useState } from 'react'

/**
 * A polite live region that shows `message` a moment after it arrives, so screen readers announce
 * it even when it comes with the screen (a region's first content is not read out). A new
 * `nonce` announces the same words again.
 *
 * @example
 * <StatusMessage message={useFlash()} />
 */
export function StatusMessage({ message, nonce = 0 }: { message: string | null; nonce?: number }) {
  const [shown, setShown] = useState<string | null>(null)
  useEffect(() => {
    if (!message) return
    const clear = setTimeout(() => setShown(null), 0)
    const show = setTimeout(() => setShown(message), 250)
    return () => {
      clearTimeout(clear)
      clearTimeout(show)
    }
  }, [message, nonce])
  return (
    <div role="status" className="status-region">
      {shown && <p className="notice">{shown}</p>}
    </div>
  )
}
