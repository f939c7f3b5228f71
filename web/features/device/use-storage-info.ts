import { useCallback, useEffect, useState } from 'react'

export interface StorageInfo {
  /** undefined while asking; null when the browser does not say. */
  usage: number | null | undefined
  quota: number | null | undefined
  persisted: boolean | null | undefined
}

async function readStorageInfo(): Promise<StorageInfo> {
  const storage = 'storage' in navigator ? navigator.storage : undefined
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ])
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted }
}

/**
 * How much this origin stores and whether the browser promised to keep it, plus a way to ask
 * for that promise.
 */
export function useStorageInfo() {
  const [info, setInfo] = useState<StorageInfo>({
    usage: undefined,
    quota: undefined,
    persisted: undefined,
  })

  useEffect(() => {
    let cancelled = false
    void readStorageInfo().then((next) => {
      if (!cancelled) setInfo(next)
    })
    return () => {
      cancelled = true
    }
  }, [])

  const requestPersistence = useCallback(async () => {
    const granted = await navigator.storage.persist().catch(() => false)
    setInfo((current) => ({ ...current, persisted: granted }))
    return granted
  }, [])

  return { info, requestPersistence }
}
