import { useState } from 'react'
import { flash } from '../../app/flash.ts'
import { relationshipHref, savedCheckinHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import { createCheckin } from '../../local/checkins.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { toCheckinInput } from './checkin-input.ts'
import type { CheckinDraftState } from './use-checkin-draft.ts'

export interface SaveCheckin {
  saving: boolean
  error: string | null
  run: () => Promise<void>
  discard: () => Promise<void>
}

/**
 * Saving and discarding the check-in being typed. Saving writes it on the device (no network),
 * forgets the draft, and opens the relationship, where "Saved — will sync" is announced and
 * the saved check-in offers a commitment more (`savedCheckinHref`).
 */
export function useSaveCheckin(state: CheckinDraftState): SaveCheckin {
  const db = useLocalDb()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run() {
    const draft = state.draft
    if (saving || !draft?.accountId) return
    setSaving(true)
    setError(null)
    try {
      // The app may have died between saving and forgetting the draft: never save it twice.
      if (!(await db.checkins.get(draft.id))) {
        await createCheckin(db, toCheckinInput(draft, draft.accountId))
      }
      await state.finish()
      flash('Saved — will sync')
      navigate(savedCheckinHref(draft.accountId, draft.id), { replace: true })
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown)
      setError(`Couldn’t save on this device (${reason}). What you typed is still here.`)
      setSaving(false)
    }
  }

  async function discard() {
    const accountId = state.draft?.accountId
    await state.finish()
    navigate(accountId ? relationshipHref(accountId) : '/', { replace: true })
  }

  return { saving, error, run, discard }
}
