import { useLiveQuery } from 'dexie-react-hooks'
import { useLocalDb } from '../../local/use-local-db.ts'
import { readExportSource, type ExportSource } from './export-source.ts'

/**
 * The rows every export reads, live from the device; undefined while the first read runs.
 */
export function useExportSource(userId: string): ExportSource | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readExportSource(db, userId), [db, userId])
}
