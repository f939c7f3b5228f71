import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useFlash } from '../../app/flash.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { Screen } from '../../ui/screen.tsx'
import { useSignedIn } from '../../app/shell/signed-in.tsx'
import { StatusMessage } from '../../ui/status-message.tsx'
import { TrustPanel } from '../../ui/trust/trust-panel.tsx'
import { effectiveCadence } from '../trust/trust-inputs.ts'
import { TrustHistoryChart } from '../../ui/trust/trust-history-chart.tsx'
import { useTierCadence } from '../trust/use-tier-cadence.ts'
import {
  useAccountRows,
  useAccountTrust,
  useTrustHistory,
  type LiveRows,
} from '../trust/use-account-rows.ts'
import { RisksPanel } from '../risks/risks-panel.tsx'
import { StartStopContinuePanel } from './start-stop-continue-panel.tsx'
import { accountKindLabels, cadenceText, tierLabels } from './account-labels.ts'
import { AccountDetails } from './account-details.tsx'
import { CheckinTimeline } from './checkin-timeline.tsx'
import { KeyContacts } from './key-contacts.tsx'
import { LinkedRelationships } from './linked-relationships.tsx'
import { MaturityPanel } from './maturity-panel.tsx'
import { OpenCommitments } from './open-commitments.tsx'
import { useValueAndLinks } from './use-value-and-links.ts'
import { ValueItems } from './value-items.tsx'
import { RelationshipMissing } from './relationship-missing.tsx'
import { SavedCheckinPanel } from './saved-checkin-panel.tsx'
import { ScorecardsPanel } from '../vendors/scorecards-panel.tsx'
import { BriefingTop } from '../briefing/briefing-top.tsx'

function Briefing({ account, rows }: { account: LocalRow<'accounts'>; rows: LiveRows }) {
  const { userId } = useSignedIn()
  const flashed = useFlash()
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null)
  const trust = useAccountTrust(account, rows, userId)
  const history = useTrustHistory(account, rows, userId)
  const links = useValueAndLinks(account, userId)
  const cadenceDays = effectiveCadence(account, useTierCadence())
  const announce = (text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 }))

  const subtitle = [
    account.short_name,
    accountKindLabels[account.kind],
    tierLabels[account.tier],
    cadenceText(cadenceDays),
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <Screen title={account.name}>
      <p className="screen-subtitle">
        {subtitle}
        {account.status === 'archived' && <span className="tag">Archived</span>}
      </p>
      <StatusMessage message={message?.text ?? flashed} nonce={message?.n ?? 0} />
      <SavedCheckinPanel accountId={account.id} announce={announce} />
      {trust && (
        <BriefingTop
          account={account}
          subtitle={subtitle}
          cadenceDays={cadenceDays}
          rows={rows}
          trust={trust}
          viewerId={userId}
          announce={announce}
        />
      )}
      {trust && <TrustPanel trust={trust} />}
      {history && <TrustHistoryChart points={history} now={rows.readAt} />}
      <OpenCommitments accountId={account.id} announce={announce} />
      {account.kind === 'vendor' && links && (
        <ScorecardsPanel vendor={account} scorecards={links.scorecards} names={links.names} />
      )}
      <KeyContacts accountId={account.id} rows={rows} viewerId={userId} />
      <RisksPanel accountId={account.id} />
      <MaturityPanel account={account} onSaved={() => announce('Maturity saved — will sync')} />
      <CheckinTimeline accountId={account.id} />
      <ValueItems account={account} items={links?.valueItems} />
      <LinkedRelationships account={account} vendors={links?.vendors} agencies={links?.agencies} />
      <StartStopContinuePanel checkins={rows.checkins} viewerId={userId} now={rows.readAt} />
      <AccountDetails
        account={account}
        cadenceDays={cadenceDays}
        onSaved={() => announce('Details saved — will sync')}
      />
    </Screen>
  )
}

/**
 * The briefing for one relationship, read from the device: the trust index with its components
 * and reasons, open commitments both ways, key contacts, two-sided maturity, the check-in
 * timeline, value items and linked vendors or agencies — all of it offline, editable where it
 * makes sense.
 */
export function RelationshipScreen({ id }: { id: string }) {
  const db = useLocalDb()
  const account = useLiveQuery(async () => (await db.accounts.get(id)) ?? null, [db, id])
  // The briefing waits for the account's rows too, so its panels appear together, not in steps.
  const rows = useAccountRows(id)

  if (account === undefined || (account && !rows)) {
    return (
      <Screen title="Relationship">
        <p className="loading-note">Loading…</p>
      </Screen>
    )
  }
  if (account === null || account.deleted_at) {
    return <RelationshipMissing screenTitle="Relationship not found" />
  }
  return rows ? <Briefing account={account} rows={rows} /> : null
}
