import { useCallback, useEffect, useRef, useState } from 'react'
import { clearDraft, loadDraft, saveDraft } from '../../local/drafts.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { emptyDraft, hasContent, parseDraft, type CheckinDraft } from './checkin-draft.ts'

/** One check-in is typed at a time, wherever the form was opened from. */
export const newCheckinDraftKey = 'checkin:new'

const saveDelayMs = 300

export interface CheckinDraftState {
  /** null while the stored draft is being read. */
  draft: CheckinDraft | null
  /** A draft with content came back from storage (the app was closed mid-typing). */
  restored: boolean
  /** When the draft was last written to the device, for a reassuring "draft saved". */
  storedAt: Date | null
  update: (change: (draft: CheckinDraft) => CheckinDraft) => void
  /** Forgets the stored draft and starts a blank one for the requested relationship or forum. */
  startOver: (requested: DraftRequest) => Promise<void>
  /** Forgets the stored draft for good (after saving); nothing is stored after this. */
  finish: () => Promise<void>
}

/** What the form was opened for: a relationship, or a forum's meeting (at its host). */
export interface DraftRequest {
  accountId: string | null
  forumId: string | null
}

/**
 * The quick check-in's draft: read from IndexedDB when the form opens, written back ~300 ms after
 * each change and at once when the page is hidden or the form closes, so killing the app
 * mid-sentence loses at most the last few keystrokes.
 */
export function useCheckinDraft(requested: DraftRequest): CheckinDraftState {
  const { accountId: requestedAccountId, forumId: requestedForumId } = requested
  const db = useLocalDb()
  const [draft, setDraft] = useState<CheckinDraft | null>(null)
  const [restored, setRestored] = useState(false)
  const [storedAt, setStoredAt] = useState<Date | null>(null)
  const latest = useRef<CheckinDraft | null>(null)
  const unsaved = useRef(false)
  const closed = useRef(false)

  useEffect(() => {
    let cancelled = false
    const open = (stored: unknown) => {
      if (cancelled) return
      const parsed = parseDraft(stored)
      const keep = parsed !== null && hasContent(parsed)
      const next = keep
        ? parsed
        : emptyDraft(new Date(), requestedAccountId ?? parsed?.accountId, requestedForumId)
      latest.current = next
      setDraft(next)
      setRestored(keep)
    }
    loadDraft(db, newCheckinDraftKey).then(open, () => open(null))
    return () => {
      cancelled = true
    }
  }, [db, requestedAccountId, requestedForumId])

  const store = useCallback(() => {
    if (closed.current || !unsaved.current || !latest.current) return
    unsaved.current = false
    // An emptied form is no draft: sign-out warns about every stored one.
    const write = hasContent(latest.current)
      ? saveDraft(db, newCheckinDraftKey, latest.current)
      : clearDraft(db, newCheckinDraftKey)
    // A failed write leaves `unsaved` false until the next keystroke tries again.
    write.then(
      () => setStoredAt(new Date()),
      () => undefined,
    )
  }, [db])

  useEffect(() => {
    if (!draft) return
    const timer = setTimeout(store, saveDelayMs)
    const onHide = () => {
      if (document.visibilityState === 'hidden') store()
    }
    window.addEventListener('pagehide', store)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pagehide', store)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [draft, store])

  // Leaving the form (another screen) keeps what was typed in the last 300 ms too.
  useEffect(() => () => store(), [store])

  const update = useCallback((change: (draft: CheckinDraft) => CheckinDraft) => {
    if (!latest.current) return
    const next = change(latest.current)
    latest.current = next
    unsaved.current = true
    setDraft(next)
  }, [])

  const startOver = useCallback(
    async ({ accountId, forumId }: DraftRequest) => {
      closed.current = true
      await clearDraft(db, newCheckinDraftKey)
      closed.current = false
      unsaved.current = false
      const next = emptyDraft(new Date(), accountId, forumId)
      latest.current = next
      setDraft(next)
      setRestored(false)
      setStoredAt(null)
    },
    [db],
  )

  const finish = useCallback(async () => {
    closed.current = true
    await clearDraft(db, newCheckinDraftKey)
  }, [db])

  return { draft, restored, storedAt, update, startOver, finish }
}
