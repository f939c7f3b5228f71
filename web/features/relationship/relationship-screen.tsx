import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useFlash } from '../../app/flash.ts'
import { Link } from '../../app/link.tsx'
import { checkinHref } from '../../app/routes.ts'
import { navigate } from '../../app/router.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { EmptyState, Screen } from '../shell/screen.tsx'
import { useCanWrite } from '../shell/signed-in.tsx'
import { StatusMessage } from '../shell/status-message.tsx'
import { accountKindLabels, cadenceText, tierLabels } from './account-labels.ts'
import { AccountDetails } from './account-details.tsx'
import { CheckinTimeline } from './checkin-timeline.tsx'
import { OpenCommitments } from './open-commitments.tsx'

/**
 * One relationship, read from the device: its details (editable offline), open commitments both
 * ways and the check-in timeline. Issue 4 grows this into the full briefing.
 *
 * @example
 * <RelationshipScreen id={route.id} />
 */
export function RelationshipScreen({ id }: { id: string }) {
  const db = useLocalDb()
  const canWrite = useCanWrite()
  const flashed = useFlash()
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const account = useLiveQuery(async () => (await db.accounts.get(id)) ?? null, [db, id])
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))

  if (account === undefined) {
    return (
      <Screen title="Relationship">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (account === null || account.deleted_at) {
    return (
      <Screen title="Relationship not found">
        <EmptyState title="This relationship isn’t on this device">
          It may not have synced yet, or it was removed.{' '}
          <Link href="/">Back to your portfolio</Link>.
        </EmptyState>
      </Screen>
    )
  }
  return (
    <Screen title={account.name}>
      <p className="screen-subtitle">
        {[
          account.short_name,
          accountKindLabels[account.kind],
          tierLabels[account.tier],
          cadenceText(account.cadence_days),
        ]
          .filter(Boolean)
          .join(' · ')}
        {account.status === 'archived' && <span className="tag">Archived</span>}
      </p>
      <StatusMessage message={message?.text ?? flashed} nonce={message?.n ?? 0} />
      {canWrite && (
        <button
          type="button"
          className="button button-primary button-block"
          onClick={() => navigate(checkinHref(account.id))}
        >
          Check in with {account.short_name ?? account.name}
        </button>
      )}
      <OpenCommitments accountId={account.id} announce={announce} />
      <CheckinTimeline accountId={account.id} />
      <AccountDetails account={account} onSaved={() => announce('Details saved — will sync')} />
    </Screen>
  )
}
