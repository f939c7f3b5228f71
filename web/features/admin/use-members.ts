import { useCallback, useEffect, useState } from 'react'
import type { AdminMember } from '../../../api/contract/admin-members.ts'
import { useOnline } from '../../app/use-online.ts'
import { listMembers } from './member-requests.ts'

export interface MembersState {
  members: AdminMember[] | undefined
  /** What went wrong with the last read, in words for the screen; null when nothing did. */
  problem: string | null
  /** Reads the list again (after a change); resolves once it is shown. */
  reload: () => Promise<void>
}

const words = (thrown: unknown) => (thrown instanceof Error ? thrown.message : String(thrown))

/**
 * The org's members, read from the API when the screen opens, when the connection returns and
 * after each change; members need an auth user, so this list is online only.
 */
export function useMembers(): MembersState {
  const online = useOnline()
  const [members, setMembers] = useState<AdminMember[] | undefined>(undefined)
  const [problem, setProblem] = useState<string | null>(null)
  const shown = useCallback((list: AdminMember[]) => {
    setMembers(list)
    setProblem(null)
  }, [])
  useEffect(() => {
    if (!online) return
    let current = true
    listMembers().then(
      (list) => current && shown(list),
      (thrown: unknown) => current && setProblem(words(thrown)),
    )
    return () => {
      current = false
    }
  }, [online, shown])
  const reload = useCallback(
    () => listMembers().then(shown, (thrown: unknown) => setProblem(words(thrown))),
    [shown],
  )
  return { members, problem, reload }
}
